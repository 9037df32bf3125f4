import { createDeflateRaw } from 'node:zlib';
import { XLSX_TYPE } from '../../../data/history/import/spreadsheetFiles';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';

/** One ZIP entry: its name, deflated bytes and inflated size (CRC left 0: nothing checks it). */
interface Entry {
  name: string;
  data: Buffer;
  size: number;
}

/** Deflates `repeat` copies of `chunk` between `head` and `tail`, never holding them inflated. */
async function deflated(head: string, chunk: string, repeat: number, tail: string) {
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (b: Buffer) => parts.push(b));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const piece = Buffer.from(chunk);
  deflate.write(head);
  for (let i = 0; i < repeat; i += 1) {
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end(tail);
  await done;
  return Buffer.concat(parts);
}

/** A little-endian record of `length` bytes: each field is [offset, 2 or 4 bytes, value]. */
function record(length: number, fields: [number, 2 | 4, number][]): Buffer {
  const bytes = Buffer.alloc(length);
  for (const [at, size, value] of fields) {
    if (size === 2) bytes.writeUInt16LE(value, at);
    else bytes.writeUInt32LE(value, at);
  }
  return bytes;
}

/** A ZIP archive of deflated entries (method 8), as an XLSX is. */
function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name: text, data, size } of entries) {
    const name = Buffer.from(text);
    const local = record(30, [
      [0, 4, 0x04034b50],
      [4, 2, 20],
      [8, 2, 8],
      [18, 4, data.length],
      [22, 4, size],
      [26, 2, name.length],
    ]);
    const central = record(46, [
      [0, 4, 0x02014b50],
      [4, 2, 20],
      [6, 2, 20],
      [10, 2, 8],
      [20, 4, data.length],
      [24, 4, size],
      [28, 2, name.length],
      [42, 4, offset],
    ]);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = record(22, [
    [0, 4, 0x06054b50],
    [8, 2, entries.length],
    [10, 2, entries.length],
    [12, 4, directory.length],
    [16, 4, offset],
  ]);
  return Buffer.concat([...locals, directory, end]);
}

async function small(name: string, text: string): Promise<Entry> {
  return { name, data: await deflated(text, '', 0, ''), size: Buffer.byteLength(text) };
}

/** A workbook whose one sheet inflates to `megabytes` MB of blank space: a zip bomb. */
async function xlsxBomb(megabytes: number): Promise<Buffer> {
  const head = '<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>';
  const tail = '</sheetData></worksheet>';
  const chunk = ' '.repeat(1024 * 1024);
  const sheet = await deflated(head, chunk, megabytes, tail);
  return zip([
    await small(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    await small(
      '_rels/.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    await small(
      'xl/workbook.xml',
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Khen thưởng" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    await small(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    {
      name: 'xl/worksheets/sheet1.xml',
      data: sheet,
      size: (head.length + tail.length + chunk.length * megabytes) >>> 0,
    },
  ]);
}

/** The highest resident memory of this process (which runs the API) while `work` runs. */
async function peakMemoryRise<T>(work: () => Promise<T>): Promise<[T, number]> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return [result, peak - before];
  } finally {
    clearInterval(sampler);
  }
}

jest.setTimeout(120_000);

describe('an XLSX import that unpacks too large', () => {
  let stack: TestStack;
  let secretariat: ApiClient;

  beforeAll(async () => {
    stack = await startTestStack();
    await seedDemoData();
    secretariat = await ApiClient.signIn(stack.apiUrl, 'thuongtruc');
  });
  afterAll(() => stack?.stop());

  test('a zip bomb is refused before parsing: 413, a stable code in Vietnamese and English, and little memory', async () => {
    const bomb = await xlsxBomb(400);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const [refused, rise] = await peakMemoryRise(() =>
      secretariat.postFile('/api/history/import', bomb, XLSX_TYPE),
    );
    expect([refused.status, refused.body.error]).toEqual([
      413,
      {
        code: 'XLSX_UNPACKS_TOO_LARGE',
        field: 'file',
        message: expect.stringContaining('unpacks too large'),
        messageVi: expect.stringContaining('giải nén quá lớn'),
      },
    ]);
    // The budget (48 MB) is the most it may inflate, once; the bomb is 400 MB.
    expect(rise).toBeLessThan(120 * 1024 * 1024);
  });

  test('a file inflating within the budget but compressed like a bomb is refused too', async () => {
    const refused = await secretariat.postFile('/api/history/import', await xlsxBomb(8), XLSX_TYPE);
    expect([refused.status, refused.body.error.code, refused.body.error.message]).toEqual([
      413,
      'XLSX_UNPACKS_TOO_LARGE',
      expect.stringContaining('compressed more than 200 times'),
    ]);
  });

  test('a file that is no ZIP archive is unreadable, as before', async () => {
    const refused = await secretariat.postFile(
      '/api/history/import',
      Buffer.from('PK\u0003\u0004 not really'),
      XLSX_TYPE,
    );
    expect([refused.status, refused.body.error.code]).toEqual([400, 'UNREADABLE_FILE']);
  });
});
