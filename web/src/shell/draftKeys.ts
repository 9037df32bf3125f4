/** Where a form's draft is kept in the browser's storage: `tdkt.draft.<form>`. */
export const DRAFT_PREFIX = 'tdkt.draft.';

/** What of the browser's `Storage` forgetting drafts needs (no DOM types, so Node tests it). */
export interface DraftStorage {
  readonly length: number;
  key(index: number): string | null;
  removeItem(key: string): void;
}

/**
 * Forgets every saved form draft in this browser: at sign-out, so the next person at a shared
 * computer does not find what the last one typed.
 */
export function clearStoredDrafts(storage: DraftStorage): void {
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
  for (const key of keys) if (key?.startsWith(DRAFT_PREFIX)) storage.removeItem(key);
}
