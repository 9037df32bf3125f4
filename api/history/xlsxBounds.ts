import { inflateRawSync } from 'node:zlib';
import { UnreadableFileError } from '../../data/history/import/spreadsheetFiles';
import { ApiError } from '../errors/apiError';

/**
 * An XLSX file is a ZIP archive, and a spreadsheet library inflates it whole into memory
 * before reading a row: 1 MB of compressed repeated XML can become a gigabyte. Before any
 * parsing, every entry is inflated here on its own, never past what is left of the budget
 * (`maxOutputLength`: zlib stops there), and thrown away; the sizes the archive declares
 * are not trusted. A file over the budget or compressed like a bomb is refused.
 */
const XLSX_LIMITS = {
  /** All entries together, inflated: well above a 50,000-row import (about 25 MB). */
  unpackedBytes: 48 * 1024 * 1024,
  /** Inflated / compressed, for an entry over `ratioFromBytes` inflated. */
  ratio: 200,
  ratioFromBytes: 1024 * 1024,
  entries: 1000,
} as const;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function tooLarge(detail: { vi: string; en: string }): ApiError {
  return new ApiError(
    413,
    'XLSX_UNPACKS_TOO_LARGE',
    {
      vi: `Tệp Excel khi giải nén quá lớn (${detail.vi}); hãy chia tệp hoặc lưu lại bằng Excel.`,
      en: `The Excel file unpacks too large (${detail.en}); split it or save it again from Excel.`,
    },
    'file',
  );
}

const unreadable = () => new UnreadableFileError('not an XLSX (ZIP) archive');

/** Refuses an XLSX whose entries inflate past the limits; reads nothing else of it. */
export function checkXlsxBounds(file: Buffer, limits = XLSX_LIMITS): void {
  const end = findEndOfCentralDirectory(file);
  if (end < 0) throw unreadable();
  const count = file.readUInt16LE(end + 10);
  let at = file.readUInt32LE(end + 16);
  if (count > limits.entries) {
    throw tooLarge({ vi: `${count} tệp con`, en: `${count} entries` });
  }
  let left = limits.unpackedBytes;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== CENTRAL) throw unreadable();
    const method = file.readUInt16LE(at + 10);
    const compressed = file.readUInt32LE(at + 20);
    const local = file.readUInt32LE(at + 42);
    at += 46 + file.readUInt16LE(at + 28) + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
    if (local + 30 > file.length || file.readUInt32LE(local) !== LOCAL) throw unreadable();
    const start = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
    const data = file.subarray(start, start + compressed);
    let size: number;
    if (method === 0) size = data.length;
    else if (method === 8) size = inflatedSize(data, left);
    else throw unreadable();
    if (size > left) {
      const mb = Math.round(limits.unpackedBytes / 1024 / 1024);
      throw tooLarge({ vi: `quá ${mb} MB`, en: `over ${mb} MB` });
    }
    left -= size;
    if (size > limits.ratioFromBytes && size > limits.ratio * Math.max(1, data.length)) {
      throw tooLarge({
        vi: `nén hơn ${limits.ratio} lần`,
        en: `compressed more than ${limits.ratio} times`,
      });
    }
  }
}

/** The entry's inflated size, or `budget + 1` once it passes the budget (never inflated further). */
function inflatedSize(data: Buffer, budget: number): number {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return budget + 1;
    throw unreadable();
  }
}

/** The end-of-central-directory record, searched backwards past a comment of up to 64 KB. */
function findEndOfCentralDirectory(file: Buffer): number {
  for (let at = file.length - 22; at >= Math.max(0, file.length - 22 - 0xffff); at -= 1) {
    if (file.readUInt32LE(at) === EOCD) return at;
  }
  return -1;
}
