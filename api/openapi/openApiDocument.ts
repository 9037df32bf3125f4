import { z } from 'zod';
import { ROLE_LABELS } from '../../domain/process/roles';
import { SESSION_COOKIE } from '../auth/authPolicy';
import { isHeavyOperation } from '../http/inFlight';
import type { ErrorStatus, Operation } from './operationTypes';
import { OPERATIONS } from './operations';

type JsonObject = Record<string, unknown>;

/** The JSON Schema of what a client sends (defaults optional, coercions as their input). */
function inputSchema(schema: z.ZodType): JsonObject {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonObject;
  delete json.$schema;
  return json;
}

const ERROR_RESPONSES: Record<ErrorStatus, { name: string; description: string }> = {
  400: { name: 'BadRequest', description: 'Invalid input (`VALIDATION_FAILED`, `FORBIDDEN_KEY`)' },
  401: { name: 'Unauthenticated', description: 'Not signed in, or the session expired' },
  403: { name: 'Forbidden', description: 'Role or object not allowed, or CSRF token missing' },
  404: { name: 'NotFound', description: 'No such object' },
  409: {
    name: 'Conflict',
    description: 'State conflict (`WRONG_STAGE`, `STALE_VIEW`, `ALREADY_DONE`, …)',
  },
  413: {
    name: 'TooLarge',
    description:
      'The body, or an XLSX file once unpacked, is too large (`BODY_TOO_LARGE`, `XLSX_UNPACKS_TOO_LARGE`)',
  },
  415: { name: 'UnsupportedMediaType', description: 'The request body has the wrong content type' },
  422: { name: 'BusinessRule', description: 'A business rule refuses the request' },
  429: {
    name: 'TooManyRequests',
    description:
      'Too many requests (`RATE_LIMITED`), or too many list, statistics or export requests of this user or address in flight (`TOO_MANY_IN_FLIGHT`); retry after `Retry-After` seconds',
  },
  503: {
    name: 'DependencyDown',
    description:
      'The database or Temporal is unreachable, or an action was not recorded within 25 s (`ACTION_NOT_YET_RECORDED`: send it again with the same `Idempotency-Key`), or too many list, statistics and export requests are in flight in this API process (`OVERLOADED`, with `Retry-After`)',
  },
};

const ERROR_SCHEMA = {
  type: 'object',
  description: 'Every error: a stable code, English and Vietnamese text, and the field at fault.',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'messageVi'],
      properties: {
        code: { type: 'string', examples: ['VALIDATION_FAILED'] },
        message: { type: 'string', description: 'English' },
        messageVi: { type: 'string', description: 'Tiếng Việt' },
        field: { type: 'string', description: 'The input field at fault, dotted' },
      },
      additionalProperties: true,
    },
  },
};

function isWrite(op: Operation): boolean {
  return op.method !== 'get';
}

function callersText(op: Operation): string {
  if (op.callers === 'public') return 'Anyone, without sign-in.';
  if (op.callers === 'signed-in')
    return 'Any signed-in user (what each sees depends on role and unit).';
  return `Roles: ${op.callers.map((r) => `\`${r}\` (${ROLE_LABELS[r].vi})`).join(', ')}.`;
}

function errorStatuses(op: Operation): ErrorStatus[] {
  const statuses = new Set<ErrorStatus>(op.errors ?? []);
  if (op.body || op.query || op.params || op.rawBody) statuses.add(400);
  if (op.callers !== 'public') statuses.add(401);
  if (op.callers !== 'public' && (op.callers !== 'signed-in' || isWrite(op))) statuses.add(403);
  if (op.path.includes('{')) statuses.add(404);
  if (isHeavyOperation(op)) statuses.add(429);
  if (op.path !== '/api/health' && op.path !== '/api/openapi.json' && op.path !== '/api/docs') {
    statuses.add(503);
  }
  return [...statuses].sort((a, b) => a - b);
}

function parameters(op: Operation): JsonObject[] {
  const result: JsonObject[] = [];
  for (const [, name] of op.path.matchAll(/\{(\w+)\}/g)) {
    const schema = op.params?.[name!];
    result.push({
      name,
      in: 'path',
      required: true,
      schema: schema ? inputSchema(schema) : { type: 'string' },
    });
  }
  if (op.query) {
    const query = inputSchema(op.query);
    const required = new Set((query.required as string[] | undefined) ?? []);
    const properties = (query.properties ?? {}) as Record<string, JsonObject>;
    for (const [name, schema] of Object.entries(properties)) {
      const { description, ...rest } = schema;
      result.push({
        name,
        in: 'query',
        required: required.has(name),
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  }
  // Every signed-in write accepts a key (api/http/idempotentWrites.ts); some honour it natively.
  if (op.idempotent || (op.method !== 'get' && op.callers !== 'public')) {
    result.push({ $ref: '#/components/parameters/IdempotencyKey' });
  }
  return result;
}

function requestBody(op: Operation): JsonObject | undefined {
  if (op.rawBody) {
    return {
      required: true,
      content: Object.fromEntries(
        op.rawBody.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]),
      ),
    };
  }
  if (!op.body) return undefined;
  const optional = op.bodyOptional === true || op.body.safeParse(undefined).success;
  return {
    required: !optional,
    content: { 'application/json': { schema: inputSchema(op.body) } },
  };
}

function successResponse(op: Operation): JsonObject {
  const { status, description, files } = op.success;
  if (status === 204) return { description };
  const content = files
    ? Object.fromEntries(
        files.map((type) => [
          type,
          { schema: type.startsWith('application/json') ? { type: 'object' } : { type: 'string' } },
        ]),
      )
    : { 'application/json': { schema: { type: 'object' } } };
  return { description, content };
}

function security(op: Operation): JsonObject[] {
  if (op.callers === 'public') return [];
  return isWrite(op)
    ? [{ bearer: [] }, { sessionCookie: [], csrfToken: [] }]
    : [{ bearer: [] }, { sessionCookie: [] }];
}

function operationId(op: Operation): string {
  const words = `${op.method} ${op.path.replace(/^\/api\//, '')}`
    .replace(/\{(\w+)\}/g, 'by $1')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1)))
    .join('');
}

function operationObject(op: Operation): JsonObject {
  const body = requestBody(op);
  const responses: JsonObject = { [String(op.success.status)]: successResponse(op) };
  for (const status of errorStatuses(op)) {
    responses[String(status)] = { $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` };
  }
  const params = parameters(op);
  return {
    tags: [op.tag],
    operationId: operationId(op),
    summary: op.summary,
    description: [op.descriptionVi, `**Who may call:** ${callersText(op)}`]
      .filter(Boolean)
      .join('\n\n'),
    'x-callers': op.callers,
    ...(params.length ? { parameters: params } : {}),
    ...(body ? { requestBody: body } : {}),
    responses,
    security: security(op),
  };
}

/** The OpenAPI 3.1 document of every route, built from the schemas the routes validate with. */
export function buildOpenApiDocument(operations: readonly Operation[] = OPERATIONS): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const op of operations) {
    const item = (paths[op.path] ??= {});
    if (item[op.method]) throw new Error(`OpenAPI: ${op.method} ${op.path} is listed twice`);
    item[op.method] = operationObject(op);
  }
  const tags = [...new Set(operations.map((op) => op.tag))].map((name) => ({ name }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'TĐKT Flow API',
      version: '1.0.0',
      description:
        'Emulation and commendation (thi đua – khen thưởng) approvals: nominations, appraisal, ' +
        'council rounds, award decisions. JSON over HTTP; every request is validated by the ' +
        'schemas shown here. Errors have the shape `{ error: { code, message, messageVi, field } }`.',
    },
    servers: [{ url: '/' }],
    tags,
    paths,
    components: {
      schemas: { Error: ERROR_SCHEMA },
      responses: Object.fromEntries(
        Object.values(ERROR_RESPONSES).map(({ name, description }) => [
          name,
          {
            description,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        ]),
      ),
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'Repeating a write with the same key has the same effect as sending it once: the same user (any of their live sessions), method, path with its query string and body get the stored answer, for 24 hours. A request that is not signed in stores nothing; the same key with another body: 422 IDEMPOTENCY_KEY_REUSED.',
          schema: { type: 'string', pattern: '^[\\w.:-]{8,128}$' },
        },
      },
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'The `token` from `POST /api/auth/login` with `"tokenType": "bearer"`.',
        },
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description:
            'The httpOnly session cookie set at sign-in (browsers); with NODE_ENV=production it is `__Host-tdkt_session` (and the CSRF cookie `__Host-tdkt_csrf`), always Secure.',
        },
        csrfToken: {
          type: 'apiKey',
          in: 'header',
          name: 'X-CSRF-Token', // read case-insensitively as CSRF_HEADER
          description: 'With the cookie, every write echoes the `csrfToken` from sign-in.',
        },
      },
    },
  };
}

let cached: JsonObject | undefined;

/** Built once per process: the operations and their schemas do not change at run time. */
export function openApiDocument(): JsonObject {
  cached ??= buildOpenApiDocument();
  return cached;
}
