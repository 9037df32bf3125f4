import { z } from 'zod';

function hasControlCharacter(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if ((code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r') || code === 0x7f) {
      return true;
    }
  }
  return false;
}

/**
 * Free text typed by a person: trimmed, non-empty, bounded, and free of control
 * characters (they have no place in a dossier and break generated documents).
 */
export function textField(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !hasControlCharacter(value), { message: 'contains control characters' });
}

/** A calendar date as the API speaks it: YYYY-MM-DD. */
export const isoDateField = z.iso.date();
