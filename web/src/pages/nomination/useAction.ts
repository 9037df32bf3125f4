import { useState } from 'preact/hooks';
import { api, ApiFailure, type Problem } from '../../shell/api';

/**
 * One button's POST: busy while it runs, the refusal kept for display, `done` after success.
 * The Idempotency-Key is fixed per attempt, so a double click has one effect.
 */
export function useAction(done: () => void) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  const run = async (path: string, body?: unknown) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await api.post(path, body, { idempotencyKey: crypto.randomUUID() });
      done();
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      setProblem(error.problem);
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, run };
}
