import { BotClient, type RequestCount } from './botClient';

/** The people of one nomination's whole path, each signed in once. */
export interface Cast {
  officer: BotClient;
  head: BotClient;
  secretariat: BotClient;
  chair: BotClient;
  members: BotClient[];
  minister: BotClient;
}

/** One council round's worth of nominations, driven from draft to signed decision. */
export interface GroupRecord {
  nominationIds: string[];
  roundId: string;
  decisionId: string;
}

const AWARD = { awardCode: 'CSTDCS', year: 2025 } as const;
const MEMBERS = ['hoidong.1', 'hoidong.2', 'chutich'];
/** A CSTĐCS quota of 15,000 places for the bots' unit and year. */
const LDTT_HOLDERS = 100_000;

export async function signInCast(apiUrl: string, count: RequestCount): Promise<Cast> {
  const as = (user: string) => BotClient.signIn(apiUrl, user, count);
  const [officer, head, secretariat, chair, member1, member2, minister] = await Promise.all(
    [
      'canbo.vcsdt',
      'vutruong.vcsdt',
      'thuongtruc',
      'chutich',
      'hoidong.1',
      'hoidong.2',
      'botruong',
    ].map(as),
  );
  return {
    officer: officer!,
    head: head!,
    secretariat: secretariat!,
    chair: chair!,
    members: [member1!, member2!, chair!],
    minister: minister!,
  };
}

/** A nomination as its unit reads it. */
interface NominationView {
  stage: string;
  lastSeq: number;
}

/** Waits until every one of `ids` satisfies `done` (the read model follows the workflows). */
export async function waitAll(
  cast: Cast,
  ids: string[],
  done: (n: NominationView) => boolean,
): Promise<void> {
  // One at a time: they move together, so after the first the rest are usually there.
  for (const id of ids) await cast.officer.waitFor(`/api/nominations/${id}`, done);
}

const waitStage = (cast: Cast, ids: string[], stage: string) =>
  waitAll(cast, ids, (n) => n.stage === stage);

/** The unit's officer drafts one nomination per name; the unit head submits them as one dossier. */
export async function draftAndSubmit(cast: Cast, names: string[]): Promise<string[]> {
  const ids = await Promise.all(
    names.map(async (name) => {
      const created = await cast.officer.act<{ _id: string }>(
        '/api/nominations',
        {
          nominee: { kind: 'individual', name, position: 'Chuyên viên' },
          ...AWARD,
          achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2025; sáng kiến được cơ sở công nhận.',
        },
        201,
      );
      return created._id;
    }),
  );
  await cast.head.act('/api/dossiers', { title: `Tờ trình ${names[0]}`, nominationIds: ids }, 202);
  return ids;
}

/**
 * Once the dossiers reach the secretariat (it cannot see drafts), it accepts each; the
 * answer comes once the step is recorded.
 */
async function appraiseAll(cast: Cast, ids: string[]): Promise<void> {
  await waitStage(cast, ids, 'appraisal');
  await Promise.all(
    ids.map((id) =>
      cast.secretariat.act(`/api/nominations/${id}/appraisal`, {
        outcome: 'accept',
        note: 'Đủ hồ sơ',
      }),
    ),
  );
}

/** A council round takes them: attendance, a secret ballot every member approves, close. */
async function holdCouncilRound(cast: Cast, ids: string[]): Promise<string> {
  const round = await cast.secretariat.act<{ _id: string }>(
    '/api/council-rounds',
    {
      title: `Phiên họp xét Chiến sĩ thi đua cơ sở năm 2025 (${ids.length} hồ sơ)`,
      members: MEMBERS,
      chairId: 'chutich',
      scheduledOn: '2026-01-15',
      deadline: new Date(Date.now() + 3600_000).toISOString(),
    },
    201,
  );
  const path = `/api/council-rounds/${round._id}`;
  await cast.secretariat.act(`${path}/nominations`, {
    nominations: ids.map((nominationId) => ({ nominationId })),
    // The 15% quota counts per unit and year across rounds (the places earlier rounds hold
    // count against it): enough LĐTT holders that it cuts nobody in any run's rounds.
    ldttHolders: [{ unitId: 'VCSDT', year: AWARD.year, count: LDTT_HOLDERS }],
  });
  await waitStage(cast, ids, 'council_vote');
  await cast.chair.act(`${path}/attendance`, { present: MEMBERS });
  await cast.chair.act(`${path}/open`, undefined);
  const choices = ids.map((nominationId) => ({ nominationId, choice: 'approve' }));
  await Promise.all(cast.members.map((member) => member.act(`${path}/ballot`, { choices })));
  await cast.chair.act(`${path}/close`, undefined);
  await waitStage(cast, ids, 'awaiting_decision');
  return round._id;
}

/** The secretariat drafts one decision for them; the minister signs it whole. */
async function decide(cast: Cast, ids: string[]): Promise<string> {
  const drafted = await cast.secretariat.act<{ decision: { _id: string } }>(
    '/api/decisions',
    { ...AWARD, nominationIds: ids },
    201,
  );
  await waitStage(cast, ids, 'minister_decision');
  await cast.minister.act(`/api/decisions/${drafted.decision._id}/ruling`, {
    outcome: 'approve_all',
  });
  await waitStage(cast, ids, 'approved');
  return drafted.decision._id;
}

/** Drafts, submission, appraisal, a council round and a signed decision for `names`. */
export async function driveGroup(cast: Cast, names: string[]): Promise<GroupRecord> {
  const nominationIds = await draftAndSubmit(cast, names);
  await appraiseAll(cast, nominationIds);
  const roundId = await holdCouncilRound(cast, nominationIds);
  const decisionId = await decide(cast, nominationIds);
  return { nominationIds, roundId, decisionId };
}
