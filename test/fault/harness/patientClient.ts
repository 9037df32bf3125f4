import { DEMO_PASSWORD } from '../../../scripts/seed/demoData';

export interface Answer<T = any> {
  status: number;
  body: T;
}

/** Answers that mean "not now, ask again": the caller repeats the same request. */
const TRY_AGAIN = new Set([429, 502, 503, 504]);
const ANSWER_WITHIN_MS = 40_000;
/** Longer than any outage here plus the activities' retry back-off. */
const GIVE_UP_AFTER_MS = 240_000;

/**
 * Every answer the clients of one test saw, counted by status and error code, and the
 * ones that break the API's promise: a 5xx other than 503, or no answer within 40 s (the API bounds its waits to 25 s).
 */
export class AnswerLog {
  readonly counts = new Map<string, number>();
  readonly broken: string[] = [];

  record(what: string, request: string, promiseBroken: boolean): void {
    this.counts.set(what, (this.counts.get(what) ?? 0) + 1);
    if (promiseBroken && this.broken.length < 20) this.broken.push(`${request} → ${what}`);
  }

  count(prefix: string): number {
    let total = 0;
    for (const [what, n] of this.counts) if (what.startsWith(prefix)) total += n;
    return total;
  }
}

/**
 * A signed-in caller that does what a careful client of the API does during an outage:
 * every write carries an Idempotency-Key, and a request that got no answer, a 503, a 429
 * or "the same key is still running" is sent again, identical, until it gets a real answer.
 */
export class PatientClient {
  private constructor(
    private readonly apiUrl: string,
    private readonly answers: AnswerLog,
    private readonly token: string,
    /** Aborted when the test gives up: no more repeats. */
    private readonly cancelled?: AbortSignal,
  ) {}

  static async signIn(
    apiUrl: string,
    username: string,
    answers: AnswerLog,
    cancelled?: AbortSignal,
  ): Promise<PatientClient> {
    const anonymous = new PatientClient(apiUrl, answers, '', cancelled);
    const signedIn = await anonymous.send<{ token: string }>('POST', '/api/auth/login', {
      username,
      password: DEMO_PASSWORD,
      tokenType: 'bearer',
    });
    if (signedIn.status !== 200) throw new Error(`sign-in of ${username}: ${signedIn.status}`);
    return new PatientClient(apiUrl, answers, signedIn.body.token, cancelled);
  }

  get<T = any>(path: string): Promise<Answer<T>> {
    return this.send<T>('GET', path);
  }

  post<T = any>(path: string, body: unknown, idempotencyKey: string): Promise<Answer<T>> {
    return this.send<T>('POST', path, body, idempotencyKey);
  }

  private async send<T>(
    method: string,
    path: string,
    body?: unknown,
    idempotencyKey?: string,
  ): Promise<Answer<T>> {
    const request = `${method} ${path}`;
    const giveUpAt = Date.now() + GIVE_UP_AFTER_MS;
    for (let attempt = 0; ; attempt += 1) {
      const answer = await this.sendOnce<T>(method, path, body, idempotencyKey);
      const code = (answer?.body as { error?: { code?: string } } | undefined)?.error?.code;
      const what = answer ? `${answer.status}${code ? ` ${code}` : ''}` : 'no answer';
      const broken = !answer || (answer.status >= 500 && answer.status !== 503);
      this.answers.record(what, request, broken);
      const again =
        !answer ||
        TRY_AGAIN.has(answer.status) ||
        answer.status >= 500 ||
        code === 'IDEMPOTENCY_KEY_IN_USE';
      if (!again) return answer;
      if (this.cancelled?.aborted || Date.now() > giveUpAt) {
        throw new Error(`${request}: still ${what}, given up`);
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(2000, 200 * 2 ** attempt)));
    }
  }

  /** One attempt, no repeat: `undefined` when no answer came within 40 s. */
  async sendOnce<T>(
    method: string,
    path: string,
    body?: unknown,
    idempotencyKey?: string,
  ): Promise<Answer<T> | undefined> {
    try {
      const response = await fetch(`${this.apiUrl}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
          ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    } catch {
      return undefined; // refused, reset or timed out: the caller cannot know what happened
    }
  }
}
