import type { CouncilRule } from '../../../domain/council/councilRule';
import { getCouncilRule } from '../../../domain/council/getCouncilRule';
import { tallyBallot, type TallyInput } from '../../../domain/council/tallyBallot';
import { fraction, meetsShare } from '../../../domain/council/threshold';
import { applyConfigOverride } from '../../../domain/ruleSets/overrides';
import { RULE_SET_2025 } from '../../../domain/ruleSets/ruleSet2025';
import {
  OPEN_MAJORITY_OF_PRESENT,
  SECRET_BALLOT_90_OF_ALL,
  SECRET_BALLOT_TWO_THIRDS_OF_ALL,
} from '../../../domain/ruleSets/sharedDefaults';

const members = (n: number) => Array.from({ length: n }, (_, i) => `m${i + 1}`);
const TEN = members(10);

function input(partial: Partial<TallyInput> & Pick<TallyInput, 'rule' | 'counts'>): TallyInput {
  return { members: TEN, present: TEN, recused: [], writtenVoters: [], ...partial };
}

interface Case {
  name: string;
  article: string;
  input: TallyInput;
  quorumMet: boolean;
  denominator: number;
  passed: boolean;
}

const STRICT_HALF: CouncilRule = OPEN_MAJORITY_OF_PRESENT;
const AT_OR_ABOVE_HALF: CouncilRule = {
  ...OPEN_MAJORITY_OF_PRESENT,
  threshold: { ...OPEN_MAJORITY_OF_PRESENT.threshold, comparison: 'at_or_above' },
};
const COUNCIL = 'Thông tư 03/2025/TT-BDTTG (quy tắc Hội đồng, giá trị cấu hình)';

const cases: Case[] = [
  {
    name: '9/10 of all members meets "from 90%"',
    article: COUNCIL,
    input: input({ rule: SECRET_BALLOT_90_OF_ALL, counts: { approve: 9, reject: 1, abstain: 0 } }),
    quorumMet: true,
    denominator: 10,
    passed: true,
  },
  {
    name: '8/10 of all members is below 90%',
    article: COUNCIL,
    input: input({ rule: SECRET_BALLOT_90_OF_ALL, counts: { approve: 8, reject: 2, abstain: 0 } }),
    quorumMet: true,
    denominator: 10,
    passed: false,
  },
  {
    name: 'recusal reduces the denominator: 9 approvals of 9 eligible (1 recused)',
    article: COUNCIL,
    input: input({
      rule: SECRET_BALLOT_90_OF_ALL,
      present: TEN,
      recused: ['m10'],
      counts: { approve: 9, reject: 0, abstain: 0 },
    }),
    quorumMet: true,
    denominator: 9,
    passed: true,
  },
  {
    name: 'without the recusal rule a recused member stays in the denominator: 8 of 10 fails',
    article: COUNCIL,
    input: input({
      rule: { ...SECRET_BALLOT_90_OF_ALL, recusalReducesDenominator: false },
      recused: ['m10'],
      counts: { approve: 8, reject: 1, abstain: 0 },
    }),
    quorumMet: true,
    denominator: 10,
    passed: false,
  },
  {
    name: 'absentee written votes count toward "all members"',
    article: COUNCIL,
    input: input({
      rule: SECRET_BALLOT_90_OF_ALL,
      present: members(8),
      writtenVoters: ['m9', 'm10'],
      counts: { approve: 9, reject: 1, abstain: 0 },
    }),
    quorumMet: true,
    denominator: 10,
    passed: true,
  },
  {
    name: 'absentees who did not vote still count in "all members"',
    article: COUNCIL,
    input: input({
      rule: SECRET_BALLOT_90_OF_ALL,
      present: members(9),
      counts: { approve: 9, reject: 0, abstain: 0 },
    }),
    quorumMet: true,
    denominator: 10,
    passed: true,
  },
  {
    name: 'strictly above half: 5/10 present fails',
    article: COUNCIL,
    input: input({ rule: STRICT_HALF, counts: { approve: 5, reject: 5, abstain: 0 } }),
    quorumMet: true,
    denominator: 10,
    passed: false,
  },
  {
    name: 'at or above half: 5/10 present passes',
    article: COUNCIL,
    input: input({ rule: AT_OR_ABOVE_HALF, counts: { approve: 5, reject: 5, abstain: 0 } }),
    quorumMet: true,
    denominator: 10,
    passed: true,
  },
  {
    name: 'strictly above half of members present: 4 of 7 present passes',
    article: COUNCIL,
    input: input({
      rule: STRICT_HALF,
      present: members(7),
      counts: { approve: 4, reject: 3, abstain: 0 },
    }),
    quorumMet: true,
    denominator: 7,
    passed: true,
  },
  {
    name: 'two thirds exactly: 6 of 9 meets "from 2/3" (no rounding)',
    article: COUNCIL,
    input: input({
      rule: SECRET_BALLOT_TWO_THIRDS_OF_ALL,
      members: members(9),
      present: members(9),
      counts: { approve: 6, reject: 3, abstain: 0 },
    }),
    quorumMet: true,
    denominator: 9,
    passed: true,
  },
  {
    name: 'no quorum: 6 of 10 attend (2/3 required) — nothing passes',
    article: COUNCIL,
    input: input({
      rule: SECRET_BALLOT_TWO_THIRDS_OF_ALL,
      present: members(6),
      counts: { approve: 6, reject: 0, abstain: 0 },
    }),
    quorumMet: false,
    denominator: 10,
    passed: false,
  },
  {
    name: 'ballots cast: abstentions count as cast, not as approval',
    article: COUNCIL,
    input: input({
      rule: {
        ...STRICT_HALF,
        threshold: {
          share: fraction(1, 2),
          comparison: 'strictly_above',
          denominator: 'ballots_cast',
        },
      },
      present: members(8),
      counts: { approve: 4, reject: 2, abstain: 2 },
    }),
    quorumMet: true,
    denominator: 8,
    passed: false,
  },
];

describe('tallyBallot — table of cases', () => {
  test.each(cases.map((c) => [`${c.name} [${c.article}]`, c] as const))('%s', (_t, c) => {
    const result = tallyBallot(c.input);
    if (!result.ok) throw new Error(result.message.en);
    expect({
      quorumMet: result.quorum.met,
      denominator: result.denominator,
      passed: result.passed,
    }).toEqual({
      quorumMet: c.quorumMet,
      denominator: c.denominator,
      passed: c.passed,
    });
    expect(result.ratio).toEqual({ numerator: c.input.counts.approve, denominator: c.denominator });
    expect(result.explanation.vi).toMatch(
      c.quorumMet ? (c.passed ? /^Đạt/ : /^Không đạt/) : /^Không đủ số thành viên/,
    );
  });

  test('the explanation states counts, denominator and the exact comparison', () => {
    const result = tallyBallot(
      input({
        rule: SECRET_BALLOT_90_OF_ALL,
        recused: ['m10'],
        counts: { approve: 9, reject: 0, abstain: 0 },
      }),
    );
    expect(result.ok && result.explanation.vi).toBe(
      'Đạt: 9/9 phiếu đồng ý (100%) trên tổng số thành viên Hội đồng (1 thành viên không tham gia biểu quyết), yêu cầu từ 90% trở lên.',
    );
  });

  test.each<[string, Partial<TallyInput>, string]>([
    ['a stranger is listed as present', { present: [...TEN, 'x'] }, 'UNKNOWN_MEMBER'],
    ['a member listed twice', { present: ['m1', 'm1'] }, 'DUPLICATE_MEMBER'],
    ['a present member also votes in writing', { writtenVoters: ['m1'] }, 'WRITTEN_VOTER_PRESENT'],
    [
      'more ballots than voters',
      { present: members(7), counts: { approve: 8, reject: 0, abstain: 0 } },
      'COUNTS_EXCEED_VOTERS',
    ],
    ['a negative count', { counts: { approve: -1, reject: 0, abstain: 0 } }, 'INVALID_COUNTS'],
  ])('refused: %s', (_t, partial, error) => {
    const result = tallyBallot(
      input({
        rule: SECRET_BALLOT_90_OF_ALL,
        counts: { approve: 1, reject: 0, abstain: 0 },
        ...partial,
      }),
    );
    expect(result).toEqual(expect.objectContaining({ ok: false, error }));
  });

  test('written votes are refused where the rule does not admit them', () => {
    const result = tallyBallot(
      input({
        rule: STRICT_HALF,
        present: members(8),
        writtenVoters: ['m9'],
        counts: { approve: 5, reject: 0, abstain: 0 },
      }),
    );
    expect(result).toEqual(
      expect.objectContaining({ ok: false, error: 'WRITTEN_VOTES_NOT_ALLOWED' }),
    );
  });
});

describe('council thresholds as data', () => {
  test.each([
    ['CSTDBO', 'secret', 90, 100, 'at_or_above', 'all_members'],
    ['CSTDTQ', 'secret', 90, 100, 'at_or_above', 'all_members'],
    ['CSTDCS', 'secret', 2, 3, 'at_or_above', 'all_members'],
    ['BKBO', 'open', 1, 2, 'strictly_above', 'members_present'],
  ] as const)(
    '%s: %s ballot, %i/%i %s of %s',
    (award, ballot, num, den, comparison, denominator) => {
      const rule = getCouncilRule(RULE_SET_2025, award)!;
      expect(rule.ballot).toBe(ballot);
      expect(rule.threshold).toEqual({ share: fraction(num, den), comparison, denominator });
    },
  );

  test('LĐTT has no council vote (unit review)', () => {
    expect(getCouncilRule(RULE_SET_2025, 'LDTT')).toBeNull();
  });

  test('CSTĐCS: a unit that set its own threshold gets it; others get the default', () => {
    const ruleSet = applyConfigOverride(
      RULE_SET_2025,
      { cstdcsCouncilRuleByUnit: { 'VU-DTTS': SECRET_BALLOT_90_OF_ALL } },
      'rev',
    );
    expect(getCouncilRule(ruleSet, 'CSTDCS', 'VU-DTTS')).toEqual(SECRET_BALLOT_90_OF_ALL);
    expect(getCouncilRule(ruleSet, 'CSTDCS', 'VU-KHAC')).toEqual(SECRET_BALLOT_TWO_THIRDS_OF_ALL);
  });

  test.each<[number, number, 'strictly_above' | 'at_or_above', boolean]>([
    [51, 100, 'strictly_above', true],
    [50, 100, 'strictly_above', false],
    [70, 100, 'at_or_above', true],
    [69, 100, 'at_or_above', false],
  ])('meetsShare(%i of 100, %s)', (count, base, comparison, expected) => {
    const share = comparison === 'strictly_above' ? fraction(50, 100) : fraction(70, 100);
    expect(meetsShare(count, base, share, comparison)).toBe(expected);
  });
});
