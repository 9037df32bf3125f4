import { route, routeGroup } from '../http/routeDefinition';
import { PEOPLE_SEARCHERS, peopleSearchQuery, searchPeople } from './peopleSearch';

/** Mounted at /api/people: find a person by name (their eligibility is `/:id/eligibility`). */
export const peopleRoutes = routeGroup({
  mount: '/api/people',
  tag: 'People',
  signInAtMount: true,
  routes: [
    route({
      method: 'get',
      path: '/',
      summary:
        'Find people by name, marks optional ("Lo Van" finds "Lò Văn Púa"); unit staff their own unit only (paginated)',
      descriptionVi:
        'Tìm cán bộ theo tên (gõ có dấu hoặc không dấu); cán bộ đơn vị chỉ tìm trong đơn vị mình.',
      callers: PEOPLE_SEARCHERS,
      query: peopleSearchQuery,
      success: {
        status: 200,
        description: '`{ items: [{ id, fullName, unitId, position? }], page, pageSize, total }`',
      },
      handle: ({ actor, query }) => searchPeople(actor, query),
    }),
  ],
});
