import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient, eventually } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';

/**
 * The in-app inbox over real HTTP: what awaits each person, and what changed on their dossiers.
 * One stack for the file, shared by both describes in order.
 */
let stack: TestStack;
let officer: ApiClient;
let head: ApiClient;
let secretariat: ApiClient;
let otherOfficer: ApiClient;
let otherHead: ApiClient;
let nominationId: string;

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData();
  [officer, head, secretariat, otherOfficer, otherHead] = await Promise.all(
    ['canbo.vcsdt', 'vutruong.vcsdt', 'thuongtruc', 'canbo.tttt', 'giamdoc.tttt'].map((user) =>
      ApiClient.signIn(stack.apiUrl, user),
    ),
  );
  const draft = await officer.post('/api/nominations', {
    nominee: { kind: 'individual', name: 'Lò Văn Púa', position: 'Chuyên viên chính' },
    awardCode: 'CSTDCS',
    year: 2025,
    achievements: 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến cấp cơ sở được công nhận.',
  });
  nominationId = draft.body._id;
  expect((await head.post(`/api/nominations/${nominationId}/submit`)).status).toBeLessThan(300);
  await eventually(
    () => head.get(`/api/nominations/${nominationId}`),
    (r) => r.body.stage === 'appraisal' && r.body.lastSeq >= 2,
  );
});
afterAll(() => stack?.stop());

const inbox = (client: ApiClient, query = '') => client.get(`/api/inbox${query}`);
const awaitingIds = (body: any) => body.awaiting.items.map((i: any) => i.nominationId);

describe('inbox: what awaits and what changed', () => {
  test('the secretariat sees the submitted dossier awaiting appraisal, with its deadline', async () => {
    const { status, body } = await inbox(secretariat);
    expect(status).toBe(200);
    expect(body.awaiting.total).toBe(1);
    expect(body.awaiting.items[0]).toMatchObject({
      nominationId,
      unitId: 'VCSDT',
      nominee: 'Lò Văn Púa',
      stage: 'appraisal',
      stageLabel: { vi: 'Thẩm định' },
      overdue: false,
    });
    expect(body.awaiting.items[0].dueOnDisplay).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(body.awaiting.overdue).toBe(0);
    // Nothing awaits the unit while the secretariat holds it.
    expect((await inbox(head)).body.awaiting.total).toBe(0);
  });

  test("a stage change reaches the unit's people, not another unit's", async () => {
    const returned = await secretariat.post(`/api/nominations/${nominationId}/appraisal`, {
      outcome: 'return',
      reasons: [
        {
          code: 'MISSING_DOCUMENT',
          message: { vi: 'Thiếu báo cáo thành tích có xác nhận của thủ trưởng.' },
          item: 'documents.achievement_report',
        },
      ],
    });
    expect(returned.body.stage).toBe('returned');

    const headInbox = (await inbox(head)).body;
    expect(awaitingIds(headInbox)).toEqual([nominationId]);
    expect(headInbox.awaiting.items[0]).toMatchObject({
      stage: 'returned',
      holderRole: 'unit_head',
    });
    expect((await inbox(otherHead)).body.awaiting.total).toBe(0);
    expect((await inbox(secretariat)).body.awaiting.total).toBe(0);

    // The notice follows the recorded step (an activity of its own), soon after the answer.
    const mine = (
      await eventually(
        () => inbox(officer),
        (r) => r.body.notifications.total === 2,
      )
    ).body.notifications;
    // Newest first: returned, then submitted (→ appraisal).
    expect(mine.items.map((n: any) => [n.kind, n.nominationId, n.read])).toEqual([
      ['change', nominationId, false],
      ['change', nominationId, false],
    ]);
    expect(mine.items[0].title.vi).toBe('Hồ sơ chuyển bước: Trả lại để bổ sung');
    expect(mine.items[0].body.vi).toContain('Lò Văn Púa');
    expect(mine.items[0].body.vi).toMatch(
      /Bước tiếp theo do Thủ trưởng đơn vị xử lý, hạn \d{2}\/\d{2}\/\d{4}\./,
    );
    expect(mine.items[1].title.vi).toBe('Hồ sơ chuyển bước: Thẩm định');
    expect(mine.items[0].readBy).toBeUndefined();
    expect(mine).toMatchObject({ total: 2, unread: 2 });

    for (const other of [otherOfficer, otherHead]) {
      const theirs = (await inbox(other)).body.notifications;
      expect(theirs).toMatchObject({ items: [], total: 0, unread: 0 });
    }
  });
});

describe('inbox: reading and paging', () => {
  test('reading is per person, idempotent, and only for notifications addressed to you', async () => {
    const first = (await inbox(officer)).body.notifications.items[0];
    const read = await officer.post(`/api/inbox/${encodeURIComponent(first._id)}/read`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ id: first._id, read: true, unread: 1 });
    const again = await officer.post(
      `/api/inbox/${encodeURIComponent(first._id)}/read`,
      undefined,
      {
        'idempotency-key': 'read-once-more-1',
      },
    );
    expect(again.body.unread).toBe(1);

    const after = (await inbox(officer)).body.notifications;
    expect(after.items.map((n: any) => n.read)).toEqual([true, false]);
    expect(after.unread).toBe(1);
    expect((await inbox(officer, '?unreadOnly=true')).body.notifications.total).toBe(1);
    // The unit head has read nothing yet.
    expect((await inbox(head)).body.notifications.unread).toBe(2);

    // Another unit's officer can neither read nor learn that it exists.
    const foreign = await otherOfficer.post(`/api/inbox/${encodeURIComponent(first._id)}/read`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('NOTIFICATION_NOT_FOUND');
    expect((await inbox(officer)).body.notifications.unread).toBe(1);

    const all = await head.post('/api/inbox/read-all');
    expect(all.body).toEqual({ marked: 2, unread: 0 });
    expect((await inbox(head)).body.notifications.unread).toBe(0);
    expect((await inbox(officer)).body.notifications.unread).toBe(1);
  });

  test('pages, and refuses bad paging or no sign-in', async () => {
    const page = (await inbox(officer, '?pageSize=1&page=2')).body.notifications;
    expect(page).toMatchObject({ page: 2, pageSize: 1, total: 2 });
    expect(page.items).toHaveLength(1);
    expect(page.items[0].title.vi).toBe('Hồ sơ chuyển bước: Thẩm định');
    expect((await inbox(officer, '?pageSize=1000')).status).toBe(400);
    expect((await inbox(officer, '?sort=whatever')).status).toBe(400);
    expect((await new ApiClient(stack.apiUrl).get('/api/inbox')).status).toBe(401);
  });
});
