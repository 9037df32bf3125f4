import {
  DOCUMENT_TYPES,
  agencyOn,
  formatDocumentNumber,
  type DocumentType,
} from '../../domain/agency/agencyIdentity';
import { insertIfAbsent } from '../../data/duplicateKey';
import { issueNumber, type NumberSeries } from '../../data/numberSeries';
import type { IssuedDecision } from '../../domain/process/issuedDecision';
import { DecisionNumberModel } from '../../data/awardDecision/decisionNumberModel';

export interface DecisionNumberRequest {
  /** Stable ID of the decision being signed; asking twice returns the same number. */
  decisionId: string;
  /** Signing date, YYYY-MM-DD in Vietnam: picks the year's sequence and the symbol. */
  signedOn: string;
  /** ISO instant of signing. */
  signedAt: string;
  /** The series: a decision (default) or a submission upward (tờ trình). */
  documentType?: DocumentType;
}

interface Series extends NumberSeries {
  symbol: string;
  year: number;
  documentType: DocumentType;
}

/** The year's series of the signing's document type and of the agency on the signing date. */
function seriesOf(request: DecisionNumberRequest): Series {
  const { symbol } = agencyOn(request.signedOn);
  const year = Number(request.signedOn.slice(0, 4));
  const documentType = request.documentType ?? 'decision';
  return {
    id: `${DOCUMENT_TYPES[documentType].code}-${symbol}:${year}`,
    symbol,
    year,
    documentType,
    // Numbers issued before submissions had their own series carry no type: decisions.
    issuedBefore: async () =>
      (
        await DecisionNumberModel.find(
          {
            symbol,
            year,
            documentType: documentType === 'decision' ? { $ne: 'submission' } : documentType,
          },
          { decisionId: 1, sequence: 1 },
        )
          .sort({ sequence: 1 })
          .lean()
      ).map((d) => ({ key: d.decisionId, number: d.sequence })),
  };
}

/**
 * Step one of numbering: the decision's number in its series, taken now or found (see
 * `data/numberSeries.ts`: one atomic update takes the number and names its holder).
 */
export async function reserveDecisionNumber(request: DecisionNumberRequest): Promise<number> {
  return (await issueNumber(seriesOf(request), request.decisionId))!;
}

/**
 * Numbers a signed decision `NN/QĐ-<symbol>`, or a submission upward `NN/TTr-<symbol>`:
 * reserves the number, then writes it in the register (`decision_numbers`, keyed by the
 * number, so the second write of a retry changes nothing). A signing retried, or asked twice
 * at once, gets its one number; concurrent signings get consecutive ones; a crash between
 * the two steps leaves the number reserved for this decision, which its retry registers.
 */
export async function issueDecisionNumber(request: DecisionNumberRequest): Promise<IssuedDecision> {
  const series = seriesOf(request);
  const { symbol, year, documentType } = series;
  const sequence = await reserveDecisionNumber(request);
  const prefix = documentType === 'decision' ? '' : `${DOCUMENT_TYPES[documentType].code}-`;
  await insertIfAbsent(DecisionNumberModel as never, `${prefix}${symbol}:${year}:${sequence}`, {
    documentType,
    symbol,
    year,
    sequence,
    decisionId: request.decisionId,
    issuedAt: new Date(request.signedAt),
  });
  return {
    number: formatDocumentNumber(sequence, symbol, documentType),
    sequence,
    symbol,
    year,
    documentType,
  };
}
