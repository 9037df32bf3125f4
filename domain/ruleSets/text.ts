/** A user-facing text in both languages of the product (Vietnamese first, with diacritics). */
export interface LocalizedText {
  vi: string;
  en: string;
}
