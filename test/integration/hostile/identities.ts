import fc from 'fast-check';
import type { Callers } from '../../../api/openapi/operationTypes';
import { ROLES, type Role } from '../../../domain/process/roles';
import type { Attacker, Credentials, HostileWorld } from './hostileFixtures';

/**
 * Who a request claims to be. `caller` is a live session of a user the operation admits;
 * every other kind must be refused before anything happens (for operations that need a
 * sign-in at all).
 */
export const BROKEN_SESSIONS = [
  'anonymous',
  'tamperedBearer',
  'malformedAuthorization',
  'forgedToken',
  'expired',
  'signedOut',
  'deactivated',
  'cookieWithoutCsrf',
  'cookieWithWrongCsrf',
  'tamperedCookie',
] as const;
export type IdentityKind = 'caller' | 'wrongRole' | (typeof BROKEN_SESSIONS)[number];

export interface Identity {
  kind: IdentityKind;
  /** The user behind the session, when there is one. */
  attacker?: Attacker;
  headers: Record<string, string>;
}

/** Claims a server must never believe: roles, users and units in headers. */
const FORGED_HEADERS: readonly Record<string, string>[] = [
  {},
  { 'x-role': 'admin', 'x-user-id': 'quantri' },
  { 'x-unit-id': 'TTTT', 'x-forwarded-user': 'giamdoc.tttt' },
  { 'x-forwarded-for': '127.0.0.1', 'x-real-ip': '10.0.0.1', 'x-original-url': '/api/health' },
  { 'x-http-method-override': 'GET', 'x-csrf-token': 'forged-csrf-token-value-0000000000' },
];

/** `alg: none` tokens claiming the admin role: nothing here is a JWT, so nothing may accept one. */
const FORGED_TOKENS = [
  'eyJhbGciOiJub25lIn0.eyJyb2xlIjoiYWRtaW4iLCJzdWIiOiJxdWFudHJpIn0.',
  'A'.repeat(43),
  '-'.repeat(64),
  'quantri',
];

export function admits(callers: Callers, role: Role): boolean {
  return callers === 'public' || callers === 'signed-in' || callers.includes(role);
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const cookie = (token: string) => ({ cookie: `tdkt_session=${token}` });

/** One character of a token changed, or one added, or the token cut short. */
const tampered = (token: string, at: number, how: number): string => {
  const i = at % token.length;
  const flipped = token[i] === 'A' ? 'B' : 'A';
  return [
    token.slice(0, i) + flipped + token.slice(i + 1),
    `${token}A`,
    token.slice(0, Math.max(20, i)),
  ][how % 3]!;
};

function brokenHeaders(kind: IdentityKind, attacker: Attacker, world: HostileWorld, n: number) {
  const { live } = attacker;
  // Another session's token: a CSRF token is good for its own session only.
  const other: Credentials = kind === 'cookieWithWrongCsrf' ? attacker.expired : world.deactivated;
  switch (kind) {
    case 'anonymous':
      return {};
    case 'tamperedBearer':
      return bearer(tampered(live.token, n, n >> 3));
    case 'malformedAuthorization':
      return {
        authorization: [
          `bearer ${live.token}`,
          `Bearer  ${live.token}`,
          `Basic ${Buffer.from('quantri:TdktDemo@2026').toString('base64')}`,
          'Bearer',
          `Bearer ${live.token}, Bearer ${other.token}`,
        ][n % 5]!,
      };
    case 'forgedToken':
      return bearer(FORGED_TOKENS[n % FORGED_TOKENS.length]!);
    case 'expired':
      return n % 2 ? bearer(attacker.expired.token) : cookie(attacker.expired.token);
    case 'signedOut':
      return bearer(attacker.signedOut.token);
    case 'deactivated':
      return bearer(world.deactivated.token);
    case 'cookieWithoutCsrf':
      return cookie(live.token);
    case 'cookieWithWrongCsrf':
      return { ...cookie(live.token), 'x-csrf-token': other.csrfToken };
    case 'tamperedCookie':
      return { ...cookie(tampered(live.token, n, n >> 3)), 'x-csrf-token': live.csrfToken };
    default:
      throw new Error(`not a broken session: ${kind}`);
  }
}

/** Identities for an operation: its callers, other roles, and every kind of broken session. */
export function identityFor(callers: Callers, world: HostileWorld): fc.Arbitrary<Identity> {
  const allowed = ROLES.filter((role) => admits(callers, role));
  const refused = ROLES.filter((role) => !admits(callers, role));
  const forged = fc.constantFrom(...FORGED_HEADERS);
  const caller = fc.tuple(fc.constantFrom(...allowed), forged).map(
    ([role, claims]): Identity => ({
      kind: 'caller',
      attacker: world.attackers[role],
      headers: { ...claims, ...bearer(world.attackers[role].live.token) },
    }),
  );
  const wrongRole = refused.length
    ? [
        fc.tuple(fc.constantFrom(...refused), forged).map(
          ([role, claims]): Identity => ({
            kind: 'wrongRole',
            attacker: world.attackers[role],
            headers: { ...claims, ...bearer(world.attackers[role].live.token) },
          }),
        ),
      ]
    : [];
  const broken = fc
    .tuple(fc.constantFrom(...BROKEN_SESSIONS), fc.constantFrom(...allowed), fc.nat(), forged)
    .map(
      ([kind, role, n, claims]): Identity => ({
        kind,
        headers: { ...claims, ...brokenHeaders(kind, world.attackers[role], world, n) },
      }),
    );
  return fc.oneof(caller, ...wrongRole, broken);
}

/** Whether the identity alone must make the request fail. */
export function identityRefused(identity: Identity, callers: Callers): boolean {
  if (identity.kind === 'caller') return false;
  if (identity.kind === 'wrongRole') return true;
  return callers !== 'public';
}
