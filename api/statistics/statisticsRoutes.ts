import { z } from 'zod';
import type { Response } from 'express';
import { route, routeGroup } from '../http/routeDefinition';
import { XLSX_TYPE, CSV_TYPE } from '../../data/history/import/spreadsheetFiles';
import { DIMENSIONS, type StatisticsService } from './statisticsService';
import { sendTables, type Table } from './tableFile';

const format = z.enum(['json', 'xlsx', 'csv']).default('json');
const yearField = z.coerce.number().int().min(2000).max(2100);
const breakdownQuery = z
  .strictObject({
    /** Absent: the latest year with a submitted nomination (the page opens on it). */
    year: yearField.optional(),
    format,
    by: z.enum(DIMENSIONS).optional(),
  })
  .refine((q) => q.format !== 'csv' || q.by !== undefined, {
    message: 'a CSV holds one table: name it with "by"',
    path: ['by'],
  });
// The route builds these very objects from the same fields.
const annualReturnQuery = z.strictObject({ year: yearField, format });
const annexQuery = z.strictObject({ format });

const TABLE_FILES = ['application/json', XLSX_TYPE, `${CSV_TYPE}; charset=utf-8`];

/** What a statistics route answers: its JSON, or the same as a spreadsheet the query asks for. */
interface Tables {
  format: z.infer<typeof format>;
  fileName: string;
  tables: readonly Table[];
  json: unknown;
}

const send = (res: Response, t: Tables) => sendTables(res, t.format, t.fileName, t.tables, t.json);

/** Statistics and exports (JSON, XLSX, CSV in UTF-8 with a byte-order mark). */
export const statisticsRoutes = routeGroup<StatisticsService>({
  mount: '/api/statistics',
  tag: 'Statistics',
  signInAtMount: true,
  routes: [
    route({
      method: 'get',
      path: '/breakdown',
      summary:
        "The year's awards broken down by dimension (JSON, XLSX or CSV); without `year`, the latest year with a submitted nomination (one read down the `{ year, stage }` index; this year when there is none)",
      descriptionVi:
        'Thống kê khen thưởng trong năm theo tiêu chí; không nêu năm: năm gần nhất có hồ sơ đã trình.',
      callers: 'signed-in',
      query: breakdownQuery,
      success: {
        status: 200,
        description: 'The tables; `year`: the year they are for (the one asked, or the latest)',
        files: TABLE_FILES,
      },
      handle: async ({ actor, query: q }, statistics): Promise<Tables> => {
        const year = q.year ?? (await statistics.latestYear(actor));
        const data = await statistics.breakdown(actor, year);
        return {
          format: q.format,
          fileName: `thong-ke-khen-thuong-${year}${q.by ? `-${q.by}` : ''}`,
          tables: statistics.breakdownTables(year, data, q.by),
          json: q.by ? { year, by: q.by, rows: data[q.by] } : { year, ...data },
        };
      },
      send,
    }),
    route({
      method: 'get',
      path: '/annual-return',
      summary: 'The annual statistical return (form 0603.N)',
      descriptionVi: 'Biểu thống kê 0603.N.',
      callers: 'signed-in',
      query: annualReturnQuery,
      success: { status: 200, description: 'The return', files: TABLE_FILES },
      handle: async ({ actor, query: q }, statistics): Promise<Tables> => {
        const data = await statistics.annualReturn(actor, q.year);
        const tables = [statistics.annualReturnTable(data)];
        return { format: q.format, fileName: `bieu-0603N-${q.year}`, tables, json: data };
      },
      send,
    }),
    route({
      method: 'get',
      path: '/decisions/:id/annex',
      summary: "A decision's list of those awarded (JSON, XLSX or CSV)",
      descriptionVi: 'Danh sách khen thưởng kèm quyết định.',
      callers: 'signed-in',
      query: annexQuery,
      success: { status: 200, description: 'The list', files: TABLE_FILES },
      handle: async ({ actor, params, query: q }, statistics): Promise<Tables> => {
        const { json, table } = await statistics.decisionAnnex(actor, params.id);
        return { format: q.format, fileName: `danh-sach-${params.id}`, tables: [table], json };
      },
      send,
    }),
  ],
});
