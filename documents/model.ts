import type { IsoDate } from '../domain/calendar';

/**
 * A document as data: what an administrative text says and how it is laid out (Decree
 * 30/2020/NĐ-CP, Appendix I), with no PDF in it. Builders make these from records; renderers
 * turn them into bytes. The same model always renders to the same bytes.
 */
export interface DocumentModel {
  /** Stable kind, e.g. 'award_decision'. */
  kind: string;
  /** File name for downloads, with Vietnamese text (sent as RFC 5987 `filename*`). */
  fileName: string;
  /** The document's own date: its metadata dates are this day, never the clock. */
  date: IsoDate;
  /** Document properties (title, subject, author). */
  meta: { title: string; subject: string; author: string };
  layout: 'portrait' | 'landscape';
  /** Diagonal mark on every page, e.g. "DỰ THẢO" on a draft. */
  watermark?: string;
  /** Ornamental frame (certificates). */
  frame?: boolean;
  blocks: Block[];
}

interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** The header block: issuer upper-left, national name and motto upper-right. */
export interface HeaderBlock {
  type: 'header';
  /** Superior body (plain) then the issuing body (bold), upper case. */
  issuer: { superior?: string; name: string };
  /** "Số: 12/QĐ-BDTTG"; absent on documents that carry no number. */
  number?: string;
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" */
  nation: string;
  /** "Độc lập - Tự do - Hạnh phúc" */
  motto: string;
  /** "Hà Nội, ngày 05 tháng 6 năm 2025" */
  placeDate: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  runs: TextRun[];
  align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent (body paragraphs). */
  indent?: boolean;
  /** Font size in points; body text is 14. */
  size?: number;
  /** Space before, in points. */
  before?: number;
}

interface TableColumn {
  header: string;
  /** Share of the text width. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableBlock {
  type: 'table';
  columns: TableColumn[];
  rows: string[][];
  size?: number;
}

/** One signature: the authority lines (upper case, bold), then the signer's name. */
export interface SignatureBlock {
  lines: string[];
  /** "(Đã ký)" on an issued document; nothing on a draft. */
  signedMark?: string;
  name?: string;
}

/** The closing: recipients ("Nơi nhận") left, signature(s) right. */
export interface ClosingBlock {
  type: 'closing';
  recipients?: string[];
  /** Plain lines in the left column instead of recipients (a certificate's register number). */
  notes?: string[];
  /** Place and date above the signature (documents without a header block). */
  placeDate?: string;
  signatures: SignatureBlock[];
}

interface PageBreakBlock {
  type: 'page_break';
}

export type Block = HeaderBlock | ParagraphBlock | TableBlock | ClosingBlock | PageBreakBlock;

/** A list exported as a spreadsheet (the decision's annex). */
export interface SheetModel {
  fileName: string;
  date: IsoDate;
  author: string;
  sheetName: string;
  /** Lines above the table (title, reference to the decision). */
  heading: string[];
  columns: Array<{ header: string; width: number }>;
  rows: Array<Array<string | number>>;
}

export const paragraph = (
  text: string,
  options: Omit<ParagraphBlock, 'type' | 'runs'> & { bold?: boolean; italic?: boolean } = {},
): ParagraphBlock => {
  const { bold, italic, ...rest } = options;
  return { type: 'paragraph', runs: [{ text, bold, italic }], ...rest };
};
