import type { QueryFilter } from 'mongoose';
import { NominationModel, type NominationDocument } from '../nomination/nominationModel';

/**
 * The nominations matching a narrow filter of strings on indexed fields (the late ones, of one
 * unit or all), counted exactly by the database's `count` command: the embedded FerretDB build
 * counts such a filter in SQLite without decoding a document (scripts/ferretdb/patches/0009),
 * MongoDB through the index. It still reads each counted row's type, so not for the whole desk.
 */
export async function countOnDesk(filter: QueryFilter<NominationDocument>): Promise<number> {
  const { n } = await NominationModel.db.db!.command({
    count: NominationModel.collection.collectionName,
    query: filter,
  });
  return n as number;
}
