import { lastCompletedStay } from '../../../data/desk/stageStaySample';
import type { Stage } from '../../../domain/process/stages';

const entry = (seq: number, day: string, stage: Stage) => ({
  seq,
  at: new Date(`${day}T03:00:00Z`),
  stage,
});

/** The stay a stage change ends feeds the desk's stage durations, once per stay. */
describe('lastCompletedStay', () => {
  test.each<[string, ReturnType<typeof entry>[], unknown]>([
    ['nothing before the first step', [entry(1, '2025-03-03', 'appraisal')], undefined],
    [
      'a note in the same stage ends nothing',
      [entry(1, '2025-03-03', 'appraisal'), entry(2, '2025-03-04', 'appraisal')],
      undefined,
    ],
    [
      'a stage change ends the stay from its first entry',
      [
        entry(1, '2025-03-03', 'appraisal'),
        entry(2, '2025-03-04', 'appraisal'),
        entry(3, '2025-03-10', 'council_review'),
      ],
      { stage: 'appraisal', stay: { key: 'n:1', enteredOn: '2025-03-03', leftOn: '2025-03-10' } },
    ],
    [
      'a second stay in a stage is its own',
      [
        entry(1, '2025-03-03', 'appraisal'),
        entry(2, '2025-03-05', 'returned'),
        entry(3, '2025-03-07', 'appraisal'),
        entry(4, '2025-03-12', 'awaiting_decision'),
      ],
      { stage: 'appraisal', stay: { key: 'n:3', enteredOn: '2025-03-07', leftOn: '2025-03-12' } },
    ],
  ])('%s', (_name, history, expected) => {
    expect(lastCompletedStay('n', history)).toEqual(expected);
  });
});
