import type { z } from 'zod';
import type { Role } from '../../domain/process/roles';

type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call an operation: no sign-in, any signed-in user, or these roles. */
export type Callers = 'public' | 'signed-in' | readonly Role[];

/** Error statuses an operation can answer with, besides those derived from its shape. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

/**
 * One route as the OpenAPI document describes it. Request schemas are the very zod schemas
 * the route validates with, so the document cannot drift from validation.
 */
export interface Operation {
  method: HttpMethod;
  /** OpenAPI path under the server root, e.g. `/api/nominations/{id}`. */
  path: string;
  tag: string;
  summary: string;
  /** Vietnamese description (mô tả). */
  descriptionVi?: string;
  callers: Callers;
  body?: z.ZodType;
  /** The route reads `req.body ?? {}` or accepts no body at all. */
  bodyOptional?: boolean;
  /** A file upload rather than JSON: the accepted content types. */
  rawBody?: readonly string[];
  query?: z.ZodType;
  /** Schemas of path parameters the route validates; others are documented as strings. */
  params?: Record<string, z.ZodType>;
  success: {
    status: 200 | 201 | 202 | 204;
    description: string;
    /** Content types of a file answer; JSON when absent. */
    files?: readonly string[];
  };
  /** Extra error statuses (400/401/403/404/503 are derived from the operation's shape). */
  errors?: readonly ErrorStatus[];
  /** The route honours `Idempotency-Key` (the same key means the same effect). */
  idempotent?: boolean;
}
