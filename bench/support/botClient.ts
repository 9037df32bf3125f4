import { DEMO_PASSWORD } from '../../scripts/seed/demoData';

/** HTTP requests the bots made: the people's actions, and their polls for a stage. */
export interface RequestCount {
  actions: number;
  polls: number;
}

/** One signed-in person over real HTTP; any answer but the expected status is an error. */
export class BotClient {
  private constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    readonly count: RequestCount,
  ) {}

  static async signIn(baseUrl: string, username: string, count: RequestCount): Promise<BotClient> {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD, tokenType: 'bearer' }),
    });
    if (response.status !== 200) throw new Error(`sign-in of ${username}: ${response.status}`);
    const { token } = (await response.json()) as { token: string };
    return new BotClient(baseUrl, token, count);
  }

  /** A person's action: POST, expecting `status`. */
  async act<T>(path: string, body: unknown, status = 200): Promise<T> {
    this.count.actions += 1;
    return this.request<T>('POST', path, body, status);
  }

  /** Reads `path` until `done` says yes (the read model follows the workflow). */
  async waitFor<T>(path: string, done: (body: T) => boolean, timeoutMs = 120_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      this.count.polls += 1;
      const body = await this.request<T>('GET', path, undefined, 200);
      if (done(body)) return body;
      if (Date.now() > deadline) throw new Error(`${path}: still ${JSON.stringify(body)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  private async request<T>(method: string, path: string, body: unknown, status: number) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status !== status) {
      throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }
}
