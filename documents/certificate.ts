import { agencyOn } from '../domain/agency/agencyIdentity';
import type { IsoDate } from '../domain/calendar';
import { CATALOGUE, isAwardCode } from '../domain/catalogue';
import { awardName, safeFileName } from './labels';
import { paragraph, type DocumentModel } from './model';
import {
  MOTTO,
  NATION,
  authorityLine,
  decisionSignature,
  placeAndDate,
  upper,
  type DecisionSigner,
} from './parts';

interface CertificateInput {
  /** The nomination's number (`VCSDT-2025-0012/1`); absent on one not yet numbered. */
  number?: string;
  awardCode: string;
  year: number;
  nominee: { name: string; kind: 'individual' | 'collective'; position?: string };
  unitName: string;
  decision: { number: string; signedOn: IsoDate; signer: DecisionSigner };
  /** Số sổ: the decision's number and the nominee's line in it (formatRegisterNumber). */
  registerNumber: string;
}

/**
 * What the certificate is headed: "BẰNG KHEN" (Bằng khen …), "GIẤY KHEN", or — for an
 * emulation title, a flag or a medal — "GIẤY CHỨNG NHẬN"; undefined where no certificate
 * is issued (Lao động tiên tiến is only a line in a decision).
 */
export function certificateHeading(awardCode: string): string | undefined {
  if (!isAwardCode(awardCode)) return undefined;
  const award = CATALOGUE[awardCode];
  if (!award.certificateIssued) return undefined;
  if (award.name.vi.startsWith('Bằng khen')) return 'BẰNG KHEN';
  if (award.name.vi.startsWith('Giấy khen')) return 'GIẤY KHEN';
  return 'GIẤY CHỨNG NHẬN';
}

/** The certificate (bằng khen / giấy khen / giấy chứng nhận) of one awarded nominee. */
export function certificate(input: CertificateInput): DocumentModel {
  const heading = certificateHeading(input.awardCode);
  if (!heading) throw new RangeError(`No certificate is issued for ${input.awardCode}`);
  const agency = agencyOn(input.decision.signedOn);
  const isTitle = heading === 'GIẤY CHỨNG NHẬN';
  const citation = isTitle
    ? `Đạt ${isAwardCode(input.awardCode) && CATALOGUE[input.awardCode].category === 'emulation_title' ? 'danh hiệu ' : ''}"${awardName(input.awardCode)}" năm ${input.year}`
    : `Đã có thành tích xuất sắc trong phong trào thi đua năm ${input.year}`;
  return {
    kind: 'certificate',
    fileName: safeFileName(
      `${heading === 'BẰNG KHEN' ? 'Bằng khen' : heading === 'GIẤY KHEN' ? 'Giấy khen' : 'Giấy chứng nhận'} ${input.nominee.name} ${input.year}.pdf`,
    ),
    date: input.decision.signedOn,
    meta: {
      title: `${upper(awardName(input.awardCode))} - ${input.nominee.name}`,
      subject: `${awardName(input.awardCode)} năm ${input.year}, Quyết định số ${input.decision.number}`,
      author: agency.name.vi,
    },
    layout: 'landscape',
    frame: true,
    blocks: [
      paragraph(NATION, { align: 'center', bold: true, size: 13 }),
      paragraph(MOTTO, { align: 'center', bold: true, size: 14 }),
      paragraph(authorityLine(agency), { align: 'center', bold: true, size: 16, before: 16 }),
      // "GIẤY CHỨNG NHẬN" says what a title's certificate does; a "CHỨNG NHẬN" above it
      // said it twice. A Bằng khen or Giấy khen is given: "TẶNG" above its heading.
      ...(isTitle
        ? []
        : [paragraph('TẶNG', { align: 'center' as const, bold: true, size: 14, before: 6 })]),
      paragraph(heading, { align: 'center', bold: true, size: 30, before: isTitle ? 10 : 4 }),
      paragraph(input.nominee.name, { align: 'center', bold: true, size: 22, before: 10 }),
      ...(input.nominee.position
        ? [paragraph(input.nominee.position, { align: 'center' as const, size: 14 })]
        : []),
      paragraph(input.unitName, { align: 'center', size: 14 }),
      paragraph(`${citation}.`, { align: 'center', italic: true, size: 15, before: 8 }),
      {
        type: 'closing',
        notes: [
          `Quyết định số: ${input.decision.number}`,
          `Số sổ: ${input.registerNumber}`,
          ...(input.number ? [`Hồ sơ số: ${input.number}`] : []),
        ],
        placeDate: placeAndDate(input.decision.signedOn),
        signatures: [decisionSignature(input.decision.signedOn, input.decision.signer)],
      },
    ],
  };
}
