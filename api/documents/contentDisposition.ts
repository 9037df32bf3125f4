/**
 * `attachment` with a Vietnamese file name: an ASCII fallback (diacritics dropped, đ → d) for
 * old clients, and the exact name as RFC 5987 `filename*=UTF-8''…` (RFC 6266, section 4.3).
 */
export function contentDisposition(fileName: string): string {
  const name = fileName.normalize('NFC');
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(name)}`;
}

/** Percent-encodes everything outside RFC 5987's attr-char set. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
