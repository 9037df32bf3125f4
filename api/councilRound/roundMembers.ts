import type { z } from 'zod';
import { UserModel } from '../../data/identity/userModel';
import { ApiError } from '../errors/apiError';
import type { createRoundBody } from './councilSchemas';

/**
 * A new round's members, each once: active council members, the chair among them and a
 * council chair by role.
 */
export async function checkRoundMembers(
  body: Pick<z.infer<typeof createRoundBody>, 'members' | 'chairId'>,
): Promise<string[]> {
  const members = [...new Set(body.members)];
  if (members.length !== body.members.length) {
    throw new ApiError(
      400,
      'DUPLICATE_MEMBER',
      { vi: 'Thành viên bị trùng.', en: 'A member is listed twice.' },
      'members',
    );
  }
  if (!members.includes(body.chairId)) {
    throw new ApiError(
      422,
      'CHAIR_NOT_MEMBER',
      {
        vi: 'Chủ tịch phải là thành viên của phiên họp.',
        en: 'The chair must be one of the members.',
      },
      'chairId',
    );
  }
  const users = await UserModel.find({ _id: { $in: members }, active: true }, { role: 1 }).lean();
  const wrong = members.find((id) => {
    const user = users.find((u) => u._id === id);
    return !user || (user.role !== 'council_member' && user.role !== 'council_chair');
  });
  if (wrong) {
    throw new ApiError(
      422,
      'NOT_A_COUNCIL_MEMBER',
      {
        vi: `${wrong} không phải thành viên Hội đồng đang hoạt động.`,
        en: `${wrong} is not an active council member.`,
      },
      'members',
    );
  }
  if (users.find((u) => u._id === body.chairId)?.role !== 'council_chair') {
    throw new ApiError(
      422,
      'NOT_A_CHAIR',
      {
        vi: `${body.chairId} không phải Chủ tịch Hội đồng.`,
        en: `${body.chairId} is not a council chair.`,
      },
      'chairId',
    );
  }
  return members;
}
