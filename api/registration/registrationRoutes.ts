import type { Role } from '../../domain/process/roles';
import { listRoute } from '../http/listRoute';
import { route, routeGroup, type RouteDefinition } from '../http/routeDefinition';
import {
  listQuery,
  registerBody,
  scoreBody,
  statusQuery,
  templateBody,
  yearField,
} from './registrationSchemas';
import type { RegistrationService } from './registrationService';

const SECRETARIAT: readonly Role[] = ['secretariat'];
const rankingQuery = statusQuery.pick({ year: true });

function scoreSheet(side: 'self' | 'council'): RouteDefinition<RegistrationService> {
  return route({
    method: 'put',
    path: `/score-sheets/:year/:unitId/${side}`,
    summary:
      side === 'self'
        ? "The unit head's self-assessment score sheet for the year"
        : "The council's score sheet for a unit in the year",
    descriptionVi:
      side === 'self' ? 'Bảng tự chấm điểm của đơn vị.' : 'Bảng chấm điểm của Hội đồng.',
    callers: side === 'self' ? ['unit_head'] : SECRETARIAT,
    params: { year: yearField },
    body: scoreBody,
    success: { status: 200, description: 'The stored score sheet' },
    errors: [422],
    handle: ({ actor, params, body }, service: RegistrationService) =>
      service.score(actor, params.year, params.unitId, side, body),
  });
}

/** Registration for the year's movement, and bloc score sheets with their ranking. */
export const registrationRoutes = routeGroup<RegistrationService>({
  mount: '/api/registrations',
  tag: 'Registrations',
  signInAtMount: true,
  routes: [
    route({
      method: 'post',
      path: '/',
      summary: "Register for the year's emulation movement",
      descriptionVi: 'Đăng ký thi đua.',
      callers: ['unit_officer', 'unit_head'],
      body: registerBody,
      success: { status: 201, description: 'The registration' },
      errors: [409, 422],
      handle: ({ actor, body }, service) => service.register(actor, body),
    }),
    listRoute({
      summary: 'List registrations (paginated)',
      descriptionVi: 'Danh sách đăng ký thi đua.',
      query: listQuery,
      take: (service, actor, query) => service.list(actor, query),
    }),
    route({
      method: 'get',
      path: '/status',
      summary: 'Which units have registered in a year',
      descriptionVi: 'Tình hình đăng ký thi đua của các đơn vị.',
      callers: 'signed-in',
      query: statusQuery,
      success: { status: 200, description: 'Registration status per unit' },
      handle: ({ actor, query }, service) => service.status(actor, query.year, query.unitId),
    }),
    route({
      method: 'get',
      path: '/templates/:year',
      summary: "The year's score-sheet template",
      descriptionVi: 'Mẫu bảng chấm điểm thi đua của năm.',
      callers: 'signed-in',
      params: { year: yearField },
      success: { status: 200, description: 'The template' },
      handle: ({ params }, service) => service.template(params.year),
    }),
    route({
      method: 'put',
      path: '/templates/:year',
      summary: "Set the year's score-sheet template",
      descriptionVi: 'Ban hành mẫu bảng chấm điểm của năm.',
      callers: SECRETARIAT,
      params: { year: yearField },
      body: templateBody,
      success: { status: 200, description: 'The stored template' },
      errors: [422],
      handle: ({ actor, params, body }, service) => service.setTemplate(actor, params.year, body),
    }),
    scoreSheet('self'),
    scoreSheet('council'),
    route({
      method: 'get',
      path: '/blocs/:blocId/ranking',
      summary: "The ranking of an emulation bloc's units in a year",
      descriptionVi: 'Xếp hạng các đơn vị trong khối thi đua.',
      callers: 'signed-in',
      query: rankingQuery,
      success: { status: 200, description: 'The ranking' },
      handle: ({ actor, params, query }, service) =>
        service.ranking(actor, query.year, params.blocId),
    }),
  ],
});
