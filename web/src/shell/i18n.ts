import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Vietnamese first; English on request, remembered in this browser. */
export type Lang = 'vi' | 'en';

/** User-facing text, Vietnamese first (the API's messages have the same shape). */
export interface Text {
  vi: string;
  en: string;
}

/** A page's or component's own table of texts, kept in its own file. */
type TextTable = Record<string, Text>;

const STORAGE_KEY = 'tdkt.lang';

export function storedLang(): Lang {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
}

export function storeLang(lang: Lang): void {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
}

export const LangContext = createContext<Lang>('vi');

export function useLang(): Lang {
  return useContext(LangContext);
}

/** The table's texts in the current language: `const t = useText(TEXT); t.title`. */
export function useText<T extends TextTable>(table: T): { [K in keyof T]: string } {
  const lang = useLang();
  const out = {} as { [K in keyof T]: string };
  for (const key of Object.keys(table) as (keyof T)[]) out[key] = table[key]![lang];
  return out;
}

/** One bilingual text (or an API `{vi, en?}` message) in the current language. */
export function pick(text: { vi: string; en?: string } | undefined, lang: Lang): string {
  if (!text) return '';
  return lang === 'en' && text.en ? text.en : text.vi;
}
