import type { Page } from '../../shell/api';
import { useResource } from '../../shell/useResource';

/** `GET /api/council/members`: who may sit on a round (the secretariat and the chair read it). */
interface CouncilSeat {
  userId: string;
  name: string;
  seat: 'chair' | 'member';
}

/** A council has tens of members at most: one page holds them all. */
export function useCouncilRoster() {
  return useResource<Page<CouncilSeat>>('/api/council/members?pageSize=100');
}

/** "Bùi Văn Nam (chutich)", or the username alone while the roster is loading. */
export function seatLabel(roster: readonly CouncilSeat[] | undefined, userId: string): string {
  const seat = roster?.find((s) => s.userId === userId);
  return seat ? `${seat.name} (${seat.userId})` : userId;
}
