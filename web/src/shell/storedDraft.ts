import { useState } from 'preact/hooks';
import { DRAFT_PREFIX } from './draftKeys';

/**
 * Form state kept in this browser until the form is saved, so nothing typed is lost to a
 * reload, a validation error or an expired session. Each change is stored as it is made
 * (not after rendering, which could land after `clear()`); `clear()` after a successful save.
 */
export function useStoredDraft<T>(
  key: string,
  initial: () => T,
): [T, (next: T) => void, () => void] {
  const storageKey = `${DRAFT_PREFIX}${key}`;
  const [value, setValue] = useState<T>(() => {
    const saved = localStorage.getItem(storageKey);
    if (saved) {
      try {
        return JSON.parse(saved) as T;
      } catch {
        localStorage.removeItem(storageKey);
      }
    }
    return initial();
  });
  const set = (next: T) => {
    localStorage.setItem(storageKey, JSON.stringify(next));
    setValue(next);
  };
  const clear = () => localStorage.removeItem(storageKey);
  return [value, set, clear];
}
