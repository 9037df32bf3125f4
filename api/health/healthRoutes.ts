import type { Client } from '@temporalio/client';
import {
  databaseCheck,
  pollersCheck,
  runChecks,
  temporalCheck,
  type Check,
} from '../../observability/health';
import { ApiError } from '../errors/apiError';
import { apiRouter } from '../http/apiRouter';

/**
 * Probes for a load balancer. Liveness says only that the process answers (restart it if
 * not); readiness says whether it can serve: the database, the Temporal frontend and a
 * worker polling the task queue. Both come before the rate limit and the audit trail.
 */
export function healthRoutes(temporal: Client, taskQueue: string) {
  /**
   * Each dependency, with its name as the 503's Vietnamese message says it. The client is
   * read at each probe, not here: the OpenAPI test builds the app without one.
   */
  const dependencies: Record<string, { vi: string; check: Check }> = {
    database: { vi: 'cơ sở dữ liệu', check: databaseCheck },
    temporal: {
      vi: 'máy chủ quy trình (Temporal)',
      check: () => temporalCheck(temporal.connection)(),
    },
    worker: {
      vi: 'tiến trình xử lý (worker)',
      check: () => pollersCheck(temporal.connection, temporal.options.namespace, taskQueue)(),
    },
  };
  const checks = Object.fromEntries(
    Object.entries(dependencies).map(([name, { check }]) => [name, check]),
  );

  const router = apiRouter();
  router.get('/', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    const { ready, checks: results } = await runChecks(checks);
    if (ready) {
      res.json({ status: 'ready', checks: results });
      return;
    }
    const down = Object.keys(results).filter((name) => !results[name]!.ok);
    const error = new ApiError(
      503,
      'NOT_READY',
      {
        vi: `Dịch vụ chưa sẵn sàng: không kết nối được ${down.map((name) => dependencies[name]!.vi).join(', ')}.`,
        en: `Not ready: ${down.join(', ')} unavailable.`,
      },
      down[0],
    );
    res.status(503).json({ status: 'unready', checks: results, ...error.toBody() });
  });
  return router;
}
