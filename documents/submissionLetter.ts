import { agencyOn } from '../domain/agency/agencyIdentity';
import type { IsoDate } from '../domain/calendar';
import { awardName, safeFileName } from './labels';
import { paragraph, type DocumentModel } from './model';
import { COUNCIL_NAME, documentHeader, upper } from './parts';

interface SubmissionLetterInput {
  /** The dossier's number, e.g. `VCSDT-2025-0012`. */
  number: string;
  title: string;
  unit: { id: string; name: string };
  /** Vietnam date of the submission. */
  submittedOn: IsoDate;
  submittedBy?: string;
  nominees: Array<{
    /** The nominee's number in the dossier, e.g. `VCSDT-2025-0012/1`. */
    number: string;
    name: string;
    kind: 'individual' | 'collective';
    position?: string;
    awardCode: string;
    year: number;
    achievements: string;
  }>;
}

/**
 * The unit's submission letter (tờ trình) with its list (domain.md §6): addressed to the
 * council, signed by the head of the unit; one row per nominee.
 */
export function submissionLetter(input: SubmissionLetterInput): DocumentModel {
  const agency = agencyOn(input.submittedOn);
  const awards = [...new Set(input.nominees.map((n) => awardName(n.awardCode)))];
  const years = [...new Set(input.nominees.map((n) => n.year))].sort();
  return {
    kind: 'submission_letter',
    fileName: safeFileName(`Tờ trình ${input.unit.name} ${input.number}.pdf`),
    date: input.submittedOn,
    meta: {
      title: `Tờ trình: ${input.title}`,
      subject: `Đề nghị khen thưởng của ${input.unit.name}`,
      author: input.unit.name,
    },
    layout: 'portrait',
    blocks: [
      documentHeader(input.submittedOn, {
        body: input.unit.name,
        number: `Số:      /TTr-${input.unit.id}`,
      }),
      paragraph('TỜ TRÌNH', { align: 'center', bold: true, before: 18 }),
      paragraph(`Về việc ${lowerFirst(input.title)}`, { align: 'center', bold: true }),
      paragraph(`(Hồ sơ số ${input.number})`, { align: 'center', italic: true }),
      paragraph(`Kính gửi: ${COUNCIL_NAME} ${agency.name.vi}`, {
        align: 'center',
        before: 12,
      }),
      paragraph(
        `Căn cứ kết quả bình xét thi đua, khen thưởng năm ${years.join(', ')} của đơn vị, ` +
          `${input.unit.name} kính trình ${COUNCIL_NAME} xem xét, đề nghị ${agency.headTitle.vi} ` +
          `${agency.name.vi} khen thưởng (${awards.join('; ')}) cho ` +
          `${input.nominees.length} trường hợp có tên trong danh sách dưới đây:`,
        { align: 'justify', indent: true, before: 12 },
      ),
      {
        type: 'table',
        size: 12,
        columns: [
          { header: 'TT', width: 0.06, align: 'center' },
          { header: 'Họ và tên / Tên tập thể', width: 0.23 },
          { header: 'Chức vụ', width: 0.15 },
          { header: 'Hình thức đề nghị', width: 0.21 },
          { header: 'Năm', width: 0.07, align: 'center' },
          { header: 'Số hồ sơ', width: 0.28 },
        ],
        rows: input.nominees.map((n, i) => [
          String(i + 1),
          n.name,
          n.position ?? (n.kind === 'collective' ? 'Tập thể' : ''),
          awardName(n.awardCode),
          String(n.year),
          n.number,
        ]),
      },
      paragraph('Tóm tắt thành tích:', { bold: true, before: 12 }),
      ...input.nominees.map((n, i) =>
        paragraph(`${i + 1}. ${n.name}: ${n.achievements}`, { align: 'justify', indent: true }),
      ),
      paragraph(`${input.unit.name} kính trình ${COUNCIL_NAME} xem xét, quyết định./.`, {
        align: 'justify',
        indent: true,
        before: 6,
      }),
      {
        type: 'closing',
        recipients: [`Như trên;`, `Lưu: VT, ${input.unit.id}.`],
        signatures: [
          {
            lines: [upper('Thủ trưởng đơn vị')],
            ...(input.submittedBy && { signedMark: '(Đã ký)', name: input.submittedBy }),
          },
        ],
      },
    ],
  };
}

function lowerFirst(text: string): string {
  const trimmed = text.trim();
  const lowered = trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
  return /^(về việc|v\/v)\s+/i.test(trimmed) ? trimmed.replace(/^(về việc|v\/v)\s+/i, '') : lowered;
}
