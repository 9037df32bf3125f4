import type { Actor, Role } from '../../../domain/process/roles';
import type { Stage, WaitingStage } from '../../../domain/process/stages';
import { refuseStepDecision } from '../../../domain/process/stepDecision';

const actor = (role: Role): Actor => ({ userId: role, name: role, role });

/** Who may decide at which step of the process (domain.md §7). */
describe('refuseStepDecision', () => {
  test.each<
    [
      string,
      Stage,
      WaitingStage,
      Role,
      'approve' | 'reject',
      string | undefined,
      string | undefined,
    ]
  >([
    [
      '§7.2 the secretariat appraises',
      'appraisal',
      'appraisal',
      'secretariat',
      'approve',
      undefined,
      undefined,
    ],
    [
      '§7.2 a council member may not appraise',
      'appraisal',
      'appraisal',
      'council_member',
      'approve',
      undefined,
      'ROLE_NOT_ALLOWED',
    ],
    [
      '§7.4 a council member reviews',
      'council_review',
      'council_review',
      'council_member',
      'approve',
      undefined,
      undefined,
    ],
    [
      '§7.4 the chair reviews',
      'council_review',
      'council_review',
      'council_chair',
      'reject',
      'Không đạt',
      undefined,
    ],
    [
      '§7.5 the minister decides',
      'minister_decision',
      'minister_decision',
      'minister',
      'approve',
      undefined,
      undefined,
    ],
    [
      '§7.5 the secretariat does not decide for the minister',
      'minister_decision',
      'minister_decision',
      'secretariat',
      'approve',
      undefined,
      'ROLE_NOT_ALLOWED',
    ],
    [
      '§7.5 no decision before the council has reviewed',
      'council_review',
      'minister_decision',
      'minister',
      'approve',
      undefined,
      'WRONG_STAGE',
    ],
    [
      'no action after the end',
      'approved',
      'appraisal',
      'secretariat',
      'approve',
      undefined,
      'WRONG_STAGE',
    ],
    [
      '§7.2 a return states its reasons',
      'appraisal',
      'appraisal',
      'secretariat',
      'reject',
      undefined,
      'REASON_REQUIRED',
    ],
    [
      'a blank reason is no reason',
      'appraisal',
      'appraisal',
      'secretariat',
      'reject',
      '   ',
      'REASON_REQUIRED',
    ],
  ])('%s', (_case, current, expected, role, outcome, reason, refusal) => {
    expect(
      refuseStepDecision(current, expected, { actor: actor(role), outcome, reason })?.code,
    ).toBe(refusal);
  });

  test('a refusal explains itself in Vietnamese and English', () => {
    const refusal = refuseStepDecision('council_review', 'appraisal', {
      actor: actor('secretariat'),
      outcome: 'approve',
    });
    expect(refusal?.message.vi).toBe('Hồ sơ đang ở bước "Hội đồng xét", không phải "Thẩm định".');
    expect(refusal?.message.en).toContain('Council review');
  });
});
