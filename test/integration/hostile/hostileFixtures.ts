import { randomBytes } from 'node:crypto';
import { SESSION_COOKIE } from '../../../api/auth/authPolicy';
import { hashToken } from '../../../api/auth/sessions';
import { CollectiveModel } from '../../../data/history/collectiveModel';
import { SessionModel } from '../../../data/identity/sessionModel';
import { UserModel } from '../../../data/identity/userModel';
import { NotificationModel } from '../../../data/notification/notificationModel';
import type { Role } from '../../../domain/process/roles';
import { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from '../../../scripts/seed/demoData';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient, eventually } from '../../harness/apiClient';
import type { TestStack } from '../../harness/testStack';
import { insertNomination } from '../awardDecision/awardDecisionFixtures';
import { EXTRA_MEMBERS, createRound } from '../councilRound/councilRoundFixtures';

/** The attacking unit is VCSDT ("A"); the other unit is TTTT ("B"). */
export const UNIT_A = 'VCSDT';
export const UNIT_B = 'TTTT';

/** Users by role, attacker side; B's users own the objects A must not reach. */
const ATTACKERS: Record<Role, string> = {
  unit_officer: 'canbo.vcsdt',
  unit_head: 'vutruong.vcsdt',
  secretariat: 'thuongtruc',
  council_member: 'hoidong.1',
  council_chair: 'chutich',
  minister: 'botruong',
  deputy_minister: 'thutruong.hostile',
  admin: 'quantri',
  inspector: 'thanhtra',
};
/** Admin operations on users act on this one, so the attackers' own accounts stay as they are. */
export const VICTIM_USER = 'nannhan.hostile';
const DEACTIVATED_USER = 'cuu.canbo.hostile';

const EXTRA_USERS: readonly DemoUser[] = [
  ...EXTRA_MEMBERS,
  { _id: ATTACKERS.deputy_minister, name: 'Y Vinh Tơr', role: 'deputy_minister' },
  { _id: VICTIM_USER, name: 'Người Bị Sửa', role: 'unit_officer', unitId: UNIT_B },
  { _id: DEACTIVATED_USER, name: 'Cán Bộ Đã Nghỉ', role: 'unit_officer', unitId: UNIT_A },
];

/** One session's credentials. */
export interface Credentials {
  token: string;
  csrfToken: string;
}

export interface Attacker {
  userId: string;
  role: Role;
  unitId?: string;
  live: Credentials;
  /** Sessions of the same user that must no longer work. */
  expired: Credentials;
  signedOut: Credentials;
}

/**
 * Words that exist only inside one unit's nominations: a response that carries one has
 * shown that nomination's content.
 */
export const MARKERS = {
  draftA: `BIMAT-NHAP-A-${randomBytes(4).toString('hex')}`,
  submittedA: `BIMAT-TRINH-A-${randomBytes(4).toString('hex')}`,
  draftB: `BIMAT-NHAP-B-${randomBytes(4).toString('hex')}`,
  submittedB: `BIMAT-TRINH-B-${randomBytes(4).toString('hex')}`,
};

/** Values for path parameters: the attacker's side's objects and the other unit's. */
export interface ObjectPool {
  own: string[];
  /** Objects of unit B (or of B's users); absent where the resource has no owner. */
  foreign?: string[];
}

export interface HostileWorld {
  attackers: Record<Role, Attacker>;
  deactivated: Credentials;
  /** Keyed by `<segment before the parameter>/{<parameter>}`, e.g. `nominations/{id}`. */
  objects: Record<string, ObjectPool>;
  /** IDs of B's objects (nominations, a person, a collective, the unit), for id fields of bodies. */
  foreignIds: string[];
}

/** A browser's sign-in: the token comes only in the session cookie, the CSRF token in the body. */
async function signIn(apiUrl: string, username: string): Promise<Credentials> {
  const response = await fetch(`${apiUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${username}: ${response.status}`);
  const session = response.headers
    .getSetCookie()
    .find((line) => line.startsWith(`${SESSION_COOKIE}=`))!
    .split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { token: decodeURIComponent(session.slice(SESSION_COOKIE.length + 1)), csrfToken };
}

async function expiredSession(apiUrl: string, username: string): Promise<Credentials> {
  const credentials = await signIn(apiUrl, username);
  await SessionModel.updateOne(
    { _id: hashToken(credentials.token) },
    { $set: { expiresAt: new Date(Date.now() - 60_000) } },
  );
  return credentials;
}

async function signedOutSession(apiUrl: string, username: string): Promise<Credentials> {
  const credentials = await signIn(apiUrl, username);
  const out = await new ApiClient(apiUrl, credentials.token).post('/api/auth/logout');
  if (out.status !== 204) throw new Error(`sign-out of ${username}: ${out.status}`);
  return credentials;
}

const content = (name: string, marker: string) => ({
  nominee: { kind: 'individual', name: `${name} ${marker}`, position: 'Chuyên viên' },
  awardCode: 'CSTDCS',
  year: 2025,
  achievements: `Hoàn thành xuất sắc nhiệm vụ. ${marker}`,
});

async function draft(officer: ApiClient, name: string, marker: string): Promise<string> {
  const created = await officer.post('/api/nominations', content(name, marker));
  if (created.status !== 201) throw new Error(`draft: ${JSON.stringify(created.body)}`);
  return created.body._id;
}

async function submitted(
  officer: ApiClient,
  head: ApiClient,
  name: string,
  marker: string,
): Promise<string> {
  const id = await draft(officer, name, marker);
  const sent = await head.post(`/api/nominations/${id}/submit`);
  if (sent.status !== 202) throw new Error(`submit: ${JSON.stringify(sent.body)}`);
  await eventually(
    () => head.get(`/api/nominations/${id}`),
    (r) => r.body.stage === 'appraisal',
    60_000,
  );
  return id;
}

async function notificationFor(role: Role, unitId: string): Promise<string> {
  const _id = `hostile:${role}:${unitId}:${randomBytes(4).toString('hex')}`;
  await NotificationModel.create({
    _id,
    kind: 'change',
    toRole: role,
    toUnitId: unitId,
    title: { vi: 'Thông báo thử', en: 'Test notice' },
    body: { vi: 'Nội dung', en: 'Body' },
  });
  return _id;
}

/** A person of unit B, from the demo history. */
const PERSON_B = 'DEMO-TTTT-02';

async function collectiveOf(unitId: string): Promise<string> {
  const _id = `TAPTHE-${unitId}-HOSTILE`;
  await CollectiveModel.create({ _id, name: `Tập thể thử ${unitId}`, unitId });
  return _id;
}

/** Seeds users and objects of both units, and every kind of session the attacks use. */
export async function buildHostileWorld(stack: TestStack): Promise<HostileWorld> {
  await seedDemoData([...DEMO_USERS, ...EXTRA_USERS]);
  const { apiUrl } = stack;
  const attackers = {} as Record<Role, Attacker>;
  for (const [role, userId] of Object.entries(ATTACKERS) as [Role, string][]) {
    const [live, expired, signedOut] = await Promise.all([
      signIn(apiUrl, userId),
      expiredSession(apiUrl, userId),
      signedOutSession(apiUrl, userId),
    ]);
    const unitId = [...DEMO_USERS, ...EXTRA_USERS].find((u) => u._id === userId)?.unitId;
    attackers[role] = { userId, role, unitId, live, expired, signedOut };
  }
  const deactivated = await signIn(apiUrl, DEACTIVATED_USER);
  await UserModel.updateOne({ _id: DEACTIVATED_USER }, { $set: { active: false } });

  const client = (c: Credentials) => new ApiClient(apiUrl, c.token);
  const [officerA, headA] = [attackers.unit_officer.live, attackers.unit_head.live].map(client);
  const [officerB, headB] = await Promise.all(
    ['canbo.tttt', 'giamdoc.tttt'].map(async (u) => client(await signIn(apiUrl, u))),
  );
  const [draftA, draftB, submittedA, submittedB] = await Promise.all([
    draft(officerA!, 'Lò Văn Púa', MARKERS.draftA),
    draft(officerB!, 'Hà Thị Ngọc', MARKERS.draftB),
    submitted(officerA!, headA!, 'Triệu Văn Sơn', MARKERS.submittedA),
    submitted(officerB!, headB!, 'Lường Thị Mai', MARKERS.submittedB),
  ]);

  const secretariat = client(attackers.secretariat.live);
  const drafted = await secretariat.post('/api/decisions', {
    awardCode: 'CSTDCS',
    year: 2025,
    nominationIds: [await insertNomination(stack, { unitId: UNIT_A })],
  });
  if (drafted.status !== 201) throw new Error(`decision: ${JSON.stringify(drafted.body)}`);
  const roundId = await createRound({
    secretariat,
    chair: client(attackers.council_chair.live),
    members: {},
  });
  const today = new Date().toISOString().slice(0, 10);
  const delegation = await client(attackers.minister.live).post('/api/delegations', {
    deputyUserId: ATTACKERS.deputy_minister,
    scope: { awardCodes: ['CSTDCS'] },
    validFrom: today,
    validTo: '2099-12-31',
  });
  if (delegation.status !== 201) throw new Error(`delegation: ${JSON.stringify(delegation.body)}`);
  const ruleSets = await secretariat.get('/api/configuration/rule-sets');
  const ruleSetIds = (ruleSets.body.items as { id: string }[]).map((r) => r.id);

  const nominations = { own: [draftA, submittedA], foreign: [draftB, submittedB] };
  return {
    attackers,
    deactivated,
    objects: {
      'nominations/{id}': nominations,
      'decisions/{id}': { own: [drafted.body.decision._id] },
      'council-rounds/{id}': { own: [roundId] },
      'delegations/{id}': { own: [delegation.body._id] },
      'rule-sets/{id}': { own: ruleSetIds },
      'inbox/{id}': {
        own: [await notificationFor('unit_officer', UNIT_A)],
        foreign: [await notificationFor('unit_officer', UNIT_B)],
      },
      'users/{id}': { own: [VICTIM_USER] },
      'members/{id}': { own: [VICTIM_USER] },
      'units/{id}': { own: [UNIT_A] },
      'blocs/{id}': { own: ['KHOI-2'] },
      'calendar/{year}': { own: ['2026'] },
      'templates/{year}': { own: ['2025'] },
      'score-sheets/{year}': { own: ['2025'] },
      '{year}/{unitId}': { own: [UNIT_A], foreign: [UNIT_B] },
    },
    foreignIds: [draftB, submittedB, UNIT_B, PERSON_B, await collectiveOf(UNIT_B)],
  };
}
