import { agencyOn, formatDecisionNumber } from '../../domain/agency/agencyIdentity';
import { DecisionRegisterModel } from '../../data/decision/decisionRegisterModel';
import type { IssuedDecision } from '../../domain/process/issuedDecision';

export interface DecisionNumberRequest {
  /** Stable ID of the decision being signed; asking twice returns the same number. */
  decisionId: string;
  /** Signing date, YYYY-MM-DD in Vietnam: picks the year's sequence and the symbol. */
  signedOn: string;
  /** ISO instant of signing. */
  signedAt: string;
}

const MAX_ATTEMPTS = 100;

/**
 * Allocates the next number of the year's sequence `N/QĐ-<symbol>`. The register
 * document is updated only if nobody allocated since we read it (compare-and-set on
 * `last`) and this decision has no number yet, so concurrent signings and retries never
 * produce a gap or a duplicate.
 */
export async function issueDecisionNumber(request: DecisionNumberRequest): Promise<IssuedDecision> {
  const { symbol } = agencyOn(request.signedOn);
  const year = Number(request.signedOn.slice(0, 4));
  const registerId = `${symbol}:${year}`;
  await DecisionRegisterModel.updateOne(
    { _id: registerId },
    // `issued` is created by the first $push (FerretDB 1.x drops an empty array here).
    { $setOnInsert: { symbol, year, last: 0 } },
    { upsert: true },
  ).catch(ignoreDuplicateKey);

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const register = await DecisionRegisterModel.findById(registerId).lean();
    if (!register) throw new Error(`Decision register ${registerId} vanished`);
    const existing = (register.issued ?? []).find((entry) => entry.decisionId === request.decisionId);
    if (existing) return issued(existing.sequence, symbol, year);

    const sequence = register.last + 1;
    const claimed = await DecisionRegisterModel.updateOne(
      { _id: registerId, last: register.last, 'issued.decisionId': { $ne: request.decisionId } },
      {
        $set: { last: sequence },
        $push: {
          issued: {
            decisionId: request.decisionId,
            sequence,
            issuedAt: new Date(request.signedAt),
          },
        },
      },
    );
    if (claimed.modifiedCount === 1) return issued(sequence, symbol, year);
    // Someone else allocated in between (or we did, on a retry): read again.
  }
  throw new Error(`Could not allocate a decision number in ${registerId} after contention`);
}

function issued(sequence: number, symbol: string, year: number): IssuedDecision {
  return { number: formatDecisionNumber(sequence, symbol), sequence, symbol, year };
}

/** Two first signings of a year race to create the register; the loser just proceeds. */
function ignoreDuplicateKey(error: { code?: number }): void {
  if (error.code !== 11000) throw error;
}
