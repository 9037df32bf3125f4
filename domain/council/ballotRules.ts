import type { Refusal } from '../messages/refusal';
import type { CouncilRule } from './councilRule';
import type { BallotCounts } from './tallyBallot';

/**
 * Pure rules of a round's ballot papers, shared by the council-round workflow (open ballots)
 * and the API (secret ballots, which never reach the workflow). No Temporal, no database.
 */

export type Choice = keyof BallotCounts; // 'approve' | 'reject' | 'abstain'

export interface VoteChoice {
  nominationId: string;
  choice: Choice;
}

export interface Recusal {
  memberId: string;
  nominationId: string;
  reason?: string;
}

/** What the paper rules need of an agenda item: the nominee and the rule that judges it. */
export interface BallotItem {
  nominationId: string;
  rule: CouncilRule;
}

type PaperKind = 'in_meeting' | 'written';

/**
 * The nominees a member's paper must cover: every item of the ballot kind the member has
 * not recused from; a written paper (absent member) only where the award's rule admits
 * written votes.
 */
export function expectedNominees(
  agenda: readonly BallotItem[],
  recusals: readonly Recusal[],
  memberId: string,
  ballot: 'open' | 'secret',
  paper: PaperKind,
): string[] {
  const recused = new Set(
    recusals.filter((r) => r.memberId === memberId).map((r) => r.nominationId),
  );
  return agenda
    .filter((item) => item.rule.ballot === ballot)
    .filter((item) => paper === 'in_meeting' || item.rule.absenteeWrittenVotesAllowed)
    .filter((item) => !recused.has(item.nominationId))
    .map((item) => item.nominationId);
}

/** A paper must name each expected nominee exactly once and nobody else. */
export function checkPaper(
  expected: readonly string[],
  choices: readonly VoteChoice[],
): Refusal | null {
  if (expected.length === 0) {
    return {
      code: 'NOTHING_TO_VOTE',
      message: {
        vi: 'Không có hồ sơ nào trên phiếu này để biểu quyết.',
        en: 'There is no nominee on this ballot paper to vote on.',
      },
      field: 'choices',
    };
  }
  const seen = new Set<string>();
  for (const [index, c] of choices.entries()) {
    if (seen.has(c.nominationId)) {
      return {
        code: 'DUPLICATE_CHOICE',
        message: {
          vi: `Hồ sơ ${c.nominationId} được ghi hai lần trên phiếu.`,
          en: `Nominee ${c.nominationId} appears twice on the paper.`,
        },
        field: `choices.${index}.nominationId`,
      };
    }
    seen.add(c.nominationId);
    if (!expected.includes(c.nominationId)) {
      return {
        code: 'NOT_ON_PAPER',
        message: {
          vi: `Hồ sơ ${c.nominationId} không có trên phiếu này (không thuộc phiên, khác hình thức bỏ phiếu, đã rút khỏi biểu quyết, hoặc không nhận phiếu bằng văn bản).`,
          en: `Nominee ${c.nominationId} is not on this paper (not in the round, another ballot kind, recused, or written votes not admitted).`,
        },
        field: `choices.${index}.nominationId`,
      };
    }
  }
  const missing = expected.filter((id) => !seen.has(id));
  if (missing.length > 0) {
    return {
      code: 'INCOMPLETE_PAPER',
      message: {
        vi: `Phiếu phải có ý kiến cho mọi hồ sơ (có thể chọn "không biểu quyết"); còn thiếu: ${missing.join(', ')}.`,
        en: `The paper must have a choice for every nominee (abstain is a choice); missing: ${missing.join(', ')}.`,
      },
      field: 'choices',
    };
  }
  return null;
}

/** Sum of named (open) papers for one nominee. */
export function countOpenPapers(
  papers: ReadonlyArray<{ choices: readonly VoteChoice[] }>,
  nominationId: string,
): BallotCounts {
  const counts: BallotCounts = { approve: 0, reject: 0, abstain: 0 };
  for (const paper of papers) {
    const choice: Choice | undefined = paper.choices.find(
      (c) => c.nominationId === nominationId,
    )?.choice;
    if (choice) counts[choice] += 1;
  }
  return counts;
}

/** Written voters whose paper covered this nominee (a complete written paper covers it). */
export function writtenVotersFor(
  item: BallotItem,
  recusals: readonly Recusal[],
  writtenVoters: readonly string[],
): string[] {
  if (!item.rule.absenteeWrittenVotesAllowed) return [];
  return writtenVoters.filter(
    (m) => !recusals.some((r) => r.memberId === m && r.nominationId === item.nominationId),
  );
}
