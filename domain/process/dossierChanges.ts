/** One field that differs between two submissions of a dossier. */
interface DossierChange {
  field: string;
  before: unknown;
  after: unknown;
}

function flatten(value: unknown, prefix: string, into: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, into);
    }
  } else {
    into.set(prefix, value);
  }
}

/**
 * What changed since the last submission, field by field (domain.md §7.2: "the
 * resubmission shows what changed"). Lists compare as wholes.
 */
export function dossierChanges(before: object, after: object): DossierChange[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  flatten(before, '', a);
  flatten(after, '', b);
  const fields = [...new Set([...a.keys(), ...b.keys()])].sort();
  return fields
    .filter((field) => JSON.stringify(a.get(field)) !== JSON.stringify(b.get(field)))
    .map((field) => ({ field, before: a.get(field), after: b.get(field) }));
}
