import { clearStoredDrafts, type DraftStorage } from '../../../web/src/shell/draftKeys';

/** The browser's localStorage, in memory. */
class MemoryStorage implements DraftStorage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

test('sign-out forgets every saved form draft, and only those', () => {
  const storage = new MemoryStorage();
  storage.setItem('tdkt.draft.nomination.new', '{"nominee":{"name":"Lò Văn Púa"}}');
  storage.setItem('tdkt.draft.appraisal.n1', '{"note":"Đủ điều kiện"}');
  storage.setItem('tdkt.draft.admin.user', '{}');
  storage.setItem('tdkt.lang', 'vi');
  clearStoredDrafts(storage);
  expect(storage.length).toBe(1);
  expect(storage.getItem('tdkt.lang')).toBe('vi');
});
