import type { z } from 'zod';
import type { Actor } from '../../domain/process/roles';
import { route, type RouteDefinition } from './routeDefinition';

/** What a list answers unless it says more. */
const PAGE = '`{ items, page, pageSize, total }`';

/**
 * `GET /` of a capability: what the caller may see, filtered and paginated by the query. Any
 * signed-in user may ask; the service decides what each role and unit sees.
 */
export function listRoute<S, Q extends z.ZodType>(list: {
  summary: string;
  descriptionVi: string;
  query: Q;
  /** The answer, when it is more than a page. */
  answer?: string;
  take: (services: S, actor: Actor, query: z.infer<Q>) => Promise<unknown>;
}): RouteDefinition<S> {
  return route({
    method: 'get',
    path: '/',
    summary: list.summary,
    descriptionVi: list.descriptionVi,
    callers: 'signed-in',
    query: list.query,
    success: { status: 200, description: list.answer ?? PAGE },
    handle: ({ actor, query }, services: S) => list.take(services, actor, query as z.infer<Q>),
  });
}
