import { useState } from 'preact/hooks';
import { ApiFailure, request, type Problem } from '../../shell/api';

/**
 * One administrative write: busy while it runs, the refusal kept to show next to its field,
 * `onDone` with the answer. One Idempotency-Key per press, so a double click has one effect.
 */
export function useSubmit<T = unknown>(onDone: (answer: T) => void) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  const run = async (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body: unknown) => {
    setBusy(true);
    setProblem(undefined);
    try {
      onDone(await request<T>(method, path, body, { idempotencyKey: crypto.randomUUID() }));
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      setProblem(error.problem);
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, run, setProblem };
}
