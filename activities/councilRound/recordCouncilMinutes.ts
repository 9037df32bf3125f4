import { CouncilMinutesModel } from '../../data/councilRound/councilMinutesModel';
import { isDuplicateKey } from '../../data/duplicateKey';
import { UserModel } from '../../data/identity/userModel';
import type { Actor } from '../../domain/process/roles';
import type { LocalizedText } from '../../domain/ruleSets/text';
import type { Recusal, VoteChoice } from '../../domain/council';
import type { ItemResult, LdttCount } from '../../domain/council/round';

export interface MinutesInput {
  minutesId: string;
  roundId: string;
  title: string;
  scheduledOn: string;
  closedAt: string;
  closedBy: Actor;
  chairId: string;
  members: string[];
  present: string[];
  /** Absent members whose written vote was counted (secret or open). */
  writtenVoters: string[];
  recusals: Recusal[];
  ldttCounts: LdttCount[];
  items: Array<
    ItemResult & {
      nomineeName: string;
      unitId: string;
      awardCode: string;
      year: number;
      ruleSetId: string;
      /** Open ballot only: the named votes (an open ballot is public by law). */
      namedVotes?: Array<{ memberId: string; choice: VoteChoice['choice']; written: boolean }>;
    }
  >;
  summary: LocalizedText;
}

/**
 * Writes the round's minutes once (deterministic `_id`): a retry finds them and changes
 * nothing. Member names are looked up here so the minutes read like the paper ones.
 */
export async function recordCouncilMinutes(input: MinutesInput): Promise<void> {
  const users = await UserModel.find({ _id: { $in: input.members } }, { name: 1 }).lean();
  const nameOf = (id: string): string => users.find((u) => u._id === id)?.name ?? id;
  const attendance = (id: string): string =>
    input.present.includes(id)
      ? 'present'
      : input.writtenVoters.includes(id)
        ? 'absent_written_vote'
        : 'absent';
  try {
    await CouncilMinutesModel.create({
      _id: input.minutesId,
      roundId: input.roundId,
      title: input.title,
      scheduledOn: input.scheduledOn,
      closedAt: new Date(input.closedAt),
      closedBy: input.closedBy,
      chair: { userId: input.chairId, name: nameOf(input.chairId) },
      members: input.members.map((id) => ({
        userId: id,
        name: nameOf(id),
        attendance: attendance(id),
      })),
      recusals: input.recusals.map((r) => ({ ...r, name: nameOf(r.memberId) })),
      ldttCounts: input.ldttCounts,
      items: input.items,
      summary: input.summary,
    });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
}
