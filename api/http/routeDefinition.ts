import type { Express, Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import { ROLE_LABELS, type Actor, type Role } from '../../domain/process/roles';
import { authenticate, currentActor } from '../auth/authenticate';
import { ApiError } from '../errors/apiError';
import type { Operation } from '../openapi/operationTypes';
import { apiRouter } from './apiRouter';
import { idempotencyKey } from './idempotencyKey';
import { secretPaper } from './secretPaper';
import { validate } from './validate';

/** Schemas of named path parameters (`:id`); the others are taken as strings. */
type ParamSchemas = Record<string, z.ZodType>;
type Schema = z.ZodType | undefined;

/** The names of a path's parameters: `'id' | 'year'` for `/:year/units/:id`. */
type PathParamNames<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;

type Parsed<T extends Schema> = T extends z.ZodType ? z.infer<T> : undefined;

/** What a handler receives: the request's parts, each validated by the schema declared for it. */
export interface RouteInput<
  Path extends string,
  P extends ParamSchemas,
  Q extends Schema,
  B extends Schema,
> {
  /** The signed-in caller (401 `UNAUTHENTICATED` when there is none). */
  readonly actor: Actor;
  readonly params: {
    readonly [K in PathParamNames<Path> | keyof P]: K extends keyof P ? z.infer<P[K]> : string;
  };
  readonly query: Parsed<Q>;
  readonly body: Parsed<B>;
  /** The request's `Idempotency-Key`, on a route that honours one (`idempotent`). */
  readonly idempotencyKey: string | undefined;
  /** The request itself, for the few routes that read a header or the client's address. */
  readonly req: Request;
}

/** What the OpenAPI document says of a route, and how it is mounted. */
interface RouteShape<
  Path extends string,
  P extends ParamSchemas,
  Q extends Schema,
  B extends Schema,
> extends Omit<Operation, 'path' | 'tag' | 'params' | 'query' | 'body'> {
  /** Express path under the group's mount, e.g. `/:id/submit`. */
  path: Path;
  /** The group's tag unless given. */
  tag?: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Middleware before the handler, e.g. a sign-in check of its own or a file body parser. */
  use?: readonly RequestHandler[];
  /** The body is a secret ballot paper: stores, audit and logs keep away (`secretPaper`). */
  secretPaper?: boolean;
}

/**
 * One route, stated once: method, path, callers, schemas and handler. The route checks the
 * caller's role and validates what it declares before the handler runs, so the handler
 * receives typed input and answers with a value, sent as JSON with `success.status`.
 */
export interface RouteDefinition<
  S,
  Path extends string = string,
  P extends ParamSchemas = ParamSchemas,
  Q extends Schema = Schema,
  B extends Schema = Schema,
  R = unknown,
> extends RouteShape<Path, P, Q, B> {
  handle(input: RouteInput<Path, P, Q, B>, services: S): R | Promise<R>;
  /** Writes the answer itself (a file, cookies, headers) instead of sending `R` as JSON. */
  send?(res: Response, result: R, req: Request): void | Promise<void>;
}

/**
 * Declares a typed route: its input types come from its path and schemas; its services type
 * from the group it stands in.
 */
export function route<
  S,
  Path extends string,
  P extends ParamSchemas = Record<never, z.ZodType>,
  Q extends Schema = undefined,
  B extends Schema = undefined,
  R = unknown,
>(definition: RouteDefinition<S, Path, P, Q, B, R>): RouteDefinition<S> {
  return definition as unknown as RouteDefinition<S>;
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
    ({
      path,
      tag,
      use: _use,
      secretPaper: _secret,
      handle: _handle,
      send: _send,
      ...described
    }) => ({
      ...described,
      path: openApiPath(group.mount, path),
      tag: tag ?? group.tag,
    }),
  );
}

/** 403 for a role the route does not name among its callers; the services check the finer rules. */
function requireCaller(actor: Actor, roles: readonly Role[]): void {
  if ((roles as readonly string[]).includes(actor.role)) return;
  const named = (lang: 'vi' | 'en') => roles.map((role) => ROLE_LABELS[role][lang]).join(', ');
  throw new ApiError(403, 'ROLE_NOT_ALLOWED', {
    vi: `Chỉ ${named('vi')} được thực hiện thao tác này.`,
    en: `Only these roles may do this: ${named('en')}.`,
  });
}

/**
 * The order a client can rely on: sign-in (401, at the mount or in `use`), the caller's role
 * (403), then the input — path parameters, query, body, `Idempotency-Key` (400) — and only
 * then the handler, whose services answer about the resource (404, 409, 422).
 */
function checkedInput<S>(definition: RouteDefinition<S>, paramsSchema: z.ZodType | undefined) {
  return (
    req: Request<Record<string, string>>,
  ): RouteInput<string, ParamSchemas, Schema, Schema> => {
    if (typeof definition.callers !== 'string')
      requireCaller(currentActor(req), definition.callers);
    const params = {
      ...req.params,
      ...(paramsSchema && (validate(paramsSchema, req.params) as object)),
    };
    const query = definition.query && validate(definition.query, req.query);
    const sent: unknown = definition.bodyOptional ? (req.body ?? {}) : req.body;
    const body = definition.body && validate(definition.body, sent);
    const key = definition.idempotent ? idempotencyKey(req) : undefined;
    return {
      get actor() {
        return currentActor(req);
      },
      params,
      query,
      body,
      idempotencyKey: key,
      req,
    };
  };
}

/** Registers the group's routes, in their order, on one router mounted on the app. */
export function mountRoutes<S>(app: Express, group: RouteGroup<S>, services: S): void {
  const router = apiRouter();
  for (const definition of group.routes) {
    const path = definition.secretPaper ? secretPaper(definition.path) : definition.path;
    const input = checkedInput(
      definition,
      definition.params && z.object(definition.params as z.ZodRawShape),
    );
    router[definition.method](path, ...(definition.use ?? []), async (req, res) => {
      // Express types a parameter as a wildcard's list too; a named one is a string.
      const request = req as Request<Record<string, string>>;
      const result = await definition.handle(input(request), services);
      if (definition.send) await definition.send(res, result, request);
      else if (definition.success.status === 204) res.status(204).end();
      else res.status(definition.success.status).json(result);
    });
  }
  const before = group.signInAtMount ? [authenticate] : [];
  if (group.mount === '') app.use(...before, router);
  else app.use(group.mount, ...before, router);
}
