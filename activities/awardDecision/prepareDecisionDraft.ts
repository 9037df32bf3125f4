import type { AwardDefinition, CommendationKind } from '../../domain/catalogue/awardDefinition';
import { isDuplicateKey } from '../../data/duplicateKey';
import { getAwardDefinition } from '../../domain/catalogue/awards';
import { DecisionClaimModel } from '../../data/awardDecision/decisionClaimModel';
import { AwardDecisionModel } from '../../data/awardDecision/awardDecisionModel';
import { NominationModel } from '../../data/nomination/nominationModel';
import { UnitModel } from '../../data/organisation/unitModel';
import { joinNominations } from '../nomination/joinNominations';
import type { Refusal } from '../../domain/messages/refusal';
import type { AwardDecisionStart } from '../../domain/process/awardDecisionStart';

interface DraftRequest extends AwardDecisionStart {
  workflowId: string;
  /** ISO instant, workflow time. */
  at: string;
}

type DraftResult =
  | {
      ok: true;
      forwardedUpward: boolean;
      kind: CommendationKind;
      /**
       * Nominations taken without a workflow, in results recorded before every nomination had
       * to answer; a draft now takes none of them.
       */
      unreachable?: string[];
    }
  | { ok: false; refusal: Refusal };

type Refused = Extract<DraftResult, { ok: false }>;

const refuse = (code: string, vi: string, en: string, field?: string): Refused => ({
  ok: false,
  refusal: { code, message: { vi, en }, field },
});

/**
 * Checks the nominations (for this award and year, of one kind, in no other decision), claims
 * them, asks each to join the decision (it must await one: joinNominations) and writes the draft
 * with its annex. Idempotent: a retry finds the draft (or its own claims and joins) and answers
 * the same.
 */
export async function prepareDecisionDraft(request: DraftRequest): Promise<DraftResult> {
  const existing = await AwardDecisionModel.findById(request.decisionId, {
    forwardedUpward: 1,
    kind: 1,
  }).lean();
  if (existing) {
    return {
      ok: true,
      forwardedUpward: existing.forwardedUpward,
      kind: existing.kind as CommendationKind,
    };
  }

  const definition = getAwardDefinition(request.awardCode);
  const checked = await checkNominations(request, definition);
  if ('refusal' in checked) return checked;
  const { found, byId, kind } = checked;
  const ids = request.nominationIds;

  const claimed = await claim(ids, request.decisionId, new Date(request.at));
  if (claimed !== true) {
    return refuse(
      'NOMINATION_IN_ANOTHER_DECISION',
      `Hồ sơ ${claimed.nominationId} đã nằm trong dự thảo quyết định ${claimed.decisionId}.`,
      `Nomination ${claimed.nominationId} is already in decision ${claimed.decisionId}.`,
      `nominationIds.${ids.indexOf(claimed.nominationId)}`,
    );
  }
  const joined = await joinNominations(ids, { decisionId: request.decisionId });
  if (joined.refused) {
    const { index, refusal } = joined.refused;
    await DecisionClaimModel.deleteMany({ _id: { $in: ids }, decisionId: request.decisionId });
    return { ok: false, refusal: { ...refusal, field: `nominationIds.${index}` } };
  }

  await writeDraft(request, definition, kind, found, byId);
  return { ok: true, forwardedUpward: definition.forwardedUpward, kind };
}

const findNominations = (ids: string[]) =>
  NominationModel.find(
    { _id: { $in: ids } },
    { unitId: 1, nominee: 1, awardCode: 1, kind: 1, year: 1 },
  ).lean();

type Found = Awaited<ReturnType<typeof findNominations>>;
type FoundById = Map<string, Found[number]>;

/**
 * The draft's nominations, each listed once, for this award and year, all of one kind that
 * the award is given as; or the first refusal.
 */
async function checkNominations(
  request: DraftRequest,
  definition: AwardDefinition,
): Promise<Refused | { found: Found; byId: FoundById; kind: CommendationKind }> {
  const ids = request.nominationIds;
  if (new Set(ids).size !== ids.length) {
    return refuse(
      'DUPLICATE_NOMINATION',
      'Một hồ sơ xuất hiện hai lần trong dự thảo.',
      'A nomination is listed twice.',
      'nominationIds',
    );
  }
  const found = await findNominations(ids);
  const byId: FoundById = new Map(found.map((n) => [n._id, n]));
  const foreign = refuseForeign(request, byId);
  if (foreign) return foreign;
  const kind = (request.kind ?? byId.get(ids[0]!)!.kind ?? 'merit') as CommendationKind;
  const otherKind = refuseOtherKind(ids, byId, kind);
  if (otherKind) return otherKind;
  if (!definition.kinds.includes(kind)) {
    return refuse(
      'KIND_NOT_ALLOWED',
      `${definition.name.vi} không xét theo loại khen thưởng "${kind}".`,
      `${definition.name.en} is not given as "${kind}".`,
      'kind',
    );
  }
  return { found, byId, kind };
}

/** The first nomination that does not exist, or is for another award or year. */
function refuseForeign(request: DraftRequest, byId: FoundById): Refused | undefined {
  for (const [index, id] of request.nominationIds.entries()) {
    const field = `nominationIds.${index}`;
    const nomination = byId.get(id);
    if (!nomination) {
      return refuse('NOMINATION_NOT_FOUND', `Không có hồ sơ ${id}.`, `No nomination ${id}.`, field);
    }
    if (nomination.awardCode !== request.awardCode || nomination.year !== request.year) {
      return refuse(
        'AWARD_MISMATCH',
        `Hồ sơ ${id} đề nghị ${nomination.awardCode} năm ${nomination.year}, không phải ${request.awardCode} năm ${request.year}.`,
        `Nomination ${id} is for ${nomination.awardCode} ${nomination.year}, not ${request.awardCode} ${request.year}.`,
        field,
      );
    }
  }
  return undefined;
}

/** The first nomination of a kind other than the draft's. */
function refuseOtherKind(
  ids: string[],
  byId: FoundById,
  kind: CommendationKind,
): Refused | undefined {
  for (const [index, id] of ids.entries()) {
    if ((byId.get(id)!.kind ?? 'merit') !== kind) {
      return refuse(
        'KIND_MISMATCH',
        `Hồ sơ ${id} đề nghị theo loại khen thưởng khác ("${byId.get(id)!.kind}"), không phải "${kind}".`,
        `Nomination ${id} is of another kind ("${byId.get(id)!.kind}"), not "${kind}".`,
        `nominationIds.${index}`,
      );
    }
  }
  return undefined;
}

/** Writes the draft with its annex (nominee and unit of each nomination). */
async function writeDraft(
  request: DraftRequest,
  definition: AwardDefinition,
  kind: CommendationKind,
  found: Found,
  byId: FoundById,
): Promise<void> {
  const ids = request.nominationIds;
  const units = await UnitModel.find(
    { _id: { $in: found.map((n) => n.unitId) } },
    { name: 1 },
  ).lean();
  const unitName = new Map(units.map((u) => [u._id as string, u.name]));
  const at = new Date(request.at);
  try {
    await AwardDecisionModel.create({
      _id: request.decisionId,
      workflowId: request.workflowId,
      status: 'draft',
      awardCode: request.awardCode,
      kind,
      year: request.year,
      forwardedUpward: definition.forwardedUpward,
      annex: ids.map((id) => {
        const n = byId.get(id)!;
        return {
          nominationId: id,
          nomineeName: n.nominee!.name,
          nomineeKind: n.nominee!.kind,
          position: n.nominee!.position ?? undefined,
          personId: n.nominee!.personId ?? n.nominee!.collectiveId ?? undefined,
          unitId: n.unitId,
          unitName: unitName.get(n.unitId),
        };
      }),
      draftedBy: request.draftedBy,
      draftedAt: at,
      lastSeq: 1,
      timeline: [{ seq: 1, at, action: 'drafted', actor: request.draftedBy }],
    });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    // A retry of this activity raced with itself: the draft is there.
  }
}

/** Claims every nomination for the decision, or releases what it took and names the holder. */
async function claim(
  ids: string[],
  decisionId: string,
  at: Date,
): Promise<true | { nominationId: string; decisionId: string }> {
  for (const id of ids) {
    try {
      await DecisionClaimModel.create({ _id: id, decisionId, at });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const holder = await DecisionClaimModel.findById(id).lean();
      if (holder && holder.decisionId !== decisionId) {
        await DecisionClaimModel.deleteMany({ _id: { $in: ids }, decisionId });
        return { nominationId: id, decisionId: holder.decisionId };
      }
      // Our own claim from an earlier attempt (or released meanwhile: take it again).
      if (!holder) await DecisionClaimModel.create({ _id: id, decisionId, at });
    }
  }
  return true;
}
