import { deadlineAlertText } from '../../../activities/notification/deadlineAlertText';
import { dossierName } from '../../../activities/notification/dossierName';

const dossier = dossierName({ nominee: { name: 'Lò Văn Púa' }, awardCode: 'LDTT', year: 2025 });
const secretariat = {
  userId: 'thuongtruc',
  name: 'Hoàng Thị Mai',
  role: 'secretariat' as const,
};
const base = { stage: 'appraisal' as const, dueOn: '2026-12-17', dossier };

/** What the holder, or the one above, reads in an alert (issue 13, defect 3). */
describe('reminder and escalation text', () => {
  test('an early escalation from the desk: not overdue, the due date, the note, the dossier by name', () => {
    const { title, body } = deadlineAlertText({
      ...base,
      kind: 'escalation',
      overdue: false,
      requestedBy: secretariat,
      note: 'Cần ý kiến chỉ đạo về hồ sơ khen cao',
    });
    expect(title).toEqual({
      vi: 'Báo cáo sớm (chưa quá hạn): Thẩm định',
      en: 'Raised early (not yet overdue): Appraisal',
    });
    expect(body.vi).toBe(
      'Hồ sơ đề nghị "Lao động tiên tiến" năm 2025 cho Lò Văn Púa ở bước "Thẩm định" chưa quá hạn, sắp đến hạn ngày 17/12/2026; đề nghị đôn đốc, chỉ đạo.\n' +
        'Ghi chú của Hoàng Thị Mai (Thường trực Hội đồng): Cần ý kiến chỉ đạo về hồ sơ khen cao',
    );
    expect(body.en).toContain('not yet overdue, due 17/12/2026');
    expect(body.en).toContain('Note from Hoàng Thị Mai (Council secretariat)');
    expect(`${title.vi} ${body.vi}`).not.toMatch(/đã quá hạn/);
  });

  test('the escalation at the deadline says overdue and names the deadline', () => {
    const { title, body } = deadlineAlertText({ ...base, kind: 'escalation', overdue: true });
    expect(title.vi).toBe('Quá hạn: Thẩm định');
    expect(body.vi).toBe(
      'Hồ sơ đề nghị "Lao động tiên tiến" năm 2025 cho Lò Văn Púa ở bước "Thẩm định" đã quá hạn (hạn 17/12/2026); đề nghị đôn đốc, chỉ đạo.',
    );
  });

  test.each([
    [false, 'Sắp đến hạn: Thẩm định', 'chưa quá hạn, sắp đến hạn ngày 17/12/2026'],
    [true, 'Nhắc việc (đã quá hạn): Thẩm định', 'đã quá hạn (hạn 17/12/2026)'],
  ])('a reminder, overdue %s: "%s"', (overdue, title, state) => {
    const text = deadlineAlertText({ ...base, kind: 'reminder', overdue });
    expect(text.title.vi).toBe(title);
    expect(text.body.vi).toContain(state);
    expect(text.body.vi).toContain('đề nghị xử lý.');
  });

  test('a reminder from the desk without a note says who sent it', () => {
    const { body } = deadlineAlertText({
      ...base,
      kind: 'reminder',
      overdue: false,
      requestedBy: secretariat,
    });
    expect(body.vi.split('\n')[1]).toBe('Người gửi: Hoàng Thị Mai (Thường trực Hội đồng).');
  });

  test('the dossier is named by its human number once it has one', () => {
    expect(
      dossierName({
        nominee: { name: 'Lò Văn Púa' },
        awardCode: 'LDTT',
        year: 2025,
        number: 'VCSDT-2025-0012/1',
      }),
    ).toEqual({
      vi: 'Hồ sơ đề nghị "Lao động tiên tiến" năm 2025 cho Lò Văn Púa (số VCSDT-2025-0012/1)',
      en: 'The "Advanced Worker" 2025 nomination of Lò Văn Púa (no. VCSDT-2025-0012/1)',
    });
  });
});
