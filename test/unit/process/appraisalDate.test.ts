import {
  refuseNominationAction,
  type NominationFacts,
} from '../../../domain/process/nominationActions';

const secretariat = { userId: 'tt', name: 'Thường trực', role: 'secretariat' as const };
const facts: NominationFacts = {
  stage: 'appraisal',
  seq: 2,
  unitId: 'VCSDT',
  submittedVersion: 1,
  rapporteurGiven: false,
  today: '2026-12-07',
  receivedOn: '2026-12-01',
  stageSince: '2026-12-01',
};
const appraise = (outcome: 'accept' | 'return' | 'reject', effectiveOn: string) => ({
  type: 'appraise' as const,
  actor: secretariat,
  outcome,
  reasonCount: outcome === 'accept' ? 0 : 1,
  effectiveOn,
});

/**
 * domain.md §7.2: the secretariat dates its appraisal outcome (a return letter starts the
 * unit's supplement period) within the dossier's stay in appraisal, and the refusal speaks of
 * the outcome actually taken (issue 13, defect 7).
 */
describe('the date of an appraisal outcome', () => {
  test.each([
    ['return', '2026-12-01', 'the day of receipt'],
    ['return', '2026-12-07', 'today'],
    ['accept', '2026-12-03', 'between the two'],
    ['reject', '2026-12-05', 'between the two'],
  ] as const)('%s dated %s (%s) is accepted', (outcome, date, _when) => {
    expect(refuseNominationAction(facts, appraise(outcome, date))).toBeUndefined();
  });

  test.each([
    [
      'return',
      '2026-11-28',
      'Ngày của văn bản trả lại hồ sơ (28/11/2026) không được trước ngày tiếp nhận hồ sơ (01/12/2026).',
      'The date of the return letter (28/11/2026) cannot be before the dossier was received (01/12/2026).',
    ],
    [
      'reject',
      '2026-11-30',
      'Ngày của văn bản từ chối hồ sơ (30/11/2026) không được trước ngày tiếp nhận hồ sơ (01/12/2026).',
      'The date of the rejection (30/11/2026) cannot be before the dossier was received (01/12/2026).',
    ],
    [
      'accept',
      '2026-12-08',
      'Ngày chấp nhận hồ sơ (08/12/2026) không được sau ngày hôm nay (07/12/2026).',
      'The date of acceptance (08/12/2026) cannot be after today (07/12/2026).',
    ],
    [
      'return',
      '2027-01-01',
      'Ngày của văn bản trả lại hồ sơ (01/01/2027) không được sau ngày hôm nay (07/12/2026).',
      'The date of the return letter (01/01/2027) cannot be after today (07/12/2026).',
    ],
  ] as const)('%s dated %s is refused, worded for that outcome', (outcome, date, vi, en) => {
    expect(refuseNominationAction(facts, appraise(outcome, date))).toEqual({
      code: 'INVALID_ACTION',
      field: 'effectiveOn',
      message: { vi, en },
    });
  });

  test('after a resubmission, the outcome is not dated before the dossier came back', () => {
    const resubmitted = { ...facts, stageSince: '2026-12-04' };
    expect(refuseNominationAction(resubmitted, appraise('return', '2026-12-04'))).toBeUndefined();
    expect(refuseNominationAction(resubmitted, appraise('return', '2026-12-02'))?.message).toEqual({
      vi: 'Ngày của văn bản trả lại hồ sơ (02/12/2026) không được trước ngày hồ sơ được chuyển thẩm định lần này (04/12/2026).',
      en: 'The date of the return letter (02/12/2026) cannot be before the dossier came back to appraisal (04/12/2026).',
    });
  });
});
