import { z } from 'zod';
import {
  CONFIGURABLE_KEY_TEXT,
  findRuleSet,
  validateConfigOverride,
  type RuleSet,
} from '../../domain/ruleSets';
import {
  SHIPPED_OFFICIAL_SCHEDULES,
  daysOffInYear,
  parseOfficialSchedule,
  swappedWorkingDaysInYear,
} from '../../domain/calendar';
import { calendarInForce, saveCalendarRevision } from '../../data/calendar/workingCalendarInForce';
import {
  latestOverride,
  ruleSetById,
  ruleSetsInForce,
  saveOverrideRevision,
} from '../../data/configuration/ruleSetsInForce';
import { ApiError, notFound } from '../errors/apiError';
import { route, routeGroup } from '../http/routeDefinition';
import { textField } from '../http/textField';

const overrideBody = z.strictObject({
  values: z.record(z.string(), z.unknown()),
  reason: textField(2000),
});
const scheduleBody = z.strictObject({ schedule: z.unknown(), reason: textField(2000) });
const yearParam = z.coerce.number().int().min(2021).max(2199);

/** Revisions are numbered: two administrators saving at once cannot both have the next one. */
const changedMeanwhile = () =>
  new ApiError(409, 'CONFIG_CHANGED_MEANWHILE', {
    vi: 'Cấu hình vừa được người khác thay đổi; vui lòng tải lại và lưu lại.',
    en: 'Someone else changed the configuration meanwhile; reload and save again.',
  });

const summary = (ruleSet: RuleSet) => ({
  id: ruleSet.id,
  name: ruleSet.name,
  validFrom: ruleSet.validFrom,
  validTo: ruleSet.validTo,
  configRevision: ruleSet.configRevision,
  values: ruleSet.values,
  configurable: ruleSet.configurableKeys.map((key) => ({
    key,
    meaning: CONFIGURABLE_KEY_TEXT[key],
  })),
});

/**
 * The values the law leaves to the ministry (rule sets) and the official calendar of days
 * off: everyone signed in reads them; administrators change them, with a reason, and every
 * change is validated, kept as a revision and recorded in the audit log.
 */
export const configurationRoutes = routeGroup({
  mount: '/api/configuration',
  tag: 'Configuration',
  signInAtMount: true,
  routes: [
    route({
      method: 'get',
      path: '/rule-sets',
      summary: 'The rule sets in force, with their configured values',
      descriptionVi: 'Các bộ quy tắc đang áp dụng.',
      callers: 'signed-in',
      success: { status: 200, description: '`{ items }`' },
      handle: async () => ({ items: (await ruleSetsInForce()).map(summary) }),
    }),
    route({
      method: 'put',
      path: '/rule-sets/:id',
      summary: 'Change configurable values of a rule set (kept as a revision)',
      descriptionVi: 'Thay đổi giá trị cấu hình của bộ quy tắc (lưu thành phiên bản).',
      callers: ['admin'],
      body: overrideBody,
      success: {
        status: 200,
        description:
          'The rule set with its new revision (`configRevision`) and `inForceFrom`: every check that starts from then on, in every API and worker process, uses it and records the revision',
      },
      errors: [409, 422],
      handle: async ({ actor, params, body }) => {
        const ruleSet = await ruleSetById(params.id);
        if (!ruleSet) throw notFound({ vi: 'bộ quy tắc', en: 'Rule set' }, 'RULE_SET_NOT_FOUND');
        const base = findRuleSet(ruleSet.id)!; // shipped values: `override` holds every change so far
        const latest = await latestOverride(ruleSet.id);
        const override = { ...((latest?.override as object) ?? {}), ...body.values };
        const result = validateConfigOverride(base, override);
        if (!result.ok) {
          const first = result.issues[0]!;
          throw new ApiError(
            422,
            'CONFIG_OVERRIDE_INVALID',
            {
              vi: `Giá trị cấu hình không hợp lệ: ${first.path}: ${first.message}`,
              en: `Invalid value: ${first.path}: ${first.message}`,
            },
            first.path,
          );
        }
        const saved = await saveOverrideRevision({
          ruleSetId: ruleSet.id,
          revision: (latest?.revision ?? 0) + 1,
          override,
          changes: result.changes,
          reason: body.reason,
          by: actor,
        });
        if (!saved) throw changedMeanwhile();
        // Every process checks for a newer revision on each use: the change is in force now.
        return {
          ...summary((await ruleSetById(ruleSet.id))!),
          changes: result.changes,
          inForceFrom: saved.savedAt.toISOString(),
        };
      },
    }),
    route({
      method: 'get',
      path: '/calendar/:year',
      summary: 'The official working-day calendar of a year',
      descriptionVi: 'Lịch làm việc chính thức của năm (ngày nghỉ, ngày làm bù).',
      callers: 'signed-in',
      params: { year: yearParam },
      success: {
        status: 200,
        description:
          'Days off and swapped working days, the official schedule in force (entered or shipped) to edit, who entered it and when, and the calendar `revision` deadlines now use',
      },
      handle: async ({ params: { year } }) => {
        const { calendar, revision, entered } = await calendarInForce();
        const stored = entered.get(year);
        return {
          year,
          daysOff: daysOffInYear(year, calendar),
          swappedWorkingDays: swappedWorkingDaysInYear(year, calendar),
          // The calendar revision every deadline computed now uses.
          revision,
          editedBy: stored?.by.userId ?? null,
          editedAt: stored?.savedAt ?? null,
          // What an administrator edits: the schedule entered for the year, else the shipped one.
          schedule:
            stored?.schedule ?? SHIPPED_OFFICIAL_SCHEDULES.find((s) => s.year === year) ?? null,
        };
      },
    }),
    route({
      method: 'put',
      path: '/calendar/:year',
      summary: 'Set the official calendar of a year',
      descriptionVi: 'Cập nhật lịch làm việc chính thức của năm.',
      callers: ['admin'],
      params: { year: yearParam },
      body: scheduleBody,
      success: {
        status: 200,
        description:
          'The new calendar `revision` and `inForceFrom`: every deadline planned from then on, in every API and worker process, counts on it and records the revision',
      },
      errors: [409, 422],
      handle: async ({ actor, params: { year }, body }) => {
        let schedule;
        try {
          schedule = parseOfficialSchedule(body.schedule);
        } catch (error) {
          const issue = (error as { issues?: { path: (string | number)[]; message: string }[] })
            .issues?.[0];
          const field = issue ? ['schedule', ...issue.path].join('.') : 'schedule';
          throw new ApiError(
            422,
            'SCHEDULE_INVALID',
            {
              vi: `Lịch nghỉ không hợp lệ: ${issue?.message ?? String(error)}`,
              en: `Invalid schedule: ${issue?.message ?? String(error)}`,
            },
            field,
          );
        }
        if (schedule.year !== year) {
          throw new ApiError(
            422,
            'SCHEDULE_INVALID',
            { vi: 'Năm của lịch không khớp địa chỉ.', en: 'The schedule is for another year.' },
            'schedule.year',
          );
        }
        const revision = ((await calendarInForce()).revision ?? 0) + 1;
        const saved = await saveCalendarRevision({
          revision,
          year,
          schedule: body.schedule,
          reason: body.reason,
          by: actor,
        });
        if (!saved) throw changedMeanwhile();
        // Every process checks for the next revision on each use: deadlines follow from now on.
        return { year, saved: true, revision, inForceFrom: saved.savedAt.toISOString() };
      },
    }),
  ],
});
