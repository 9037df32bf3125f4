import { NominationModel } from '../../../data/nomination/nominationModel';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { DEMO_USERS, type DemoUser } from '../../../scripts/seed/demoData';
import type { Stage } from '../../../domain/process/stages';
import { ApiClient, eventually } from '../../harness/apiClient';
import { startNominationAt } from '../../harness/nominationAtStage';
import type { TestStack } from '../../harness/testStack';

/** A council of six: the chair and five members, each (but the chair) from a unit. */
export const EXTRA_MEMBERS: readonly DemoUser[] = [
  { _id: 'hd.vcsdt', name: 'Lường Văn Thành', role: 'council_member', unitId: 'VCSDT' },
  { _id: 'hd.tttt', name: 'Hà Thị Ngọc', role: 'council_member', unitId: 'TTTT' },
  { _id: 'hd.vtccb', name: 'Triệu Văn Sơn', role: 'council_member', unitId: 'VTCCB' },
];
export const MEMBERS = ['chutich', 'hoidong.1', 'hoidong.2', 'hd.vcsdt', 'hd.tttt', 'hd.vtccb'];

export interface Council {
  secretariat: ApiClient;
  chair: ApiClient;
  members: Record<string, ApiClient>;
}

export async function seedCouncil(stack: TestStack): Promise<Council> {
  await seedDemoData([...DEMO_USERS, ...EXTRA_MEMBERS]);
  const clients = await Promise.all(
    ['thuongtruc', ...MEMBERS].map((u) => ApiClient.signIn(stack.apiUrl, u)),
  );
  const members: Record<string, ApiClient> = {};
  MEMBERS.forEach((id, i) => (members[id] = clients[i + 1]!));
  return { secretariat: clients[0]!, chair: members.chutich!, members };
}

let counter = 0;

/**
 * A nomination at 'council_review' (or `stage`): its read model as its earlier steps left it
 * (submitted on 22 December 2025), and its real workflow running there (startNominationAt).
 */
export async function nominationAtCouncil(
  stack: TestStack,
  fields: {
    unitId: string;
    awardCode: string;
    year?: number;
    name?: string;
    kind?: 'individual' | 'collective';
    stage?: Stage;
  },
): Promise<string> {
  counter += 1;
  const id = `n${Date.now().toString(36)}${counter}`;
  const actor = { userId: 'thuongtruc', name: 'Hoàng Thị Mai', role: 'secretariat' as const };
  const stage = fields.stage ?? 'council_review';
  await NominationModel.collection.insertOne({
    _id: id as never,
    unitId: fields.unitId,
    nominee: {
      kind: fields.kind ?? 'individual',
      name: fields.name ?? `Người được đề nghị ${counter}`,
    },
    awardCode: fields.awardCode,
    year: fields.year ?? 2025,
    achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
    stage,
    createdBy: actor,
    lastSeq: 3,
    history: [
      {
        seq: 1,
        at: new Date('2025-12-22T03:00:00Z'),
        action: 'submitted',
        stage: 'appraisal',
        actor,
      },
    ],
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  await startNominationAt(stack, {
    nominationId: id,
    unitId: fields.unitId,
    awardCode: fields.awardCode,
    kind: 'merit',
    year: fields.year ?? 2025,
    stage,
    seq: 3,
    receivedOn: '2025-12-22',
    submittedBy: actor,
  });
  return id;
}

function inMinutes(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000).toISOString();
}

export async function createRound(
  council: Council,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const created = await council.secretariat.post('/api/council-rounds', {
    title: 'Phiên họp xét khen thưởng năm 2025',
    members: MEMBERS,
    chairId: 'chutich',
    scheduledOn: '2026-01-15',
    deadline: inMinutes(30),
    ...overrides,
  });
  expect(created.status).toBe(201);
  return created.body._id as string;
}

export async function closedRound(client: ApiClient, roundId: string): Promise<any> {
  const r = await eventually(
    () => client.get(`/api/council-rounds/${roundId}`),
    (x) => x.body.status === 'closed',
    30000,
  );
  return r.body;
}

type Paper = Record<string, 'approve' | 'reject' | 'abstain'>;
export const paper = (choices: Paper) => ({
  choices: Object.entries(choices).map(([nominationId, choice]) => ({ nominationId, choice })),
});

/** Every member present, the ballot opened, and every member approving every nominee. */
export async function everyoneApproves(
  council: Council,
  path: string,
  ids: string[],
): Promise<void> {
  await council.chair.post(`${path}/attendance`, { present: MEMBERS });
  const opened = await council.chair.post(`${path}/open`);
  expect(opened.status).toBe(200);
  for (const member of MEMBERS) {
    const choices = Object.fromEntries(ids.map((id) => [id, 'approve' as const]));
    expect((await council.members[member]!.post(`${path}/ballot`, paper(choices))).status).toBe(
      200,
    );
  }
}
