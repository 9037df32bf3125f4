import { z } from 'zod';
import { parseAuditKeys } from './auditKeys';

/**
 * Every environment variable the processes read, validated once at start-up.
 * The README's configuration table is generated from `environmentVariables`.
 */
const port = z.coerce.number().int().min(0).max(65535);
/** A cap on list, statistics and export requests in flight at once (api/http/inFlight.ts). */
const inFlightCap = (cap: number, scope: string) =>
  z.coerce
    .number()
    .int()
    .min(0)
    .default(cap)
    .describe(`List, statistics and export requests in flight at once ${scope}; 0: no cap.`);

export const environmentSchema = z.object({
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[\w.-]+:\d+$/, 'host:port')
    .describe('Temporal frontend (host:port). Unset: `npm start` runs the embedded dev server.'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default').describe('Temporal namespace.'),
  TEMPORAL_TASK_QUEUE: z
    .string()
    .min(1)
    .default('tdkt-flow')
    .describe('Task queue the worker polls and the API starts workflows on.'),
  TEMPORAL_PAYLOAD_KEYS: z
    .string()
    .default('')
    .refine(
      (v) =>
        v.trim() === '' ||
        v.split(',').every((entry) => {
          const [id, key, extra] = entry.trim().split(':');
          return (
            extra === undefined &&
            /^[\w.-]{1,64}$/.test(id) &&
            /^[A-Za-z0-9+/]{43}=$/.test(key ?? '') &&
            Buffer.from(key, 'base64').length === 32
          );
        }),
      'id:key pairs, comma-separated, each key the base64 of 32 random bytes (`openssl rand -base64 32`)',
    )
    .transform((v) =>
      v.trim() === ''
        ? []
        : v.split(',').map((entry) => {
            const [id, key] = entry.trim().split(':');
            return { id, key: new Uint8Array(Buffer.from(key, 'base64')) };
          }),
    )
    .refine((keys) => new Set(keys.map((k) => k.id)).size === keys.length, 'a key id repeated')
    .describe(
      'AES-256-GCM keys for workflow payloads (config/payloadCodec.ts): `id:base64key`, comma-separated, newest first; the first encrypts, any decrypts. Required with NODE_ENV=production; unset otherwise: payloads in clear.',
    ),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'a mongodb:// URI')
    .describe('MongoDB (or MongoDB-wire) URI with database name. Unset: embedded FerretDB.'),
  API_PORT: port.default(3000).describe('HTTP port of the API and web UI.'),
  API_HOST: z
    .string()
    .regex(/^[\w.:-]+$/, 'an address or host name, e.g. 0.0.0.0')
    .default('127.0.0.1')
    .describe(
      'Address the API listens on. The default takes connections from this machine only (a reverse proxy beside it); `0.0.0.0` for a proxy elsewhere.',
    ),
  TRUST_PROXY: z
    .string()
    .default('')
    .refine(
      (v) => v.trim() !== 'true',
      'name the proxies or count the hops: `true` believes any X-Forwarded-For',
    )
    .refine(
      (v) =>
        v
          .split(',')
          .every((p) =>
            /^(\d+|false|loopback|linklocal|uniquelocal|[\da-fA-F.:]+(\/\d+)?)?$/.test(p.trim()),
          ),
      'a hop count, or addresses / CIDR ranges / loopback, linklocal, uniquelocal, comma-separated',
    )
    .transform((v): false | number | string =>
      v.trim() === '' || v.trim() === 'false' ? false : /^\d+$/.test(v.trim()) ? Number(v) : v,
    )
    .describe(
      'The reverse proxies in front of the API (Express `trust proxy`): their addresses or CIDR ranges (`loopback`, `10.0.0.0/8`), or how many hops. Then the client address of rate limits, caps, sign-in delays and the audit log is the one the proxy forwards, and HTTPS is seen. Empty: no proxy, X-Forwarded-For is ignored.',
    ),
  NODE_ENV: z
    .enum(['development', 'production', 'test'])
    .default('development')
    .describe(
      '`production`: session cookies always `Secure`, with the `__Host-` prefix (serve over HTTPS, through the proxy).',
    ),
  WORKER_HEALTH_PORT: port
    .default(3001)
    .describe('HTTP port of the worker’s liveness (`/health`) and readiness (`/health/ready`).'),
  WORKER_METRICS_ADDRESS: z
    .string()
    .regex(/^[\w.-]+:\d+$/, 'host:port')
    .default('127.0.0.1:9464')
    .describe('Where the worker serves the Temporal SDK’s Prometheus metrics (`/metrics`).'),
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .url({ protocol: /^https?$/, error: 'an http:// or https:// URL' })
    .optional()
    .describe(
      'OpenTelemetry collector (OTLP over HTTP, protobuf; spans go to `<URL>/v1/traces`): the API (`tdkt-api`) and the worker (`tdkt-worker`) export one trace per request through its workflow and activities. Unset: no tracing.',
    ),
  SHUTDOWN_GRACE_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(300)
    .default(10)
    .describe(
      'On SIGTERM: how long the API lets requests in flight finish, and the worker its activities, before cutting them off (the worker exits at twice this at most).',
    ),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('Log level of the worker and the API.'),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(0)
    .default(3000)
    .describe('API requests per minute per client address and API process (0: no limit).'),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(0)
    .default(30)
    .describe('Sign-in attempts per minute per client address and API process (0: no limit).'),
  HEAVY_IN_FLIGHT_PER_USER: inFlightCap(6, 'per user (`429 TOO_MANY_IN_FLIGHT` beyond)'),
  HEAVY_IN_FLIGHT_PER_ADDRESS: inFlightCap(24, 'per client address (`429 TOO_MANY_IN_FLIGHT`)'),
  HEAVY_IN_FLIGHT_PER_PROCESS: inFlightCap(32, 'in the API process (`503 OVERLOADED`: load shed)'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12)
    .describe('Lifetime of a sign-in session or API token, in hours.'),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'an smtp:// or smtps:// URL' })
    .optional()
    .describe(
      'SMTP server for notification e-mails, `smtp://user:pass@host:587` or `smtps://…:465`. Unset: no e-mail is sent; notifications reach the inbox only.',
    ),
  SMTP_FROM: z
    .string()
    .regex(/^[^\r\n]*<?[^\s@<>]+@[^\s@<>]+>?$/, 'an address, e.g. TĐKT <no-reply@example.gov.vn>')
    .default('TĐKT Flow <no-reply@tdkt-flow.invalid>')
    .describe('Sender of notification e-mails (its domain also names their Message-IDs).'),
  EMAIL_MAX_ATTEMPTS: z.coerce
    .number()
    .int()
    .min(1)
    .max(50)
    .default(8)
    .describe(
      'Attempts per e-mail before it is recorded as failed (Temporal retries it from 5 s, doubling, at most 1 h apart).',
    ),
  AUDIT_HMAC_KEYS: z
    .string()
    .default('')
    .refine(
      (v) => v === '' || v.split(',').every((k) => /^[\w.-]{1,32}:.{32,}$/.test(k.trim())),
      '`id:secret` pairs, comma-separated, each secret at least 32 characters',
    )
    .transform(parseAuditKeys)
    .describe(
      'Keys of the audit chain’s HMAC links, `id:secret` comma-separated, the first signing new entries and checkpoints, the others still verifying older ones (rotation). Keep them out of the database. Required in production; unset elsewhere: a public development key (`dev`), which proves nothing.',
    ),
  AUDIT_CHECKPOINT_FILE: z
    .string()
    .default('')
    .describe(
      'Append-only file where the API publishes the audit chain’s head (signed checkpoints) every `AUDIT_CHECKPOINT_SECONDS` and at shutdown; `npm run audit:verify` compares the chain with it, catching a rewritten or truncated tail. Keep it off the database’s host. Required in production.',
    ),
  AUDIT_CHECKPOINT_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(3600)
    .default(60)
    .describe('How often the API publishes an audit checkpoint (when the chain has grown).'),
});

/** What production must not run without: what stops the database alone rewriting the audit log. */
export function productionProblems(
  env: Pick<Environment, 'NODE_ENV' | 'AUDIT_HMAC_KEYS' | 'AUDIT_CHECKPOINT_FILE'>,
): string[] {
  if (env.NODE_ENV !== 'production') return [];
  return [
    ...(env.AUDIT_HMAC_KEYS.development
      ? ['  AUDIT_HMAC_KEYS: required in production (the development key is public)']
      : []),
    ...(env.AUDIT_CHECKPOINT_FILE === ''
      ? ['  AUDIT_CHECKPOINT_FILE: required in production (where the audit head is published)']
      : []),
  ];
}

export type Environment = z.infer<typeof environmentSchema>;

export class ConfigurationError extends Error {}

/** Parses the given variables (default: process.env); throws one error naming every bad one. */
export function loadEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
      .join('\n');
    throw new ConfigurationError(`Invalid configuration:\n${problems}`);
  }
  const missing = productionProblems(parsed.data);
  if (missing.length > 0) {
    throw new ConfigurationError(`Invalid configuration:\n${missing.join('\n')}`);
  }
  return parsed.data;
}

/** Name, description and default of each variable, for documentation. */
export function environmentVariables(): { name: string; description: string; default?: string }[] {
  return Object.entries(environmentSchema.shape).map(([name, schema]) => {
    const json = z.toJSONSchema(schema, { io: 'input' }) as { default?: unknown };
    return {
      name,
      description: schema.description ?? '',
      default: json.default === undefined ? undefined : String(json.default),
    };
  });
}
