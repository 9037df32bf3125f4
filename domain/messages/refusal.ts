import type { LocalizedText } from '../ruleSets/text';

/** A refusal: the code the API maps to a status, the text shown, the field at fault. */
export interface Refusal {
  code: string;
  message: LocalizedText;
  field?: string;
}

/**
 * One entry of a message catalogue: the stable code a workflow emits, and the text a person
 * reads (Vietnamese first, then English) rendered from the entry's parameters.
 */
export interface CatalogueEntry<Params> {
  code: string;
  field?: string;
  text: (params: Params) => LocalizedText;
}

// `never`: every entry's own parameter type is assignable to it, and `Parameters` keeps it.
type Catalogue = Record<string, CatalogueEntry<never>>;

/** Renders a catalogue's entry as a refusal; the parameters are the entry's own. */
function renderRefusal<C extends Catalogue, K extends keyof C & string>(
  catalogue: C,
  key: K,
  ...params: Parameters<C[K]['text']>
): Refusal {
  const entry = catalogue[key]!;
  const text = entry.text as (...p: Parameters<C[K]['text']>) => LocalizedText;
  return {
    code: entry.code,
    message: text(...params),
    ...(entry.field !== undefined && { field: entry.field }),
  };
}

/** The refusal function of one catalogue: `refuse(key, ...that entry's own parameters)`. */
export function refusalsOf<C extends Catalogue>(catalogue: C) {
  return <K extends keyof C & string>(key: K, ...params: Parameters<C[K]['text']>): Refusal =>
    renderRefusal(catalogue, key, ...params);
}
