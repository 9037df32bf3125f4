import { readFileSync } from 'node:fs';

/**
 * Tinos (SIL Open Font License 1.1, embedding allowed): metric-compatible with Times New Roman,
 * the face Decree 30/2020/NĐ-CP prescribes, with every Vietnamese letter and tone mark as a
 * precomposed glyph. Shipped inside the npm package `@expo-google-fonts/tinos`; the used
 * glyphs are embedded (subset) in each PDF.
 */
const FILES = {
  regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
} as const;

export type FontStyle = keyof typeof FILES;

let cache: Record<FontStyle, Buffer> | undefined;

/** The four faces, read once per process. */
export function documentFonts(): Record<FontStyle, Buffer> {
  cache ??= Object.fromEntries(
    Object.entries(FILES).map(([style, file]) => [style, readFileSync(require.resolve(file))]),
  ) as Record<FontStyle, Buffer>;
  return cache;
}

export function fontStyle(bold?: boolean, italic?: boolean): FontStyle {
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  if (italic) return 'italic';
  return 'regular';
}
