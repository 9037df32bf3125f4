import type { Router } from 'express';
import { apiRouter } from '../http/apiRouter';
import { z } from 'zod';
import type { Role } from '../../domain/process/roles';
import { AuditEntryModel } from '../../data/audit/auditEntryModel';
import type { AuditEntryDocument } from '../../audit/auditEntry';
import { verifyAuditLog } from '../../audit/verifyAuditLog';
import { currentActor } from '../auth/authenticate';
import { requireRole } from '../history/historyAccess';
import { validate } from '../http/validate';

/** Who may read the audit log, and who may check its chain. */
export const AUDIT_READERS: readonly Role[] = ['inspector', 'admin', 'secretariat'];
export const AUDIT_VERIFIERS: readonly Role[] = ['inspector', 'admin'];

const id = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'an ID');
export const listAuditQuery = z.strictObject({
  nominationId: id.optional(),
  actorId: id.optional(),
  /** `security`: refused requests only (401, 403, anti-forgery, idempotency key reuse). */
  kind: z.enum(['security']).optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** An entry as the API shows it: `seq` rather than the storage `_id`. */
export function presentEntry(entry: AuditEntryDocument) {
  const { _id, ...rest } = entry;
  return { seq: _id, ...rest };
}

/** /api/audit: the log, filtered by nomination, actor or kind and paginated; and its check. */
export function auditRoutes(): Router {
  const router = apiRouter();

  router.get('/', async (req, res) => {
    requireRole(currentActor(req), AUDIT_READERS);
    const query = validate(listAuditQuery, req.query);
    const filter: Record<string, string> = {};
    if (query.nominationId) filter.nominationIds = query.nominationId;
    if (query.actorId) filter['actor.userId'] = query.actorId;
    if (query.kind) filter.kind = query.kind;
    const collection = AuditEntryModel.collection;
    const [items, total] = await Promise.all([
      collection
        .find<AuditEntryDocument>(filter, {
          sort: { _id: query.order === 'asc' ? 1 : -1 },
          skip: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
        })
        .toArray(),
      collection.countDocuments(filter),
    ]);
    res.json({
      items: items.map(presentEntry),
      page: query.page,
      pageSize: query.pageSize,
      total,
    });
  });

  router.get('/verify', async (req, res) => {
    requireRole(currentActor(req), AUDIT_VERIFIERS);
    res.set('Cache-Control', 'no-store');
    res.json(await verifyAuditLog());
  });

  return router;
}
