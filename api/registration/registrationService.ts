import type { z } from 'zod';
import {
  rankBloc,
  sheetProblems,
  type ScoreTemplate,
  type Scored,
} from '../../domain/desk/ranking';
import { isUnitRole, type Actor } from '../../domain/process/roles';
import { upsertRetryingRace } from '../../data/duplicateKey';
import { PersonModel } from '../../data/history/personModel';
import { UnitModel } from '../../data/organisation/unitModel';
import { DEFAULT_SCORE_TEMPLATE } from '../../data/registration/defaultTemplate';
import {
  RegistrationModel,
  ScoreSheetModel,
  ScoreTemplateModel,
} from '../../data/registration/registrationModel';
import { ApiError, notFound } from '../errors/apiError';
import type { listQuery, registerBody, scoreBody, templateBody } from './registrationSchemas';
import { findPage } from '../../data/findPage';

const READERS = new Set([
  'secretariat',
  'inspector',
  'admin',
  'council_chair',
  'council_member',
  'minister',
]);

const forbidden = (vi: string, en: string) => new ApiError(403, 'FORBIDDEN', { vi, en });

function canReadUnit(actor: Actor, unitId: string): boolean {
  return READERS.has(actor.role) || (isUnitRole(actor.role) && actor.unitId === unitId);
}

export class RegistrationService {
  async register(actor: Actor, body: z.infer<typeof registerBody>) {
    const unitId = body.unitId ?? actor.unitId;
    if (!unitId) throw forbidden('Chưa rõ đơn vị đăng ký.', 'Name the unit that registers.');
    // The route admits unit staff only; they register for their own unit.
    if (unitId !== actor.unitId) {
      throw forbidden('Đơn vị chỉ đăng ký cho chính mình.', 'A unit registers for itself only.');
    }
    const unit = await UnitModel.findById(unitId).lean();
    if (!unit) throw notFound({ vi: 'đơn vị', en: 'Unit' }, 'UNIT_NOT_FOUND');
    let name = unit.name;
    if (body.subjectKind === 'individual') {
      const person = await PersonModel.findById(body.personId!, { fullName: 1, unitId: 1 }).lean();
      if (!person || person.unitId !== unitId) {
        throw new ApiError(
          422,
          'PERSON_NOT_IN_UNIT',
          { vi: 'Không có người này trong đơn vị.', en: 'No such person in this unit.' },
          'personId',
        );
      }
      name = person.fullName;
    }
    const subjectId = body.subjectKind === 'unit' ? unitId : body.personId!;
    const _id = `${body.year}:${body.subjectKind}:${subjectId}`;
    await upsertRetryingRace(() =>
      RegistrationModel.updateOne(
        { _id },
        {
          $set: {
            year: body.year,
            subjectKind: body.subjectKind,
            unitId,
            personId: body.personId,
            name,
            titles: body.titles,
            pledges: body.pledges,
            registeredBy: actor,
          },
        },
        { upsert: true },
      ),
    );
    return RegistrationModel.findById(_id).lean();
  }

  async list(actor: Actor, q: z.infer<typeof listQuery>) {
    const unitId = isUnitRole(actor.role) ? (actor.unitId ?? '∅') : q.unitId;
    if (!isUnitRole(actor.role) && !READERS.has(actor.role))
      throw forbidden('Không có quyền.', 'Not allowed.');
    const filter = {
      year: q.year,
      ...(unitId && { unitId }),
      ...(q.subjectKind && { subjectKind: q.subjectKind }),
    };
    return findPage(RegistrationModel, filter, { sort: { unitId: 1, _id: 1 } }, q);
  }

  /** Which units and people registered for the year, and who has not (the ones to chase). */
  async status(actor: Actor, year: number, unitId?: string) {
    if (unitId ? !canReadUnit(actor, unitId) : !READERS.has(actor.role)) {
      throw forbidden('Không có quyền xem.', 'Not allowed to see this.');
    }
    const unitFilter = unitId ? { _id: unitId } : {};
    const [units, registrations, headcounts] = await Promise.all([
      UnitModel.find(unitFilter).sort({ _id: 1 }).lean(),
      RegistrationModel.find(
        { year, ...(unitId && { unitId }) },
        { subjectKind: 1, unitId: 1, personId: 1 },
      ).lean(),
      PersonModel.aggregate<{ _id: string; count: number }>([
        { $match: unitId ? { unitId } : {} },
        { $group: { _id: '$unitId', count: { $sum: 1 } } },
      ]),
    ]);
    const rows = units.map((u) => {
      const own = registrations.filter((r) => r.unitId === u._id);
      return {
        unitId: u._id,
        name: u.name,
        blocId: u.blocId,
        unitRegistered: own.some((r) => r.subjectKind === 'unit'),
        people: headcounts.find((h) => h._id === u._id)?.count ?? 0,
        peopleRegistered: own.filter((r) => r.subjectKind === 'individual').length,
      };
    });
    let peopleNotRegistered: { personId: string; fullName: string }[] | undefined;
    if (unitId) {
      const registered = new Set(registrations.map((r) => r.personId).filter(Boolean));
      const people = await PersonModel.find({ unitId }, { fullName: 1 })
        .sort({ fullName: 1 })
        .lean();
      peopleNotRegistered = people
        .filter((p) => !registered.has(p._id))
        .map((p) => ({ personId: p._id, fullName: p.fullName }));
    }
    return {
      year,
      units: rows,
      unitsNotRegistered: rows.filter((r) => !r.unitRegistered).map((r) => r.unitId),
      totals: {
        units: rows.length,
        unitsRegistered: rows.filter((r) => r.unitRegistered).length,
        people: rows.reduce((s, r) => s + r.people, 0),
        peopleRegistered: rows.reduce((s, r) => s + r.peopleRegistered, 0),
      },
      ...(peopleNotRegistered && { peopleNotRegistered }),
    };
  }

  async template(year: number): Promise<ScoreTemplate & { year: number; isDefault: boolean }> {
    const stored = await ScoreTemplateModel.findById(year).lean();
    if (!stored) return { year, ...DEFAULT_SCORE_TEMPLATE, isDefault: true };
    return {
      year,
      groups: stored.groups.map((g) => ({
        code: g.code!,
        title: g.title!,
        criteria: g.criteria.map((c) => ({
          code: c.code!,
          title: c.title!,
          maxPoints: c.maxPoints!,
        })),
      })),
      bonusMax: stored.bonusMax,
      deductionMax: stored.deductionMax,
      isDefault: false,
    };
  }

  async setTemplate(actor: Actor, year: number, body: z.infer<typeof templateBody>) {
    const codes = body.groups.flatMap((g) => [g.code, ...g.criteria.map((c) => c.code)]);
    if (new Set(codes).size !== codes.length) {
      throw new ApiError(
        400,
        'VALIDATION_FAILED',
        { vi: 'Mã nhóm, tiêu chí bị trùng.', en: 'Group and criterion codes must be unique.' },
        'groups',
      );
    }
    await upsertRetryingRace(() =>
      ScoreTemplateModel.updateOne(
        { _id: year },
        { $set: { ...body, updatedBy: actor } },
        { upsert: true },
      ),
    );
    return this.template(year);
  }

  /** The unit's own score (its head), or the council's (the secretariat records it). */
  async score(
    actor: Actor,
    year: number,
    unitId: string,
    side: keyof Scored,
    body: z.infer<typeof scoreBody>,
  ) {
    // The route admits the unit head (self) or the secretariat (council); a head scores only
    // their own unit.
    if (side === 'self' && actor.unitId !== unitId) {
      throw forbidden('Chỉ thủ trưởng đơn vị tự chấm điểm.', "Only the unit's head scores it.");
    }
    const unit = await UnitModel.findById(unitId).lean();
    if (!unit) throw notFound({ vi: 'đơn vị', en: 'Unit' }, 'UNIT_NOT_FOUND');
    const template = await this.template(year);
    const sheet = {
      scores: Object.fromEntries(Object.entries(body.scores).map(([k, v]) => [k, { [side]: v }])),
      bonus: body.bonus === undefined ? undefined : { [side]: body.bonus },
      deduction: body.deduction === undefined ? undefined : { [side]: body.deduction },
    };
    const problem = sheetProblems(template, sheet, side)[0];
    if (problem) {
      throw new ApiError(
        422,
        'SCORE_OUT_OF_RANGE',
        {
          vi: `Điểm không hợp lệ (${problem[0]}): ${problem[1]}`,
          en: `${problem[0]}: ${problem[1]}`,
        },
        problem[0],
      );
    }
    const set: Record<string, unknown> = {
      year,
      unitId,
      blocId: unit.blocId,
      [`${side}By`]: actor,
    };
    for (const [code, value] of Object.entries(body.scores)) set[`scores.${code}.${side}`] = value;
    if (body.bonus !== undefined) set[`bonus.${side}`] = body.bonus;
    if (body.deduction !== undefined) set[`deduction.${side}`] = body.deduction;
    if (body.note !== undefined) set[`deduction.${side}Note`] = body.note;
    await upsertRetryingRace(() =>
      ScoreSheetModel.updateOne({ _id: `${year}:${unitId}` }, { $set: set }, { upsert: true }),
    );
    return ScoreSheetModel.findById(`${year}:${unitId}`).lean();
  }

  /** The bloc's units ranked by the council's total; units without a sheet are listed too. */
  async ranking(actor: Actor, year: number, blocId: string) {
    if (!READERS.has(actor.role) && !isUnitRole(actor.role))
      throw forbidden('Không có quyền.', 'Not allowed.');
    const [template, units, sheets] = await Promise.all([
      this.template(year),
      UnitModel.find({ blocId }).lean(),
      ScoreSheetModel.find({ year, blocId }).lean(),
    ]);
    if (units.length === 0)
      throw notFound({ vi: 'khối thi đua', en: 'Emulation bloc' }, 'BLOC_NOT_FOUND');
    const toScored = (s?: { self?: number | null; council?: number | null } | null): Scored => ({
      self: s?.self ?? undefined,
      council: s?.council ?? undefined,
    });
    const ranked = rankBloc(
      template,
      units.map((u) => {
        const sheet = sheets.find((s) => s.unitId === u._id);
        const scores: Record<string, Scored> = {};
        for (const [code, value] of Object.entries(
          (sheet?.scores ?? {}) as Record<string, { self?: number; council?: number }>,
        ))
          scores[code] = toScored(value);
        return {
          unitId: u._id,
          scores,
          bonus: toScored(sheet?.bonus),
          deduction: toScored(sheet?.deduction),
        };
      }),
    );
    const names = new Map(units.map((u) => [u._id, u.name]));
    return {
      year,
      blocId,
      template: {
        isDefault: template.isDefault,
        bonusMax: template.bonusMax,
        deductionMax: template.deductionMax,
      },
      ranking: ranked.map((r) => ({ ...r, name: names.get(r.unitId) })),
    };
  }
}
