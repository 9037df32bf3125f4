/** Bilingual, user-facing text: Vietnamese first. */
export interface LocalizedText {
  vi: string;
  en: string;
}

/**
 * An error the client should see, with a stable machine code. The body is
 * `{ error: { code, message, messageVi, field? } }`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: LocalizedText,
    readonly field?: string,
  ) {
    super(text.en);
  }

  toBody(): { error: { code: string; message: string; messageVi: string; field?: string } } {
    return {
      error: { code: this.code, message: this.text.en, messageVi: this.text.vi, field: this.field },
    };
  }
}

export const notFound = (what: LocalizedText, code: string): ApiError =>
  new ApiError(404, code, { vi: `Không tìm thấy ${what.vi}.`, en: `${what.en} not found.` });

export const forbidden = (text: LocalizedText): ApiError => new ApiError(403, 'FORBIDDEN', text);
