import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The text of each page of a PDF, extracted by pdf.js (Mozilla's reader). pdf.js is an ES
 * module and Jest runs CommonJS, so it runs in a child Node process fed the bytes on stdin.
 */
const SCRIPT = `
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const data = new Uint8Array(Buffer.concat(chunks));
const pdf = await getDocument({ data, verbosity: 0, useSystemFonts: false }).promise;
const pages = [];
for (let i = 1; i <= pdf.numPages; i += 1) {
  const content = await (await pdf.getPage(i)).getTextContent();
  pages.push(content.items.map((item) => item.str + (item.hasEOL ? '\\n' : '')).join(''));
}
const { info } = await pdf.getMetadata();
process.stdout.write(JSON.stringify({ pages, info }));
`;

interface PdfText {
  pages: string[];
  /** Document properties (Title, Author, CreationDate …). */
  info: Record<string, unknown>;
  /** All pages, whitespace collapsed: for `toContain`. */
  text: string;
}

export function pdfText(pdf: Buffer): PdfText {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT], {
    input: pdf,
    cwd: join(__dirname, '..', '..', '..'),
    maxBuffer: 64 * 1024 * 1024,
  });
  const { pages, info } = JSON.parse(out.toString('utf8')) as Omit<PdfText, 'text'>;
  return { pages, info, text: pages.join('\n').replace(/\s+/g, ' ') };
}
