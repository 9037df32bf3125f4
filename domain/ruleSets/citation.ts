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
  /** The Law article a decree or circular clause details (the Law is the parent basis). */
  parent?: { instrument: string; article: string };
  /**
   * Where the article and clause were checked against the text (the text itself or an
   * official answer quoting it); absent: not confirmed, so the value behind it is configurable.
   */
  checkedAgainst?: string;
}

/**
 * 'Điều 24, khoản 1, Luật 06/2022/QH15' — the form clerks write in minutes; a decree clause
 * names the Law article it details: 'Điều 9, khoản 3, Nghị định 91/2017/NĐ-CP (chi tiết Điều 23,
 * Luật 15/2003/QH11)'.
 */
export function formatCitation(citation: Citation): string {
  const own = citation.article
    ? `${citation.article}, ${citation.instrument}`
    : citation.instrument;
  const parent = citation.parent;
  return parent ? `${own} (chi tiết ${parent.article}, ${parent.instrument})` : own;
}
