import { AWARD_CODES } from '../../../domain/catalogue/awardCodes';
import { CSTDCS_INITIATIVE_PATHS } from '../../../domain/eligibility/history';
import { isIsoDate } from '../../../domain/calendar/isoDate';
import type { LocalizedText } from '../../../domain/ruleSets/text';
import { ethnicGroupByCode, findEthnicGroup } from '../../../domain/people/ethnicGroups';

/**
 * Cell parsing and formatting for the history spreadsheets. Pure: the same text gives the
 * same value, so the export of a value imports back to that value.
 */

/** What a spreadsheet or CSV cell holds after reading (exceljs dates arrive as Date). */
export type CellValue = string | number | boolean | Date | null;

export interface EnumOption {
  code: string;
  vi: string;
  en: string;
  /** Other spellings accepted on import. */
  aliases?: readonly string[];
}

export type ColumnType =
  | { kind: 'text'; max?: number }
  /** An identifier: no spaces at the ends, at most 64 characters. */
  | { kind: 'id' }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'date' }
  | { kind: 'bool' }
  | { kind: 'enum'; options: readonly EnumOption[] }
  /** Several enum values separated by ';'. */
  | { kind: 'enumList'; options: readonly EnumOption[] }
  | { kind: 'ethnicity' }
  /** What an initiative was used for: "CSTDCS/2024/good_completion_initiative; BKBO/2025". */
  | { kind: 'uses' };

export interface ColumnSpec {
  /** Field name in the parsed row (English, as in the domain types). */
  key: string;
  /** Header written on export; Vietnamese. */
  vi: string;
  /** English header, accepted on import. */
  en: string;
  type: ColumnType;
  required?: boolean;
}

interface CellProblem {
  code: string;
  message: LocalizedText;
}

type CellResult = { ok: true; value: unknown } | { ok: false; problem: CellProblem };

/** NFC, lower case, single spaces, hyphens and dashes as spaces: for matching labels. */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[‐‑–—_-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function cellText(raw: CellValue): string {
  if (raw === null) return '';
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  return String(raw).normalize('NFC').trim();
}

export function isBlank(raw: CellValue): boolean {
  return cellText(raw) === '';
}

const problem = (code: string, vi: string, en: string): CellResult => ({
  ok: false,
  problem: { code, message: { vi, en } },
});

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** 'YYYY-MM-DD', 'dd/mm/yyyy' (Vietnamese order) or a spreadsheet date → ISO date. */
function parseDate(raw: CellValue): string | undefined {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return undefined;
    // exceljs gives date cells as UTC midnight of the written day.
    return raw.toISOString().slice(0, 10);
  }
  const text = cellText(raw);
  if (isIsoDate(text)) return text;
  const match = DMY.exec(text);
  if (!match) return undefined;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** ISO date → 'dd/mm/yyyy', the form Vietnamese clerks write. */
export function formatDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

const TRUE = new Set(['có', 'co', 'x', 'yes', 'true', '1', 'đúng', 'rồi', 'đã']);
const FALSE = new Set(['không', 'khong', 'no', 'false', '0', 'sai', 'chưa']);

function findOption(options: readonly EnumOption[], text: string): EnumOption | undefined {
  const wanted = normaliseLabel(text);
  return options.find(
    (o) =>
      normaliseLabel(o.code) === wanted ||
      normaliseLabel(o.vi) === wanted ||
      normaliseLabel(o.en) === wanted ||
      (o.aliases ?? []).some((a) => normaliseLabel(a) === wanted),
  );
}

/** The code of the option `text` names, or the problem listing the options. */
function optionCode(options: readonly EnumOption[], text: string): CellResult {
  const option = findOption(options, text);
  if (option) return { ok: true, value: option.code };
  return problem(
    'INVALID_VALUE',
    `"${text}" không thuộc danh mục: ${options.map((o) => o.vi).join(', ')}.`,
    `"${text}" is not one of: ${options.map((o) => o.en).join(', ')}.`,
  );
}

/** The CSTĐCS paths a "used for" entry may name, as import options (code or label). */
export const USE_PATH_OPTIONS: readonly EnumOption[] = Object.entries(CSTDCS_INITIATIVE_PATHS).map(
  ([code, label]) => ({ code, ...label }),
);

/**
 * "CSTDCS/2024/good_completion_initiative; BKBO/2025": award code, year and, for CSTĐCS only,
 * the path it served (code or label). A path the rules do not know is refused, not stored:
 * the Minister's Certificate rule reads it (1168/BNV-BTĐKT).
 */
function parseUses(text: string): CellResult {
  const uses = [];
  for (const part of text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [award, year, path, extra] = part.split('/').map((p) => p.trim());
    const code = award?.toUpperCase();
    const yearNumber = Number(year);
    if (
      !code ||
      !(AWARD_CODES as readonly string[]).includes(code) ||
      !Number.isInteger(yearNumber) ||
      extra !== undefined
    ) {
      return problem(
        'INVALID_USE',
        `"${part}" không đúng dạng MÃ/NĂM[/tiêu chuẩn], ví dụ "CSTDCS/2024/good_completion_initiative".`,
        `"${part}" is not AWARD/YEAR[/path], e.g. "CSTDCS/2024/good_completion_initiative".`,
      );
    }
    const option = path ? findOption(USE_PATH_OPTIONS, path) : undefined;
    if (path && (code !== 'CSTDCS' || !option)) {
      return problem(
        'INVALID_USE_PATH',
        `"${part}": chỉ ghi tiêu chuẩn cho CSTDCS, một trong: ${USE_PATH_OPTIONS.map((o) => `${o.code} (${o.vi})`).join(', ')}.`,
        `"${part}": a path is given for CSTDCS only, one of: ${USE_PATH_OPTIONS.map((o) => `${o.code} (${o.en})`).join(', ')}.`,
      );
    }
    uses.push({ award: code, year: yearNumber, ...(option ? { path: option.code } : {}) });
  }
  return { ok: true, value: uses };
}

/** One cell → a typed value (undefined when blank), or the problem to report. */
export function parseCell(column: ColumnSpec, raw: CellValue): CellResult {
  const type = column.type;
  if (isBlank(raw)) {
    if (column.required) {
      return problem('REQUIRED', 'Ô bắt buộc đang để trống.', 'This cell is required.');
    }
    return { ok: true, value: type.kind === 'uses' || type.kind === 'enumList' ? [] : undefined };
  }
  const text = cellText(raw);
  switch (type.kind) {
    case 'text':
      if (text.length > (type.max ?? 2000)) {
        return problem('TOO_LONG', 'Nội dung quá dài.', 'The text is too long.');
      }
      return { ok: true, value: text };
    case 'id':
      if (text.length > 64 || /\s/.test(text)) {
        return problem(
          'INVALID_ID',
          'Mã không được có khoảng trắng và tối đa 64 ký tự.',
          'An identifier has no spaces and at most 64 characters.',
        );
      }
      return { ok: true, value: text };
    case 'int':
    case 'number': {
      const value = typeof raw === 'number' ? raw : Number(text.replace(',', '.'));
      const integral = type.kind === 'int' ? Number.isInteger(value) : Number.isFinite(value);
      if (!integral || value < type.min || value > type.max) {
        const what = type.kind === 'int' ? 'số nguyên' : 'số';
        return problem(
          'INVALID_NUMBER',
          `Cần một ${what} từ ${type.min} đến ${type.max}.`,
          `Expected ${type.kind === 'int' ? 'an integer' : 'a number'} from ${type.min} to ${type.max}.`,
        );
      }
      return { ok: true, value };
    }
    case 'date': {
      const value = parseDate(raw);
      if (!value) {
        return problem(
          'INVALID_DATE',
          `"${text}" không phải ngày hợp lệ (dd/mm/yyyy).`,
          `"${text}" is not a valid date (dd/mm/yyyy or YYYY-MM-DD).`,
        );
      }
      return { ok: true, value };
    }
    case 'bool': {
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      const key = normaliseLabel(text);
      if (TRUE.has(key)) return { ok: true, value: true };
      if (FALSE.has(key)) return { ok: true, value: false };
      return problem(
        'INVALID_VALUE',
        'Ghi "Có" hoặc "Không".',
        'Write "Có" (yes) or "Không" (no).',
      );
    }
    case 'enum':
      return optionCode(type.options, text);
    case 'enumList': {
      const codes = [];
      for (const part of text
        .split(';')
        .map((p) => p.trim())
        .filter(Boolean)) {
        const code = optionCode(type.options, part);
        if (!code.ok) return code;
        codes.push(code.value);
      }
      return { ok: true, value: codes };
    }
    case 'ethnicity': {
      const group = findEthnicGroup(text);
      if (!group) {
        return problem(
          'UNKNOWN_ETHNICITY',
          `"${text}" không có trong danh mục 54 dân tộc (Quyết định 121-TCTK/PPCĐ).`,
          `"${text}" is not one of the 54 ethnic groups (Decision 121-TCTK/PPCĐ).`,
        );
      }
      return { ok: true, value: group.code };
    }
    case 'uses':
      return parseUses(text);
  }
}

/** A typed value → what the export writes in the cell (parseCell reads it back to the value). */
export function formatCell(column: ColumnSpec, value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  const type = column.type;
  switch (type.kind) {
    case 'date':
      return formatDate(String(value));
    case 'bool':
      return value ? 'Có' : 'Không';
    case 'int':
    case 'number':
      return Number(value);
    case 'enum':
      return type.options.find((o) => o.code === value)?.vi ?? String(value);
    case 'enumList': {
      const list = value as string[];
      if (list.length === 0) return null;
      return list.map((code) => type.options.find((o) => o.code === code)?.vi ?? code).join('; ');
    }
    case 'ethnicity':
      return ethnicGroupByCode(String(value))?.vi ?? String(value);
    case 'uses': {
      const uses = value as { award: string; year: number; path?: string }[];
      if (uses.length === 0) return null;
      return uses.map((u) => [u.award, u.year, u.path].filter(Boolean).join('/')).join('; ');
    }
    default:
      return String(value);
  }
}
