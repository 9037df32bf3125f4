import { createHash, randomInt } from 'node:crypto';
import { rawBallotBoxes } from '../../data/councilRound/ballotBoxModel';
import { sealPaper } from '../../data/councilRound/ballotPaper';
import type { VoteChoice } from '../../workflows/councilRound/messages';
import { ApiError } from '../errors/apiError';
import { dependencyDown } from '../errors/dependencyDown';

/**
 * The only code that sees a member next to secret choices — for the length of one request.
 * The choices are sealed to the box's public key (`sealPaper`) and the paper goes into ONE
 * atomic single-document update of the ballot box: the filter admits the member once (box
 * open, member eligible, not among `voters`) and takes a random empty slot, the update
 * fills that slot and adds the member to the voter list, so of two papers of one member
 * sent at once exactly one goes in. The box never holds totals before sealing, nor papers
 * in the order members voted, nor a paper anyone can read without the key the round's
 * workflow keeps. Nothing is logged, returned or sent to Temporal; errors are replaced by
 * generic ones, so a driver error quoting the command never reaches a log.
 */
export async function putInBallotBox(paper: {
  roundId: string;
  memberId: string;
  written: boolean;
  choices: readonly VoteChoice[];
  idempotencyKey?: string;
}): Promise<'recorded' | 'already_recorded'> {
  const receipt = paper.idempotencyKey
    ? createHash('sha256')
        .update(`${paper.roundId}\n${paper.memberId}\n${paper.idempotencyKey}`)
        .digest('hex')
    : undefined;
  const boxes = rawBallotBoxes();
  const admits = {
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

  const fields = { status: 1, members: 1, present: 1, voters: 1, receipts: 1, papers: 1 };
  let box;
  try {
    box = await boxes.findOne(
      { _id: paper.roundId as never },
      { projection: { ...fields, items: 1, publicKey: 1 } },
    );
    const sealed =
      box?.status === 'open' && typeof box.publicKey === 'string'
        ? sealPaper(box.publicKey, box.items as string[], paper.choices)
        : undefined;
    // Retried only when another paper took the slot meanwhile: each try sees one more filled.
    while (sealed && box && mayGoIn(box, paper, receipt)) {
      const empty = (box.papers as string[]).flatMap((p, i) => (p === '' ? [i] : []));
      if (empty.length === 0) break;
      const slot = `papers.${empty[randomInt(empty.length)]!}`;
      const result = await boxes.updateOne({ ...admits, [slot]: '' }, {
        $set: { [slot]: sealed },
        $push: push,
      } as never);
      if (result.matchedCount === 1) return 'recorded';
      box = await boxes.findOne({ _id: paper.roundId as never }, { projection: fields });
    }
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
  if (!Array.isArray(box.papers)) {
    throw new ApiError(409, 'BALLOT_BOX_OUTDATED', {
      vi: 'Hòm phiếu được mở bởi phiên bản trước; hãy kết thúc phiên họp và mở phiên mới.',
      en: 'The ballot box was opened by an earlier version; close the round and open a new one.',
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

/** Could the paper still go in, if only its slot was taken? */
function mayGoIn(
  box: Record<string, unknown>,
  paper: { memberId: string; written: boolean },
  receipt: string | undefined,
): boolean {
  if (box.status !== 'open') return false;
  if ((box.voters as string[]).includes(paper.memberId)) return false;
  if (receipt && (box.receipts as string[]).includes(receipt)) return false;
  const present = (box.present as string[]).includes(paper.memberId);
  return paper.written ? (box.members as string[]).includes(paper.memberId) && !present : present;
}

/** Has this member's secret ballot gone into the box? (Never what it said.) */
export async function hasCastSecretBallot(roundId: string, memberId: string): Promise<boolean> {
  const n = await rawBallotBoxes().countDocuments({ _id: roundId as never, voters: memberId });
  return n > 0;
}
