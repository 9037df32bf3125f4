import type { Client } from '@temporalio/client';
import {
  databaseCheck,
  pollersCheck,
  runChecks,
  temporalCheck,
  type Check,
} from '../../observability/health';
import { ApiError } from '../errors/apiError';
import { route, routeGroup } from '../http/routeDefinition';

type Dependencies = Record<string, { vi: string; check: Check }>;

/**
 * Each dependency, with its name as the 503's Vietnamese message says it. The client is
 * read at each probe, not here: the OpenAPI test builds the app without one.
 */
export function healthDependencies(temporal: Client, taskQueue: string): Dependencies {
  return {
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
}

/**
 * Probes for a load balancer. Liveness says only that the process answers (restart it if
 * not); readiness says whether it can serve: the database, the Temporal frontend and a
 * worker polling the task queue. Both come before the rate limit and the audit trail.
 */
export const healthRoutes = routeGroup<Dependencies>({
  mount: '/api/health',
  tag: 'System',
  signInAtMount: false,
  routes: [
    route({
      method: 'get',
      path: '/',
      summary: 'Liveness check: the process answers (a balancer restarts it when it does not)',
      descriptionVi: 'Kiểm tra dịch vụ còn chạy.',
      callers: 'public',
      success: { status: 200, description: '`{ "status": "ok" }`' },
      handle: () => ({ status: 'ok' }),
    }),
    route({
      method: 'get',
      path: '/ready',
      summary:
        'Readiness check: the database, the Temporal frontend and a worker polling the task queue (each check bounded by 2 s; a worker counts when Temporal saw its poll in the last 75 s). 503 `NOT_READY` names the first dependency down; `checks` gives each with `ok`, `ms` and `error`',
      descriptionVi:
        'Kiểm tra dịch vụ sẵn sàng phục vụ: cơ sở dữ liệu, máy chủ quy trình Temporal và tiến trình xử lý (worker).',
      callers: 'public',
      success: {
        status: 200,
        description:
          '`{ "status": "ready", "checks": { "database": { "ok": true, "ms": 3 }, … } }`',
      },
      errors: [503],
      handle: async (_input, dependencies) => {
        const checks = Object.fromEntries(
          Object.entries(dependencies).map(([name, { check }]) => [name, check]),
        );
        const { ready, checks: results } = await runChecks(checks);
        if (ready) return { status: 'ready', checks: results };
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
        return { status: 'unready', checks: results, ...error.toBody() };
      },
      // Unready still names each check: the 503 carries them beside the error.
      send: (res, readiness) => {
        res.status(readiness.status === 'ready' ? 200 : 503).json(readiness);
      },
    }),
  ],
});
