import { ApplicationFailure } from '@temporalio/common';
import type { BallotCounts } from '../../domain/council/tallyBallot';
import { isDuplicateKey } from '../../data/duplicateKey';
import { rawBallotBoxes } from '../../data/councilRound/ballotBoxModel';
import { countPapers, newBoxKeys } from '../../data/councilRound/ballotPaper';

interface OpenBallotBoxInput {
  roundId: string;
  members: string[];
  present: string[];
  /** Nominees on the secret paper. */
  items: string[];
  openedAt: string;
}

/**
 * Creates the round's empty secret-ballot box with a fresh key pair, and returns the private
 * key (to the workflow only: the box keeps the public key). A second call finds the box and,
 * since no paper can be in before the round is voting, gives it a new key pair.
 */
export async function openBallotBox(input: OpenBallotBoxInput): Promise<string> {
  const keys = newBoxKeys();
  try {
    await rawBallotBoxes().insertOne({
      _id: input.roundId as never,
      status: 'open',
      members: input.members,
      present: input.present,
      items: input.items,
      publicKey: keys.publicKey,
      // One slot per member; a paper goes into a random empty one.
      papers: input.members.map(() => ''),
      voters: [],
      writtenVoters: [],
      receipts: [],
      openedAt: new Date(input.openedAt),
    });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    const rekeyed = await rawBallotBoxes().updateOne(
      { _id: input.roundId as never, status: 'open', voters: { $size: 0 } },
      { $set: { publicKey: keys.publicKey } },
    );
    if (rekeyed.matchedCount !== 1) {
      throw ApplicationFailure.nonRetryable(
        'the ballot box already holds papers sealed to another key',
        'BallotBoxKeyLost',
      );
    }
  }
  return keys.privateKey;
}

export interface SealedBox {
  counts: Record<string, BallotCounts>;
  /** Who voted, sorted: never in the order they voted. */
  voters: string[];
  writtenVoters: string[];
}

/**
 * Seals the box (status open → sealed in one atomic update, ordered with the ballots' own:
 * a paper goes in wholly before it or not at all), opens the papers with the key the
 * workflow kept, and replaces them by the totals in one update that also drops the receipts
 * and re-sorts the voter list. There are no totals before this. A retry finds the totals
 * and returns the same.
 */
export async function sealBallotBox(input: {
  roundId: string;
  sealedAt: string;
  /** The private key `openBallotBox` returned. */
  key?: string;
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
  if (!Array.isArray(box.papers)) {
    return { counts: box.counts as Record<string, BallotCounts>, voters, writtenVoters };
  }
  if (!input.key) {
    throw ApplicationFailure.nonRetryable('no key to open the papers', 'BallotBoxKeyLost');
  }
  const papers = (box.papers as string[]).filter((p) => p !== '');
  const counts = countPapers(input.key, box.items as string[], papers);
  await boxes.updateOne(
    { _id: input.roundId as never, status: 'sealed', papers: { $exists: true } },
    {
      $set: { counts, voters, writtenVoters, receipts: [] },
      $unset: { papers: '', publicKey: '' },
    },
  );
  return { counts, voters, writtenVoters };
}
