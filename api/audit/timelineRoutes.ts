import { z } from 'zod';
import type { Role } from '../../domain/process/roles';
import { AuditEntryModel } from '../../data/audit/auditEntryModel';
import { NominationModel } from '../../data/nomination/nominationModel';
import type { AuditEntryDocument } from '../../audit/auditEntry';
import { mergeTimeline, timelineCsv, type HistoryLine } from '../../audit/timeline';
import { notFound } from '../errors/apiError';
import { route, routeGroup } from '../http/routeDefinition';

/** Inspectors export dossiers' timelines; administrators may too. */
const TIMELINE_EXPORTERS: readonly Role[] = ['inspector', 'admin'];

const exportQuery = z.strictObject({ format: z.enum(['csv', 'json']).default('json') });
const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a nomination ID');

/** GET /api/nominations/:id/timeline/export?format=csv|json */
export const timelineRoutes = routeGroup({
  mount: '/api/nominations',
  tag: 'Nominations',
  signInAtMount: true,
  routes: [
    route({
      method: 'get',
      path: '/:id/timeline/export',
      summary: "Export a nomination's merged timeline and audit entries (CSV or JSON)",
      descriptionVi: 'Xuất toàn bộ lịch sử xử lý hồ sơ để thanh tra.',
      callers: TIMELINE_EXPORTERS,
      params: { id: idSchema },
      query: exportQuery,
      success: {
        status: 200,
        description: 'The timeline',
        files: ['application/json', 'text/csv; charset=utf-8'],
      },
      handle: async ({ actor, params: { id }, query: { format } }) => {
        const [nomination, audit] = await Promise.all([
          NominationModel.findById(id, {
            number: 1,
            unitId: 1,
            nominee: 1,
            awardCode: 1,
            year: 1,
            stage: 1,
            decision: 1,
            history: 1,
          }).lean(),
          AuditEntryModel.collection
            .find<AuditEntryDocument>({ nominationIds: id }, { sort: { _id: 1 } })
            .toArray(),
        ]);
        if (!nomination) {
          throw notFound({ vi: 'hồ sơ đề nghị', en: 'Nomination' }, 'NOMINATION_NOT_FOUND');
        }
        const rows = mergeTimeline(nomination.history as HistoryLine[], audit);
        // Named as people know the dossier (`/` cannot be in a file name).
        const fileName = `timeline-${nomination.number?.replace('/', '-') ?? id}`;
        if (format === 'csv') return { fileName, csv: timelineCsv(rows) };
        const json = {
          nomination: {
            id,
            number: nomination.number,
            unitId: nomination.unitId,
            nominee: nomination.nominee,
            awardCode: nomination.awardCode,
            year: nomination.year,
            stage: nomination.stage,
            decisionNumber: nomination.decision?.number,
          },
          exportedAt: new Date().toISOString(),
          exportedBy: actor.userId,
          rows,
        };
        return { fileName, json };
      },
      send: (res, file: { fileName: string; csv?: string; json?: object }) => {
        res.set('Cache-Control', 'no-store');
        if (file.csv === undefined) res.attachment(`${file.fileName}.json`).json(file.json);
        else res.type('text/csv; charset=utf-8').attachment(`${file.fileName}.csv`).send(file.csv);
      },
    }),
  ],
});
