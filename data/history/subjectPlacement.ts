import type { UnitPlacement } from '../../domain/people/unitReach';
import { CollectiveModel } from './collectiveModel';
import { PersonModel } from './personModel';

type Assignment = { unitId: string; from: string; to?: string | null };

/**
 * Where a nominee's stored record places it (its unit, a person's assignments), read
 * without the history itself; null when nothing is stored under that id.
 */
export async function subjectPlacement(
  kind: 'individual' | 'collective',
  id: string,
): Promise<UnitPlacement | null> {
  if (kind === 'collective') {
    const collective = await CollectiveModel.findById(id, { unitId: 1 }).lean();
    return collective && { unitId: collective.unitId };
  }
  const person = await PersonModel.findById(id, { unitId: 1, units: 1 }).lean();
  if (!person) return null;
  const units = (person.units ?? {}) as Map<string, Assignment> | Record<string, Assignment>;
  return {
    unitId: person.unitId,
    assignments: units instanceof Map ? [...units.values()] : Object.values(units),
  };
}
