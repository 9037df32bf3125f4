/**
 * Which unit may put a person or a collective forward (and so read what the appraisal
 * derives from its stored history). A unit nominates its own: the people it has now, and a
 * person who worked in it during the award's year and has since moved on, whom the law has
 * the new unit assess with the old unit's comments (Law 06/2022/QH15, Art. 24; the
 * appraisal flags an old unit's nomination, TRANSFER_WRONG_ASSESSING_UNIT). A collective
 * belongs to one unit.
 */
export interface UnitPlacement {
  /** The unit the person or collective is in now. */
  unitId: string;
  /** A person's assignments, ISO dates (`to` null or absent: still there). */
  assignments?: readonly { unitId: string; from: string; to?: string | null }[];
}

export function withinUnit(placement: UnitPlacement, unitId: string, year: number): boolean {
  if (placement.unitId === unitId) return true;
  const [first, last] = [`${year}-01-01`, `${year}-12-31`];
  return (placement.assignments ?? []).some(
    (a) => a.unitId === unitId && a.from <= last && (a.to == null || a.to >= first),
  );
}
