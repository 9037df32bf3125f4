import { createHash } from 'node:crypto';
import { rawBallotBoxes } from '../../data/council/ballotBoxModel';
import type { VoteChoice } from '../../workflows/councilRound/messages';
import { ApiError } from '../errors/apiError';
import { dependencyDown } from '../errors/dependencyDown';

/**
 * The only code that sees a member next to secret choices — for the length of one request.
 * It turns the paper into ONE atomic single-document update of the ballot box: the filter
 * admits the member once (box open, member eligible, not among `voters`), the update adds to
 * the totals and to the voter list, so of two papers of one member sent at once exactly one
 * goes in. Nothing is logged, returned or sent to Temporal; errors are replaced by generic
 * ones, so a driver error quoting the command (member and `$inc` paths) never reaches a log.
 */
export async function putInBallotBox(paper: {
  roundId: string;
  memberId: string;
  written: boolean;
  choices: readonly VoteChoice[];
  idempotencyKey?: string;
}): Promise<'recorded' | 'already_recorded'> {
  const inc: Record<string, number> = {};
  for (const c of paper.choices) inc[`counts.${c.nominationId}.${c.choice}`] = 1;
  const receipt = paper.idempotencyKey
    ? createHash('sha256')
        .update(`${paper.roundId}\n${paper.memberId}\n${paper.idempotencyKey}`)
        .digest('hex')
    : undefined;
  const boxes = rawBallotBoxes();
  const filter = {
    _id: paper.roundId as never,
    status: 'open',
    voters: { $ne: paper.memberId },
    ...(paper.written
      ? { members: paper.memberId, present: { $ne: paper.memberId } }
      : { present: paper.memberId }),
  };
  const push: Record<string, string> = { voters: paper.memberId };
  if (paper.written) push.writtenVoters = paper.memberId;
  if (receipt) push.receipts = receipt;

  let box;
  try {
    const result = await boxes.updateOne(filter, { $inc: inc, $push: push } as never);
    if (result.matchedCount === 1) return 'recorded';
    box = await boxes.findOne(
      { _id: paper.roundId as never },
      { projection: { status: 1, voters: 1, receipts: 1, present: 1 } },
    );
  } catch (error) {
    throw (
      dependencyDown(error as { name?: string }) ??
      new ApiError(500, 'BALLOT_NOT_RECORDED', {
        vi: 'Phiếu chưa được ghi nhận do lỗi hệ thống; vui lòng gửi lại.',
        en: 'The ballot was not recorded (internal error); please send it again.',
      })
    );
  }
  if (!box || box.status !== 'open') {
    throw new ApiError(409, 'BALLOT_NOT_OPEN', {
      vi: 'Hòm phiếu kín chưa mở hoặc đã niêm phong.',
      en: 'The secret ballot box is not open, or has been sealed.',
    });
  }
  if (receipt && (box.receipts as string[]).includes(receipt)) return 'already_recorded';
  if ((box.voters as string[]).includes(paper.memberId)) {
    throw new ApiError(409, 'ALREADY_VOTED', {
      vi: 'Phiếu kín của thành viên này đã có trong hòm phiếu.',
      en: "This member's secret ballot is already in the box.",
    });
  }
  throw paper.written
    ? new ApiError(
        409,
        'MEMBER_PRESENT',
        {
          vi: 'Thành viên có mặt bỏ phiếu trực tiếp, không bằng văn bản.',
          en: 'A member who is present votes in the meeting, not in writing.',
        },
        'memberId',
      )
    : new ApiError(403, 'NOT_PRESENT', {
        vi: 'Thành viên vắng mặt gửi phiếu bằng văn bản qua Thường trực Hội đồng.',
        en: 'An absent member votes in writing through the secretariat.',
      });
}

/** Has this member's secret ballot gone into the box? (Never what it said.) */
export async function hasCastSecretBallot(roundId: string, memberId: string): Promise<boolean> {
  const n = await rawBallotBoxes().countDocuments({ _id: roundId as never, voters: memberId });
  return n > 0;
}
