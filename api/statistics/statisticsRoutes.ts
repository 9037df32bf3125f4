import type { Router } from 'express';
import { apiRouter } from '../http/apiRouter';
import { z } from 'zod';
import { currentActor } from '../auth/authenticate';
import { validate } from '../http/validate';
import { DIMENSIONS, StatisticsService } from './statisticsService';
import { sendTables } from './tableFile';

export const format = z.enum(['json', 'xlsx', 'csv']).default('json');
export const yearField = z.coerce.number().int().min(2000).max(2100);
export const breakdownQuery = z
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

/** Statistics and exports (JSON, XLSX, CSV in UTF-8 with a byte-order mark). */
export function statisticsRoutes(statistics = new StatisticsService()): Router {
  const router = apiRouter();
  router.get('/breakdown', async (req, res) => {
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
  });
  router.get('/annual-return', async (req, res) => {
    const q = validate(z.strictObject({ year: yearField, format }), req.query);
    const data = await statistics.annualReturn(currentActor(req), q.year);
    await sendTables(
      res,
      q.format,
      `bieu-0603N-${q.year}`,
      [statistics.annualReturnTable(data)],
      data,
    );
  });
  router.get('/decisions/:id/annex', async (req, res) => {
    const q = validate(z.strictObject({ format }), req.query);
    const { json, table } = await statistics.decisionAnnex(currentActor(req), req.params.id);
    await sendTables(res, q.format, `danh-sach-${req.params.id}`, [table], json);
  });
  return router;
}
