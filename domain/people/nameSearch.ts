/**
 * Vietnamese names are searched without their marks: "Lo Van" must find "Lò Văn Púa", and
 * "lò văn" too. MongoDB and FerretDB have no accent-folding collation in common, so the query
 * becomes a case-insensitive regular expression in which each letter stands for every letter
 * that folds to it. Stored names are NFC (the import normalises them).
 */
const FOLDS: Record<string, string> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  d: 'dđ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
};

/** The query without marks, lower case, single-spaced: "  LÒ   văn " → "lo van". */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const escape = (char: string) => char.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/**
 * A regular expression source (to use with the `i` option) that matches a name containing
 * the query, marks ignored, at the start of a word: "van pu" finds "Lò Văn Púa", "an" does
 * not find "Văn". Empty when the query has no letters or digits (everyone matches).
 */
export function nameSearchPattern(query: string): string {
  const folded = foldName(query);
  if (!/[\p{L}\p{N}]/u.test(folded)) return '';
  const body = [...folded]
    .map((char) => {
      if (char === ' ') return '\\s+';
      const variants = FOLDS[char];
      return variants ? `[${variants}${variants.toUpperCase()}]` : escape(char);
    })
    .join('');
  return `(^|\\s)${body}`;
}
