import { heartbeat } from '@temporalio/activity';
import {
  DOCUMENT_TYPES,
  agencyOn,
  formatDocumentNumber,
  type DocumentType,
} from '../../domain/agency/agencyIdentity';
import { isDuplicateKey } from '../../data/duplicateKey';
import type { IssuedDecision } from '../../domain/process/issuedDecision';
import { DecisionNumberModel } from '../../data/decision/decisionNumberModel';

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

const MAX_ATTEMPTS = 200;

/**
 * Allocates the next number of the year's series, `N/QĐ-<symbol>` or `N/TTr-<symbol>`: read
 * the highest number of the series, insert the next one. Two signings racing for the same
 * number collide on the unique `_id` and the loser reads again; a retried signing finds its
 * own number by `decisionId`. So concurrent signings and retries never produce a gap or a
 * duplicate in either series.
 */
export async function issueDecisionNumber(request: DecisionNumberRequest): Promise<IssuedDecision> {
  const { symbol } = agencyOn(request.signedOn);
  const year = Number(request.signedOn.slice(0, 4));
  const documentType = request.documentType ?? 'decision';
  // Numbers issued before submissions had their own series carry no type: decisions.
  const series = {
    symbol,
    year,
    documentType: documentType === 'decision' ? { $ne: 'submission' } : documentType,
  };
  const prefix = documentType === 'decision' ? '' : `${DOCUMENT_TYPES[documentType].code}-`;

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    // A worker that dies mid-loop is noticed at the heartbeat timeout, not the 2-minute limit.
    heartbeat(attempt);
    const mine = await DecisionNumberModel.findOne({ decisionId: request.decisionId }).lean();
    if (mine) return issued(mine.sequence, mine.symbol, mine.year, mine.documentType);

    const highest = await DecisionNumberModel.findOne(series, { sequence: 1 })
      .sort({ sequence: -1 })
      .lean();
    const sequence = (highest?.sequence ?? 0) + 1;
    try {
      await DecisionNumberModel.create({
        _id: `${prefix}${symbol}:${year}:${sequence}`,
        documentType,
        symbol,
        year,
        sequence,
        decisionId: request.decisionId,
        issuedAt: new Date(request.signedAt),
      });
      return issued(sequence, symbol, year, documentType);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // The number was taken, or this decision was numbered meanwhile: look again.
    }
  }
  throw new Error(`No ${documentType} number for ${symbol}/${year} after ${MAX_ATTEMPTS} attempts`);
}

function issued(
  sequence: number,
  symbol: string,
  year: number,
  type: string | null | undefined,
): IssuedDecision {
  const documentType: DocumentType = type === 'submission' ? 'submission' : 'decision';
  return {
    number: formatDocumentNumber(sequence, symbol, documentType),
    sequence,
    symbol,
    year,
    documentType,
  };
}
