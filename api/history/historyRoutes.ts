import express, { type Response } from 'express';
import { z } from 'zod';
import {
  exportHistoryFile,
  historyTemplateFile,
  importHistoryFile,
  type FileFormat,
} from '../../data/history/import/historyFiles';
import type { RowError } from '../../data/history/import/parseSheets';
import { RECORD_KINDS } from '../../data/history/import/recordKinds';
import {
  CSV_TYPE,
  UnreadableFileError,
  XLSX_TYPE,
} from '../../data/history/import/spreadsheetFiles';
import { ApiError } from '../errors/apiError';
import { route, routeGroup } from '../http/routeDefinition';
import { EXPORT_ROLES, IMPORT_ROLES } from './historyAccess';
import { checkXlsxBounds } from './xlsxBounds';

/** Largest history file accepted in one request. */
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** 422 with every row-level problem: nothing of the file was written. */
class ImportRejectedError extends ApiError {
  constructor(
    readonly errorCount: number,
    readonly rows: readonly RowError[],
  ) {
    super(422, 'IMPORT_INVALID', {
      vi: `Tệp có ${errorCount} lỗi; chưa ghi dòng nào. Sửa các lỗi được liệt kê rồi nhập lại cả tệp.`,
      en: `The file has ${errorCount} error(s); nothing was written. Fix the listed rows and import the whole file again.`,
    });
  }

  override toBody() {
    const body = super.toBody();
    return { error: { ...body.error, errorCount: this.errorCount, rows: this.rows } };
  }
}

const importQuery = z.object({ kind: z.enum(RECORD_KINDS).optional() });
const exportQuery = z.object({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  kind: z.enum(RECORD_KINDS).optional(),
});

const KIND_REQUIRED = new ApiError(
  400,
  'KIND_REQUIRED',
  {
    vi: `Tệp CSV chỉ chứa một loại dữ liệu: ghi rõ ?kind= (${RECORD_KINDS.join(', ')}).`,
    en: `A CSV file holds one record kind: give ?kind= (${RECORD_KINDS.join(', ')}).`,
  },
  'kind',
);

function formatOf(contentType: string | undefined): FileFormat | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (type === XLSX_TYPE) return 'xlsx';
  if (type === CSV_TYPE) return 'csv';
  return undefined;
}

type HistoryFile = Awaited<ReturnType<typeof exportHistoryFile>>;

/** XLSX (every kind, or one) or the CSV of one kind, as `?format=&kind=` ask. */
function historyFile(
  { format, kind }: z.infer<typeof exportQuery>,
  make: typeof exportHistoryFile,
): Promise<HistoryFile> {
  if (format === 'csv' && !kind) throw KIND_REQUIRED;
  return make(format, kind);
}

function sendFile(res: Response, file: HistoryFile): void {
  res.status(200).type(file.contentType).attachment(file.fileName).send(file.body);
}

/** History import, export and the blank template; the format: docs/history-import.md. */
export const historyRoutes = routeGroup({
  mount: '/api/history',
  tag: 'History',
  signInAtMount: true,
  routes: [
    route({
      method: 'post',
      path: '/import',
      summary:
        'Import past awards and disciplinary records from an XLSX or CSV file (all or nothing)',
      descriptionVi: 'Nhập dữ liệu khen thưởng, kỷ luật trước đây từ tệp Excel/CSV.',
      callers: IMPORT_ROLES,
      rawBody: [XLSX_TYPE, CSV_TYPE],
      query: importQuery,
      success: { status: 200, description: 'What was imported' },
      errors: [413, 415, 422],
      use: [express.raw({ type: [XLSX_TYPE, CSV_TYPE], limit: MAX_IMPORT_BYTES })],
      handle: async ({ actor, query: { kind }, req }) => {
        const format = formatOf(req.get('content-type'));
        if (!format || !Buffer.isBuffer(req.body)) {
          throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', {
            vi: 'Gửi tệp Excel (.xlsx) hoặc CSV (UTF-8) làm nội dung yêu cầu.',
            en: `Send the file as the request body, with content type ${XLSX_TYPE} or ${CSV_TYPE}.`,
          });
        }
        if (format === 'csv' && !kind) throw KIND_REQUIRED;
        let outcome;
        try {
          if (format === 'xlsx') checkXlsxBounds(req.body);
          outcome = await importHistoryFile(req.body, format, kind, actor.userId);
        } catch (error) {
          if (error instanceof UnreadableFileError) {
            throw new ApiError(400, 'UNREADABLE_FILE', {
              vi: 'Không đọc được tệp: tệp hỏng, sai định dạng hoặc không phải UTF-8.',
              en: `The file cannot be read: ${error.message}.`,
            });
          }
          throw error;
        }
        if (!outcome.ok) throw new ImportRejectedError(outcome.errorCount, outcome.errors);
        return outcome;
      },
    }),
    route({
      method: 'get',
      path: '/export',
      summary: 'Export the stored history as XLSX or CSV',
      descriptionVi: 'Xuất dữ liệu lịch sử khen thưởng, kỷ luật.',
      callers: EXPORT_ROLES,
      query: exportQuery,
      success: { status: 200, description: 'The file', files: [XLSX_TYPE, CSV_TYPE] },
      handle: ({ query }) => historyFile(query, exportHistoryFile),
      send: sendFile,
    }),
    route({
      method: 'get',
      path: '/template',
      summary:
        'A blank import file: XLSX with every sheet (or `kind`), each header noting what it takes, or the CSV header of one kind; columns in docs/history-import.md',
      descriptionVi: 'Tệp mẫu để nhập lịch sử khen thưởng, kỷ luật (Excel hoặc CSV).',
      callers: 'signed-in',
      query: exportQuery,
      success: { status: 200, description: 'The template', files: [XLSX_TYPE, CSV_TYPE] },
      // Headers only: any signed-in user may prepare a file for the secretariat.
      handle: ({ query }) => historyFile(query, historyTemplateFile),
      send: sendFile,
    }),
  ],
});
