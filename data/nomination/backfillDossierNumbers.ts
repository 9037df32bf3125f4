import type { Logger } from 'pino';
import { DossierModel } from './dossierModel';
import { numberDossier } from './dossierNumber';
import { NominationModel } from './nominationModel';

/**
 * Numbers what was submitted before dossiers had numbers: each dossier without one, oldest
 * first (a unit's year is numbered in the order its dossiers came), then each submitted
 * nomination without one, from its dossier (the desk and the lists read it from there).
 * Every worker runs it at start-up, beside its work; every write is conditional or keyed,
 * so a second run, or two at once, change nothing. Returns what it numbered.
 */
export async function backfillDossierNumbers(
  log: Logger,
): Promise<{ dossiers: number; nominations: number }> {
  const dossiers = await DossierModel.find({ number: { $exists: false } }, { _id: 1 })
    .sort({ submittedAt: 1, _id: 1 })
    .lean();
  for (const dossier of dossiers) await numberDossier(dossier._id);

  const unnumbered = await NominationModel.find(
    { number: { $exists: false }, stage: { $ne: 'draft' } },
    { dossierId: 1 },
  ).lean();
  const byDossier = new Map<string, string[]>();
  const orphans: string[] = [];
  for (const { _id, dossierId } of unnumbered) {
    if (dossierId) byDossier.set(dossierId, [...(byDossier.get(dossierId) ?? []), _id]);
    else orphans.push(_id);
  }
  let nominations = 0;
  for (const [dossierId, ids] of byDossier) {
    if (!(await DossierModel.exists({ _id: dossierId }))) {
      orphans.push(...ids);
      continue;
    }
    const { nominations: numbers } = await numberDossier(dossierId, ids);
    for (const id of ids) {
      const { modifiedCount } = await NominationModel.updateOne(
        { _id: id, number: { $exists: false } },
        { $set: { number: numbers.get(id) } },
      );
      if (modifiedCount === 0) continue;
      nominations += 1;
    }
  }
  if (orphans.length > 0) {
    log.warn(
      { count: orphans.length, nominationIds: orphans.slice(0, 20) },
      'submitted nominations without a dossier record are left without a number',
    );
  }
  const done = { dossiers: dossiers.length, nominations };
  if (done.dossiers + done.nominations > 0) log.info(done, 'dossier numbers backfilled');
  return done;
}
