import fc from 'fast-check';
import { countPapers, newBoxKeys, sealPaper } from '../../../data/councilRound/ballotPaper';

const ITEMS = ['n1', 'n2', 'n3'];
const CHOICE = fc.constantFrom('approve', 'reject', 'abstain', undefined);

describe('secret papers sealed to the ballot box key', () => {
  test('sealed papers add up to the totals of the plain papers, each the same length', () => {
    const keys = newBoxKeys();
    fc.assert(
      fc.property(fc.array(fc.tuple(CHOICE, CHOICE, CHOICE), { maxLength: 12 }), (plain) => {
        const papers = plain.map((row) =>
          sealPaper(
            keys.publicKey,
            ITEMS,
            row.flatMap((choice, i) => (choice ? [{ nominationId: ITEMS[i]!, choice }] : [])),
          ),
        );
        const expected = Object.fromEntries(
          ITEMS.map((id, i) => [
            id,
            {
              approve: plain.filter((row) => row[i] === 'approve').length,
              reject: plain.filter((row) => row[i] === 'reject').length,
              abstain: plain.filter((row) => row[i] === 'abstain').length,
            },
          ]),
        );
        expect(countPapers(keys.privateKey, ITEMS, papers)).toEqual(expected);
        expect(new Set(papers.map((p) => p.length)).size).toBeLessThanOrEqual(1);
      }),
      { numRuns: 30 },
    );
  });

  test('the same choices never seal to the same text, and no text names a choice', () => {
    const keys = newBoxKeys();
    const choices = [{ nominationId: 'n1', choice: 'approve' as const }];
    const a = sealPaper(keys.publicKey, ITEMS, choices);
    const b = sealPaper(keys.publicKey, ITEMS, choices);
    expect(a).not.toBe(b);
    expect(Buffer.from(a, 'base64').toString('latin1')).not.toMatch(/approve|a--/);
  });

  test('another box key cannot open a paper', () => {
    const paper = sealPaper(newBoxKeys().publicKey, ITEMS, [
      { nominationId: 'n2', choice: 'reject' },
    ]);
    expect(() => countPapers(newBoxKeys().privateKey, ITEMS, [paper])).toThrow();
  });
});
