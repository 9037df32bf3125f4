import { formatCell, parseCell, type ColumnSpec } from '../../../data/history/import/cells';
import { parseSheets } from '../../../data/history/import/parseSheets';
import { KIND_SPECS } from '../../../data/history/import/recordKinds';

const column = (type: ColumnSpec['type'], required = false): ColumnSpec => ({
  key: 'k',
  vi: 'Cột',
  en: 'Column',
  type,
  required,
});

describe('history spreadsheet cells', () => {
  test.each([
    ['12/05/1985', '1985-05-12'],
    ['1/3/2010', '2010-03-01'],
    ['2024-02-29', '2024-02-29'],
    [new Date(Date.UTC(2021, 6, 31)), '2021-07-31'],
  ])('date %p reads as %s', (raw, iso) => {
    expect(parseCell(column({ kind: 'date' }), raw)).toEqual({ ok: true, value: iso });
  });

  test.each(['31/02/1988', '2023-13-01', 'hôm qua'])('"%s" is not a date', (raw) => {
    expect(parseCell(column({ kind: 'date' }), raw)).toMatchObject({
      ok: false,
      problem: { code: 'INVALID_DATE' },
    });
  });

  test('a blank required cell is reported, a blank optional one is absent', () => {
    expect(parseCell(column({ kind: 'text' }, true), '  ')).toMatchObject({
      ok: false,
      problem: { code: 'REQUIRED' },
    });
    expect(parseCell(column({ kind: 'text' }), null)).toEqual({ ok: true, value: undefined });
  });

  test('ethnic groups are read by name or code and written by Vietnamese name', () => {
    const ethnicity = column({ kind: 'ethnicity' });
    expect(parseCell(ethnicity, 'Ê-đê')).toEqual({ ok: true, value: '12' });
    expect(parseCell(ethnicity, 8)).toEqual({ ok: true, value: '08' });
    expect(formatCell(ethnicity, '12')).toBe('Ê-đê');
  });

  test('initiative uses round-trip and a malformed one is refused', () => {
    const uses = column({ kind: 'uses' });
    const parsed = parseCell(uses, 'CSTDCS/2024/good_completion_initiative; bkbo/2025');
    expect(parsed).toEqual({
      ok: true,
      value: [
        { award: 'CSTDCS', year: 2024, path: 'good_completion_initiative' },
        { award: 'BKBO', year: 2025 },
      ],
    });
    expect(parseCell(uses, formatCell(uses, (parsed as { value: unknown }).value))).toEqual(parsed);
    expect(parseCell(uses, 'CSTDCS-2024')).toMatchObject({
      ok: false,
      problem: { code: 'INVALID_USE' },
    });
  });

  test('a CSTĐCS path is read by code or label; any other path is refused, not stored', () => {
    const uses = column({ kind: 'uses' });
    expect(parseCell(uses, 'CSTDCS/2023/hoàn thành tốt nhiệm vụ và có sáng kiến')).toEqual({
      ok: true,
      value: [{ award: 'CSTDCS', year: 2023, path: 'good_completion_initiative' }],
    });
    for (const text of ['CSTDCS/2023/good completion', 'BKBO/2025/good_completion_initiative']) {
      expect(parseCell(uses, text)).toMatchObject({
        ok: false,
        problem: { code: 'INVALID_USE_PATH' },
      });
    }
  });

  test('every enumerated value of every kind reads back to itself from its export text', () => {
    for (const spec of KIND_SPECS) {
      for (const col of spec.columns) {
        if (col.type.kind !== 'enum') continue;
        for (const option of col.type.options) {
          expect(parseCell(col, formatCell(col, option.code))).toEqual({
            ok: true,
            value: option.code,
          });
          expect(parseCell(col, option.en)).toEqual({ ok: true, value: option.code });
        }
      }
    }
  });

  test('sheets and headers are recognised in Vietnamese or English; unknown ones are errors', () => {
    const { rows, errors } = parseSheets([
      {
        name: 'Evaluations',
        rows: [
          { rowNumber: 1, cells: ['Person ID', 'Year', 'Grade', 'Ghi chú'] },
          { rowNumber: 2, cells: ['CB-1', 2024, 'Completed tasks well', null] },
        ],
      },
      { name: 'Bảng tính 1', rows: [] },
    ]);
    expect(errors.map((e) => `${e.sheet}!${e.row}:${e.column ?? ''}:${e.code}`)).toEqual([
      'Evaluations!1:Ghi chú:UNKNOWN_COLUMN',
      'Bảng tính 1!0::UNKNOWN_SHEET',
    ]);
    expect(rows.map((r) => r.value)).toEqual([{ personId: 'CB-1', year: 2024, grade: 'good' }]);
  });

  test('two rows with the same natural key are a duplicate', () => {
    const { errors } = parseSheets([
      {
        name: 'Đánh giá xếp loại',
        rows: [
          { rowNumber: 1, cells: ['Mã cá nhân', 'Năm', 'Xếp loại'] },
          { rowNumber: 2, cells: ['CB-1', 2024, 'Hoàn thành tốt nhiệm vụ'] },
          { rowNumber: 3, cells: ['CB-1', 2024, 'Hoàn thành nhiệm vụ'] },
        ],
      },
    ]);
    expect(errors).toEqual([expect.objectContaining({ row: 3, code: 'DUPLICATE_ROW' })]);
  });
});
