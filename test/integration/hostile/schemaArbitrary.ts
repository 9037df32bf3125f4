import fc from 'fast-check';
import { z } from 'zod';

/** The subset of JSON Schema that `z.toJSONSchema` produces for the API's request schemas. */
export interface JsonSchema {
  type?: string;
  const?: unknown;
  enum?: readonly unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

/** The JSON Schema of a request schema, as the OpenAPI document publishes it. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Vietnamese text with its diacritics: the plain, expected kind of string. */
const VIETNAMESE = ['Lò Văn Púa', 'Hoàn thành xuất sắc nhiệm vụ', 'Đủ hồ sơ', 'Chuyên viên'];

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'date') return fc.constantFrom('2025-03-14', '2026-01-20');
  if (schema.format === 'date-time') return fc.constantFrom('2026-06-30T08:00:00.000Z');
  if (schema.format === 'email') return fc.constantFrom('can.bo@vcsdt.gov.vn');
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern), { size: 'xsmall' });
    } catch {
      // A construct fast-check cannot generate from (e.g. a look-ahead): plain text below.
    }
  }
  const min = schema.minLength ?? 0;
  const max = Math.max(min, Math.min(schema.maxLength ?? 40, 40));
  return fc.oneof(
    fc.constantFrom(...VIETNAMESE.filter((s) => s.length >= min && s.length <= max)),
    fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }),
  );
}

function numberOf(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? schema.exclusiveMinimum ?? -1_000_000;
  const max = schema.maximum ?? schema.exclusiveMaximum ?? 1_000_000;
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return fc.double({
    min,
    max,
    minExcluded: schema.exclusiveMinimum !== undefined,
    maxExcluded: schema.exclusiveMaximum !== undefined,
    noNaN: true,
    noDefaultInfinity: true,
  });
}

/**
 * Values shaped like what `schema` accepts: required properties always, optional ones
 * sometimes, sizes small. Refinements a JSON Schema cannot state (a date that exists, a
 * cross-field rule) may still fail; callers ask the zod schema itself what it accepts.
 */
export function shapedLike(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map(shapedLike));
  switch (schema.type) {
    case 'object': {
      const properties = Object.entries(schema.properties ?? {});
      if (properties.length === 0 && typeof schema.additionalProperties === 'object') {
        return fc.dictionary(
          stringOf(schema.propertyNames ?? { type: 'string', maxLength: 8 }),
          shapedLike(schema.additionalProperties),
          { maxKeys: 3 },
        );
      }
      return fc.record(
        Object.fromEntries(properties.map(([key, child]) => [key, shapedLike(child)])),
        { requiredKeys: schema.required ?? [] },
      );
    }
    case 'array': {
      const min = schema.minItems ?? 0;
      const max = Math.max(min, Math.min(schema.maxItems ?? 3, 3));
      return fc.array(shapedLike(schema.items ?? {}), { minLength: min, maxLength: max });
    }
    case 'string':
      return stringOf(schema);
    case 'integer':
      return numberOf(schema, true);
    case 'number':
      return numberOf(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      // fast-check's own `__proto__` keys would confuse the mutations; they add theirs.
      return fc.jsonValue({ maxDepth: 2 }).filter((v) => !JSON.stringify(v).includes('__proto__'));
  }
}
