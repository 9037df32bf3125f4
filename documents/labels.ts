import { CATALOGUE, isAwardCode } from '../domain/catalogue';

/** The award's Vietnamese name, e.g. "Chiến sĩ thi đua cơ sở"; the code if unknown. */
export function awardName(code: string): string {
  return isAwardCode(code) ? CATALOGUE[code].name.vi : code;
}

/** "danh hiệu" for emulation titles, "" for forms (Bằng khen …), as decisions word them. */
export function awardPhrase(code: string): string {
  if (!isAwardCode(code)) return code;
  const award = CATALOGUE[code];
  return award.category === 'emulation_title' ? `danh hiệu "${award.name.vi}"` : award.name.vi;
}

/** "cá nhân" / "tập thể" / "cá nhân và tập thể", counted from the list. */
export function subjectsPhrase(kinds: ReadonlyArray<'individual' | 'collective'>): string {
  const individuals = kinds.filter((k) => k === 'individual').length;
  const collectives = kinds.length - individuals;
  const parts = [
    individuals > 0 ? `${String(individuals).padStart(2, '0')} cá nhân` : '',
    collectives > 0 ? `${String(collectives).padStart(2, '0')} tập thể` : '',
  ].filter(Boolean);
  return parts.join(' và ');
}

/** Vietnamese-safe, file-system-safe name: keeps diacritics, drops path and control characters. */
export function safeFileName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
