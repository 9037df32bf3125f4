import type { Registry } from 'prom-client';
import { route, routeGroup } from '../http/routeDefinition';

/** GET /metrics, at the app's root: this process's registry (`createApiMetrics`). */
export const metricsRoutes = routeGroup<Registry>({
  mount: '',
  tag: 'System',
  signInAtMount: false,
  routes: [
    route({
      method: 'get',
      path: '/metrics',
      summary:
        "Prometheus metrics of this API process: `tdkt_http_request_duration_seconds` (by method, route template and status), `tdkt_http_requests_in_flight`, `tdkt_http_refusals_total` (by status and error code), `tdkt_http_rate_limit_hits_total` (by route), the nominations' gauges (`tdkt_nominations_open` by stage and holder role, `tdkt_nominations_overdue` and `tdkt_nominations_oldest_wait_seconds` by stage, read at most once a minute) and Node's own `process_*` / `nodejs_*`",
      descriptionVi:
        'Số liệu vận hành theo định dạng Prometheus: lưu lượng HTTP, lỗi theo mã, số hồ sơ đang mở theo bước và người đang giữ, quá hạn, thời gian chờ lâu nhất.',
      callers: 'public',
      success: {
        status: 200,
        description: 'Prometheus text exposition format',
        files: ['text/plain; version=0.0.4; charset=utf-8'],
      },
      handle: async (_input, registry) => ({
        type: registry.contentType,
        body: await registry.metrics(),
      }),
      send: (res, { type, body }) => {
        // As prom-client names it (`res.send` would rewrite the charset's place).
        res.setHeader('Content-Type', type);
        res.end(body);
      },
    }),
  ],
});
