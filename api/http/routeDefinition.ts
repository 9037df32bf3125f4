import type { Express, Request, RequestHandler, Response } from 'express';
import { authenticate } from '../auth/authenticate';
import type { Operation } from '../openapi/operationTypes';
import { apiRouter } from './apiRouter';
import { secretPaper } from './secretPaper';

/** Named path parameters (`:id`): always strings, never a wildcard's list. */
type PathParams = Record<string, string>;

/**
 * One route, stated once: what the OpenAPI document says of it (the schemas are the ones the
 * handler validates with) and the handler. `S` is what the handler needs from the app: its
 * services, built once in `createApp`.
 */
export interface RouteDefinition<S> extends Omit<Operation, 'path' | 'tag'> {
  /** Express path under the group's mount, e.g. `/:id/submit`. */
  path: string;
  /** The group's tag unless given. */
  tag?: string;
  /** Middleware before the handler, e.g. a sign-in check of its own or a file body parser. */
  use?: readonly RequestHandler[];
  /** The body is a secret ballot paper: stores, audit and logs keep away (`secretPaper`). */
  secretPaper?: boolean;
  handle(req: Request<PathParams>, res: Response, services: S): unknown;
}

/** The routes of one mount point, as one Express router. */
export interface RouteGroup<S> {
  /** Where the router is mounted: `/api/nominations`; `''` for the app's root. */
  mount: string;
  tag: string;
  /**
   * Sign-in checked at the mount, for every request under it, matched or not (as
   * `app.use(mount, authenticate, router)`), rather than by each route's own `use`.
   */
  signInAtMount: boolean;
  /** Router-level middleware, before any route (a role guard of the whole group). */
  use?: readonly RequestHandler[];
  routes: readonly RouteDefinition<S>[];
}

/** Declares a group; the identity, so the services type is inferred once for its routes. */
export function routeGroup<S = void>(group: RouteGroup<S>): RouteGroup<S> {
  return group;
}

/** `/api/health` + `/` → `/api/health`; `:id` → `{id}`. */
function openApiPath(mount: string, path: string): string {
  return `${mount}${path}`.replace(/:(\w+)/g, '{$1}').replace(/(.)\/$/, '$1');
}

/** The group's routes as the OpenAPI document describes them. */
export function operationsOf<S>(group: RouteGroup<S>): Operation[] {
  return group.routes.map(
    ({ path, tag, use: _use, secretPaper: _secret, handle: _handle, ...described }) => ({
      ...described,
      path: openApiPath(group.mount, path),
      tag: tag ?? group.tag,
    }),
  );
}

/** Registers the group's routes, in their order, on one router mounted on the app. */
export function mountRoutes<S>(app: Express, group: RouteGroup<S>, services: S): void {
  const router = apiRouter();
  for (const handler of group.use ?? []) router.use(handler);
  for (const route of group.routes) {
    const path = route.secretPaper ? secretPaper(route.path) : route.path;
    router[route.method](path, ...(route.use ?? []), async (req, res) => {
      // Express types a parameter as a wildcard's list too; a named one is a string.
      await route.handle(req as Request<PathParams>, res, services);
    });
  }
  const before = group.signInAtMount ? [authenticate] : [];
  if (group.mount === '') app.use(...before, router);
  else app.use(group.mount, ...before, router);
}
