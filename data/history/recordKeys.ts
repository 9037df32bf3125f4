/**
 * Keys of the embedded history maps. A person's (or collective's) records live in maps keyed
 * by each record's natural key, so one import row becomes one `$set` of `<map>.<key>`:
 * writing it twice gives the same document, and all rows of one subject are written in one
 * atomic single-document update. Map keys must not contain '.' or start with '$', hence the
 * escaping; numeric keys get a letter prefix so no driver mistakes them for array indexes.
 */
export function mapKey(...parts: ReadonlyArray<string | number>): string {
  return parts
    .map((part) => String(part).replace(/[%.$]/g, (c) => `%${c.charCodeAt(0).toString(16)}`))
    .join('_');
}

export const yearKey = (year: number): string => `y${year}`;
