import { createHash, randomUUID } from 'node:crypto';
import { isDuplicateKey } from '../../data/duplicateKey';
import {
  WorkflowExecutionAlreadyStartedError,
  type Client,
  type UpdateDefinition,
} from '@temporalio/client';
import type { z } from 'zod';
import { CouncilMinutesModel } from '../../data/councilRound/councilMinutesModel';
import { CouncilRoundModel } from '../../data/councilRound/councilRoundModel';
import { isAboveUnit, type Actor } from '../../domain/process/roles';
import { checkTieChoice } from '../../domain/quota/tieChoice';
import { checkPaper, expectedNominees } from '../../domain/council/ballotRules';
import {
  addNominationsUpdate,
  castOpenVoteUpdate,
  closeRoundUpdate,
  councilRoundWorkflowId,
  openBallotUpdate,
  recordAttendanceUpdate,
  recordWrittenVoteUpdate,
  recuseUpdate,
  resolveTieUpdate,
  type AgendaItem,
  type CouncilRoundStart,
  type PendingTie,
  type Recusal,
  type RoundState,
  type VoteChoice,
} from '../../workflows/councilRound/messages';
import { ApiError, forbidden, notFound } from '../errors/apiError';
import { boundedUpdate } from '../temporal/boundedUpdate';
import { COUNCIL_ROUND_REFUSALS, fromWorkflowError } from '../errors/workflowErrors';
import type {
  addNominationsBody,
  createRoundBody,
  listRoundsQuery,
  writtenVoteBody,
} from './councilSchemas';
import { checkRoundMembers } from './roundMembers';
import { hasCastSecretBallot, putInBallotBox } from './secretBallot';
import { findPage } from '../../data/findPage';

const ROUND = { vi: 'phiên họp Hội đồng', en: 'Council round' };
const MINUTES = { vi: 'biên bản phiên họp', en: 'Minutes' };

type RoundDoc = NonNullable<Awaited<ReturnType<typeof loadRound>>>;

async function loadRound(id: string) {
  return CouncilRoundModel.findById(id).lean();
}

function isCouncilRole(actor: Actor): boolean {
  return actor.role === 'council_member' || actor.role === 'council_chair';
}

/** The council rounds' front door. Secret ballots go to the box, everything else to the workflow. */
export class CouncilService {
  constructor(
    private readonly temporal: Client,
    private readonly taskQueue: string,
  ) {}

  /** Council members see the rounds they sit on; the secretariat, leaders and inspectors all. */
  private async readable(actor: Actor, id: string): Promise<RoundDoc> {
    const round = await loadRound(id);
    if (!round || !isAboveUnit(actor.role)) throw notFound(ROUND, 'ROUND_NOT_FOUND');
    if (isCouncilRole(actor) && !round.members.includes(actor.userId)) {
      throw notFound(ROUND, 'ROUND_NOT_FOUND');
    }
    return round;
  }

  async create(
    actor: Actor,
    body: z.infer<typeof createRoundBody>,
    idempotencyKey: string | undefined,
  ) {
    const members = await checkRoundMembers(body);
    const deadline = new Date(body.deadline);
    if (deadline.getTime() <= Date.now()) {
      throw new ApiError(
        422,
        'DEADLINE_PASSED',
        { vi: 'Thời hạn phiên họp phải ở tương lai.', en: 'The deadline must be in the future.' },
        'deadline',
      );
    }
    const roundId = idempotencyKey
      ? createHash('sha256').update(`${actor.userId}\n${idempotencyKey}`).digest('hex').slice(0, 24)
      : randomUUID().replaceAll('-', '').slice(0, 24);
    const workflowId = councilRoundWorkflowId(roundId);
    const existing = await loadRound(roundId);
    if (!existing) {
      try {
        await CouncilRoundModel.create({
          _id: roundId,
          title: body.title,
          members,
          chairId: body.chairId,
          scheduledOn: body.scheduledOn,
          deadline,
          recusalPolicy: body.recusalPolicy,
          createdBy: actor as never,
          workflowId,
          status: 'preparing',
          version: 0,
        });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
    }
    const start: CouncilRoundStart = {
      roundId,
      title: body.title,
      members,
      chairId: body.chairId,
      scheduledOn: body.scheduledOn,
      deadline: deadline.toISOString(),
      recusalPolicy: body.recusalPolicy,
      createdBy: actor,
    };
    try {
      await this.temporal.workflow.start('councilRoundWorkflow', {
        workflowId,
        taskQueue: this.taskQueue,
        args: [start],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    return loadRound(roundId);
  }

  async list(actor: Actor, query: z.infer<typeof listRoundsQuery>) {
    if (!isAboveUnit(actor.role))
      throw forbidden({ vi: 'Không có quyền xem.', en: 'Not allowed.' });
    const filter = {
      ...(isCouncilRole(actor) && { members: actor.userId }),
      ...(query.status && { status: query.status }),
    };
    return findPage(CouncilRoundModel, filter, { sort: { scheduledOn: -1, createdAt: -1 } }, query);
  }

  /** The round, plus for a member whether they have voted — never what anyone chose. */
  async get(actor: Actor, id: string) {
    const round = await this.readable(actor, id);
    const me = round.members.includes(actor.userId)
      ? {
          member: true,
          present: round.present.includes(actor.userId),
          secretBallotCast: await hasCastSecretBallot(id, actor.userId),
          openVoteCast:
            round.openVoters.includes(actor.userId) ||
            round.openWrittenVoters.includes(actor.userId),
        }
      : undefined;
    return { ...round, ...(me && { me }) };
  }

  async minutes(actor: Actor, id: string) {
    await this.readable(actor, id);
    const minutes = await CouncilMinutesModel.findOne({ roundId: id }).lean();
    if (!minutes) throw notFound(MINUTES, 'MINUTES_NOT_FOUND');
    return minutes;
  }

  private async update<A extends { actor: Actor }>(
    actor: Actor,
    id: string,
    update: UpdateDefinition<RoundState, [A]>,
    args: A,
    idempotencyKey: string | undefined,
  ): Promise<RoundState> {
    const round = await this.readable(actor, id);
    if (round.status === 'closed') {
      throw new ApiError(409, 'ROUND_CLOSED', {
        vi: 'Phiên họp đã kết thúc.',
        en: 'The council round is closed.',
      });
    }
    const handle = this.temporal.workflow.getHandle(round.workflowId);
    try {
      return await boundedUpdate(handle, () =>
        handle.executeUpdate(update, {
          args: [args],
          updateId: idempotencyKey ? `${update.name}:${actor.userId}:${idempotencyKey}` : undefined,
        }),
      );
    } catch (error) {
      throw fromWorkflowError(error, COUNCIL_ROUND_REFUSALS) ?? error;
    }
  }

  addNominations(actor: Actor, id: string, body: z.infer<typeof addNominationsBody>, key?: string) {
    return this.update(actor, id, addNominationsUpdate, { actor, ...body }, key);
  }

  recordAttendance(actor: Actor, id: string, present: string[], key?: string) {
    return this.update(actor, id, recordAttendanceUpdate, { actor, present }, key);
  }

  recuse(actor: Actor, id: string, body: { nominationId: string; reason?: string }, key?: string) {
    return this.update(actor, id, recuseUpdate, { actor, ...body }, key);
  }

  open(actor: Actor, id: string, key?: string) {
    return this.update(actor, id, openBallotUpdate, { actor }, key);
  }

  close(actor: Actor, id: string, key?: string) {
    return this.update(actor, id, closeRoundUpdate, { actor }, key);
  }

  /**
   * The chair's choice among tied nominees. A wrong choice is refused here from the round's
   * read model (its pending ties are recorded before the close answers), with the rule the
   * workflow's validator applies, so the refusal never waits for a worker.
   */
  async resolveTie(actor: Actor, id: string, keep: string[], key?: string) {
    const round = await this.readable(actor, id);
    if (round.status === 'awaiting_tie_break' && actor.userId === round.chairId) {
      const wrong = checkTieChoice(round.pendingTies as PendingTie[], keep);
      if (wrong) throw new ApiError(422, wrong.code, wrong.message, wrong.field);
    }
    return this.update(actor, id, resolveTieUpdate, { actor, keep }, key);
  }

  /**
   * A member's ballot in the meeting. The round's agenda says which nominees are secret
   * (the award's rule); the client cannot choose. Secret choices go into the box, open ones
   * to the workflow by name. Both parts are checked before either is written.
   */
  async vote(actor: Actor, id: string, choices: VoteChoice[], key?: string) {
    const round = await this.readable(actor, id);
    if (!round.members.includes(actor.userId)) {
      throw new ApiError(403, 'NOT_A_MEMBER', {
        vi: 'Chỉ thành viên Hội đồng của phiên họp được bỏ phiếu.',
        en: "Only the round's council members vote.",
      });
    }
    if (!round.present.includes(actor.userId)) {
      throw new ApiError(403, 'NOT_PRESENT', {
        vi: 'Thành viên vắng mặt gửi phiếu bằng văn bản qua Thường trực Hội đồng.',
        en: 'An absent member votes in writing through the secretariat.',
      });
    }
    return this.castPaper(actor, round, actor.userId, false, choices, key);
  }

  /** The secretariat records an absent member's written ballot (where the rule admits it). */
  async writtenVote(actor: Actor, id: string, body: z.infer<typeof writtenVoteBody>, key?: string) {
    const round = await this.readable(actor, id);
    if (!round.members.includes(body.memberId)) {
      throw new ApiError(
        422,
        'NOT_A_MEMBER',
        {
          vi: `${body.memberId} không phải thành viên của phiên họp.`,
          en: `${body.memberId} is not a member of the round.`,
        },
        'memberId',
      );
    }
    return this.castPaper(actor, round, body.memberId, true, body.choices, key);
  }

  private async castPaper(
    actor: Actor,
    round: RoundDoc,
    memberId: string,
    written: boolean,
    choices: VoteChoice[],
    key: string | undefined,
  ) {
    if (round.status !== 'voting') {
      throw new ApiError(409, 'BALLOT_NOT_OPEN', {
        vi: 'Phiếu chưa mở hoặc đã đóng.',
        en: 'The ballot is not open.',
      });
    }
    const agenda = round.agenda as AgendaItem[];
    const recusals = round.recusals as Recusal[];
    const kindOf = (nominationId: string) =>
      agenda.find((a) => a.nominationId === nominationId)?.rule.ballot;
    const stranger = choices.findIndex((c) => kindOf(c.nominationId) === undefined);
    if (stranger >= 0) {
      throw new ApiError(
        422,
        'NOT_ON_AGENDA',
        {
          vi: `Hồ sơ ${choices[stranger]!.nominationId} không có trong phiên họp.`,
          en: `Nomination ${choices[stranger]!.nominationId} is not on the agenda.`,
        },
        `choices.${stranger}.nominationId`,
      );
    }
    const secret = choices.filter((c) => kindOf(c.nominationId) === 'secret');
    const open = choices.filter((c) => kindOf(c.nominationId) === 'open');
    const paper = written ? 'written' : 'in_meeting';
    if (secret.length > 0) {
      const refusal = checkPaper(
        expectedNominees(agenda, recusals, memberId, 'secret', paper),
        secret,
      );
      if (refusal) throw new ApiError(422, refusal.code, refusal.message, refusal.field);
    }
    if (open.length > 0) {
      const args = { actor, choices: open };
      if (written) {
        await this.update(actor, round._id, recordWrittenVoteUpdate, { ...args, memberId }, key);
      } else {
        await this.update(actor, round._id, castOpenVoteUpdate, args, key);
      }
    }
    const secretResult =
      secret.length > 0
        ? await putInBallotBox({
            roundId: round._id,
            memberId,
            written,
            choices: secret,
            idempotencyKey: key,
          })
        : undefined;
    return {
      roundId: round._id,
      memberId,
      secretBallot: secretResult ?? 'none',
      openVote: open.length > 0 ? 'recorded' : 'none',
    };
  }
}
