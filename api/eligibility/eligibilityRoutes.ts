import { route, routeGroup } from '../http/routeDefinition';
import { eligibilityQuery, personEligibility } from './eligibilityService';

/** Mounted at /api/people: a person's eligibility, rule by rule. */
export const personEligibilityRoutes = routeGroup({
  mount: '/api/people',
  tag: 'People',
  signInAtMount: true,
  routes: [
    route({
      method: 'get',
      path: '/:id/eligibility',
      summary: "A person's eligibility for an award in a year, rule by rule",
      descriptionVi: 'Điều kiện, tiêu chuẩn khen thưởng của một người, theo từng quy định.',
      callers: 'signed-in',
      query: eligibilityQuery,
      success: {
        status: 200,
        description:
          'The eligibility assessment, with `regime`: which rule set judged it (the one in force on `receivedOn`; the 2003 Law before 01/01/2024) and why, citing its basis; unit staff see hold and discipline reasons without their facts',
      },
      errors: [409, 422],
      handle: ({ actor, params, query }) => personEligibility(actor, params.id, query),
    }),
  ],
});
