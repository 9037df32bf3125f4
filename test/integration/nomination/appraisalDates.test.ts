import {
  CIVIL_SERVICE_CALENDAR,
  addWorkingDays,
  displayDate,
  vietnamDateOf,
  type IsoDate,
} from '../../../domain/calendar';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { submitToAppraisal } from '../../harness/submitToAppraisal';
import { startTestStack, type TestStack } from '../../harness/testStack';

const today = (): IsoDate => vietnamDateOf(Date.now());
const dayAfter = (date: IsoDate): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) as IsoDate;
const reasons = [
  {
    code: 'MISSING_DOCUMENT',
    message: { vi: 'Thiếu biên bản họp Hội đồng đơn vị' },
    item: 'documents.council_minutes',
  },
];

/**
 * The date the secretariat gives its appraisal outcome, over real HTTP and Temporal (issue
 * 13, defect 7): checked against the dossier's own dates, worded for the outcome taken, and
 * shown on the timeline.
 */
describe('the date of an appraisal outcome', () => {
  let stack: TestStack;
  let secretariat: ApiClient;
  let ids: string[];

  beforeAll(async () => {
    stack = await startTestStack();
    await seedDemoData();
    const [officer, head] = await Promise.all(
      ['canbo.vcsdt', 'vutruong.vcsdt'].map((u) => ApiClient.signIn(stack.apiUrl, u)),
    );
    secretariat = await ApiClient.signIn(stack.apiUrl, 'thuongtruc');
    // Received today (the day the unit head submits).
    ids = await submitToAppraisal(officer, head, ['Vàng Thị Dung', 'Sùng A Páo']);
  });
  afterAll(() => stack.stop());

  const appraise = (id: string, body: object) =>
    secretariat.post(`/api/nominations/${id}/appraisal`, body);
  const history = async (id: string) =>
    (await secretariat.get(`/api/nominations/${id}`)).body.history as {
      action: string;
      detail?: { vi: string; en: string };
    }[];

  test('a return letter dated before the dossier was received is refused, naming the field', async () => {
    const id = ids[0]!;
    const before = addWorkingDays(today(), -1, CIVIL_SERVICE_CALENDAR);
    const refused = await appraise(id, { outcome: 'return', reasons, effectiveOn: before });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toEqual({
      code: 'INVALID_ACTION',
      field: 'effectiveOn',
      messageVi: `Ngày của văn bản trả lại hồ sơ (${displayDate(before)}) không được trước ngày tiếp nhận hồ sơ (${displayDate(today())}).`,
      message: `The date of the return letter (${displayDate(before)}) cannot be before the dossier was received (${displayDate(today())}).`,
    });
    expect((await history(id)).map((h) => h.action)).not.toContain('returned');
  });

  test('a return letter dated on the day of receipt is recorded, its date on the timeline', async () => {
    const id = ids[0]!;
    const returned = await appraise(id, { outcome: 'return', reasons, effectiveOn: today() });
    expect(returned.status).toBe(200);
    expect(returned.body.stage).toBe('returned');
    expect((await history(id)).at(-1)).toMatchObject({
      action: 'returned',
      detail: {
        vi: `Ngày của văn bản trả lại hồ sơ: ${displayDate(today())}`,
        en: `The date of the return letter: ${displayDate(today())}`,
      },
    });
  });

  test('an acceptance dated in the future is refused in words about the acceptance', async () => {
    const id = ids[1]!;
    const tomorrow = dayAfter(today());
    const refused = await appraise(id, { outcome: 'accept', effectiveOn: tomorrow });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'INVALID_ACTION', field: 'effectiveOn' });
    expect(refused.body.error.messageVi).toBe(
      `Ngày chấp nhận hồ sơ (${displayDate(tomorrow)}) không được sau ngày hôm nay (${displayDate(today())}).`,
    );
    expect(refused.body.error.message).not.toMatch(/return/i);

    const accepted = await appraise(id, { outcome: 'accept', effectiveOn: today() });
    expect(accepted.status).toBe(200);
    expect((await history(id)).at(-1)).toMatchObject({
      action: 'appraisal_accepted',
      detail: { vi: `Ngày chấp nhận hồ sơ: ${displayDate(today())}` },
    });
  });
});
