import type { BallotCounts } from '../../domain/council/tallyBallot';
import { isDuplicateKey } from '../../data/duplicateKey';
import { rawBallotBoxes } from '../../data/council/ballotBoxModel';

export interface OpenBallotBoxInput {
  roundId: string;
  members: string[];
  present: string[];
  /** Nominees on the secret paper. */
  items: string[];
  openedAt: string;
}

/** Creates the round's empty secret-ballot box; a second call finds it and changes nothing. */
export async function openBallotBox(input: OpenBallotBoxInput): Promise<void> {
  const counts: Record<string, BallotCounts> = {};
  for (const id of input.items) counts[id] = { approve: 0, reject: 0, abstain: 0 };
  try {
    await rawBallotBoxes().insertOne({
      _id: input.roundId as never,
      status: 'open',
      members: input.members,
      present: input.present,
      items: input.items,
      counts,
      voters: [],
      writtenVoters: [],
      receipts: [],
      openedAt: new Date(input.openedAt),
    });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
}

export interface SealedBox {
  counts: Record<string, BallotCounts>;
  /** Who voted, sorted: never in the order they voted. */
  voters: string[];
  writtenVoters: string[];
}

/**
 * Seals the box (status open → sealed in one atomic update, ordered with the ballots' own:
 * a ballot goes in wholly before it or not at all) and returns the totals and who voted —
 * there is nothing else in it. Receipts are dropped and the voter list re-sorted. A retry
 * finds the box sealed and returns the same.
 */
export async function sealBallotBox(input: {
  roundId: string;
  sealedAt: string;
}): Promise<SealedBox> {
  const boxes = rawBallotBoxes();
  await boxes.updateOne(
    { _id: input.roundId as never, status: 'open' },
    { $set: { status: 'sealed', sealedAt: new Date(input.sealedAt) } },
  );
  const box = await boxes.findOne({ _id: input.roundId as never });
  if (!box) return { counts: {}, voters: [], writtenVoters: [] };
  const voters = [...(box.voters as string[])].sort();
  const writtenVoters = [...(box.writtenVoters as string[])].sort();
  await boxes.updateOne(
    { _id: input.roundId as never, status: 'sealed' },
    { $set: { voters, writtenVoters, receipts: [] } },
  );
  return { counts: box.counts as Record<string, BallotCounts>, voters, writtenVoters };
}
