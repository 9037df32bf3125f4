import { useCallback, useEffect, useState } from 'preact/hooks';
import { api, ApiFailure, type Problem } from './api';

export interface Resource<T> {
  data: T | undefined;
  problem: Problem | undefined;
  loading: boolean;
  reload: () => void;
}

/** GETs `path` (none while it is null), again when it changes or on `reload()`. */
export function useResource<T>(path: string | null): Resource<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [loading, setLoading] = useState(path !== null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (path === null) return undefined;
    let current = true;
    setLoading(true);
    api
      .get<T>(path)
      .then((value) => {
        if (!current) return;
        setData(value);
        setProblem(undefined);
      })
      .catch((error: unknown) => {
        if (current && error instanceof ApiFailure) setProblem(error.problem);
        else if (current) throw error;
      })
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [path, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data, problem, loading, reload };
}
