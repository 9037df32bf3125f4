import fc from 'fast-check';
import { allocateBlocFlags, type FlagCandidate } from '../../../domain/quota/blocFlagQuota';

/** Properties of the one-flag-per-bloc cut over random rounds (Law 06/2022/QH15, Art. 26). */
const flagArb = fc.array(
  fc.record({
    blocId: fc.constantFrom('K1', 'K2'),
    approvals: fc.integer({ min: 6, max: 9 }),
    denominator: fc.constantFrom(8, 9),
  }),
  { maxLength: 8 },
);

describe('one flag per bloc over random rounds [Điều 26, Luật 06/2022/QH15]', () => {
  test('one kept per bloc, or one place for the chair among those tied first; cuts name the leaders', () => {
    fc.assert(
      fc.property(flagArb, (raw) => {
        const candidates: FlagCandidate[] = raw.map((r, i) => ({
          nominationId: `F${i}`,
          year: 2025,
          ...r,
          approvals: Math.min(r.approvals, r.denominator),
        }));
        const { decisions, ties } = allocateBlocFlags(candidates);
        const share = (id: string) => {
          const c = candidates.find((x) => x.nominationId === id)!;
          return c.approvals / c.denominator;
        };
        expect(decisions.map((d) => d.nominationId).sort()).toEqual(
          candidates.map((c) => c.nominationId).sort(),
        );
        for (const blocId of new Set(candidates.map((c) => c.blocId))) {
          const bloc = decisions.filter((d) => d.blocId === blocId);
          const kept = bloc.filter((d) => d.outcome === 'kept');
          const tied = bloc.filter((d) => d.outcome === 'tied_at_cutoff');
          const tie = ties.filter((t) => t.blocId === blocId);
          const best = Math.max(...bloc.map((d) => share(d.nominationId)));
          if (tied.length > 0) {
            expect(kept).toEqual([]);
            expect(tie).toEqual([
              { blocId, year: 2025, tied: tied.map((d) => d.nominationId), places: 1 },
            ]);
            expect(tied.length).toBeGreaterThan(1);
          } else {
            expect(kept).toHaveLength(1);
            expect(tie).toEqual([]);
          }
          for (const d of bloc) {
            const leads = share(d.nominationId) === best;
            expect(d.outcome === 'cut').toBe(!leads);
            expect(d.rank).toBe(
              1 + bloc.filter((o) => share(o.nominationId) > share(d.nominationId)).length,
            );
            expect(d.code).toBe(
              { kept: 'FLAG_KEPT', cut: 'FLAG_CUT', tied_at_cutoff: 'FLAG_TIED' }[d.outcome],
            );
            if (d.outcome === 'cut') {
              expect(d.message.en).toContain(
                tied.length > 0 ? 'below that of the collectives tied first' : "below the leader's",
              );
            }
            if (d.outcome === 'tied_at_cutoff') {
              expect(d.message.en).toContain(`with ${tied.length - 1} other(s) for one flag`);
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
