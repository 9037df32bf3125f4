import type { Client } from '@temporalio/client';
import { formatRegisterNumber } from '../../domain/agency/agencyIdentity';
import { vietnamDateOf, type IsoDate } from '../../domain/calendar';
import { isAwardCode, CATALOGUE } from '../../domain/catalogue';
import { documentTypeOf } from '../../domain/process/issuedDecision';
import type { Actor } from '../../domain/process/roles';
import { AwardDecisionModel } from '../../data/awardDecision/awardDecisionModel';
import { DossierModel } from '../../data/nomination/dossierModel';
import { numberDossier } from '../../data/nomination/dossierNumber';
import { NominationModel } from '../../data/nomination/nominationModel';
import { UnitModel } from '../../data/organisation/unitModel';
import {
  awardDecision,
  awardDecisionAnnexSheet,
  type AwardDecisionInput,
} from '../../documents/awardDecision';
import { certificate } from '../../documents/certificate';
import {
  councilMinutes,
  type Attendance,
  type MinutesItemInput,
} from '../../documents/councilMinutes';
import { renderXlsx } from '../../documents/render/annexXlsx';
import { renderPdf } from '../../documents/render/pdf';
import { submissionLetter } from '../../documents/submissionLetter';
import { CouncilService } from '../councilRound/councilService';
import { DecisionService } from '../awardDecision/decisionService';
import { NOT_FOUND_TEXT } from '../awardDecision/workflowCalls';
import { ApiError, notFound } from '../errors/apiError';
import { canRead } from '../nomination/nominationAccess';
import type { ItemResult } from '../../workflows/councilRound/messages';

export interface RenderedFile {
  body: Buffer;
  fileName: string;
  contentType: string;
}

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const UNIT_ROLES = new Set(['unit_officer', 'unit_head']);
const DOSSIER = { vi: 'hồ sơ trình', en: 'Dossier' };
const NOMINATION = { vi: 'hồ sơ đề nghị', en: 'Nomination' };

/** A minutes line as the round workflow stored it (activities/council/recordCouncilMinutes). */
type StoredMinutesItem = ItemResult & {
  nomineeName: string;
  unitId: string;
  awardCode: string;
  year: number;
  namedVotes?: MinutesItemInput['namedVotes'];
};

type DecisionDoc = NonNullable<Awaited<ReturnType<typeof loadDecision>>>;

function loadDecision(filter: Record<string, unknown>) {
  return AwardDecisionModel.findOne(filter, { timeline: 0 }).lean();
}

async function unitNames(ids: readonly string[]): Promise<Map<string, string>> {
  const units = await UnitModel.find({ _id: { $in: [...new Set(ids)] } }, { name: 1 }).lean();
  return new Map(units.map((u) => [u._id, u.name]));
}

/**
 * Documents generated from the records, read under the same rules as the records themselves:
 * the council-round and decision services decide who may read a round's minutes and a
 * decision; a nomination or a dossier follows the nomination's unit scope.
 */
export class DocumentService {
  private readonly council: CouncilService;
  private readonly decisions: DecisionService;

  constructor(temporal: Client, taskQueue: string) {
    this.council = new CouncilService(temporal, taskQueue);
    this.decisions = new DecisionService(temporal, taskQueue);
  }

  /** The unit's tờ trình with its list: readable by whoever may read all its nominations. */
  async submissionLetter(actor: Actor, dossierId: string): Promise<RenderedFile> {
    const dossier = await DossierModel.findById(dossierId).lean();
    if (!dossier) throw notFound(DOSSIER, 'DOSSIER_NOT_FOUND');
    const nominations = await NominationModel.find(
      { _id: { $in: dossier.nominationIds } },
      { history: 0, submissions: 0 },
    ).lean();
    if (dossier.unitId && !canRead(actor, dossier.unitId)) {
      throw notFound(DOSSIER, 'DOSSIER_NOT_FOUND');
    }
    if (nominations.some((n) => !canRead(actor, n.unitId))) {
      throw notFound(DOSSIER, 'DOSSIER_NOT_FOUND');
    }
    const byId = new Map(nominations.map((n) => [n._id, n]));
    const ordered = dossier.nominationIds.flatMap((id) => byId.get(id) ?? []);
    const names = await unitNames([dossier.unitId]);
    // A dossier from before numbers is numbered on its first reading (as at the worker's start).
    const numbers = await numberDossier(dossier._id, dossier.nominationIds);
    const model = submissionLetter({
      number: numbers.number,
      title: dossier.title,
      unit: { id: dossier.unitId, name: names.get(dossier.unitId) ?? dossier.unitId },
      submittedOn: vietnamDateOf(dossier.submittedAt),
      submittedBy: dossier.submittedBy?.name ?? undefined,
      nominees: ordered.map((n) => ({
        number: numbers.nominations.get(n._id)!,
        name: n.nominee.name,
        kind: n.nominee.kind,
        position: n.nominee.position ?? undefined,
        awardCode: n.awardCode,
        year: n.year,
        achievements: n.achievements,
      })),
    });
    return { body: await renderPdf(model), fileName: model.fileName, contentType: PDF };
  }

  /** The closed round's minutes: totals only for a secret ballot. */
  async councilMinutes(actor: Actor, roundId: string): Promise<RenderedFile> {
    const minutes = await this.council.minutes(actor, roundId);
    const items = minutes.items as StoredMinutesItem[];
    const names = await unitNames(items.map((i) => String(i.unitId)));
    const chair = minutes.chair as { userId: string; name: string };
    const closedBy = minutes.closedBy as { userId?: string; name?: string; role?: string };
    const model = councilMinutes({
      roundId,
      title: minutes.title,
      scheduledOn: minutes.scheduledOn as IsoDate,
      closedOn: vietnamDateOf(minutes.closedAt),
      chair,
      secretary:
        closedBy?.role === 'secretariat' && closedBy.name ? { name: closedBy.name } : undefined,
      members: (minutes.members as Array<{ userId: string; name: string; attendance: string }>).map(
        (m) => ({ userId: m.userId, name: m.name, attendance: m.attendance as Attendance }),
      ),
      recusals: minutes.recusals as Array<{
        memberId: string;
        nominationId: string;
        name?: string;
        reason?: string;
      }>,
      items: items.map(
        (item): MinutesItemInput => ({
          nominationId: item.nominationId,
          nomineeName: item.nomineeName,
          unitName: names.get(item.unitId) ?? item.unitId,
          awardCode: item.awardCode,
          year: item.year,
          ballot: item.ballot,
          counts: item.counts,
          percent: item.tally?.percent,
          outcome: item.outcome,
          explanation: item.explanation?.vi ?? '',
          ...(item.ballot === 'open' && { namedVotes: item.namedVotes }),
        }),
      ),
      summary: minutes.summary?.vi ?? '',
    });
    return { body: await renderPdf(model), fileName: model.fileName, contentType: PDF };
  }

  /**
   * A decision the actor may read: staff of the secretariat, council, leadership and
   * inspection read any (drafts included, as the decision service allows); unit staff and
   * the public read published decisions only.
   */
  private async readableDecision(actor: Actor | undefined, id: string): Promise<DecisionDoc> {
    if (actor && !UNIT_ROLES.has(actor.role)) {
      await this.decisions.get(actor, id);
      const decision = await loadDecision({ _id: id });
      if (decision) return decision;
    } else {
      const decision = await loadDecision({ _id: id, published: true });
      if (decision) return decision;
    }
    throw notFound(NOT_FOUND_TEXT.decision, 'DECISION_NOT_FOUND');
  }

  async decision(actor: Actor | undefined, id: string): Promise<RenderedFile> {
    const model = awardDecision(decisionInput(await this.readableDecision(actor, id)));
    return { body: await renderPdf(model), fileName: model.fileName, contentType: PDF };
  }

  async annex(actor: Actor | undefined, id: string): Promise<RenderedFile> {
    const sheet = awardDecisionAnnexSheet(decisionInput(await this.readableDecision(actor, id)));
    return { body: await renderXlsx(sheet), fileName: sheet.fileName, contentType: XLSX };
  }

  /** One awarded nominee's certificate, once the decision that grants it is signed. */
  async certificate(actor: Actor, nominationId: string): Promise<RenderedFile> {
    const nomination = await NominationModel.findById(nominationId, {
      history: 0,
      submissions: 0,
    }).lean();
    if (!nomination || !canRead(actor, nomination.unitId)) {
      throw notFound(NOMINATION, 'NOMINATION_NOT_FOUND');
    }
    const code = nomination.awardCode;
    if (!isAwardCode(code) || !CATALOGUE[code].certificateIssued) {
      throw new ApiError(422, 'NO_CERTIFICATE_FOR_AWARD', {
        vi: `Danh hiệu, hình thức này không cấp giấy chứng nhận (chỉ ghi trong quyết định).`,
        en: 'This award has no certificate; it is a line in the decision only.',
      });
    }
    if (nomination.stage === 'revoked') {
      throw new ApiError(409, 'AWARD_REVOKED', {
        vi: 'Khen thưởng này đã bị thu hồi.',
        en: 'This award has been revoked.',
      });
    }
    const decision = await loadDecision({ 'annex.nominationId': nominationId, status: 'signed' });
    const struck = decision?.struck.some((s) => s.nominationId === nominationId) ?? false;
    if (!decision || struck || decision.forwardedUpward || !decision.signedOn) {
      throw new ApiError(409, 'NOT_AWARDED', {
        vi: 'Chưa có quyết định khen thưởng đã ký cho hồ sơ này.',
        en: 'No signed award decision grants this nomination yet.',
      });
    }
    const line = decision.annex.find((a) => a.nominationId === nominationId)!;
    // Its line in the decision as issued: struck nominees are not in the printed list.
    const place =
      decision.annex
        .filter((a) => !decision.struck.some((s) => s.nominationId === a.nominationId))
        .indexOf(line) + 1;
    const names = await unitNames([nomination.unitId]);
    const model = certificate({
      number: nomination.number ?? undefined,
      awardCode: code,
      year: nomination.year,
      nominee: {
        name: line.nomineeName,
        kind: line.nomineeKind,
        position: line.position ?? undefined,
      },
      unitName: line.unitName ?? names.get(nomination.unitId) ?? nomination.unitId,
      decision: {
        number: decision.number!,
        signedOn: decision.signedOn as IsoDate,
        signer: signerOf(decision)!,
      },
      registerNumber: formatRegisterNumber(
        {
          sequence: decision.sequence!,
          symbol: decision.symbol!,
          year: Number(decision.signedOn.slice(0, 4)),
        },
        place,
      ),
    });
    return { body: await renderPdf(model), fileName: model.fileName, contentType: PDF };
  }
}

function signerOf(decision: DecisionDoc): AwardDecisionInput['signer'] {
  if (!decision.signer) return undefined;
  return {
    name: decision.signer.name,
    signatureLines: decision.signatureLines ?? undefined,
    onBehalfOf: decision.onBehalfOf?.name ? { name: decision.onBehalfOf.name } : undefined,
  };
}

/** A signed decision as issued (struck nominees left out); anything else as a draft. */
function decisionInput(decision: DecisionDoc): AwardDecisionInput {
  const signed = decision.status === 'signed' && !!decision.number && !!decision.signedOn;
  const struck = new Set(decision.struck.map((s) => s.nominationId));
  return {
    decisionId: decision._id,
    awardCode: decision.awardCode,
    year: decision.year,
    forwardedUpward: decision.forwardedUpward,
    documentType: documentTypeOf(decision),
    status: signed ? 'signed' : 'draft',
    date: signed ? (decision.signedOn as IsoDate) : vietnamDateOf(decision.draftedAt),
    number: signed ? decision.number! : undefined,
    signer: signed ? signerOf(decision) : undefined,
    annex: decision.annex
      .filter((line) => !signed || !struck.has(line.nominationId))
      .map((line) => ({
        nominationId: line.nominationId,
        nomineeName: line.nomineeName,
        nomineeKind: line.nomineeKind,
        position: line.position ?? undefined,
        unitName: line.unitName ?? line.unitId,
      })),
  };
}
