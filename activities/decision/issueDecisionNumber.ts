import { heartbeat } from '@temporalio/activity';
import { agencyOn, formatDecisionNumber } from '../../domain/agency/agencyIdentity';
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
}

const MAX_ATTEMPTS = 200;

/**
 * Allocates the next number of the year's sequence `N/QĐ-<symbol>`: read the highest
 * number, insert the next one. Two signings racing for the same number collide on the
 * unique `_id` and the loser reads again; a retried signing finds its own number by
 * `decisionId`. So concurrent signings and retries never produce a gap or a duplicate.
 */
export async function issueDecisionNumber(request: DecisionNumberRequest): Promise<IssuedDecision> {
  const { symbol } = agencyOn(request.signedOn);
  const year = Number(request.signedOn.slice(0, 4));

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    // A worker that dies mid-loop is noticed at the heartbeat timeout, not the 2-minute limit.
    heartbeat(attempt);
    const mine = await DecisionNumberModel.findOne({ decisionId: request.decisionId }).lean();
    if (mine) return issued(mine.sequence, mine.symbol, mine.year);

    const highest = await DecisionNumberModel.findOne({ symbol, year }, { sequence: 1 })
      .sort({ sequence: -1 })
      .lean();
    const sequence = (highest?.sequence ?? 0) + 1;
    try {
      await DecisionNumberModel.create({
        _id: `${symbol}:${year}:${sequence}`,
        symbol,
        year,
        sequence,
        decisionId: request.decisionId,
        issuedAt: new Date(request.signedAt),
      });
      return issued(sequence, symbol, year);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // The number was taken, or this decision was numbered meanwhile: look again.
    }
  }
  throw new Error(`No decision number for ${symbol}/${year} after ${MAX_ATTEMPTS} attempts`);
}

function issued(sequence: number, symbol: string, year: number): IssuedDecision {
  return { number: formatDecisionNumber(sequence, symbol), sequence, symbol, year };
}
