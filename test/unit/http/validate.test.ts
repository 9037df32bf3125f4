import { z } from 'zod';
import { ApiError } from '../../../api/errors/apiError';
import { validate } from '../../../api/http/validate';

const body = z.strictObject({ reason: z.string(), nested: z.strictObject({ a: z.number() }) });

function refusal(input: unknown): ReturnType<ApiError['toBody']>['error'] {
  try {
    validate(body, input);
  } catch (error) {
    return (error as ApiError).toBody().error;
  }
  throw new Error('accepted');
}

describe('validation errors name a few unknown keys, not all of them', () => {
  test('10,000 unknown keys: three named (each cut at 40 characters), the rest counted', () => {
    const input: Record<string, unknown> = { reason: 'x', nested: { a: 1 } };
    for (let i = 0; i < 10_000; i += 1) input[`khoa-la-${i}-${'x'.repeat(100)}`] = i;
    const error = refusal(input);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message.length).toBeLessThan(300);
    expect(error.messageVi.length).toBeLessThan(300);
    expect(error.message).toContain('and 9997 more');
    expect(error.messageVi).toContain('và 9997 khóa khác');
    expect(error.message).toContain(`"khoa-la-0-${'x'.repeat(30)}…"`);
    expect(error.message).not.toContain('khoa-la-3-');
  });

  test('a few unknown keys are all named, with the field they are in', () => {
    const error = refusal({ reason: 'x', nested: { a: 1, role: 'admin' } });
    expect([error.field, error.message]).toEqual([
      'nested',
      'Invalid field "nested": unrecognized key(s) "role"',
    ]);
    expect(error.messageVi).toBe('Dữ liệu không hợp lệ ở "nested": khóa không được phép "role"');
  });
});
