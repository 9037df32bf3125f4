import { AWARD_CODES } from '../../../domain/catalogue/awardCodes';
import { ETHNIC_GROUPS } from '../../../domain/people/ethnicGroups';
import type { LocalizedText } from '../../../domain/ruleSets/text';
import { USE_PATH_OPTIONS, type ColumnSpec, type ColumnType, type EnumOption } from './cells';
import { KIND_SPECS } from './recordKinds';

/**
 * What each column of the history import holds, in words, from the import's own declaration
 * (recordKinds.ts, cells.ts): the documentation (docs/history-import.md) and the notes on the
 * template's headers are both rendered from here, so neither can drift from what is accepted.
 */

const ETHNICITY_SOURCE = 'Quyết định 121-TCTK/PPCĐ';

/** The kind of value a column takes, one line in each language. */
function describeType(type: ColumnType): LocalizedText {
  switch (type.kind) {
    case 'text':
      return { vi: 'Văn bản', en: 'Text' };
    case 'id':
      return {
        vi: 'Mã: không có khoảng trắng, tối đa 64 ký tự',
        en: 'Identifier: no spaces, at most 64 characters',
      };
    case 'int':
      return {
        vi: `Số nguyên từ ${type.min} đến ${type.max}`,
        en: `Integer from ${type.min} to ${type.max}`,
      };
    case 'number':
      return {
        vi: `Số từ ${type.min} đến ${type.max}`,
        en: `Number from ${type.min} to ${type.max}`,
      };
    case 'date':
      return { vi: 'Ngày dd/mm/yyyy (hoặc yyyy-mm-dd)', en: 'Date, dd/mm/yyyy (or yyyy-mm-dd)' };
    case 'bool':
      return { vi: '“Có” hoặc “Không”', en: '“Có” (yes) or “Không” (no)' };
    case 'enum':
      return { vi: 'Một giá trị trong danh mục', en: 'One of the listed values' };
    case 'enumList':
      return {
        vi: 'Một hoặc nhiều giá trị trong danh mục, cách nhau bằng “;”',
        en: 'One or more of the listed values, separated by “;”',
      };
    case 'ethnicity':
      return {
        vi: `Tên hoặc mã dân tộc (${ETHNICITY_SOURCE}, xem bảng dân tộc)`,
        en: `Name or code of an ethnic group (${ETHNICITY_SOURCE}, see the table of groups)`,
      };
    case 'uses':
      return {
        vi: 'MÃ/NĂM hoặc CSTDCS/NĂM/tiêu chuẩn, nhiều lần dùng cách nhau bằng “;”, ví dụ “CSTDCS/2024/good_completion_initiative; BKBO/2025”',
        en: 'AWARD/YEAR or CSTDCS/YEAR/path, several uses separated by “;”, e.g. “CSTDCS/2024/good_completion_initiative; BKBO/2025”',
      };
  }
}

const optionList = (options: readonly EnumOption[], lang: 'vi' | 'en'): string =>
  options.map((o) => (o[lang] === o.code ? o.code : `${o[lang]} (${o.code})`)).join('; ');

/** The values a column accepts, when it has a list; null otherwise. */
function allowedValues(type: ColumnType): LocalizedText | null {
  switch (type.kind) {
    case 'enum':
    case 'enumList':
      return { vi: optionList(type.options, 'vi'), en: optionList(type.options, 'en') };
    case 'uses':
      return {
        vi: `mã ${AWARD_CODES.join(', ')}; tiêu chuẩn (chỉ cho CSTDCS, ghi mã hoặc tên) ${optionList(USE_PATH_OPTIONS, 'vi')}; không ghi tiêu chuẩn thì suy ra từ xếp loại năm đó`,
        en: `codes ${AWARD_CODES.join(', ')}; path (CSTDCS only, code or label) ${optionList(USE_PATH_OPTIONS, 'en')}; with no path, it is read from that year’s grade`,
      };
    default:
      return null;
  }
}

/** The note on a template's header cell: what to write there. */
export function headerNote(column: ColumnSpec): string {
  const type = describeType(column.type);
  const values = allowedValues(column.type);
  return [
    `${column.vi} / ${column.en}${column.required ? ' — bắt buộc / required' : ''}`,
    type.vi,
    ...(values ? [values.vi] : []),
  ].join('\n');
}

/** `|` would end a Markdown table cell. */
const cell = (text: string): string => text.replace(/\|/g, '\\|');

export function renderHistoryImportMarkdown(): string {
  const lines = [
    '# Nhập lịch sử thi đua, khen thưởng / History import',
    '',
    '> Tệp sinh tự động từ khai báo của chức năng nhập (`data/history/import/recordKinds.ts`) bởi `scripts/generateHistoryImportDoc.ts` — không sửa tay.',
    '> Generated from the import’s own declaration (`data/history/import/recordKinds.ts`) by `scripts/generateHistoryImportDoc.ts` — do not edit by hand.',
    '',
    'Thường trực Hội đồng hoặc quản trị nhập bằng `POST /api/history/import`: tệp Excel (.xlsx) có mỗi trang một loại dữ liệu, hoặc tệp CSV (UTF-8, dấu phẩy hoặc chấm phẩy) chứa một loại, ghi rõ `?kind=`. Dòng 1 là tiêu đề cột (tiếng Việt, tiếng Anh hoặc mã cột). Tệp có lỗi bị từ chối cả tệp, liệt kê từng lỗi theo trang, dòng, cột; nhập lại cùng một dòng thì cập nhật bản ghi đó.',
    '',
    'The secretariat or an administrator imports with `POST /api/history/import`: an XLSX workbook with one sheet per record kind, or a CSV file (UTF-8, comma or semicolon separated) of one kind named by `?kind=`. Row 1 holds the headers (Vietnamese, English or the column key). A file with any error is refused whole, every error listed by sheet, row and column; importing a row again updates its record.',
    '',
    'Tệp mẫu / Template: `GET /api/history/template?format=xlsx` (mọi trang, ghi chú ở từng tiêu đề / every sheet, a note on each header) hoặc / or `GET /api/history/template?format=csv&kind=<kind>`, cho mọi người dùng đã đăng nhập / for any signed-in user. `GET /api/history/export` trả dữ liệu đã lưu theo cùng định dạng / returns the stored data in the same format.',
    '',
    '| Trang (vi) | Sheet (en) | `kind` (CSV) |',
    '| --- | --- | --- |',
    ...KIND_SPECS.map((spec) => `| ${spec.sheet.vi} | ${spec.sheet.en} | \`${spec.kind}\` |`),
  ];
  for (const spec of KIND_SPECS) {
    lines.push(
      '',
      `## ${spec.sheet.vi} / ${spec.sheet.en} (\`${spec.kind}\`)`,
      '',
      '| Cột (vi) | Column (en) | Mã / Key | Bắt buộc / Required | Giá trị (vi) | Value (en) |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const column of spec.columns) {
      const type = describeType(column.type);
      const values = allowedValues(column.type);
      const vi = values ? `${type.vi}: ${values.vi}` : type.vi;
      const en = values ? `${type.en}: ${values.en}` : type.en;
      lines.push(
        `| ${column.vi} | ${column.en} | \`${column.key}\` | ${column.required ? 'Có / Yes' : 'Không / No'} | ${cell(vi)} | ${cell(en)} |`,
      );
    }
  }
  lines.push(
    '',
    `## Dân tộc / Ethnic groups (${ETHNICITY_SOURCE})`,
    '',
    '| Mã / Code | Tên (vi) | Name (en) | Cách viết khác / Also accepted |',
    '| --- | --- | --- | --- |',
    ...ETHNIC_GROUPS.map(
      (g) => `| ${g.code} | ${g.vi} | ${g.en} | ${cell((g.aliases ?? []).join('; '))} |`,
    ),
    '',
  );
  return lines.join('\n');
}
