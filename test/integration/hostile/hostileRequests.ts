import fc from 'fast-check';
import type { z } from 'zod';
import type { Operation } from '../../../api/openapi/operationTypes';
import { OPERATIONS } from '../../../api/openapi/operations';
import { hostileBody, hostileText, type BodyCase } from './hostileBodies';
import { foreignIdBodies, foreignIdRefusal, unitAStaff } from './foreignIds';
import type { HostileWorld } from './hostileFixtures';
import { identityFor, identityRefused, type Identity } from './identities';
import { jsonSchemaOf, shapedLike } from './schemaArbitrary';

/** Every operation of the OpenAPI table that changes something. */
export const WRITE_OPERATIONS: readonly Operation[] = OPERATIONS.filter((o) => o.method !== 'get');

export const operationName = (op: Operation) => `${op.method.toUpperCase()} ${op.path}`;

export interface HostileRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  bytes?: Buffer;
  identity: Identity;
  /** What makes this request one that must be refused; undefined when it may be accepted. */
  refusal?: string;
  /** For the report of a failing case. */
  label: string;
  [fc.toStringMethod]: () => string;
}

interface PathCase {
  path: string;
  /** A target the caller may not reach; the check takes the identity into account. */
  refusedFor: (identity: Identity) => string | undefined;
}

/** IDs that name nothing, or try to escape the path, or break its decoding. */
const HOSTILE_IDS = [
  '%24ne',
  '%24gt',
  '..%2F..%2Fadmin',
  '%2e%2e',
  '%00',
  'x'.repeat(300),
  '__proto__',
  'constructor',
  '%E0%A4%A',
  '%F0%9F%98%80',
  '%3Cscript%3E',
  '1e3',
  '-1',
  'null',
  '%20',
  "'%20OR%201=1",
  '%5Bobject%20Object%5D',
];
const MISSING: Record<string, string> = {
  year: '1899',
  unitId: 'KHONGCO',
};

/** Unit A's staff must not reach unit B's nominations or score sheets; nobody here B's inbox. */
function foreignRefusal(key: string, identity: Identity): string | undefined {
  if (key === 'inbox/{id}') return "another user's notification";
  return unitAStaff(identity) ? "another unit's object" : undefined;
}

/** Each `{param}` filled with an own object, another unit's, a missing one or a hostile string. */
function pathFor(op: Operation, world: HostileWorld, ownOnly: boolean): fc.Arbitrary<PathCase> {
  const parts = op.path.split('/');
  const choices = parts.map((part, i): fc.Arbitrary<PathCase> => {
    const param = /^\{(\w+)\}$/.exec(part)?.[1];
    if (!param) return fc.constant({ path: part, refusedFor: () => undefined });
    const key = `${parts[i - 1]}/${part}`;
    const pool = world.objects[key];
    const own = pool
      ? [fc.constantFrom(...pool.own).map((path) => ({ path, refusedFor: () => undefined }))]
      : [];
    if (ownOnly && own.length) return own[0]!;
    const foreign = pool?.foreign
      ? [
          fc.constantFrom(...pool.foreign).map((path) => ({
            path,
            refusedFor: (identity: Identity) => foreignRefusal(key, identity),
          })),
        ]
      : [];
    const missing = fc.constant({
      path: MISSING[param] ?? 'khongco-hostile-404',
      refusedFor: () => 'no such object',
    });
    const hostile = fc
      .constantFrom(...HOSTILE_IDS)
      .map((path) => ({ path, refusedFor: () => 'no such object' }));
    return fc.oneof(...own, ...own, ...foreign, missing, hostile);
  });
  return fc.tuple(...choices).map((cases) => ({
    path: cases.map((c) => c.path).join('/'),
    refusedFor: (identity) => cases.map((c) => c.refusedFor(identity)).find(Boolean),
  }));
}

/**
 * The path in another case or with a trailing slash (on the caller's own objects): routing is
 * case-sensitive and strict, so neither reaches a route. Secret-ballot exclusions once
 * compared the exact path while `/Ballot` and `/ballot/` reached the ballot's handler.
 */
function noncanonicalPath(op: Operation, world: HostileWorld): fc.Arbitrary<PathCase> {
  const parts = op.path.split('/');
  let literal = -1;
  parts.forEach((part, i) => {
    if (i > 1 && /[a-z]/.test(part) && !part.startsWith('{')) literal = i;
  });
  const variants: [string, (path: string) => string][] = [];
  if (literal > 1) {
    const upper = (path: string) =>
      path
        .split('/')
        .map((s, i) => (i === literal ? s.toUpperCase() : s))
        .join('/');
    variants.push(['in another case', upper]);
  }
  if (parts.some((part) => part.startsWith('{'))) {
    variants.push(['with a trailing slash', (path) => `${path}/`]);
    variants.push(['with two trailing slashes', (path) => `${path}//`]);
  }
  return fc
    .tuple(pathFor(op, world, true), fc.constantFrom(...variants))
    .map(([own, [how, change]]) => ({
      path: change(own.path),
      refusedFor: () => `the route's path ${how}`,
    }));
}

/** Query strings: forged claims (ignored), and operator or dotted keys (refused at the edge). */
const QUERIES: [string, string | undefined][] = [
  ['', undefined],
  ['', undefined],
  ['?role=admin&unitId=TTTT', undefined],
  ['?__proto__=x&constructor=y', undefined],
  ['?$where=1', 'operator key in the query'],
  ['?a.b=1', 'dotted key in the query'],
];

/** Why the route must refuse what the JSON layer handed it, by its own schema. */
function schemaRefusal(op: Operation, body: BodyCase): string | undefined {
  if (body.edge) return body.edge;
  if (op.rawBody) return body.bytes ? 'not an import file' : 'no file';
  const seen = body.value === undefined && op.bodyOptional ? {} : body.value;
  if (op.body && !op.body.safeParse(seen).success) return 'invalid body';
  return undefined;
}

function paramRefusal(op: Operation, path: string): string | undefined {
  if (!op.params) return undefined;
  const template = op.path.split('/');
  const actual = path.split('?')[0]!.split('/');
  for (const [i, part] of template.entries()) {
    const schema = op.params[/^\{(\w+)\}$/.exec(part)?.[1] ?? ''] as z.ZodType | undefined;
    let value: string;
    try {
      value = decodeURIComponent(actual[i]!);
    } catch {
      return 'undecodable path';
    }
    if (schema && !schema.safeParse(value).success) return `invalid ${part}`;
  }
  return undefined;
}

/** Raw bodies for file uploads: text and bytes that are no spreadsheet. */
const RAW_FILES = fc.oneof(
  fc.constantFrom('Họ và tên;Ngày sinh\n<script>;31/02/2025', 'PK\u0003\u0004garbage', '\u0000'),
  fc.uint8Array({ minLength: 1, maxLength: 4096 }).map((a) => Buffer.from(a).toString('latin1')),
);

function rawBody(op: Operation): fc.Arbitrary<BodyCase> {
  const types = [...(op.rawBody ?? []), 'application/json', 'text/plain'];
  return fc.tuple(RAW_FILES, fc.constantFrom(...types)).map(([text, type]) => ({
    label: `a ${text.length}-character file as ${type}`,
    bytes: Buffer.from(text, 'latin1'),
    headers: { 'content-type': type },
  }));
}

function baseBody(op: Operation): fc.Arbitrary<unknown> {
  return op.body ? shapedLike(jsonSchemaOf(op.body)) : fc.constant({});
}

/** An `Idempotency-Key` sometimes: valid (a fresh key) or malformed (refused at the edge). */
const IDEMPOTENCY = fc.oneof(
  { weight: 3, arbitrary: fc.constant<[Record<string, string>, string?]>([{}]) },
  fc.uuid().map((u): [Record<string, string>, string?] => [{ 'idempotency-key': `hostile-${u}` }]),
  fc
    .constantFrom('short', 'x'.repeat(200), '../../etc', 'key with spaces', '$where:1')
    .map((k): [Record<string, string>, string?] => [
      { 'idempotency-key': k },
      'malformed Idempotency-Key',
    ]),
);

function assemble(
  op: Operation,
  path: PathCase,
  query: [string, string | undefined],
  identity: Identity,
  body: BodyCase,
  idempotency: [Record<string, string>, string?],
): HostileRequest {
  const fullPath = `${path.path}${query[0]}`;
  const refusal =
    query[1] ??
    idempotency[1] ??
    (identityRefused(identity, op.callers) ? `identity: ${identity.kind}` : undefined) ??
    paramRefusal(op, fullPath) ??
    schemaRefusal(op, body) ??
    path.refusedFor(identity) ??
    foreignIdRefusal(body, identity);
  const method = op.method.toUpperCase();
  const label = `${identity.kind} (${identity.attacker?.userId ?? 'no user'}), ${body.label}`;
  return {
    method,
    path: fullPath,
    headers: { ...identity.headers, ...idempotency[0], ...body.headers },
    bytes: body.bytes,
    identity,
    refusal,
    label,
    // fast-check prints a failing case this way: a body can be megabytes.
    [fc.toStringMethod]: () => `${method} ${fullPath.slice(0, 120)} as ${label}`,
  };
}

/** Requests to `op` that must each be refused: broken identity, target, or body. */
export function refusedRequest(op: Operation, world: HostileWorld): fc.Arbitrary<HostileRequest> {
  return fc
    .tuple(
      fc.oneof({ weight: 4, arbitrary: pathFor(op, world, false) }, noncanonicalPath(op, world)),
      fc.constantFrom(...QUERIES),
      identityFor(op.callers, world),
      op.rawBody
        ? rawBody(op)
        : fc.oneof(
            { weight: 3, arbitrary: hostileBody(baseBody(op)) },
            ...foreignIdBodies(op, world),
          ),
      IDEMPOTENCY,
    )
    .map((parts) => assemble(op, ...parts))
    .filter((request) => request.refusal !== undefined);
}

/** Requests to `op` by a rightful caller on its own objects, with hostile text inside. */
export function hostileTextRequest(
  op: Operation,
  world: HostileWorld,
): fc.Arbitrary<HostileRequest> {
  return fc
    .tuple(
      pathFor(op, world, true),
      fc.constant<[string, undefined]>(['', undefined]),
      identityFor(op.callers, world).filter((i) => i.kind === 'caller'),
      op.rawBody ? rawBody(op) : hostileText(baseBody(op)),
      fc.constant<[Record<string, string>]>([{}]),
    )
    .map((parts) => assemble(op, ...parts));
}
