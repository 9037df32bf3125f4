import {
  DROPPED_ACTION_REASONS,
  TIMELINE_TEXTS,
  nominationRefusal,
} from '../../../domain/messages/nomination';
import { refuseJoin, refuseRelease } from '../../../domain/process/nominationJoin';
import { refuseSupplement } from '../../../workflows/nomination/supplementUpdate';

/**
 * The nomination workflow emits keys and parameters; these are the texts it wrote inline
 * before, byte for byte (the timelines already stored and the API's answers compare them).
 */
describe('the nomination catalogue renders the texts the workflow used to hold', () => {
  test('refusals: code, both languages, and no field', () => {
    expect(nominationRefusal('editedElsewhere')).toEqual({
      code: 'STALE_VIEW',
      message: {
        vi: 'Hồ sơ vừa được sửa ở nơi khác; hãy tải lại rồi sửa tiếp.',
        en: 'The dossier was just edited elsewhere; reload it and edit again.',
      },
    });
    const actor = { userId: 'u', name: 'U', role: 'unit_head', unitId: 'B' } as const;
    const facts = { stage: 'returned' as const, unitId: 'A', resubmitting: false };
    const edit = { actor, changes: {}, fromVersion: 1 };
    expect(refuseSupplement(facts, edit)).toEqual({
      code: 'NOT_YOUR_UNIT',
      message: {
        vi: 'Chỉ đơn vị lập hồ sơ được bổ sung hồ sơ.',
        en: 'Only the nominating unit may supplement the dossier.',
      },
    });
    const own = { ...edit, actor: { ...actor, unitId: 'A' } };
    expect(refuseSupplement({ ...facts, resubmitting: true }, own)).toEqual({
      code: 'NOT_EDITABLE',
      message: {
        vi: 'Chỉ sửa được hồ sơ đang là dự thảo hoặc đã bị trả lại để bổ sung.',
        en: 'Only a draft or a returned nomination can be edited.',
      },
    });
    expect(refuseSupplement(facts, own)).toBeUndefined();
  });

  test('a group may not take or release the nomination', () => {
    expect(refuseJoin('n1', { stage: 'appraisal' }, { roundId: 'r1' })).toEqual({
      code: 'NOT_IN_COUNCIL_REVIEW',
      message: {
        vi: 'Hồ sơ n1 không ở bước Hội đồng xét (đang ở "Thẩm định").',
        en: 'Nomination n1 is not at council review (it is at "Appraisal").',
      },
    });
    expect(refuseJoin('n1', { stage: 'appraisal' }, { decisionId: 'd1' })?.message).toEqual({
      vi: 'Hồ sơ n1 không ở bước chờ dự thảo quyết định (đang ở "Thẩm định").',
      en: 'Nomination n1 is not awaiting a decision (it is at "Appraisal").',
    });
    expect(
      refuseRelease('n1', { stage: 'council_vote', roundId: 'r1' }, { roundId: 'r2' }),
    ).toEqual({
      code: 'NOT_HELD_BY_GROUP',
      message: {
        vi: 'Hồ sơ n1 đang thuộc r1; chỉ nơi đã nhận hồ sơ mới trả lại được.',
        en: 'Nomination n1 is held by r1; only the group that took it may release it.',
      },
    });
  });

  test("the timeline's details", () => {
    expect(TIMELINE_TEXTS.appraisalDate('return', '2026-12-02')).toEqual({
      vi: 'Ngày của văn bản trả lại hồ sơ: 02/12/2026',
      en: 'The date of the return letter: 02/12/2026',
    });
    expect(TIMELINE_TEXTS.supplementDeadlineMissed()).toEqual({
      vi: 'Đơn vị không bổ sung hồ sơ trong thời hạn; hồ sơ không được xét tiếp.',
      en: 'The unit did not supplement the dossier in time; the nomination is closed.',
    });
    expect(TIMELINE_TEXTS.objectionBy('Nguyễn Văn A')).toEqual({
      vi: 'Ý kiến của: Nguyễn Văn A',
      en: 'Objection by: Nguyễn Văn A',
    });
    expect(TIMELINE_TEXTS.assignedTo('Trần Thị B')).toEqual({
      vi: 'Giao xử lý: Trần Thị B',
      en: 'Assigned to: Trần Thị B',
    });
    expect(
      TIMELINE_TEXTS.deadlineExtended({
        workingDays: 5,
        dueBefore: '2026-12-07',
        dueAfter: '2026-12-14',
      }),
    ).toEqual({
      vi: 'Gia hạn thêm 5 ngày làm việc: hạn 07/12/2026 → 14/12/2026',
      en: 'Extended by 5 working days: due 07/12/2026 → 14/12/2026',
    });
    const summary = { vi: 'Đạt.', en: 'Passed.' };
    expect(TIMELINE_TEXTS.twinRecheck({ unitId: 'TTTT', stage: 'approved' }, summary)).toEqual({
      vi: 'Kiểm tra lại: hồ sơ trùng của đơn vị TTTT đã kết thúc (Đã khen thưởng). Đạt.',
      en: 'Checked again: the duplicate nomination from unit TTTT has ended (Awarded). Passed.',
    });
    expect(TIMELINE_TEXTS.twinRecheck({ unitId: 'TTTT', stage: 'appraisal' }, summary)).toEqual({
      vi: 'Kiểm tra lại: đơn vị TTTT vừa trình hồ sơ đề nghị cùng đối tượng, cùng danh hiệu, cùng năm. Đạt.',
      en: 'Checked again: unit TTTT has just submitted a nomination of the same subject for the same award and year. Passed.',
    });
  });

  test('why a queued action was dropped', () => {
    expect(DROPPED_ACTION_REASONS).toEqual({
      rapporteurAlreadyGiven: 'the rapporteur has already given an opinion',
      noDeadline: 'the current stage has no deadline',
      movedOn: 'someone else acted first; the nomination has moved on',
      processEnded: 'the nomination’s process has ended',
    });
  });
});
