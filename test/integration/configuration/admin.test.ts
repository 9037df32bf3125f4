import { DEMO_USERS } from '../../../scripts/seed/demoData';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { EXTRA_MEMBERS } from '../councilRound/councilRoundFixtures';

let stack: TestStack;
let admin: ApiClient;
let inspector: ApiClient;
let secretariat: ApiClient;

const NEW_PASSWORD = 'Mat-khau-ban-dau-2026';

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData([...DEMO_USERS, ...EXTRA_MEMBERS]);
  [admin, inspector, secretariat] = await Promise.all(
    ['quantri', 'thanhtra', 'thuongtruc'].map((u) => ApiClient.signIn(stack.apiUrl, u)),
  );
});
afterAll(() => stack?.stop());

function login(username: string, password: string) {
  return new ApiClient(stack.apiUrl).post('/api/auth/login', { username, password });
}

const patch = (client: ApiClient, path: string, body: unknown) =>
  client.request<any>('PATCH', path, body);

describe('users: created and changed', () => {
  test('create with an initial password that follows the rules; the hash never leaves', async () => {
    const base = {
      username: 'canbo.moi',
      name: 'Đinh Thị Mới',
      role: 'unit_officer',
      unitId: 'VCSDT',
      reason: 'Tiếp nhận cán bộ theo QĐ 12/QĐ-VCSDT',
    };
    const weak = await admin.post('/api/admin/users', { ...base, password: 'password123' });
    expect([weak.status, weak.body.error.code, weak.body.error.field]).toEqual([
      422,
      'PASSWORD_TOO_WEAK',
      'password',
    ]);
    const noUnit = await admin.post('/api/admin/users', {
      ...base,
      unitId: undefined,
      password: NEW_PASSWORD,
    });
    expect([noUnit.status, noUnit.body.error.code]).toEqual([422, 'UNIT_REQUIRED']);
    const badUnit = await admin.post('/api/admin/users', {
      ...base,
      unitId: 'KHONGCO',
      password: NEW_PASSWORD,
    });
    expect([badUnit.status, badUnit.body.error.code]).toEqual([422, 'UNIT_NOT_FOUND']);
    const noReason = await admin.post('/api/admin/users', {
      ...base,
      reason: undefined,
      password: NEW_PASSWORD,
    });
    expect([noReason.status, noReason.body.error.field]).toEqual([400, 'reason']);

    const key = { 'idempotency-key': 'create-canbo-moi-1' };
    const created = await admin.post('/api/admin/users', { ...base, password: NEW_PASSWORD }, key);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ _id: 'canbo.moi', role: 'unit_officer', active: true });
    expect(JSON.stringify(created.body)).not.toMatch(/passwordHash|scrypt/);
    // The same request again: the same answer, one recorded action.
    const again = await admin.post('/api/admin/users', { ...base, password: NEW_PASSWORD }, key);
    expect([again.status, again.body._id]).toEqual([201, 'canbo.moi']);
    const taken = await admin.post('/api/admin/users', { ...base, password: NEW_PASSWORD });
    expect([taken.status, taken.body.error.code]).toEqual([409, 'USER_EXISTS']);

    expect((await login('canbo.moi', NEW_PASSWORD)).status).toBe(200);
    const actions = await admin.get('/api/admin/actions?targetKind=user&targetId=canbo.moi');
    expect(actions.body.items).toHaveLength(1);
    expect(actions.body.items[0]).toMatchObject({
      action: 'user.create',
      actor: { userId: 'quantri', name: 'Đỗ Văn Tâm' },
      reason: 'Tiếp nhận cán bộ theo QĐ 12/QĐ-VCSDT',
      before: null,
      after: { _id: 'canbo.moi', role: 'unit_officer', unitId: 'VCSDT' },
    });
    expect(JSON.stringify(actions.body)).not.toMatch(/passwordHash|scrypt/);
  });

  test('a role or unit change takes effect on the next request of a signed-in user', async () => {
    const person = await ApiClient.signIn(stack.apiUrl, 'canbo.tttt');
    const draft = await person.post('/api/nominations', {
      nominee: { kind: 'individual', name: 'Y Blúp Êban' },
      awardCode: 'CSTDCS',
      year: 2025,
      achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
    });
    expect(draft.status).toBe(201);
    // Moved to VCSDT: the TTTT draft is no longer theirs to see.
    const moved = await patch(admin, '/api/admin/users/canbo.tttt', {
      unitId: 'VCSDT',
      reason: 'Điều động',
    });
    expect([moved.status, moved.body.unitId]).toEqual([200, 'VCSDT']);
    expect((await person.get(`/api/nominations/${draft.body._id}`)).status).toBe(404);
    expect((await person.get('/api/auth/me')).body.user.unitId).toBe('VCSDT');

    const promoted = await patch(admin, '/api/admin/users/canbo.tttt', {
      role: 'unit_head',
      unitId: 'TTTT',
      reason: 'Bổ nhiệm Giám đốc',
    });
    expect(promoted.status).toBe(200);
    const mailed = await patch(admin, '/api/admin/users/canbo.tttt', {
      email: 'Hoa.LT@example.vn',
      reason: 'Nhận thông báo',
    });
    expect([mailed.status, mailed.body.email, mailed.body.role]).toEqual([
      200,
      'hoa.lt@example.vn',
      'unit_head',
    ]);
    expect((await person.post(`/api/nominations/${draft.body._id}/submit`)).status).toBe(202);

    const history = await admin.get('/api/admin/actions?targetId=canbo.tttt');
    expect(history.body.items.map((a: any) => [a.action, a.before.unitId, a.after.unitId])).toEqual(
      [
        ['user.update', 'TTTT', 'TTTT'],
        ['user.update', 'VCSDT', 'TTTT'],
        ['user.update', 'TTTT', 'VCSDT'],
      ],
    );
  });
});

describe('users: changing oneself, sessions, read-only access', () => {
  test('an administrator cannot change their own role or deactivate themselves', async () => {
    const self = await patch(admin, '/api/admin/users/quantri', {
      role: 'inspector',
      reason: 'Thử',
    });
    expect([self.status, self.body.error.code]).toEqual([409, 'SELF_CHANGE']);
    const off = await admin.post('/api/admin/users/quantri/deactivate', { reason: 'Thử' });
    expect(off.status).toBe(409);
  });

  test('deactivating ends every session at once; a reactivated user signs in again', async () => {
    const user = await ApiClient.signIn(stack.apiUrl, 'giamdoc.tttt');
    expect((await user.get('/api/auth/me')).status).toBe(200);
    const off = await admin.post('/api/admin/users/giamdoc.tttt/deactivate', {
      reason: 'Nghỉ hưu',
    });
    expect([off.status, off.body.active]).toEqual([200, false]);
    expect((await user.get('/api/auth/me')).status).toBe(401);
    expect((await login('giamdoc.tttt', 'TdktDemo@2026')).status).toBe(401);
    expect(
      (await admin.post('/api/admin/users/giamdoc.tttt/reactivate', { reason: 'Tái tuyển' }))
        .status,
    ).toBe(200);
    expect((await login('giamdoc.tttt', 'TdktDemo@2026')).status).toBe(200);
  });

  test('a password reset ends the sessions and replaces the password', async () => {
    const user = await ApiClient.signIn(stack.apiUrl, 'vutruong.vcsdt');
    const weak = await admin.post('/api/admin/users/vutruong.vcsdt/password', {
      password: 'vutruong.vcsdt',
      reason: 'Quên mật khẩu',
    });
    expect([weak.status, weak.body.error.code]).toEqual([422, 'PASSWORD_TOO_WEAK']);
    const reset = await admin.post('/api/admin/users/vutruong.vcsdt/password', {
      password: NEW_PASSWORD,
      reason: 'Quên mật khẩu',
    });
    expect(reset.status).toBe(200);
    expect((await user.get('/api/auth/me')).status).toBe(401);
    expect((await login('vutruong.vcsdt', NEW_PASSWORD)).status).toBe(200);
  });

  test('inspectors read the administration, change nothing; others see none of it', async () => {
    expect((await inspector.get('/api/admin/users?role=council_member')).status).toBe(200);
    expect((await inspector.get('/api/admin/actions')).status).toBe(200);
    const change = await inspector.post('/api/admin/users/canbo.vcsdt/deactivate', {
      reason: 'Thử',
    });
    expect([change.status, change.body.error.code]).toEqual([403, 'READ_ONLY_ROLE']);
    expect((await secretariat.get('/api/admin/users')).status).toBe(403);
    expect((await secretariat.get('/api/admin/council')).status).toBe(403);
  });
});

describe('units and blocs', () => {
  test('create a unit, rename it, assign it to a bloc; a bloc known only by code can be named', async () => {
    const created = await admin.post('/api/admin/units', {
      id: 'vdtmn',
      name: 'Vụ Dân tộc thiểu số miền núi',
      nameEn: 'Mountain Ethnic Minorities Department',
      reason: 'Thành lập theo NĐ 63/2025',
    });
    expect([created.status, created.body._id]).toEqual([201, 'VDTMN']);
    const unknownBloc = await patch(admin, '/api/admin/units/VDTMN', {
      blocId: 'KHOI-9',
      reason: 'Xếp khối',
    });
    expect([unknownBloc.status, unknownBloc.body.error.code]).toEqual([422, 'BLOC_NOT_FOUND']);

    const blocs = await admin.get('/api/admin/blocs');
    expect(blocs.body.items).toEqual(
      expect.arrayContaining([
        { _id: 'KHOI-1', name: null },
        { _id: 'KHOI-2', name: null },
      ]),
    );
    expect(
      (await patch(admin, '/api/admin/blocs/KHOI-2', { name: 'Khối các Vụ', reason: 'Đặt tên' }))
        .status,
    ).toBe(200);
    const newBloc = await admin.post('/api/admin/blocs', {
      id: 'KHOI-3',
      name: 'Khối sự nghiệp',
      reason: 'Chia khối 2026',
    });
    expect(newBloc.status).toBe(201);
    const assigned = await patch(admin, '/api/admin/units/VDTMN', {
      name: 'Vụ Dân tộc thiểu số',
      blocId: 'KHOI-3',
      reason: 'Đổi tên, xếp khối',
    });
    expect(assigned.body).toMatchObject({
      _id: 'VDTMN',
      name: 'Vụ Dân tộc thiểu số',
      blocId: 'KHOI-3',
    });
    const listed = await admin.get('/api/admin/blocs');
    expect(listed.body.items).toEqual(
      expect.arrayContaining([
        { _id: 'KHOI-2', name: 'Khối các Vụ' },
        { _id: 'KHOI-3', name: 'Khối sự nghiệp' },
      ]),
    );
    const unitLog = await admin.get('/api/admin/actions?targetKind=unit&targetId=VDTMN');
    expect(unitLog.body.items.map((a: any) => a.action)).toEqual(['unit.update', 'unit.create']);
  });
});

describe("the council's membership", () => {
  const round = (members: string[], chairId = 'chutich') =>
    secretariat.post('/api/council-rounds', {
      title: 'Phiên họp',
      members,
      chairId,
      scheduledOn: '2026-01-20',
      deadline: new Date(Date.now() + 30 * 60_000).toISOString(),
    });

  test('seating and removing members is what the council rounds see; one chair at a time', async () => {
    const council = await admin.get('/api/admin/council');
    expect(council.body.chair._id).toBe('chutich');
    expect(council.body.members.map((m: any) => m._id)).toEqual(
      expect.arrayContaining(['hoidong.1', 'hoidong.2']),
    );

    // Not on the council yet: a round refuses them.
    const before = await round(['chutich', 'hoidong.1', 'canbo.vcsdt']);
    expect([before.status, before.body.error.code]).toEqual([422, 'NOT_A_COUNCIL_MEMBER']);

    const seated = await admin.request<any>('PUT', '/api/admin/council/members/canbo.vcsdt', {
      seat: 'member',
      reason: 'QĐ kiện toàn Hội đồng số 5/QĐ-BDTTG',
    });
    expect([seated.status, seated.body.role, seated.body.unitId]).toEqual([
      200,
      'council_member',
      'VCSDT',
    ]);
    expect((await round(['chutich', 'hoidong.1', 'canbo.vcsdt'])).status).toBe(201);

    const secondChair = await admin.request<any>('PUT', '/api/admin/council/members/hoidong.2', {
      seat: 'chair',
      reason: 'Thử',
    });
    expect([secondChair.status, secondChair.body.error.code]).toEqual([409, 'CHAIR_TAKEN']);

    const removed = await admin.request<any>('DELETE', '/api/admin/council/members/canbo.vcsdt', {
      role: 'unit_officer',
      reason: 'Hết nhiệm kỳ',
    });
    expect([removed.status, removed.body.role]).toEqual([200, 'unit_officer']);
    expect((await round(['chutich', 'hoidong.1', 'canbo.vcsdt'])).status).toBe(422);
    const notOn = await admin.request<any>('DELETE', '/api/admin/council/members/canbo.vcsdt', {
      role: 'unit_officer',
      reason: 'Lần nữa',
    });
    expect(notOn.body.error.code).toBe('NOT_ON_COUNCIL');

    const log = await admin.get('/api/admin/actions?targetKind=council&targetId=canbo.vcsdt');
    expect(log.body.items.map((a: any) => [a.action, a.reason])).toEqual([
      ['council.remove', 'Hết nhiệm kỳ'],
      ['council.seat_member', 'QĐ kiện toàn Hội đồng số 5/QĐ-BDTTG'],
    ]);
  });
});
