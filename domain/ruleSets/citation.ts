/**
 * The legal basis of a rule, shown to users next to every reason.
 * `article` holds the article and, where it is certain, the clause ("Điều 24, khoản 1").
 */
export interface Citation {
  /** Symbol of the instrument, e.g. 'Luật 06/2022/QH15', 'Nghị định 152/2025/NĐ-CP'. */
  instrument: string;
  /**
   * Article (and clause where verified), in Vietnamese; null when the rule is a configured
   * value or guidance whose article could not be pinned — the instrument alone is cited.
   */
  article: string | null;
  /** Short paraphrase of the rule, in Vietnamese (not a quotation of the text). */
  text?: string;
}

/** 'Điều 24, khoản 1, Luật 06/2022/QH15' — the form clerks write in minutes. */
export function formatCitation(citation: Citation): string {
  return citation.article ? `${citation.article}, ${citation.instrument}` : citation.instrument;
}
