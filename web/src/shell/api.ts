import type { Text } from './i18n';

/** An API refusal as the server states it: `{error: {code, message, messageVi, field}}`. */
export interface Problem {
  status: number;
  code: string;
  message: Text;
  /** The request field that caused it (`nominee.name`, `choices.0.choice`), when known. */
  field?: string;
}

export class ApiFailure extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message.en);
  }
}

const NETWORK_DOWN: Text = {
  vi: 'Không kết nối được máy chủ. Nội dung bạn nhập vẫn được giữ; hãy thử lại.',
  en: 'The server cannot be reached. What you typed is kept; please try again.',
};

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Told when the session has ended (401), so the page can ask to sign in again in place. */
const expiryListeners = new Set<() => void>();

export function onSessionExpired(listener: () => void): () => void {
  expiryListeners.add(listener);
  return () => expiryListeners.delete(listener);
}

/** Told when the API answers that the password must be changed first (an administrator set it). */
const passwordChangeListeners = new Set<() => void>();

export function onPasswordChangeRequired(listener: () => void): () => void {
  passwordChangeListeners.add(listener);
  return () => passwordChangeListeners.delete(listener);
}

/** The anti-forgery token the server set beside the httpOnly session cookie (`__Host-` in production). */
function csrfToken(): string | undefined {
  const match = /(?:^|;\s*)(?:__Host-)?tdkt_csrf=([^;]+)/.exec(document.cookie);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

interface RequestOptions {
  /** One key per user action: a repeated click or a retried request has one effect. */
  idempotencyKey?: string;
  /** Sign-in itself answers 401 for a wrong password; that is not an expired session. */
  expectUnauthenticated?: boolean;
}

/** The JSON API with the browser's session cookie; writes carry `X-CSRF-Token`. */
export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (UNSAFE.has(method)) {
    const csrf = csrfToken();
    if (csrf) headers['x-csrf-token'] = csrf;
    headers['idempotency-key'] = options.idempotencyKey ?? crypto.randomUUID();
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiFailure({ status: 0, code: 'NETWORK', message: NETWORK_DOWN });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : undefined;
  if (response.ok) return parsed as T;
  const error = (parsed as { error?: Record<string, string> } | undefined)?.error ?? {};
  const problem: Problem = {
    status: response.status,
    code: error.code ?? 'HTTP_' + response.status,
    message: {
      vi: error.messageVi ?? error.message ?? `Lỗi ${response.status}`,
      en: error.message ?? `Error ${response.status}`,
    },
    ...(error.field && { field: error.field }),
  };
  if (response.status === 401 && !options.expectUnauthenticated) {
    for (const listener of expiryListeners) listener();
  }
  if (problem.code === 'PASSWORD_CHANGE_REQUIRED') {
    for (const listener of passwordChangeListeners) listener();
  }
  throw new ApiFailure(problem);
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, body, options),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
};

/** A query string from the defined values only. */
export function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A paginated list as every list route returns it. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  /** The long lists count a few pages ahead only: then there are at least `total`. */
  totalIsLowerBound?: boolean;
  /** The desk: where the next page begins (its `after`), null on the last. */
  next?: string | null;
}
