import fc from 'fast-check';

/** What a hostile request carries, and what the server's JSON layer makes of it. */
export interface BodyCase {
  label: string;
  bytes?: Buffer;
  headers: Record<string, string>;
  /** Why the JSON layer must refuse it whatever the route (malformed, too large, `$` keys…). */
  edge?: string;
  /** Otherwise: what the route is handed as `req.body`. */
  value?: unknown;
}

/** Above `express.json({ limit: '256kb' })`. */
const BODY_LIMIT = 256 * 1024;
/** `rejectOperatorKeys` refuses key paths longer than this. */
const MAX_KEY_DEPTH = 32;

/** Our own oracle of the edge rules: a `$` or dotted key, or a path too deep. */
function forbiddenKey(value: unknown, depth = 0): boolean {
  if (depth > MAX_KEY_DEPTH) return true;
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(
    ([key, child]) => key.startsWith('$') || key.includes('.') || forbiddenKey(child, depth + 1),
  );
}

const JSON_TYPE = { 'content-type': 'application/json' };

function fromText(text: string, label: string, headers: Record<string, string> = JSON_TYPE) {
  return fromBytes(Buffer.from(text, 'utf8'), label, headers);
}

function fromBytes(
  bytes: Buffer,
  label: string,
  headers: Record<string, string> = JSON_TYPE,
): BodyCase {
  const base = { label, bytes, headers };
  if (bytes.length > BODY_LIMIT) return { ...base, edge: 'too large' };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch {
    return { ...base, edge: 'malformed JSON' };
  }
  if (value === null || typeof value !== 'object') return { ...base, edge: 'not an object' };
  if (forbiddenKey(value)) return { ...base, edge: 'operator key or too deep' };
  return { ...base, value };
}

export const asJson = (value: unknown, label: string): BodyCase =>
  fromText(JSON.stringify(value), label);

type Key = string | number;

function pathsOf(value: unknown, path: Key[] = []): Key[][] {
  const found = [path];
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      found.push(...pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key]));
    }
  }
  return found;
}

/** Defines rather than assigns, so a `__proto__` key is data, not the prototype. */
function define(target: object, key: Key, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function setAt(value: unknown, path: Key[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path as [Key, ...Key[]];
  const container = value as Record<Key, unknown>;
  const copy = Array.isArray(value) ? [...value] : { ...container };
  define(copy, head, setAt(container[head], rest, leaf));
  return copy;
}

function without(value: unknown, path: Key[]): unknown {
  const [head, ...rest] = path as [Key, ...Key[]];
  const container = value as Record<Key, unknown>;
  if (rest.length) return setAt(value, [head], without(container[head], rest));
  if (Array.isArray(value)) return value.filter((_, i) => i !== head);
  return Object.fromEntries(Object.entries(container).filter(([key]) => key !== String(head)));
}

const pick = <T>(items: T[], n: number): T => items[n % items.length]!;
const where = (path: Key[]) => (path.length ? path.join('.') : 'the root');
const objectPaths = (value: unknown) =>
  pathsOf(value).filter((p) => {
    const node = p.reduce<unknown>((v, k) => (v as Record<Key, unknown>)[k], value);
    return node !== null && typeof node === 'object' && !Array.isArray(node);
  });
const stringPaths = (value: unknown) =>
  pathsOf(value).filter(
    (p) => typeof p.reduce<unknown>((v, k) => (v as Record<Key, unknown>)[k], value) === 'string',
  );

const WRONG_TYPES: unknown[] = [
  0,
  -1,
  1.5,
  1e308,
  2 ** 53 + 1,
  true,
  false,
  null,
  [],
  {},
  '',
  ' ',
  [1, 'a'],
  { nested: {} },
  '9999-99-99',
  'NaN',
  '0x10',
  [[[[]]]],
];

/** Fields naming who acts, where, at which stage: none may be taken from a body. */
const FORGED_FIELDS: [string, unknown][] = [
  ['role', 'admin'],
  ['unitId', 'TTTT'],
  ['userId', 'quantri'],
  ['actor', { userId: 'quantri', role: 'admin' }],
  ['createdBy', { userId: 'giamdoc.tttt', role: 'unit_head', unitId: 'TTTT' }],
  ['stage', 'approved'],
  ['_id', 'forged-id'],
  ['__proto__', { role: 'admin', isAdmin: true }],
  ['constructor', { prototype: { isAdmin: true } }],
  ['isAdmin', true],
  ['lastSeq', 0],
];

const OPERATOR_VALUES: unknown[] = [
  { $gt: '' },
  { $ne: null },
  { $where: 'sleep(1000) || true' },
  { $regex: '.*' },
  { $in: ['TTTT', 'VCSDT'] },
  { $expr: { $eq: [1, 1] } },
  { 'nominee.name': 'x' },
  [{ $set: { role: 'admin' } }],
];
const OPERATOR_KEYS = ['$set', '$where', '$unset', 'a.b', 'nominee.name', '$'];

/** Strings that are valid text yet hostile: markup, injection, control and odd Unicode. */
export const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(document.cookie)>',
  'javascript:alert(1)',
  '{{constructor.constructor("return process")()}}',
  "'; DROP TABLE users; --",
  '../../../../etc/passwd',
  '%00%0d%0a',
  'a\u0000b',
  '\u202Eevil\u202C',
  'A\u200D\u200B\uFEFF',
  '\ud800',
  '\udfff\ud800x',
  '🏳️‍🌈👨‍👩‍👧‍👦',
  'Z̷̨̛a̶l̵g̸o̷',
  'Nguye\u0302\u0303n Thi\u0323 Lan',
  '\r\nSet-Cookie: tdkt_session=x',
  '${jndi:ldap://x/a}',
  '__proto__',
  '\u0085\u2028\u2029',
  '𝕿𝖊𝖘𝖙 ﷺ',
  '\u0000'.repeat(64),
  'Ạ'.repeat(2000),
];

/** Bytes that are not UTF-8: stray continuation, overlong, surrogate, truncated sequences. */
const INVALID_UTF8 = [
  [0xc3, 0x28],
  [0xff, 0xfe],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xe2, 0x82],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0x80],
];

const MALFORMED = [
  '{',
  '{"a":',
  '{"a":1,}',
  "{'a':1}",
  '{"a":NaN}',
  '{"a":undefined}',
  '[1,2',
  'null null',
  '{"a":1}{"b":2}',
  '{"a":"\\x41"}',
  '{"a":"\\u12"}',
  '/* c */{}',
  '   ',
  '\u0000',
  '{"a":"unterminated}',
];

/** Content types no JSON parser reads: the route sees no body at all. */
const OTHER_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
];
/** JSON in an encoding the server must refuse rather than guess. */
const BAD_ENCODINGS: Record<string, string>[] = [
  { 'content-type': 'application/json; charset=latin1' },
  { 'content-type': 'application/json; charset=koi8-r' },
  { 'content-type': 'application/json', 'content-encoding': 'gzip' },
  { 'content-type': 'application/json', 'content-encoding': 'deflate' },
  { 'content-type': 'application/json', 'content-encoding': 'compress' },
];

/** JSON text nested `depth` deep, built as text: the value would overflow JSON.stringify. */
function nestedText(depth: number, kind: number): string {
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i += 1) {
    const array = (i + kind) % 3 !== 0;
    open += array ? '[' : '{"a":';
    close = (array ? ']' : '}') + close;
  }
  return `${open}${kind % 2 ? '[]' : '{}'}${close}`;
}

const PLACEHOLDER = 'HOSTILE-BYTES-HERE';

/** `base` with `leaf` at `path`, and raw bytes in place of `token` in its JSON text. */
function spliced(base: unknown, path: Key[], leaf: string, token: string, bytes: Buffer) {
  const [before, after] = JSON.stringify(setAt(base, path, leaf)).split(token) as [string, string];
  return Buffer.concat([Buffer.from(before), bytes, Buffer.from(after)]);
}

/** Invalid UTF-8 inside one string of the body (decoded by the server as U+FFFD). */
function withInvalidUtf8(base: unknown, n: number, bytes: number[]): BodyCase {
  const strings = stringPaths(base);
  const path = strings.length ? pick(strings, n) : [];
  const leaf = `Lò ${PLACEHOLDER} Púa`;
  return fromBytes(
    spliced(base, path, leaf, PLACEHOLDER, Buffer.from(bytes)),
    `invalid UTF-8 at ${where(path)}`,
  );
}

/** Arrays and objects nested `depth` deep at a path of the body (the quoted string goes). */
function deeplyNested(base: unknown, n: number, depth: number, kind: number): BodyCase {
  const path = pick(pathsOf(base), n);
  const nesting = Buffer.from(nestedText(depth, kind));
  return fromBytes(
    spliced(base, path, PLACEHOLDER, `"${PLACEHOLDER}"`, nesting),
    `nesting ${depth} deep at ${where(path)}`,
  );
}

/**
 * Hostile variations of `base` (a body shaped like what the route accepts): each one
 * breaks it in one way, or leaves it whole. Whether the result must be refused is decided afterwards, from
 * `edge` or from the route's own schema.
 */
export function hostileBody(base: fc.Arbitrary<unknown>): fc.Arbitrary<BodyCase> {
  const at = (leaf: fc.Arbitrary<unknown>, label: string) =>
    fc.tuple(base, fc.nat(), leaf).map(([b, n, value]) => {
      const path = pick(pathsOf(b), n);
      return asJson(setAt(b, path, value), `${label} at ${where(path)}`);
    });
  const inObject = (entry: fc.Arbitrary<[string, unknown]>, label: string) =>
    fc.tuple(base, fc.nat(), entry).map(([b, n, [key, value]]) => {
      // A body that is no object at all gets one, holding just this field.
      const body = objectPaths(b).length ? b : {};
      const path = pick(objectPaths(body), n);
      return asJson(setAt(body, [...path, key], value), `${label} "${key}" at ${where(path)}`);
    });
  return fc.oneof(
    // Well-formed too: a broken session, a wrong role or another unit's object must be
    // refused on its own, not only thanks to a bad body.
    { weight: 6, arbitrary: base.map((b) => asJson(b, 'a well-formed body')) },
    at(fc.constantFrom(...WRONG_TYPES), 'wrong type'),
    fc.tuple(base, fc.nat()).map(([b, n]) => {
      const paths = pathsOf(b).filter((p) => p.length > 0);
      if (!paths.length) return asJson([], 'an array instead of an object');
      const path = pick(paths, n);
      return asJson(without(b, path), `missing ${where(path)}`);
    }),
    inObject(fc.constantFrom(...FORGED_FIELDS), 'forged field'),
    at(fc.constantFrom(...OPERATOR_VALUES), 'operator value'),
    inObject(
      fc.tuple(fc.constantFrom(...OPERATOR_KEYS), fc.constantFrom(...WRONG_TYPES)),
      'operator key',
    ),
    fc
      .tuple(base, fc.nat(), fc.integer({ min: 40, max: 5000 }), fc.nat())
      .map(([b, n, depth, kind]) => deeplyNested(b, n, depth, kind)),
    fc
      .integer({ min: BODY_LIMIT + 1, max: 2 * BODY_LIMIT })
      .chain((size) => at(fc.constant('x'.repeat(size)), `a string of ${size} characters`)),
    fc
      .integer({ min: 1000, max: 20_000 })
      .chain((size) =>
        at(fc.constant(Array.from({ length: size }, (_, i) => i)), `an array of ${size} items`),
      ),
    fc
      .integer({ min: 2001, max: 100_000 })
      .chain((size) => at(fc.constant('Ạ'.repeat(size)), `a string of ${size} characters`)),
    fc
      .constantFrom<unknown>([], [1, 2], [{}], 'text', 42, null, true)
      .map((v) => asJson(v, `${JSON.stringify(v)} as the whole body`)),
    fc
      .constantFrom(...MALFORMED)
      .map((text) => fromText(text, `malformed ${JSON.stringify(text)}`)),
    at(fc.constantFrom(...HOSTILE_STRINGS), 'hostile text'),
    fc
      .tuple(base, fc.nat(), fc.constantFrom(...INVALID_UTF8))
      .map(([b, n, bytes]) => withInvalidUtf8(b, n, bytes)),
    fc.tuple(base, fc.constantFrom(...OTHER_TYPES)).map(
      ([b, type]): BodyCase => ({
        label: `JSON sent as ${type}`,
        bytes: Buffer.from(JSON.stringify(b)),
        headers: { 'content-type': type },
        value: undefined,
      }),
    ),
    fc.tuple(base, fc.constantFrom(...BAD_ENCODINGS)).map(
      ([b, headers]): BodyCase => ({
        label: `JSON with ${JSON.stringify(headers)}`,
        bytes: Buffer.from(JSON.stringify(b)),
        headers,
        edge: 'unsupported charset or encoding',
      }),
    ),
    fc.constant<BodyCase>({ label: 'no body', headers: {}, value: undefined }),
  );
}

/** A body the route may well accept, with hostile text in its strings. */
export function hostileText(base: fc.Arbitrary<unknown>): fc.Arbitrary<BodyCase> {
  return fc.oneof(
    fc
      .tuple(
        base,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE_STRINGS)), { maxLength: 4 }),
      )
      .map(([b, edits]) => {
        const strings = stringPaths(b);
        const edited = edits.reduce(
          (value, [n, text]) => (strings.length ? setAt(value, pick(strings, n), text) : value),
          b,
        );
        return asJson(edited, 'hostile text in its strings');
      }),
    fc
      .tuple(base, fc.nat(), fc.constantFrom(...INVALID_UTF8))
      .map(([b, n, bytes]) => withInvalidUtf8(b, n, bytes)),
  );
}
