import { isAwardCode } from '../../domain/catalogue/awardCodes';
import { vietnamDateOf } from '../../domain/calendar/vietnamTime';
import { getCouncilRule } from '../../domain/council/getCouncilRule';
import { findRuleSet, selectRuleSet } from '../../domain/ruleSets/selectRuleSet';
import { NominationModel } from '../../data/nomination/nominationModel';
import { UnitModel } from '../../data/organisation/unitModel';
import { joinNominations } from '../nomination/joinNominations';
import type { AddNominationsAction, AgendaItem } from '../../domain/council/round';
import type { Refusal as RoundRefusal } from '../../domain/messages/refusal';

interface LoadAgendaInput {
  roundId: string;
  scheduledOn: string;
  nominations: AddNominationsAction['nominations'];
}

interface LoadAgendaResult {
  /** Each taken by its nomination's workflow (`addedSignal` 'delivered'). */
  items: AgendaItem[];
  problems: RoundRefusal[];
}

/** The receipt date judges the dossier: stored `receivedOn`, else the submission entry. */
function receiptDate(doc: Record<string, unknown>, fallback: string): string {
  if (typeof doc.receivedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(doc.receivedOn)) {
    return doc.receivedOn;
  }
  const history = Array.isArray(doc.history) ? (doc.history as Array<Record<string, unknown>>) : [];
  const submitted = history.find((h) => h.action === 'submitted' && h.at instanceof Date);
  return submitted ? vietnamDateOf(submitted.at as Date) : fallback;
}

/**
 * Takes each nomination onto the round's agenda: its facts from the read model (unit, bloc,
 * award, year, the council rule of the rule set in force on its receipt date), then, if all
 * qualify, each nomination is asked to join the round (it must be at 'council_review'; see
 * joinNominations). A retry asks again and gets the same answers.
 */
export async function loadAgendaItems(input: LoadAgendaInput): Promise<LoadAgendaResult> {
  const items: Array<Omit<AgendaItem, 'addedSignal'>> = [];
  const problems: RoundRefusal[] = [];
  for (const [index, wanted] of input.nominations.entries()) {
    const field = `nominations.${index}.nominationId`;
    const id = wanted.nominationId;
    const doc = (await NominationModel.findById(id).lean()) as Record<string, unknown> | null;
    if (!doc) {
      problems.push({
        code: 'NOMINATION_NOT_FOUND',
        message: { vi: `Không tìm thấy hồ sơ ${id}.`, en: `Nomination ${id} not found.` },
        field,
      });
      continue;
    }
    const awardCode = String(doc.awardCode);
    const unitId = String(doc.unitId);
    // The rule set the nomination workflow recorded, else the one in force on receipt.
    let ruleSet = typeof doc.ruleSetId === 'string' ? findRuleSet(doc.ruleSetId) : undefined;
    try {
      ruleSet ??= selectRuleSet(receiptDate(doc, input.scheduledOn));
    } catch {
      ruleSet = undefined;
    }
    const rule =
      ruleSet && isAwardCode(awardCode) ? getCouncilRule(ruleSet, awardCode, unitId) : null;
    if (!ruleSet || !rule) {
      problems.push({
        code: 'NO_COUNCIL_VOTE',
        message: {
          vi: `Danh hiệu ${awardCode} của hồ sơ ${id} không do Hội đồng bỏ phiếu theo bộ quy tắc đang áp dụng.`,
          en: `Award ${awardCode} of nomination ${id} has no council vote under the rule set in force.`,
        },
        field,
      });
      continue;
    }
    const unit = await UnitModel.findById(unitId).lean();
    const blocId = unit?.blocId ?? undefined;
    if (ruleSet.values.awardRules[awardCode as 'COBO'].quota.kind === 'one_per_bloc' && !blocId) {
      problems.push({
        code: 'UNIT_HAS_NO_BLOC',
        message: {
          vi: `Đơn vị ${unitId} chưa thuộc khối thi đua nào: không xét được Cờ thi đua (mỗi khối một cờ).`,
          en: `Unit ${unitId} belongs to no emulation bloc: the one-flag-per-bloc quota cannot apply.`,
        },
        field,
      });
      continue;
    }
    const nominee = (doc.nominee ?? {}) as Record<string, unknown>;
    const storedGender =
      nominee.gender === 'female' || nominee.gender === 'male' ? nominee.gender : undefined;
    items.push({
      nominationId: id,
      unitId,
      blocId,
      awardCode,
      year: Number(doc.year),
      nomineeName: String(nominee.name ?? ''),
      nomineeKind: nominee.kind === 'collective' ? 'collective' : 'individual',
      gender: wanted.gender ?? storedGender,
      evaluationScore: wanted.evaluationScore,
      ruleSetId: ruleSet.id,
      rule,
    });
  }
  if (problems.length > 0) return { items: [], problems };
  const joined = await joinNominations(
    items.map((item) => item.nominationId),
    { roundId: input.roundId },
  );
  if (joined.refused) {
    // No problem above: the nominations asked are all those wanted, in order.
    const field = `nominations.${joined.refused.index}.nominationId`;
    return { items: [], problems: [{ ...joined.refused.refusal, field }] };
  }
  return { items: items.map((item) => ({ ...item, addedSignal: 'delivered' })), problems };
}
