import { z } from 'zod';
import { currentActor } from '../auth/authenticate';
import { routeGroup } from '../http/routeDefinition';
import { validate } from '../http/validate';
import { XLSX_TYPE, CSV_TYPE } from '../../data/history/import/spreadsheetFiles';
import { DIMENSIONS, type StatisticsService } from './statisticsService';
import { sendTables } from './tableFile';

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

/** Statistics and exports (JSON, XLSX, CSV in UTF-8 with a byte-order mark). */
export const statisticsRoutes = routeGroup<StatisticsService>({
  mount: '/api/statistics',
  tag: 'Statistics',
  signInAtMount: true,
  routes: [
    {
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
      handle: async (req, res, statistics) => {
        const q = validate(breakdownQuery, req.query);
        const actor = currentActor(req);
        const year = q.year ?? (await statistics.latestYear(actor));
        const data = await statistics.breakdown(actor, year);
        const json = q.by ? { year, by: q.by, rows: data[q.by] } : { year, ...data };
        await sendTables(
          res,
          q.format,
          `thong-ke-khen-thuong-${year}${q.by ? `-${q.by}` : ''}`,
          statistics.breakdownTables(year, data, q.by),
          json,
        );
      },
    },
    {
      method: 'get',
      path: '/annual-return',
      summary: 'The annual statistical return (form 0603.N)',
      descriptionVi: 'Biểu thống kê 0603.N.',
      callers: 'signed-in',
      query: annualReturnQuery,
      success: { status: 200, description: 'The return', files: TABLE_FILES },
      handle: async (req, res, statistics) => {
        const q = validate(annualReturnQuery, req.query);
        const data = await statistics.annualReturn(currentActor(req), q.year);
        await sendTables(
          res,
          q.format,
          `bieu-0603N-${q.year}`,
          [statistics.annualReturnTable(data)],
          data,
        );
      },
    },
    {
      method: 'get',
      path: '/decisions/:id/annex',
      summary: "A decision's list of those awarded (JSON, XLSX or CSV)",
      descriptionVi: 'Danh sách khen thưởng kèm quyết định.',
      callers: 'signed-in',
      query: annexQuery,
      success: { status: 200, description: 'The list', files: TABLE_FILES },
      handle: async (req, res, statistics) => {
        const q = validate(annexQuery, req.query);
        const { json, table } = await statistics.decisionAnnex(currentActor(req), req.params.id!);
        await sendTables(res, q.format, `danh-sach-${req.params.id}`, [table], json);
      },
    },
  ],
});
