import { NominationModel } from '../../data/nomination/nominationModel';

export interface SupplementRecord {
  nominationId: string;
  changes: Record<string, unknown>;
  fromVersion: number;
}

/**
 * Writes the unit's supplement to a returned dossier as the next version, only over the
 * version it was made on: false when another edit came first. A retry of an applied write
 * finds its own version and answers true.
 */
export async function recordSupplement(record: SupplementRecord): Promise<boolean> {
  const { nominationId, changes, fromVersion } = record;
  const written = await NominationModel.updateOne(
    { _id: nominationId, stage: 'returned', dossierVersion: fromVersion },
    { $set: { ...changes, dossierVersion: fromVersion + 1 } },
  );
  if (written.matchedCount === 1) return true;
  const now = await NominationModel.findById(nominationId, { dossierVersion: 1 }).lean();
  return now?.dossierVersion === fromVersion + 1;
}
