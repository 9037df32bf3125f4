import fc from 'fast-check';
import { allocateCstdcsQuota } from '../../../domain/quota/allocateCstdcsQuota';
import { RULE_SET_2025 } from '../../../domain/ruleSets/ruleSet2025';
import { nomineeArb, candidatesOf } from './quotaRounds';

/** Properties of the quota over several rounds for one unit and year (Law 06/2022/QH15, Art. 23). */
const roundsArb = fc.record({
  quota: fc.integer({ min: 0, max: 6 }),
  rounds: fc.array(
    fc.record({
      nominees: fc.array(nomineeArb, { maxLength: 8 }),
      /** How many of the places held the minister then does not award (struck, rejected…). */
      givenBack: fc.nat(),
      picks: fc.infiniteStream(fc.nat()),
    }),
    { minLength: 2, maxLength: 4 },
  ),
});

describe('rounds in a row for one unit and year [Điều 23, Luật 06/2022/QH15]', () => {
  test('never keep more than the quota in total; a place given back goes to the next round', () => {
    fc.assert(
      fc.property(roundsArb, ({ quota, rounds }) => {
        let held = 0;
        let released = 0;
        for (const r of rounds) {
          const candidates = candidatesOf({
            nominees: r.nominees.map((n) => ({ ...n, unitId: 'U1' })),
            quotas: { U1: quota, U2: undefined },
            held: { U1: 0, U2: 0 },
            keys: ['council_approval', 'evaluation_score'],
          });
          const rankable = candidates.filter((c) => c.verdict === 'eligible' && !c.held).length;
          const unit = allocateCstdcsQuota(
            {
              year: 2025,
              units: [
                {
                  unitId: 'U1',
                  ldttHolderCount: Math.ceil((quota * 20) / 3),
                  earlier: { held, released },
                },
              ],
              candidates,
            },
            RULE_SET_2025,
          ).units[0];
          if (!unit) continue;
          // Every place the minister gave back is open to this round again.
          expect(unit.left).toBe(quota - held);
          const pick = r.picks[Symbol.iterator]();
          const tied = [...(unit.tie?.tied ?? [])];
          const chosen = Array.from(
            { length: unit.tie?.places ?? 0 },
            () => tied.splice(pick.next().value % tied.length, 1)[0]!,
          );
          const kept = unit.kept + chosen.length;
          expect(kept).toBe(Math.min(quota - held, rankable));
          held += kept;
          expect(held).toBeLessThanOrEqual(quota);
          const back = Math.min(r.givenBack, held);
          held -= back;
          released += back;
        }
      }),
      { numRuns: 500 },
    );
  });
});
