import PDFDocument from 'pdfkit';
import { startOfVietnamDate } from '../../domain/calendar';
import type {
  Block,
  ClosingBlock,
  DocumentModel,
  HeaderBlock,
  ParagraphBlock,
  SignatureBlock,
  TableBlock,
} from '../model';
import { documentFonts, fontStyle, type FontStyle } from './fonts';

type Pdf = PDFKit.PDFDocument;

const MM = 72 / 25.4;
/** Decree 30/2020/NĐ-CP, Appendix I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
const PORTRAIT_MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const LANDSCAPE_MARGINS = { top: 22 * MM, bottom: 18 * MM, left: 25 * MM, right: 25 * MM };
const BODY_SIZE = 14;
const PRODUCER = 'TĐKT Flow';

const nfc = (text: string): string => text.normalize('NFC');

/**
 * Renders a document model to PDF bytes. Deterministic: the metadata dates are the document's
 * own date (00:00 in Vietnam), the file ID is derived from the metadata, fonts are embedded
 * from the same files — the same model gives the same bytes.
 */
export function renderPdf(model: DocumentModel): Promise<Buffer> {
  const when = new Date(startOfVietnamDate(model.date));
  const doc = new PDFDocument({
    size: 'A4',
    layout: model.layout,
    margins: model.layout === 'portrait' ? PORTRAIT_MARGINS : LANDSCAPE_MARGINS,
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: nfc(model.meta.title),
      Subject: nfc(model.meta.subject),
      Author: nfc(model.meta.author),
      Creator: PRODUCER,
      Producer: PRODUCER,
      CreationDate: when,
      ModDate: when,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const fonts = documentFonts();
  for (const style of Object.keys(fonts) as FontStyle[]) doc.registerFont(style, fonts[style]);
  doc.font('regular').fontSize(BODY_SIZE).fillColor('black');

  for (const block of model.blocks) drawBlock(doc, block);
  decoratePages(doc, model);
  doc.end();
  return done;
}

function drawBlock(doc: Pdf, block: Block): void {
  switch (block.type) {
    case 'header':
      return drawHeader(doc, block);
    case 'paragraph':
      return drawParagraph(doc, block);
    case 'table':
      return drawTable(doc, block);
    case 'closing':
      return drawClosing(doc, block);
    case 'page_break':
      doc.addPage();
      return;
  }
}

const contentWidth = (doc: Pdf): number =>
  doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottomLimit = (doc: Pdf): number => doc.page.height - doc.page.margins.bottom;

/** Text centred in a column, returning the y below it. */
function centred(
  doc: Pdf,
  text: string,
  x: number,
  y: number,
  width: number,
  style: FontStyle,
  size: number,
): number {
  doc.font(style).fontSize(size).text(nfc(text), x, y, { width, align: 'center' });
  return doc.y;
}

/** A short rule under a heading line, centred in its column. */
function rule(doc: Pdf, x: number, y: number, width: number, length: number): void {
  const start = x + (width - length) / 2;
  doc
    .moveTo(start, y + 1)
    .lineTo(start + length, y + 1)
    .lineWidth(0.6)
    .stroke();
}

function drawHeader(doc: Pdf, header: HeaderBlock): void {
  const left = doc.page.margins.left;
  const top = doc.y;
  const width = contentWidth(doc);
  const leftWidth = width * 0.4;
  const rightX = left + leftWidth;
  const rightWidth = width - leftWidth;

  let yLeft = top;
  if (header.issuer.superior) {
    yLeft = centred(doc, header.issuer.superior, left, yLeft, leftWidth, 'regular', 12.5);
  }
  yLeft = centred(doc, header.issuer.name, left, yLeft, leftWidth, 'bold', 12.5);
  doc.font('bold').fontSize(12.5);
  rule(doc, left, yLeft, leftWidth, Math.min(leftWidth * 0.4, 60));

  let yRight = centred(doc, header.nation, rightX, top, rightWidth, 'bold', 12.5);
  yRight = centred(doc, header.motto, rightX, yRight, rightWidth, 'bold', 13.5);
  doc.font('bold').fontSize(13.5);
  rule(doc, rightX, yRight, rightWidth, doc.widthOfString(nfc(header.motto)));

  const lineY = Math.max(yLeft, yRight) + 8;
  let below = lineY;
  if (header.number) below = centred(doc, header.number, left, lineY, leftWidth, 'regular', 13);
  const dateY = centred(doc, header.placeDate, rightX, lineY, rightWidth, 'italic', 13);
  doc.x = left;
  doc.y = Math.max(below, dateY) + 6;
}

function drawParagraph(doc: Pdf, block: ParagraphBlock): void {
  const size = block.size ?? BODY_SIZE;
  const x = doc.page.margins.left;
  const y = doc.y + (block.before ?? 0);
  block.runs.forEach((run, i) => {
    doc.font(fontStyle(run.bold, run.italic)).fontSize(size);
    const options = {
      width: contentWidth(doc),
      align: block.align ?? 'left',
      indent: block.indent ? 10 * MM : 0,
      lineGap: 1.5,
      paragraphGap: 3,
      continued: i < block.runs.length - 1,
    };
    if (i === 0) doc.text(nfc(run.text), x, y, options);
    else doc.text(nfc(run.text), options);
  });
}

function drawTable(doc: Pdf, table: TableBlock): void {
  const size = table.size ?? 12;
  const pad = 3;
  const x0 = doc.page.margins.left;
  const width = contentWidth(doc);
  const widths = table.columns.map((c) => c.width * width);
  let y = doc.y + 4;

  const heightOf = (cells: readonly string[], style: FontStyle): number => {
    doc.font(style).fontSize(size);
    return (
      Math.max(
        ...cells.map((cell, i) => doc.heightOfString(nfc(cell), { width: widths[i]! - 2 * pad })),
      ) +
      2 * pad
    );
  };
  const drawRow = (cells: readonly string[], style: FontStyle, header: boolean): void => {
    const height = heightOf(cells, style);
    if (y + height > bottomLimit(doc)) {
      doc.addPage();
      y = doc.page.margins.top;
      if (!header)
        drawRow(
          table.columns.map((c) => c.header),
          'bold',
          true,
        );
    }
    let x = x0;
    cells.forEach((cell, i) => {
      const w = widths[i]!;
      doc.rect(x, y, w, height).lineWidth(0.6).stroke();
      doc
        .font(style)
        .fontSize(size)
        .text(nfc(cell), x + pad, y + pad, {
          width: w - 2 * pad,
          align: header ? 'center' : (table.columns[i]!.align ?? 'left'),
        });
      x += w;
    });
    y += height;
  };

  drawRow(
    table.columns.map((c) => c.header),
    'bold',
    true,
  );
  for (const row of table.rows) drawRow(row, 'regular', false);
  doc.x = x0;
  doc.y = y + 6;
}

const SIGNING_SPACE = 62;

function signatureHeight(doc: Pdf, signature: SignatureBlock, width: number): number {
  doc.font('bold').fontSize(13);
  const lines = signature.lines.reduce(
    (sum, line) => sum + doc.heightOfString(nfc(line), { width }),
    0,
  );
  return lines + SIGNING_SPACE + (signature.name ? 20 : 0);
}

function drawSignature(
  doc: Pdf,
  signature: SignatureBlock,
  x: number,
  y: number,
  width: number,
): number {
  let at = y;
  for (const line of signature.lines) at = centred(doc, line, x, at, width, 'bold', 13);
  if (signature.signedMark) centred(doc, signature.signedMark, x, at + 16, width, 'italic', 13);
  at += SIGNING_SPACE;
  if (signature.name) at = centred(doc, signature.name, x, at, width, 'bold', 13);
  return at;
}

function drawClosing(doc: Pdf, closing: ClosingBlock): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const sideBySide = closing.signatures.length > 1;
  const leftWidth = sideBySide ? 0 : width * 0.42;
  const sigWidth = (width - leftWidth) / closing.signatures.length;
  const placeDateHeight = closing.placeDate ? 20 : 0;
  const needed =
    Math.max(
      ...closing.signatures.map((s) => signatureHeight(doc, s, sigWidth)),
      (closing.recipients?.length ?? closing.notes?.length ?? 0) * 15 + 18,
    ) + placeDateHeight;
  let top = doc.y + 10;
  if (top + needed > bottomLimit(doc)) {
    doc.addPage();
    top = doc.page.margins.top;
  }

  let yLeft = top;
  if (closing.recipients) {
    doc.font('boldItalic').fontSize(12).text('Nơi nhận:', left, yLeft, { width: leftWidth });
    yLeft = doc.y;
    for (const recipient of closing.recipients) {
      doc
        .font('regular')
        .fontSize(11)
        .text(nfc(`- ${recipient}`), left, yLeft, { width: leftWidth });
      yLeft = doc.y;
    }
  } else if (closing.notes) {
    for (const note of closing.notes) {
      doc
        .font('regular')
        .fontSize(12)
        .text(nfc(note), left, yLeft + placeDateHeight, {
          width: leftWidth,
        });
      yLeft = doc.y - placeDateHeight;
    }
  }
  let yRight = top;
  const x0 = left + leftWidth;
  if (closing.placeDate) {
    yRight = centred(doc, closing.placeDate, x0, yRight, width - leftWidth, 'italic', 13);
  }
  const ends = closing.signatures.map((signature, i) =>
    drawSignature(doc, signature, x0 + i * sigWidth, yRight, sigWidth),
  );
  doc.x = left;
  doc.y = Math.max(yLeft, ...ends) + 10;
}

/** After layout: page numbers from page 2 (top centre), the watermark and the frame. */
function decoratePages(doc: Pdf, model: DocumentModel): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const { width, height } = doc.page;
    if (model.frame) {
      doc
        .lineWidth(3)
        .rect(10 * MM, 10 * MM, width - 20 * MM, height - 20 * MM)
        .stroke('#8b0000');
      doc
        .lineWidth(0.8)
        .rect(13 * MM, 13 * MM, width - 26 * MM, height - 26 * MM)
        .stroke('#8b0000');
    }
    if (i > range.start && !model.frame) {
      doc
        .font('regular')
        .fontSize(13)
        .fillColor('black')
        .text(String(i - range.start + 1), 0, 10 * MM, {
          width,
          align: 'center',
          lineBreak: false,
        });
    }
    if (model.watermark) {
      doc.save();
      doc.rotate(-35, { origin: [width / 2, height / 2] });
      doc
        .font('bold')
        .fontSize(96)
        .fillColor('#9e9e9e', 0.3)
        .text(nfc(model.watermark), 0, height / 2 - 48, {
          width,
          align: 'center',
          lineBreak: false,
        });
      doc.restore();
      doc.fillColor('black', 1);
    }
    doc.strokeColor('black');
  }
}
