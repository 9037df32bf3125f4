import { ROUND_TEXTS, joinSentences, roundRefusal } from '../../../domain/messages/councilRound';
import { revokedStepReason, rulingRefusal } from '../../../domain/messages/ruling';

describe('the workflows emit a key and parameters; the catalogue renders the text', () => {
  test('a refusal carries its stable code, both languages and its field', () => {
    expect(roundRefusal('duplicateNomination', { nominationId: 'N-7' })).toEqual({
      code: 'DUPLICATE_NOMINATION',
      message: {
        vi: 'Hồ sơ N-7 được chọn hai lần.',
        en: 'Nomination N-7 is listed twice.',
      },
      field: 'nominations',
    });
    expect(roundRefusal('ballotNotOpen')).toEqual({
      code: 'WRONG_STATUS',
      message: { vi: 'Phiếu chưa mở hoặc đã đóng.', en: 'The ballot is not open.' },
    });
    expect(rulingRefusal('reasonRequired')).toMatchObject({
      code: 'REASON_REQUIRED',
      field: 'reason',
    });
  });

  test('the same code may have several texts, one per situation', () => {
    expect(roundRefusal('chairOnly').code).toBe(roundRefusal('secretariatOnly').code);
    expect(roundRefusal('chairOnly').message.vi).not.toBe(
      roundRefusal('secretariatOnly').message.vi,
    );
  });

  test("a round's summary and joined sentences end with one full stop each", () => {
    const summary = ROUND_TEXTS.summary({
      total: 4,
      passed: 1,
      notPassed: 1,
      cutByQuota: 1,
      noQuorum: 1,
    });
    expect(summary.vi).toBe(
      '4 hồ sơ: 1 đạt, 1 không đạt, 1 ngoài chỉ tiêu, 1 chưa đủ điều kiện biểu quyết.',
    );
    expect(
      joinSentences({ vi: 'Đạt', en: 'Passed' }, ROUND_TEXTS.chairChoice(true).message),
    ).toEqual({
      vi: 'Đạt. Chủ tịch Hội đồng chọn trong nhóm đồng hạng.',
      en: 'Passed. Chosen by the chair among the tied nominees.',
    });
    expect(revokedStepReason('12/QĐ-BDTTG', 'Kê khai sai')).toBe(
      'Quyết định 12/QĐ-BDTTG: Kê khai sai',
    );
  });
});
