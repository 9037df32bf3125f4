import { DOCUMENT_TYPES, agencyOn, type DocumentType } from '../domain/agency/agencyIdentity';
import type { IsoDate } from '../domain/calendar';
import { CATALOGUE, DECIDER_TEXT, isAwardCode } from '../domain/catalogue';
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
  upper,
  type DecisionSigner,
} from './parts';

interface AnnexLine {
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
  /**
   * What the minister signs: the award decision, or the submission (tờ trình) proposing an
   * award decided above the minister. Documents signed before submissions had their own
   * series are decisions "to propose", as they were numbered.
   */
  documentType: DocumentType;
  /** Draft: dated the drafting day, watermarked, no number, no signer. */
  status: 'draft' | 'signed';
  /** The signing day (signed) or the drafting day (draft), Vietnam date. */
  date: IsoDate;
  /** "12/QĐ-BDTTG" (or "3/TTr-BDTTG") once signed. */
  number?: string;
  signer?: DecisionSigner;
  /** The nominees the decision awards (struck ones already left out). */
  annex: AnnexLine[];
}

const DRAFT_MARK = 'DỰ THẢO';

/** What the decision does, e.g. 'tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2025'. */
function grantPhrase(input: AwardDecisionInput): string {
  const verb = input.forwardedUpward ? 'đề nghị tặng' : 'tặng';
  return `${verb} ${awardPhrase(input.awardCode)} năm ${input.year}`;
}

/**
 * "(Kèm theo Quyết định số 12/QĐ-BDTTG ngày 05 tháng 6 năm 2025 của Bộ trưởng …)", or
 * "(Kèm theo Tờ trình số 3/TTr-BDTTG … của Bộ Dân tộc và Tôn giáo)".
 */
function annexReference(input: AwardDecisionInput): string {
  const agency = agencyOn(input.date);
  const type = DOCUMENT_TYPES[input.documentType];
  const number = input.number ?? `      /${type.code}-${agency.symbol}`;
  const day =
    input.status === 'signed'
      ? dateInWords(input.date)
      : `ngày      tháng      năm ${input.date.slice(0, 4)}`;
  const author = input.documentType === 'submission' ? agency.name.vi : authorityText(agency);
  return `(Kèm theo ${type.name.vi} số ${number} ${day} của ${author})`;
}

/** The list annexed to the decision or the submission, on a page of its own. */
function annexBlocks(input: AwardDecisionInput): Block[] {
  return [
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
}

/** The document's file name: "Quyết định 12-QĐ-BDTTG …", "Dự thảo tờ trình … <id>". */
function fileNameOf(input: AwardDecisionInput, extension: 'pdf' | 'xlsx'): string {
  const typeName = DOCUMENT_TYPES[input.documentType].name.vi;
  const subject = `${awardName(input.awardCode)} ${input.year}`;
  if (extension === 'xlsx') {
    return safeFileName(
      input.status === 'draft'
        ? `Dự thảo danh sách ${subject} ${input.decisionId}.xlsx`
        : `Danh sách kèm theo ${typeName} ${input.number!.replace('/', '-')}.xlsx`,
    );
  }
  return safeFileName(
    input.status === 'draft'
      ? `Dự thảo ${typeName.toLowerCase()} ${subject} ${input.decisionId}.pdf`
      : `${typeName} ${input.number!.replace('/', '-')} ${subject}.pdf`,
  );
}

/**
 * The award decision (quyết định khen thưởng) and its annex list: the draft the secretariat
 * prepares (watermarked "DỰ THẢO", number and day left blank, no signer) and the signed one
 * (number, date, signature block as signed — "BỘ TRƯỞNG" or "KT. BỘ TRƯỞNG / THỨ TRƯỞNG").
 */
export function awardDecision(input: AwardDecisionInput): DocumentModel {
  if (input.documentType === 'submission') return submissionUpward(input);
  const agency = agencyOn(input.date);
  const draft = input.status === 'draft';
  const count = subjectsPhrase(input.annex.map((a) => a.nomineeKind));
  const blocks: Block[] = [
    ...opening(input),
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
    ...annexBlocks(input),
  ];
  return signedDocument(input, 'award_decision', blocks);
}

/**
 * The minister's submission (tờ trình) proposing an award decided above the minister: the
 * first item of the dossier sent up (Law 06/2022/QH15, Art. 84), addressed to the Prime
 * Minister — who decides, or proposes to the President the awards the President decides —
 * through the Central Emulation-Commendation Committee, with the list of nominees annexed.
 */
function submissionUpward(input: AwardDecisionInput): DocumentModel {
  const agency = agencyOn(input.date);
  const draft = input.status === 'draft';
  const count = subjectsPhrase(input.annex.map((a) => a.nomineeKind));
  const byPresident =
    isAwardCode(input.awardCode) && CATALOGUE[input.awardCode].deciders.includes('president');
  const primeMinister = DECIDER_TEXT.prime_minister.vi;
  const award = `tặng ${awardPhrase(input.awardCode)} năm ${input.year}`;
  const request = byPresident ? `trình ${DECIDER_TEXT.president.vi} ${award}` : award;
  const blocks: Block[] = [
    ...opening(input),
    paragraph(`Kính gửi: ${primeMinister}`, { align: 'center', before: 12 }),
    ...legalBasis(input.date).map((line) => paragraph(line, { align: 'justify', indent: true })),
    paragraph(
      `Xét đề nghị của Chủ tịch ${COUNCIL_NAME}, ${agency.name.vi} kính trình ${primeMinister} ` +
        `xem xét, ${request} cho ${count} (có danh sách và hồ sơ kèm theo)./.`,
      { align: 'justify', indent: true, before: 6 },
    ),
    {
      type: 'closing',
      recipients: [
        'Như trên;',
        'Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương);',
        `${COUNCIL_NAME};`,
        'Lưu: VT, TĐKT.',
      ],
      signatures: [decisionSignature(input.date, draft ? undefined : input.signer)],
    },
    ...annexBlocks(input),
  ];
  return signedDocument(input, 'submission_upward', blocks);
}

/** Header with the number line, the document's name ("QUYẾT ĐỊNH", "TỜ TRÌNH") and subject. */
function opening(input: AwardDecisionInput): Block[] {
  const agency = agencyOn(input.date);
  const draft = input.status === 'draft';
  const type = DOCUMENT_TYPES[input.documentType];
  return [
    documentHeader(input.date, {
      number: numberLine(type.code, agency.symbol, draft ? undefined : input.number),
      blankDate: draft,
    }),
    paragraph(upper(type.name.vi), { align: 'center', bold: true, before: 18, size: 14 }),
    paragraph(`Về việc ${grantPhrase(input)}`, { align: 'center', bold: true }),
  ];
}

/** The document around its blocks: file name, metadata, and the draft's watermark. */
function signedDocument(input: AwardDecisionInput, kind: string, blocks: Block[]): DocumentModel {
  const draft = input.status === 'draft';
  const typeName = DOCUMENT_TYPES[input.documentType].name.vi;
  return {
    kind: draft ? `${kind}_draft` : kind,
    fileName: fileNameOf(input, 'pdf'),
    date: input.date,
    meta: {
      title: draft
        ? `Dự thảo ${typeName} ${grantPhrase(input)}`
        : `${typeName} ${input.number} ${grantPhrase(input)}`,
      subject: `Về việc ${grantPhrase(input)}`,
      author: agencyOn(input.date).name.vi,
    },
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
    fileName: fileNameOf(input, 'xlsx'),
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
