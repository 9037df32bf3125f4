import type { AwardCode } from '../../catalogue/awardCodes';
import { CATALOGUE } from '../../catalogue/awards';
import type { CommendationKind } from '../../catalogue/awardDefinition';
import { endOfYear, rangesOverlap, startOfYear } from '../../calendar/isoDate';
import type { RuleSet } from '../../ruleSets/ruleSet';
import type { EligibilityContext } from '../context';
import { kindOf, kindsMayOverlap, twinNominations } from '../duplicates';
import { SANCTION_KIND_TEXT, type NomineeHistory, type SubjectHistory } from '../history';
import { activeHolds } from '../personFacts';
import { makeReason, type Reason } from '../reason';

const HOLD_TEXT = {
  discipline_review: { vi: 'đang xem xét kỷ luật', en: 'under discipline review' },
  investigation: { vi: 'đang bị điều tra', en: 'under investigation' },
  inspection: { vi: 'đang thanh tra, kiểm tra', en: 'under inspection' },
  complaint: {
    vi: 'có đơn thư khiếu nại, tố cáo đang xác minh',
    en: 'subject of a pending complaint',
  },
} as const;

export function subjectIdOf(history: SubjectHistory): string {
  return history.subject === 'individual' ? history.person.id : history.collective.id;
}

/** Checks every award shares: subject, kind, holds, repeats, overlaps and duplicate nominations. */
export function commonChecks(
  history: SubjectHistory,
  award: AwardCode,
  year: number,
  ruleSet: RuleSet,
  context: EligibilityContext,
  kind: CommendationKind,
  asOf: string,
): Reason[] {
  const reasons: Reason[] = [];
  const definition = CATALOGUE[award];
  const basis = ruleSet.citations[definition.citationKey];
  const awardName = definition.name;

  if (definition.subject !== 'both' && definition.subject !== history.subject) {
    reasons.push(
      makeReason(
        'SUBJECT_MISMATCH',
        'blocking',
        basis,
        {
          vi: `“${awardName.vi}” chỉ xét tặng cho ${definition.subject === 'individual' ? 'cá nhân' : 'tập thể'}`,
          en: `“${awardName.en}” is for ${definition.subject === 'individual' ? 'individuals' : 'collectives'} only`,
        },
        { awardSubject: definition.subject, nomineeSubject: history.subject },
      ),
    );
  }

  if (!definition.kinds.includes(kind)) {
    reasons.push(
      makeReason(
        'KIND_NOT_ALLOWED',
        'blocking',
        basis,
        {
          vi: `“${awardName.vi}” không xét theo loại khen thưởng này`,
          en: `“${awardName.en}” is not given as this kind of commendation`,
        },
        { kind, allowedKinds: [...definition.kinds] },
      ),
    );
  }

  if (history.subject === 'individual') {
    reasons.push(...runningSanctions(history, year, ruleSet, asOf));
  }

  for (const hold of activeHolds(history, asOf)) {
    reasons.push(
      makeReason(
        'HOLD_ACTIVE',
        'needs_judgement',
        ruleSet.citations.PRINCIPLE_HOLD,
        {
          vi: `Chưa xét khen thưởng: ${HOLD_TEXT[hold.kind].vi} (từ ${hold.from})`,
          en: `Award held: ${HOLD_TEXT[hold.kind].en} (since ${hold.from})`,
        },
        { holdKind: hold.kind, from: hold.from, to: hold.to ?? null, asOf },
      ),
    );
  }

  // A merit title is given once for a year; ad hoc and thematic forms may repeat.
  if (kind === 'merit' && award !== 'KNC') {
    const same = history.awards.find(
      (a) => a.code === award && a.year === year && !a.revoked && a.basis === 'merit',
    );
    if (same) {
      reasons.push(
        makeReason(
          'AWARD_ALREADY_RECEIVED',
          'blocking',
          ruleSet.citations.PRINCIPLE_NO_DOUBLE_REWARD,
          {
            vi: `Đã được tặng “${awardName.vi}” năm ${year}${same.decisionNumber ? ` (Quyết định số ${same.decisionNumber})` : ''}`,
            en: `Already received “${awardName.en}” for ${year}${same.decisionNumber ? ` (decision ${same.decisionNumber})` : ''}`,
          },
          { year, decisionNumber: same.decisionNumber ?? null },
        ),
      );
    }
  }

  reasons.push(...overlapChecks(history, award, year, ruleSet, context, kind));
  reasons.push(...duplicateChecks(history, award, year, ruleSet, context));
  return reasons;
}

function overlapChecks(
  history: SubjectHistory,
  award: AwardCode,
  year: number,
  ruleSet: RuleSet,
  context: EligibilityContext,
  kind: CommendationKind,
): Reason[] {
  const reasons: Reason[] = [];
  const subjectId = subjectIdOf(history);
  for (const set of ruleSet.values.overlappingAwardSets) {
    if (!set.codes.includes(award)) continue;
    const others = set.codes.filter((c) => c !== award);
    const received = history.awards.filter(
      (a) =>
        others.includes(a.code) && a.year === year && !a.revoked && kindsMayOverlap(kind, a.basis),
    );
    const nominated = (context.otherNominations ?? []).filter(
      (n) =>
        n.subjectId === subjectId &&
        others.includes(n.award) &&
        n.year === year &&
        n.nominationId !== context.nominationId &&
        kindsMayOverlap(kind, kindOf(n)),
    );
    const codes = [...new Set([...received.map((a) => a.code), ...nominated.map((n) => n.award)])];
    if (codes.length === 0) continue;
    const names = codes.map((c) => CATALOGUE[c].name);
    reasons.push(
      makeReason(
        'OVERLAPPING_AWARD_SAME_YEAR',
        set.severity,
        ruleSet.citations.PRINCIPLE_NO_DOUBLE_REWARD,
        {
          vi: `Cùng năm ${year} đã được tặng hoặc đang đề nghị “${names.map((n) => n.vi).join('”, “')}”: một thành tích không khen nhiều hình thức`,
          en: `For ${year} also received or nominated for “${names.map((n) => n.en).join('”, “')}”: one achievement is not rewarded twice`,
        },
        { year, overlappingAwards: codes, received: received.map((a) => a.code) },
      ),
    );
  }
  return reasons;
}

function duplicateChecks(
  history: SubjectHistory,
  award: AwardCode,
  year: number,
  ruleSet: RuleSet,
  context: EligibilityContext,
): Reason[] {
  const subjectId = subjectIdOf(history);
  const twins = twinNominations(context.otherNominations ?? [], {
    subjectId,
    award,
    year,
    nominationId: context.nominationId,
  });
  if (twins.length === 0) return [];
  const units = [...new Set(twins.map((t) => t.unitId))];
  const sameUnit =
    context.nominatingUnitId !== undefined && units.every((u) => u === context.nominatingUnitId);
  return [
    makeReason(
      sameUnit ? 'DUPLICATE_NOMINATION_SAME_UNIT' : 'DUPLICATE_NOMINATION_OTHER_UNIT',
      'needs_judgement',
      ruleSet.citations.PRINCIPLE_NO_DOUBLE_REWARD,
      sameUnit
        ? {
            vi: `Đơn vị đã đề nghị “${CATALOGUE[award].name.vi}” năm ${year} cho đối tượng này trong hồ sơ khác`,
            en: `The unit already nominated this subject for “${CATALOGUE[award].name.en}” ${year} in another dossier`,
          }
        : {
            vi: `Đối tượng đồng thời được đơn vị khác (${units.join(', ')}) đề nghị “${CATALOGUE[award].name.vi}” năm ${year}`,
            en: `Also nominated for “${CATALOGUE[award].name.en}” ${year} by another unit (${units.join(', ')})`,
          },
      { year, otherNominations: twins.map((t) => t.nominationId), otherUnits: units },
    ),
  ];
}

/** Sentences and sanctions running at any time in the achievement year or on the receipt date. */
function runningSanctions(
  history: NomineeHistory,
  year: number,
  ruleSet: RuleSet,
  asOf: string,
): Reason[] {
  const policy = ruleSet.values.runningSanction;
  const window = { from: startOfYear(year), to: asOf > endOfYear(year) ? asOf : endOfYear(year) };
  return (history.sanctions ?? []).flatMap((s) => {
    const severity = policy[s.kind];
    const running = { from: s.decidedOn, to: s.effectiveTo ?? null };
    if (severity === 'ignore' || !rangesOverlap(running, window)) return [];
    const kind = SANCTION_KIND_TEXT[s.kind];
    const until = s.effectiveTo ?? null;
    return [
      makeReason(
        'SANCTION_RUNNING',
        severity,
        ruleSet.citations.SANCTION_RUNNING,
        {
          vi: `${kind.vi} quyết định ngày ${s.decidedOn}, ${until ? `thời hạn đến ${until}` : 'chưa hết thời hạn'}: còn hiệu lực trong năm ${year} hoặc vào ngày ${asOf}`,
          en: `${kind.en} decided on ${s.decidedOn}, ${until ? `running to ${until}` : 'still running'}: in effect during ${year} or on ${asOf}`,
        },
        { kind: s.kind, decidedOn: s.decidedOn, effectiveTo: until, year, asOf },
      ),
    ];
  });
}
