import {
  externalDecisionText,
  refuseExternalDecision,
  type ExternalDecisionInput,
} from '../../../domain/process/externalDecision';
import { refuseNominationAction } from '../../../domain/process/nominationActions';

const context = { awardCode: 'BKTTG', proposedOn: '2026-03-10', today: '2026-04-02' };
const ok: Pick<ExternalDecisionInput, 'number' | 'decidedOn' | 'issuer'> = {
  number: '512/QĐ-TTg',
  decidedOn: '2026-03-30',
  issuer: 'prime_minister',
};

/**
 * The higher authority decides on the ministry's submission (Law 06/2022/QH15, Art. 84), so
 * its decision is dated between the submission and today, and is issued by the authority the
 * law gives the award (Art. 73: the Prime Minister's Certificate of Merit; the Orders: the
 * President).
 */
describe('refuseExternalDecision (domain.md §7.6)', () => {
  test.each([
    ['the day the submission was signed (Art. 84)', { decidedOn: '2026-03-10' }, {}, undefined],
    ['today', { decidedOn: '2026-04-02' }, {}, undefined],
    ['a day before the submission (Art. 84)', { decidedOn: '2026-03-09' }, {}, 'decidedOn'],
    ['tomorrow', { decidedOn: '2026-04-03' }, {}, 'decidedOn'],
    ['a day that does not exist', { decidedOn: '2026-02-30' }, {}, 'decidedOn'],
    ['no number', { number: '  ' }, {}, 'number'],
    ['BKTTG by the President (Art. 73: the Prime Minister)', { issuer: 'president' }, {}, 'issuer'],
    ['HCLD by the President (an Order)', { issuer: 'president' }, { awardCode: 'HCLD' }, undefined],
    ['HCLD by the Prime Minister', {}, { awardCode: 'HCLD' }, 'issuer'],
    [
      'no known submission date: only today bounds it',
      { decidedOn: '2020-01-01' },
      { proposedOn: undefined },
      undefined,
    ],
  ] as const)('%s', (_case, input, overrides, field) => {
    const refusal = refuseExternalDecision({ ...ok, ...input }, { ...context, ...overrides });
    expect(refusal?.field).toBe(field);
    if (field) expect(refusal).toMatchObject({ code: 'INVALID_ACTION' });
  });

  test('the refusal names both dates, in Vietnamese first and English', () => {
    expect(refuseExternalDecision({ ...ok, decidedOn: '2026-03-09' }, context)?.message).toEqual({
      vi: 'Quyết định của cấp trên (ngày 09/03/2026) không thể trước Tờ trình đề nghị của Bộ (ngày 10/03/2026).',
      en: "The higher authority's decision (09/03/2026) cannot precede the ministry's submission (10/03/2026).",
    });
  });

  test('the workflow validator applies it to the secretariat’s action at the forwarded stage', () => {
    const facts = {
      stage: 'forwarded' as const,
      seq: 9,
      unitId: 'VCSDT',
      submittedVersion: 1,
      rapporteurGiven: true,
      ...context,
    };
    const action = {
      type: 'externalOutcome' as const,
      actor: { userId: 'thuongtruc', name: 'Hoàng Thị Mai', role: 'secretariat' as const },
      outcome: 'granted' as const,
      ...ok,
    };
    expect(refuseNominationAction(facts, action)).toBeUndefined();
    expect(refuseNominationAction(facts, { ...action, decidedOn: '2026-03-01' })?.field).toBe(
      'decidedOn',
    );
  });

  test('on the timeline: number, date dd/mm/yyyy and issuer', () => {
    expect(externalDecisionText(ok)).toEqual({
      vi: 'Quyết định số 512/QĐ-TTg ngày 30/03/2026 của Thủ tướng Chính phủ',
      en: 'Decision 512/QĐ-TTg of 30/03/2026 by the Prime Minister',
    });
  });
});
