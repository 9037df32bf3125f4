import { useState } from 'preact/hooks';

const DRAFT_PREFIX = 'tdkt.draft.';

/**
 * Forgets every saved form draft in this browser: at sign-out, so the next person at a shared
 * computer does not find what the last one typed.
 */
export function clearStoredDrafts(storage: Storage = localStorage): void {
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
  for (const key of keys) if (key?.startsWith(DRAFT_PREFIX)) storage.removeItem(key);
}

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
