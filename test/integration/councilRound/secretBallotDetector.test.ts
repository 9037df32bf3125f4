import { MEMBERS } from './councilRoundFixtures';
import { findLinks } from './secretBallotLeaks';

describe('the member–choice link detector of the secret-ballot test', () => {
  test('the detector finds a link where there is one (open ballot minutes, a leaky log line)', () => {
    expect(
      findLinks(
        { namedVotes: [{ memberId: 'hoidong.1', choice: 'approve', written: false }] },
        MEMBERS,
      ),
    ).toHaveLength(1);
    expect(
      findLinks(['{"memberId":"hd.tttt","choices":[{"choice":"reject"}]}'], MEMBERS),
    ).toHaveLength(1);
    expect(
      findLinks({ req: { memberId: 'hd.tttt', choices: [{ choice: 'reject' }] } }, MEMBERS),
    ).not.toEqual([]);
    expect(findLinks({ counts: { approve: ['hd.tttt'] } }, MEMBERS)).not.toEqual([]);
    expect(findLinks({ counts: { approve: 3 }, voters: ['hd.tttt'] }, MEMBERS)).toEqual([]);
  });
});
