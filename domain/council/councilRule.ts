import { z } from 'zod';
import { comparisonSchema, fractionSchema } from './threshold';

/**
 * Who the approval share is counted against. The denominator is part of the rule:
 * "90% of all members" and "90% of members present" are different rules.
 * - all_members: every council member (less recused members when the rule says so);
 * - members_present: members attending and not recused (written votes not admitted);
 * - ballots_cast: valid ballots counted (approve + reject + abstain).
 */
const voteDenominatorSchema = z.enum(['all_members', 'members_present', 'ballots_cast']);
export type VoteDenominator = z.infer<typeof voteDenominatorSchema>;

const ballotKindSchema = z.enum(['open', 'secret']);

export const councilRuleSchema = z
  .object({
    /** Secret ballot (bỏ phiếu kín) where the law requires it; the tally never names voters. */
    ballot: ballotKindSchema,
    /** Attendance needed for the meeting to decide, as a share of eligible (non-recused) members. */
    quorum: z.object({ share: fractionSchema, comparison: comparisonSchema }),
    /** Approval needed for a nominee to pass. */
    threshold: z.object({
      share: fractionSchema,
      comparison: comparisonSchema,
      denominator: voteDenominatorSchema,
    }),
    /** Absent members may send a written vote (phiếu bằng văn bản) that is counted. */
    absenteeWrittenVotesAllowed: z.boolean(),
    /** A recused member (same unit as the nominee) leaves the denominator. */
    recusalReducesDenominator: z.boolean(),
  })
  .refine(
    (rule) =>
      !(rule.absenteeWrittenVotesAllowed && rule.threshold.denominator === 'members_present'),
    {
      message: 'Written votes from absent members cannot be counted against members present',
      path: ['absenteeWrittenVotesAllowed'],
    },
  );

export type CouncilRule = z.infer<typeof councilRuleSchema>;
