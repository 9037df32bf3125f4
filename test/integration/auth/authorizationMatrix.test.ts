import { stringify } from 'csv-stringify/sync';
import { kindSpec } from '../../../data/history/import/recordKinds';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from '../../../scripts/seed/demoData';
import { ApiClient, eventually, type ApiResponse } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { insertNomination } from '../awardDecision/awardDecisionFixtures';
import {
  EXTRA_MEMBERS,
  MEMBERS,
  createRound,
  nominationAtCouncil,
  paper,
} from '../councilRound/councilRoundFixtures';

/**
 * Who may do what, over real HTTP against the real stack: every role (and a caller with no
 * session) × every kind of action × the acting unit's own object or another unit's. "Own"
 * and "other" are from the point of view of the VCSDT unit staff; for roles without a unit
 * scope both columns must answer alike. Another unit's object answers 404 (its existence is
 * not disclosed); a role that may not act answers 403, whatever the object (the route checks
 * the role before the object is looked at); an inspector's change 403 READ_ONLY_ROLE,
 * whatever the route.
 */

const ROLE_USERS = {
  unit_officer: 'canbo.vcsdt',
  unit_head: 'vutruong.vcsdt',
  secretariat: 'thuongtruc',
  council_member: 'hoidong.1',
  council_chair: 'chutich',
  minister: 'botruong',
  deputy_minister: 'thutruong.mx',
  admin: 'quantri',
  inspector: 'thanhtra',
  anonymous: undefined,
} as const;
type RoleName = keyof typeof ROLE_USERS;
const ROLE_NAMES = Object.keys(ROLE_USERS) as RoleName[];

const EXTRA_USERS: readonly DemoUser[] = [
  ...EXTRA_MEMBERS,
  { _id: 'thutruong.mx', name: 'Y Vinh Tơr', role: 'deputy_minister' },
  // A council member who does not sit on the round under test.
  { _id: 'hd.ngoai', name: 'Mai Văn Ngoại', role: 'council_member', unitId: 'VP' },
  { _id: 'doituong.mx', name: 'Người Được Sửa', role: 'unit_officer', unitId: 'TTTT' },
];

/** Expected status, or status and error code. */
type Outcome = number | [number, string];
type Expectation = Partial<Record<RoleName, Outcome>> & { rest: Outcome };

const RO: Outcome = [403, 'READ_ONLY_ROLE'];
const ANON: Outcome = [401, 'UNAUTHENTICATED'];
/** A role the route does not name among its callers: refused before the object is looked at. */
const ROLE: Outcome = [403, 'ROLE_NOT_ALLOWED'];

interface Action {
  name: string;
  scope?: 'own' | 'other';
  expect: Expectation;
  run(client: ApiClient, role: RoleName): Promise<ApiResponse<any>>;
  /** Further checks on the answer (what it reveals). */
  check?(response: ApiResponse<any>, role: RoleName): void;
}

let stack: TestStack;
const clients = {} as Record<RoleName, ApiClient>;
const tokens: Partial<Record<RoleName, string>> = {};
let officerTttt: ApiClient;
let headTttt: ApiClient;
let outsiderMember: ApiClient;
const f = {} as {
  ownDraft: string;
  otherDraft: string;
  ownSubmitted: string;
  otherSubmitted: string;
  roundId: string;
  onAgenda: string;
  draftDecision: string;
};

const content = (name: string) => ({
  nominee: { kind: 'individual', name, position: 'Chuyên viên' },
  awardCode: 'CSTDCS',
  year: 2025,
  achievements: 'Hoàn thành xuất sắc nhiệm vụ; có sáng kiến cấp cơ sở.',
});

let counter = 0;
async function newDraft(officer: ApiClient): Promise<string> {
  counter += 1;
  const created = await officer.post('/api/nominations', content(`Người thứ ${counter}`));
  expect(created.status).toBe(201);
  return created.body._id;
}

/** A nomination really submitted: its workflow runs and holds it at appraisal. */
async function newSubmitted(unit: 'own' | 'other'): Promise<string> {
  const [officer, head] =
    unit === 'own' ? [clients.unit_officer, clients.unit_head] : [officerTttt, headTttt];
  const id = await newDraft(officer);
  expect((await head.post(`/api/nominations/${id}/submit`)).status).toBe(202);
  await eventually(
    () => head.get(`/api/nominations/${id}`),
    (r) => r.body.stage === 'appraisal',
  );
  return id;
}

async function newDecision(): Promise<string> {
  const ids = [await insertNomination(stack, { unitId: 'VCSDT' })];
  const drafted = await clients.secretariat.post('/api/decisions', {
    awardCode: 'CSTDCS',
    year: 2025,
    nominationIds: ids,
  });
  expect(drafted.status).toBe(201);
  return drafted.body.decision._id;
}

function historyCsv(): string {
  const columns = kindSpec('people').columns.map((c) => c.vi);
  counter += 1;
  const row = [
    `MATRIX-${counter}`,
    'Lò Văn Kiểm',
    '14/09/1982',
    'Nam',
    'Thái',
    'VCSDT',
    'Chuyên viên',
    'Không',
    '01/04/2009',
    null,
  ];
  return stringify([columns, row]);
}

/** Keys anywhere under `value`. */
function allKeys(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [k, ...allKeys(v)]);
}

const ids = (response: ApiResponse<any>): string[] =>
  (response.body?.items ?? []).map((i: any) => i._id);

const draftOf = (scope: 'own' | 'other') => (scope === 'own' ? f.ownDraft : f.otherDraft);
const submittedOf = (scope: 'own' | 'other') =>
  scope === 'own' ? f.ownSubmitted : f.otherSubmitted;

const ACTIONS: Action[] = [
  ...(['own', 'other'] as const).flatMap((scope): Action[] => [
    {
      name: 'read a draft nomination',
      scope,
      // A draft belongs to its unit until submitted; inspectors read everything.
      expect:
        scope === 'own'
          ? { unit_officer: 200, unit_head: 200, inspector: 200, anonymous: ANON, rest: 404 }
          : { inspector: 200, anonymous: ANON, rest: [404, 'NOMINATION_NOT_FOUND'] },
      run: (c) => c.get(`/api/nominations/${draftOf(scope)}`),
    },
    {
      name: "list a unit's drafts",
      scope,
      expect: { anonymous: ANON, rest: 200 },
      run: (c) => c.get(`/api/nominations?unitId=${scope === 'own' ? 'VCSDT' : 'TTTT'}`),
      check: (r, role) => {
        const mayRead =
          role === 'inspector' ||
          (scope === 'own' && (role === 'unit_officer' || role === 'unit_head'));
        expect(ids(r).includes(draftOf(scope))).toBe(mayRead);
      },
    },
    {
      name: 'read a submitted nomination',
      scope,
      expect:
        scope === 'own'
          ? { anonymous: ANON, rest: 200 }
          : { unit_officer: 404, unit_head: 404, anonymous: ANON, rest: 200 },
      run: (c) => c.get(`/api/nominations/${submittedOf(scope)}`),
    },
    {
      name: 'edit a draft',
      scope,
      expect:
        scope === 'own'
          ? { unit_officer: 200, unit_head: 200, inspector: RO, anonymous: ANON, rest: ROLE }
          : { unit_officer: 404, unit_head: 404, inspector: RO, anonymous: ANON, rest: ROLE },
      run: (c) =>
        c.request('PATCH', `/api/nominations/${draftOf(scope)}`, {
          achievements: 'Hoàn thành xuất sắc nhiệm vụ (sửa).',
        }),
    },
    {
      name: 'submit a draft',
      scope,
      expect:
        scope === 'own'
          ? { unit_head: 202, inspector: RO, anonymous: ANON, rest: ROLE }
          : { unit_head: 404, inspector: RO, anonymous: ANON, rest: ROLE },
      run: async (c, role) => {
        const id =
          scope === 'own' && role === 'unit_head'
            ? await newDraft(clients.unit_officer)
            : draftOf(scope);
        return c.post(`/api/nominations/${id}/submit`);
      },
    },
    {
      name: 'appraise',
      scope,
      expect: {
        secretariat: 200,
        inspector: RO,
        anonymous: ANON,
        rest: ROLE,
      },
      run: async (c, role) => {
        const id = role === 'secretariat' ? await newSubmitted(scope) : submittedOf(scope);
        return c.post(`/api/nominations/${id}/appraisal`, { outcome: 'accept' });
      },
    },
    {
      name: 'withdraw',
      scope,
      expect: {
        ...(scope === 'own' ? { unit_head: 200 } : { unit_officer: 404, unit_head: 404 }),
        inspector: RO,
        anonymous: ANON,
        rest: [403, 'ROLE_NOT_ALLOWED'],
      },
      run: async (c, role) => {
        const id =
          scope === 'own' && role === 'unit_head' ? await newSubmitted('own') : submittedOf(scope);
        return c.post(`/api/nominations/${id}/withdraw`, { reason: 'Đơn vị xin rút.' });
      },
    },
  ]),
  {
    name: 'create a draft nomination',
    expect: { unit_officer: 201, unit_head: 201, inspector: RO, anonymous: ANON, rest: 403 },
    run: (c) => c.post('/api/nominations', content('Người mới')),
    check: (r, role) => {
      if (r.status === 201) expect(r.body.unitId).toBe('VCSDT');
      void role;
    },
  },
  {
    name: 'create a council round',
    expect: { secretariat: 201, inspector: RO, anonymous: ANON, rest: 403 },
    run: (c) =>
      c.post('/api/council-rounds', {
        title: 'Phiên họp thử quyền',
        members: MEMBERS,
        chairId: 'chutich',
        scheduledOn: '2026-01-20',
        deadline: new Date(Date.now() + 30 * 60_000).toISOString(),
      }),
  },
  {
    name: 'read a council round while its secret ballot is open',
    expect: { unit_officer: 404, unit_head: 404, anonymous: ANON, rest: 200 },
    run: (c) => c.get(`/api/council-rounds/${f.roundId}`),
    check: (r, role) => {
      if (r.status !== 200) return;
      // Neither totals nor who voted, for anyone, before the box is sealed.
      const keys = allKeys(r.body);
      for (const leak of ['counts', 'voters', 'writtenVoters', 'receipts', 'choice', 'choices']) {
        expect(keys).not.toContain(leak);
      }
      expect(JSON.stringify(r.body)).not.toMatch(/"(approve|reject|abstain)"/);
      // A member learns only about their own paper.
      if (role === 'council_member' || role === 'council_chair') {
        expect(Object.keys(r.body.me).sort()).toEqual([
          'member',
          'openVoteCast',
          'present',
          'secretBallotCast',
        ]);
      } else {
        expect(r.body.me).toBeUndefined();
      }
    },
  },
  {
    name: 'list council rounds',
    expect: { unit_officer: 403, unit_head: 403, anonymous: ANON, rest: 200 },
    run: (c) => c.get('/api/council-rounds'),
    check: (r) => {
      if (r.status === 200) expect(allKeys(r.body)).not.toContain('counts');
    },
  },
  {
    name: 'read the minutes before the round closes',
    expect: {
      unit_officer: 404,
      unit_head: 404,
      anonymous: ANON,
      rest: [404, 'MINUTES_NOT_FOUND'],
    },
    run: (c) => c.get(`/api/council-rounds/${f.roundId}/minutes`),
  },
  {
    name: 'read the ballot box',
    expect: { anonymous: ANON, rest: [404, 'ROUTE_NOT_FOUND'] },
    run: (c) => c.get(`/api/council-rounds/${f.roundId}/ballot`),
  },
  {
    name: 'cast a secret ballot',
    expect: {
      council_member: 200,
      council_chair: 200,
      inspector: RO,
      anonymous: ANON,
      rest: ROLE,
    },
    run: (c) =>
      c.post(`/api/council-rounds/${f.roundId}/ballot`, paper({ [f.onAgenda]: 'approve' })),
    check: (r) => {
      if (r.status === 200)
        expect(r.body).toEqual(expect.objectContaining({ secretBallot: 'recorded' }));
    },
  },
  {
    name: 'draft an award decision',
    expect: { secretariat: 201, inspector: RO, anonymous: ANON, rest: [403, 'ROLE_NOT_ALLOWED'] },
    run: async (c) =>
      c.post('/api/decisions', {
        awardCode: 'CSTDCS',
        year: 2025,
        nominationIds: [await insertNomination(stack, { unitId: 'VCSDT' })],
      }),
  },
  {
    name: 'read a draft award decision',
    expect: { unit_officer: 404, unit_head: 404, anonymous: ANON, rest: 200 },
    run: (c) => c.get(`/api/decisions/${f.draftDecision}`),
  },
  {
    name: 'rule on an award decision',
    expect: {
      minister: 200,
      inspector: RO,
      anonymous: ANON,
      rest: 403,
    },
    run: async (c, role) =>
      c.post(
        `/api/decisions/${role === 'minister' ? await newDecision() : f.draftDecision}/ruling`,
        { outcome: 'approve_all' },
      ),
  },
  {
    name: 'read the public register',
    expect: { rest: 200 },
    run: (c) => c.get('/api/public/decisions'),
    check: (r) => expect(ids(r)).not.toContain(f.draftDecision),
  },
  {
    name: 'read an unpublished decision in the public register',
    expect: { rest: [404, 'DECISION_NOT_FOUND'] },
    run: (c) => c.get(`/api/public/decisions/${f.draftDecision}`),
  },
  {
    name: 'list users (administration)',
    expect: { admin: 200, inspector: 200, anonymous: ANON, rest: [403, 'ROLE_NOT_ALLOWED'] },
    run: (c) => c.get('/api/admin/users'),
    check: (r) => {
      if (r.status === 200) expect(allKeys(r.body)).not.toContain('passwordHash');
    },
  },
  {
    name: 'create a user (administration)',
    expect: { admin: 201, inspector: RO, anonymous: ANON, rest: [403, 'ROLE_NOT_ALLOWED'] },
    run: (c, role) =>
      c.post('/api/admin/users', {
        username: `moi.${role}`,
        name: 'Người Mới',
        role: 'unit_officer',
        unitId: 'TTTT',
        password: 'Mat-khau-that-dai-2026',
        reason: 'Tuyển dụng mới',
      }),
  },
  {
    name: "change a user's role (administration)",
    expect: { admin: 200, inspector: RO, anonymous: ANON, rest: [403, 'ROLE_NOT_ALLOWED'] },
    run: (c) =>
      c.request('PATCH', '/api/admin/users/doituong.mx', {
        role: 'unit_head',
        reason: 'Bổ nhiệm',
      }),
  },
  {
    name: 'seat a council member (administration)',
    expect: { admin: 200, inspector: RO, anonymous: ANON, rest: [403, 'ROLE_NOT_ALLOWED'] },
    run: (c) =>
      c.request('PUT', '/api/admin/council/members/hd.ngoai', {
        seat: 'member',
        reason: 'Kiện toàn Hội đồng',
      }),
  },
  {
    name: 'import history',
    expect: {
      admin: 200,
      secretariat: 200,
      inspector: RO,
      anonymous: ANON,
      rest: [403, 'ROLE_NOT_ALLOWED'],
    },
    run: (c) =>
      c.request('POST', '/api/history/import?kind=people', historyCsv(), {
        'content-type': 'text/csv',
      }),
  },
  {
    name: 'export history',
    expect: {
      admin: 200,
      secretariat: 200,
      inspector: 200,
      anonymous: ANON,
      rest: [403, 'ROLE_NOT_ALLOWED'],
    },
    run: async (_c, role) => {
      // A file, not JSON: status and, on refusal, the error body.
      const token = tokens[role];
      const response = await fetch(`${stack.apiUrl}/api/history/export?format=csv&kind=people`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      const text = await response.text();
      const json = response.headers.get('content-type')?.includes('json');
      return { status: response.status, body: json ? JSON.parse(text) : text };
    },
  },
];

const CELLS = ACTIONS.flatMap((action) =>
  ROLE_NAMES.map((role) => {
    const outcome = action.expect[role] ?? action.expect.rest;
    const [status, code] = Array.isArray(outcome) ? outcome : [outcome, undefined];
    const label = `${action.name}${action.scope ? ` (${action.scope} unit)` : ''}`;
    return { label, role, status, code, action };
  }),
);

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData([...DEMO_USERS, ...EXTRA_USERS]);
  for (const role of ROLE_NAMES) {
    const user = ROLE_USERS[role];
    if (user) {
      const login = await new ApiClient(stack.apiUrl).post('/api/auth/login', {
        username: user,
        password: DEMO_PASSWORD,
        tokenType: 'bearer',
      });
      expect(login.status).toBe(200);
      tokens[role] = login.body.token;
    }
    clients[role] = new ApiClient(stack.apiUrl, tokens[role]);
  }
  officerTttt = await ApiClient.signIn(stack.apiUrl, 'canbo.tttt');
  headTttt = await ApiClient.signIn(stack.apiUrl, 'giamdoc.tttt');
  outsiderMember = await ApiClient.signIn(stack.apiUrl, 'hd.ngoai');

  f.ownDraft = await newDraft(clients.unit_officer);
  f.otherDraft = await newDraft(officerTttt);
  [f.ownSubmitted, f.otherSubmitted] = await Promise.all([
    newSubmitted('own'),
    newSubmitted('other'),
  ]);
  f.draftDecision = await newDecision();

  // A round in its secret ballot, one member (hd.tttt) has voted.
  f.onAgenda = await nominationAtCouncil(stack, { unitId: 'VCSDT', awardCode: 'CSTDCS' });
  const secretariat = clients.secretariat;
  f.roundId = await createRound({ secretariat, chair: clients.council_chair, members: {} });
  const added = await secretariat.post(`/api/council-rounds/${f.roundId}/nominations`, {
    nominations: [{ nominationId: f.onAgenda }],
    ldttHolders: [{ unitId: 'VCSDT', year: 2025, count: 10 }],
  });
  expect(added.status).toBe(200);
  const chair = clients.council_chair;
  expect(
    (await chair.post(`/api/council-rounds/${f.roundId}/attendance`, { present: MEMBERS })).status,
  ).toBe(200);
  expect((await chair.post(`/api/council-rounds/${f.roundId}/open`)).body.status).toBe('voting');
  const voter = await ApiClient.signIn(stack.apiUrl, 'hd.tttt');
  expect(
    (await voter.post(`/api/council-rounds/${f.roundId}/ballot`, paper({ [f.onAgenda]: 'reject' })))
      .status,
  ).toBe(200);
}, 180_000);

afterAll(() => stack?.stop());

describe('authorization matrix: role × action × own/other unit', () => {
  test.each(CELLS)('$label as $role → $status', async ({ role, status, code, action }) => {
    const response = await action.run(clients[role], role);
    const got = [response.status, code === undefined ? undefined : response.body?.error?.code];
    expect({ cell: `${action.name} / ${role}`, got }).toEqual({
      cell: `${action.name} / ${role}`,
      got: [status, code],
    });
    action.check?.(response, role);
  });
});

describe('around the matrix', () => {
  test('a council member not sitting on the round cannot see it, its minutes or vote in it', async () => {
    expect((await outsiderMember.get(`/api/council-rounds/${f.roundId}`)).status).toBe(404);
    expect((await outsiderMember.get(`/api/council-rounds/${f.roundId}/minutes`)).status).toBe(404);
    expect(
      (
        await outsiderMember.post(
          `/api/council-rounds/${f.roundId}/ballot`,
          paper({ [f.onAgenda]: 'approve' }),
        )
      ).status,
    ).toBe(404);
    const listed = await outsiderMember.get('/api/council-rounds');
    expect(ids(listed)).not.toContain(f.roundId);
  });

  test("a member learns that their own paper is in — never another member's", async () => {
    const voter = await ApiClient.signIn(stack.apiUrl, 'hd.tttt');
    const notYet = await ApiClient.signIn(stack.apiUrl, 'hd.vtccb');
    expect((await voter.get(`/api/council-rounds/${f.roundId}`)).body.me.secretBallotCast).toBe(
      true,
    );
    const other = (await notYet.get(`/api/council-rounds/${f.roundId}`)).body;
    expect(other.me.secretBallotCast).toBe(false);
    expect(JSON.stringify(other)).not.toMatch(/reject/);
  });

  test('a unit cannot draft for another unit: the unit comes from the session', async () => {
    const response = await clients.unit_officer.post('/api/nominations', {
      ...content('Người đơn vị khác'),
      unitId: 'TTTT',
    });
    expect(response.status).toBe(400);
    const listed = await officerTttt.get('/api/nominations?stage=draft&pageSize=200');
    expect(listed.body.items.map((n: any) => n.nominee.name)).not.toContain('Người đơn vị khác');
  });

  test('a draft is hidden from a unit head of another unit by every route', async () => {
    expect((await headTttt.get(`/api/nominations/${f.ownDraft}`)).status).toBe(404);
    expect((await headTttt.get(`/api/nominations/${f.ownDraft}/changes`)).status).toBe(404);
    expect((await headTttt.post(`/api/nominations/${f.ownDraft}/submit`)).status).toBe(404);
    expect(
      (
        await headTttt.post('/api/dossiers', {
          title: 'Tờ trình',
          nominationIds: [f.ownDraft],
        })
      ).status,
    ).toBe(404);
  });
});
