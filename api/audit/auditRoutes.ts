import { z } from 'zod';
import type { Role } from '../../domain/process/roles';
import { AuditEntryModel } from '../../data/audit/auditEntryModel';
import type { AuditEntryDocument } from '../../audit/auditEntry';
import { verifyAuditLog } from '../../audit/verifyAuditLog';
import { route, routeGroup } from '../http/routeDefinition';

/** Who may read the audit log, and who may check its chain. */
const AUDIT_READERS: readonly Role[] = ['inspector', 'admin', 'secretariat'];
const AUDIT_VERIFIERS: readonly Role[] = ['inspector', 'admin'];

const id = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'an ID');
const listAuditQuery = z.strictObject({
  nominationId: id.optional(),
  actorId: id.optional(),
  /** `security`: refused requests only (401, 403, anti-forgery, idempotency key reuse). */
  kind: z.enum(['security']).optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** An entry as the API shows it: `seq` rather than the storage `_id`. */
function presentEntry(entry: AuditEntryDocument) {
  const { _id, ...rest } = entry;
  return { seq: _id, ...rest };
}

/** /api/audit: the log, filtered by nomination, actor or kind and paginated; and its check. */
export const auditRoutes = routeGroup({
  mount: '/api/audit',
  tag: 'Audit',
  signInAtMount: true,
  routes: [
    route({
      method: 'get',
      path: '/',
      summary:
        'The audit log, filtered by nomination, actor or kind (`kind=security`: refused requests) (paginated)',
      descriptionVi:
        'Nhật ký kiểm tra, lọc theo hồ sơ, người thực hiện hoặc loại (`kind=security`: các yêu cầu bị từ chối).',
      callers: AUDIT_READERS,
      query: listAuditQuery,
      success: { status: 200, description: '`{ items, page, pageSize, total }`' },
      handle: async ({ query }) => {
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
        return {
          items: items.map(presentEntry),
          page: query.page,
          pageSize: query.pageSize,
          total,
        };
      },
    }),
    route({
      method: 'get',
      path: '/verify',
      summary: "Verify the audit log's hash chain",
      descriptionVi:
        'Kiểm tra tính toàn vẹn của nhật ký (chuỗi HMAC có khoá, đối chiếu các điểm kiểm tra đã công bố).',
      callers: AUDIT_VERIFIERS,
      success: {
        status: 200,
        description:
          '`{ ok, entries, lastSeq, lastHash, keyedFrom?, checkpointSeq?, firstBrokenSeq?, reason?, explanation?, invalidCheckpointLines? }`: links checked with `AUDIT_HMAC_KEYS` from `keyedFrom` on, and the log against every checkpoint in `AUDIT_CHECKPOINT_FILE` (`reason` `truncated` when it ends before the last one)',
      },
      handle: () => verifyAuditLog(),
      send: (res, verified) => {
        res.set('Cache-Control', 'no-store').json(verified);
      },
    }),
  ],
});
