import { DEMO_PASSWORD } from '../../scripts/seed/demoData';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
}

/** A tiny HTTP client over real fetch, signed in as one user. */
export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  static async signIn(baseUrl: string, username: string): Promise<ApiClient> {
    const response = await new ApiClient(baseUrl).post<{ token: string }>('/api/auth/login', {
      username,
      password: DEMO_PASSWORD,
      tokenType: 'bearer',
    });
    if (response.status !== 200) {
      throw new Error(`sign-in of ${username} failed: ${JSON.stringify(response.body)}`);
    }
    return new ApiClient(baseUrl, response.body.token);
  }

  get<T = any>(path: string): Promise<ApiResponse<T>> {
    return this.request<T>('GET', path);
  }

  post<T = any>(
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    return this.request<T>('POST', path, body, headers);
  }

  /** A file as the raw request body (the history import). */
  postFile<T = any>(path: string, file: Buffer, contentType: string): Promise<ApiResponse<T>> {
    return this.request<T>('POST', path, new Uint8Array(file), { 'content-type': contentType });
  }

  /** A file the API sends (an export): the status and the body as text. */
  async getText(path: string): Promise<ApiResponse<string>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      headers: this.token ? { authorization: `Bearer ${this.token}` } : {},
    });
    return { status: response.status, body: await response.text() };
  }

  async request<T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const raw = typeof body === 'string' || body instanceof Uint8Array;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }
}

/** Polls until `check` passes (the read model is updated asynchronously by activities). */
export async function eventually<T>(
  probe: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 15000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!check(last)) {
    if (Date.now() > deadline)
      throw new Error(`condition not met; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await probe();
  }
  return last;
}
