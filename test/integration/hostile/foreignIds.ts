import fc from 'fast-check';
import type { Operation } from '../../../api/openapi/operationTypes';
import { asJson, type BodyCase } from './hostileBodies';
import { UNIT_A, type HostileWorld } from './hostileFixtures';
import type { Identity } from './identities';
import { jsonSchemaOf, shapedLike, type JsonSchema } from './schemaArbitrary';

/** A body field that names another object: `nominee.personId`, `nominationIds`, `unitId`… */
const ID_FIELD = /Ids?$/;

type Key = string | number;

/** Where the schema puts an id of another object (an array's first item for a list of them). */
function idFieldPaths(schema: JsonSchema, path: Key[] = []): Key[][] {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.flatMap((s) => idFieldPaths(s, path));
  if (schema.type === 'array' && schema.items) return idFieldPaths(schema.items, [...path, 0]);
  return Object.entries(schema.properties ?? {}).flatMap(([key, child]) => {
    if (!ID_FIELD.test(key)) return idFieldPaths(child, [...path, key]);
    return [child.type === 'array' ? [...path, key, 0] : [...path, key]];
  });
}

/** `value` with `leaf` at `path`, the objects and arrays on the way made if missing. */
function put(value: unknown, path: Key[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path as [Key, ...Key[]];
  const container = (value ?? (typeof head === 'number' ? [] : {})) as Record<Key, unknown>;
  const copy = Array.isArray(container) ? [...container] : { ...container };
  (copy as Record<Key, unknown>)[head] = put(container[head], rest, leaf);
  return copy;
}

/** A body that is otherwise the route's own, with the other unit's object in one id field. */
export interface ForeignIdCase extends BodyCase {
  foreignField: string;
}

/** Bodies carrying unit B's ids (nominations, people, collectives, the unit) in id fields. */
export function foreignIdBodies(op: Operation, world: HostileWorld): fc.Arbitrary<ForeignIdCase>[] {
  if (!op.body) return [];
  const schema = jsonSchemaOf(op.body);
  const paths = idFieldPaths(schema);
  if (!paths.length) return [];
  return [
    fc
      .tuple(shapedLike(schema), fc.constantFrom(...paths), fc.constantFrom(...world.foreignIds))
      .map(([body, path, id]) => {
        const field = path.join('.');
        const shown = asJson(put(body, path, id), `unit B's ${id} in ${field}`);
        return { ...shown, foreignField: field };
      }),
  ];
}

/** Unit A's officers and heads: the callers another unit's objects are out of reach for. */
export function unitAStaff(identity: Identity): boolean {
  const { attacker } = identity;
  return attacker?.unitId === UNIT_A && ['unit_officer', 'unit_head'].includes(attacker.role ?? '');
}

/** Why unit A's staff must be refused a body naming unit B's object in an id field. */
export function foreignIdRefusal(body: BodyCase, identity: Identity): string | undefined {
  return 'foreignField' in body && unitAStaff(identity)
    ? `another unit's object in ${String(body.foreignField)}`
    : undefined;
}
