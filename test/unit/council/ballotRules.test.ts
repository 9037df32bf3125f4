import {
  OPEN_MAJORITY_OF_PRESENT,
  SECRET_BALLOT_90_OF_ALL,
} from '../../../domain/ruleSets/sharedDefaults';
import {
  checkPaper,
  countOpenPapers,
  expectedNominees,
  writtenVotersFor,
  type BallotItem,
  type Recusal,
} from '../../../domain/council/ballotRules';

const item = (nominationId: string, rule: BallotItem['rule']): BallotItem => ({
  nominationId,
  rule,
});

const agenda = [
  item('s1', SECRET_BALLOT_90_OF_ALL),
  item('s2', SECRET_BALLOT_90_OF_ALL),
  item('o1', OPEN_MAJORITY_OF_PRESENT),
];
const recusals: Recusal[] = [{ memberId: 'm1', nominationId: 's2' }];

describe('which nominees a ballot paper covers (domain.md §7.4)', () => {
  test.each([
    // [case, member, ballot, paper, expected]
    ['secret paper, no recusal', 'm2', 'secret', 'in_meeting', ['s1', 's2']],
    [
      'a member of the nominee’s unit recused: not on their paper',
      'm1',
      'secret',
      'in_meeting',
      ['s1'],
    ],
    ['open paper', 'm1', 'open', 'in_meeting', ['o1']],
    [
      'written secret paper: the 90%-of-all rule admits written votes',
      'm2',
      'secret',
      'written',
      ['s1', 's2'],
    ],
    ['written open paper: the members-present rule admits none', 'm2', 'open', 'written', []],
  ] as const)('%s', (_case, member, ballot, paperKind, expected) => {
    expect(expectedNominees(agenda, recusals, member, ballot, paperKind)).toEqual(expected);
  });
});

describe('a ballot paper names each nominee once (domain.md §7.4: votes per nominee)', () => {
  const c = (nominationId: string) => ({ nominationId, choice: 'approve' as const });
  test.each([
    ['complete paper', ['s1', 's2'], [c('s1'), c('s2')], null],
    ['missing nominee', ['s1', 's2'], [c('s1')], 'INCOMPLETE_PAPER'],
    [
      'nominee not on the paper (recused or other ballot)',
      ['s1'],
      [c('s1'), c('s2')],
      'NOT_ON_PAPER',
    ],
    ['same nominee twice', ['s1'], [c('s1'), c('s1')], 'DUPLICATE_CHOICE'],
    ['nothing to vote on', [], [c('s1')], 'NOTHING_TO_VOTE'],
  ] as const)('%s', (_case, expected, choices, code) => {
    expect(checkPaper(expected, choices)?.code ?? null).toBe(code);
  });
});

test('open papers are counted per nominee; abstain is a choice', () => {
  const papers = [
    { choices: [{ nominationId: 'o1', choice: 'approve' as const }] },
    { choices: [{ nominationId: 'o1', choice: 'abstain' as const }] },
    { choices: [{ nominationId: 'o2', choice: 'reject' as const }] },
  ];
  expect(countOpenPapers(papers, 'o1')).toEqual({ approve: 1, reject: 0, abstain: 1 });
});

test('written voters count for a nominee only where admitted and not recused', () => {
  expect(writtenVotersFor(agenda[1]!, recusals, ['m1', 'm3'])).toEqual(['m3']);
  expect(writtenVotersFor(agenda[2]!, recusals, ['m3'])).toEqual([]);
});
