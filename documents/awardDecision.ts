import { agencyOn } from '../domain/agency/agencyIdentity';
import type { IsoDate } from '../domain/calendar';
import { awardName, awardPhrase, safeFileName, subjectsPhrase } from './labels';
import {
  paragraph,
  type Block,
  type DocumentModel,
  type ParagraphBlock,
  type SheetModel,
} from './model';
import {
  COUNCIL_NAME,
  authorityLine,
  authorityText,
  dateInWords,
  decisionSignature,
  documentHeader,
  legalBasis,
  numberLine,
  type DecisionSigner,
} from './parts';

export interface AnnexLine {
  nominationId: string;
  nomineeName: string;
  nomineeKind: 'individual' | 'collective';
  position?: string;
  unitName: string;
}

export interface AwardDecisionInput {
  decisionId: string;
  awardCode: string;
  year: number;
  /** Decided above the minister: the document proposes, it grants nothing. */
  forwardedUpward: boolean;
  /** Draft: dated the drafting day, watermarked, no number, no signer. */
  status: 'draft' | 'signed';
  /** The signing day (signed) or the drafting day (draft), Vietnam date. */
  date: IsoDate;
  /** "12/QĐ-BDTTG" once signed. */
  number?: string;
  signer?: DecisionSigner;
  /** The nominees the decision awards (struck ones already left out). */
  annex: AnnexLine[];
}

export const DRAFT_MARK = 'DỰ THẢO';

/** What the decision does, e.g. 'tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2025'. */
function grantPhrase(input: AwardDecisionInput): string {
  const verb = input.forwardedUpward ? 'đề nghị tặng' : 'tặng';
  return `${verb} ${awardPhrase(input.awardCode)} năm ${input.year}`;
}

/** "(Kèm theo Quyết định số 12/QĐ-BDTTG ngày 05 tháng 6 năm 2025 của Bộ trưởng …)" */
function annexReference(input: AwardDecisionInput): string {
  const agency = agencyOn(input.date);
  const number = input.number ?? `      /QĐ-${agency.symbol}`;
  const day =
    input.status === 'signed'
      ? dateInWords(input.date)
      : `ngày      tháng      năm ${input.date.slice(0, 4)}`;
  return `(Kèm theo Quyết định số ${number} ${day} của ${authorityText(agency)})`;
}

/**
 * The award decision (quyết định khen thưởng) and its annex list: the draft the secretariat
 * prepares (watermarked "DỰ THẢO", number and day left blank, no signer) and the signed one
 * (number, date, signature block as signed — "BỘ TRƯỞNG" or "KT. BỘ TRƯỞNG / THỨ TRƯỞNG").
 */
export function awardDecision(input: AwardDecisionInput): DocumentModel {
  const agency = agencyOn(input.date);
  const draft = input.status === 'draft';
  const count = subjectsPhrase(input.annex.map((a) => a.nomineeKind));
  const blocks: Block[] = [
    documentHeader(input.date, {
      number: numberLine('QĐ', agency.symbol, draft ? undefined : input.number),
      blankDate: draft,
    }),
    paragraph('QUYẾT ĐỊNH', { align: 'center', bold: true, before: 18, size: 14 }),
    paragraph(`Về việc ${grantPhrase(input)}`, { align: 'center', bold: true }),
    paragraph(authorityLine(agency), { align: 'center', bold: true, before: 12 }),
    ...legalBasis(input.date).map((line) =>
      paragraph(line, { align: 'justify', indent: true, italic: true }),
    ),
    paragraph(`Theo đề nghị của Chủ tịch ${COUNCIL_NAME}.`, {
      align: 'justify',
      indent: true,
      italic: true,
    }),
    paragraph('QUYẾT ĐỊNH:', { align: 'center', bold: true, before: 12 }),
    article(
      1,
      `${capitalise(grantPhrase(input))} cho ${count} (có danh sách kèm theo)` +
        (input.forwardedUpward ? ' để trình cấp có thẩm quyền xem xét, quyết định.' : '.'),
    ),
    article(
      2,
      'Tiền thưởng kèm theo thực hiện theo quy định hiện hành của pháp luật về thi đua, khen thưởng.',
    ),
    article(
      3,
      'Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Thủ trưởng các đơn vị ' +
        'có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    ),
    {
      type: 'closing',
      recipients: ['Như Điều 3;', `${COUNCIL_NAME};`, 'Lưu: VT, TĐKT.'],
      signatures: [decisionSignature(input.date, draft ? undefined : input.signer)],
    },
    { type: 'page_break' },
    paragraph('DANH SÁCH', { align: 'center', bold: true }),
    paragraph(`${capitalise(grantPhrase(input))}`, { align: 'center', bold: true }),
    paragraph(annexReference(input), { align: 'center', italic: true, size: 13 }),
    {
      type: 'table',
      size: 12,
      columns: [
        { header: 'TT', width: 0.08, align: 'center' },
        { header: 'Họ và tên / Tên tập thể', width: 0.34 },
        { header: 'Chức vụ', width: 0.24 },
        { header: 'Đơn vị', width: 0.34 },
      ],
      rows: annexRows(input.annex),
    },
  ];
  const title = draft
    ? `Dự thảo Quyết định ${grantPhrase(input)}`
    : `Quyết định ${input.number} ${grantPhrase(input)}`;
  return {
    kind: draft ? 'award_decision_draft' : 'award_decision',
    fileName: safeFileName(
      draft
        ? `Dự thảo quyết định ${awardName(input.awardCode)} ${input.year} ${input.decisionId}.pdf`
        : `Quyết định ${input.number!.replace('/', '-')} ${awardName(input.awardCode)} ${input.year}.pdf`,
    ),
    date: input.date,
    meta: { title, subject: `Về việc ${grantPhrase(input)}`, author: agency.name.vi },
    layout: 'portrait',
    ...(draft && { watermark: DRAFT_MARK }),
    blocks,
  };
}

function annexRows(annex: readonly AnnexLine[]): string[][] {
  return annex.map((line, i) => [
    String(i + 1),
    line.nomineeName,
    line.position ?? (line.nomineeKind === 'collective' ? 'Tập thể' : ''),
    line.unitName,
  ]);
}

/** The annex as a spreadsheet: the same rows as the PDF's list. */
export function awardDecisionAnnexSheet(input: AwardDecisionInput): SheetModel {
  const agency = agencyOn(input.date);
  const draft = input.status === 'draft';
  return {
    fileName: safeFileName(
      draft
        ? `Dự thảo danh sách ${awardName(input.awardCode)} ${input.year} ${input.decisionId}.xlsx`
        : `Danh sách kèm theo Quyết định ${input.number!.replace('/', '-')}.xlsx`,
    ),
    date: input.date,
    author: agency.name.vi,
    sheetName: 'Danh sách',
    heading: [
      ...(draft ? [DRAFT_MARK] : []),
      'DANH SÁCH',
      capitalise(grantPhrase(input)),
      annexReference(input),
    ],
    columns: [
      { header: 'TT', width: 6 },
      { header: 'Họ và tên / Tên tập thể', width: 32 },
      { header: 'Chức vụ', width: 24 },
      { header: 'Đơn vị', width: 36 },
      { header: 'Cá nhân / Tập thể', width: 16 },
    ],
    rows: input.annex.map((line, i) => [
      i + 1,
      line.nomineeName,
      line.position ?? '',
      line.unitName,
      line.nomineeKind === 'individual' ? 'Cá nhân' : 'Tập thể',
    ]),
  };
}

/** "Điều 1." in bold, then its text (Decree 30/2020/NĐ-CP, Appendix I). */
function article(n: number, text: string): ParagraphBlock {
  return {
    type: 'paragraph',
    runs: [{ text: `Điều ${n}. `, bold: true }, { text }],
    align: 'justify',
    indent: true,
    ...(n === 1 && { before: 6 }),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
