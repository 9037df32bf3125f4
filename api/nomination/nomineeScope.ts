import { withinUnit } from '../../domain/people/unitReach';
import { subjectPlacement } from '../../data/history/subjectPlacement';
import { ApiError } from '../errors/apiError';

interface NomineeIds {
  personId?: string | null;
  collectiveId?: string | null;
}

const OUTSIDE = {
  personId: {
    vi: 'Không có cán bộ mang mã này trong đơn vị của bạn. Hãy chọn người trong danh sách cán bộ của đơn vị, hoặc bỏ trống mã.',
    en: "No person with this code in your unit. Pick one of your unit's people, or leave the code empty.",
  },
  collectiveId: {
    vi: 'Không có tập thể mang mã này trong đơn vị của bạn. Hãy chọn tập thể của đơn vị, hoặc bỏ trống mã.',
    en: "No collective with this code in your unit. Pick one of your unit's collectives, or leave the code empty.",
  },
};

/**
 * A unit links its nominee only to a person or collective it may nominate (see
 * domain/people/unitReach): the appraisal reads that record's history onto the nomination.
 * Another unit's record and a code that names nothing get the same answer, so the refusal
 * tells nothing of other units.
 */
export async function requireNomineeWithinUnit(
  unitId: string,
  nominee: NomineeIds,
  year: number,
): Promise<void> {
  const linked = [
    ['personId', 'individual', nominee.personId],
    ['collectiveId', 'collective', nominee.collectiveId],
  ] as const;
  for (const [field, kind, id] of linked) {
    if (!id) continue;
    const placement = await subjectPlacement(kind, id);
    if (!placement || !withinUnit(placement, unitId, year)) {
      throw new ApiError(422, 'NOMINEE_OUTSIDE_UNIT', OUTSIDE[field], `nominee.${field}`);
    }
  }
}
