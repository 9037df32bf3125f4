import fc from 'fast-check';
import type { Operation } from '../../../api/openapi/operationTypes';
import { asJson } from './hostileBodies';
import type { HostileWorld } from './hostileFixtures';
import type { HostileRequest } from './hostileRequests';
import { BROKEN_SESSIONS, identityFor } from './identities';
import { jsonSchemaOf, shapedLike } from './schemaArbitrary';

/** The operation's path on the caller's own objects (a missing one where there are none). */
function ownPath(op: Operation, world: HostileWorld): string {
  const parts = op.path.split('/');
  return parts
    .map((part, i) =>
      /^\{\w+\}$/.test(part)
        ? (world.objects[`${parts[i - 1]}/${part}`]?.own[0] ?? 'khongco-hostile-404')
        : part,
    )
    .join('/');
}

/**
 * A well-formed write with a fresh `Idempotency-Key` from a session that is no session
 * (anonymous, made-up, expired, signed out…): refused, and the idempotency store must not
 * keep it. Operations open to the public are not asked.
 */
export function anonymousKeyedRequest(
  op: Operation,
  world: HostileWorld,
): fc.Arbitrary<HostileRequest> {
  const broken: readonly string[] = BROKEN_SESSIONS;
  const body = op.body ? shapedLike(jsonSchemaOf(op.body)) : fc.constant({});
  return fc
    .tuple(
      identityFor(op.callers, world).filter((identity) => broken.includes(identity.kind)),
      body,
      fc.uuid(),
    )
    .map(([identity, value, uuid]) => {
      const sent = asJson(value, 'a well-formed body');
      const method = op.method.toUpperCase();
      const path = ownPath(op, world);
      const label = `${identity.kind} with a fresh Idempotency-Key`;
      return {
        method,
        path,
        headers: { ...identity.headers, 'idempotency-key': `anon-${uuid}`, ...sent.headers },
        bytes: sent.bytes,
        identity,
        refusal: `identity: ${identity.kind}`,
        label,
        [fc.toStringMethod]: () => `${method} ${path} as ${label}`,
      };
    });
}
