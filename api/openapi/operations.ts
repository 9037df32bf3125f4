import { adminRoutes } from '../admin/adminRoutes';
import { auditRoutes } from '../audit/auditRoutes';
import { timelineRoutes } from '../audit/timelineRoutes';
import { authRoutes } from '../auth/authRoutes';
import { configurationRoutes } from '../configuration/configurationRoutes';
import { councilRosterRoutes, councilRoutes } from '../councilRound/councilRoutes';
import { decisionRoutes, publicDecisionRoutes } from '../awardDecision/decisionRoutes';
import { delegationRoutes } from '../delegation/delegationRoutes';
import { deskRoutes } from '../desk/deskRoutes';
import { documentRoutes } from '../documents/documentRoutes';
import { personEligibilityRoutes } from '../eligibility/eligibilityRoutes';
import { healthRoutes } from '../health/healthRoutes';
import { historyRoutes } from '../history/historyRoutes';
import { operationsOf, type RouteGroup } from '../http/routeDefinition';
import { metricsRoutes } from '../metrics/metricsRoutes';
import { dossierRoutes } from '../nomination/dossierRoutes';
import { nominationActionRoutes } from '../nomination/nominationActionRoutes';
import { nominationRoutes } from '../nomination/nominationRoutes';
import { inboxRoutes } from '../notification/inboxRoutes';
import { peopleRoutes } from '../people/peopleRoutes';
import { registrationRoutes } from '../registration/registrationRoutes';
import { revocationRoutes } from '../revocation/revocationRoutes';
import { statisticsRoutes } from '../statistics/statisticsRoutes';
import { openApiRoutes } from './openApiRoutes';
import type { Operation } from './operationTypes';

/**
 * Every route group of the app. `createApp` mounts each (with its services, in the order
 * the middleware needs); `test/integration/openapi.test.ts` proves the app has exactly these.
 */
const ROUTE_GROUPS: readonly RouteGroup<never>[] = [
  healthRoutes,
  metricsRoutes,
  openApiRoutes,
  authRoutes,
  nominationRoutes,
  nominationActionRoutes,
  timelineRoutes,
  dossierRoutes,
  documentRoutes,
  decisionRoutes,
  publicDecisionRoutes,
  councilRoutes,
  councilRosterRoutes,
  delegationRoutes,
  configurationRoutes,
  revocationRoutes,
  historyRoutes,
  peopleRoutes,
  personEligibilityRoutes,
  inboxRoutes,
  adminRoutes,
  auditRoutes,
  deskRoutes,
  statisticsRoutes,
  registrationRoutes,
];

/** The document's sections, in the order a reader meets the process. */
const TAGS = [
  'System',
  'Sign-in',
  'Nominations',
  'Documents',
  'Dossiers',
  'Decisions',
  'Public register',
  'Council rounds',
  'Delegations',
  'Configuration',
  'Revocations',
  'History',
  'People',
  'Inbox',
  'Administration',
  'Audit',
  'Secretariat desk',
  'Statistics',
  'Registrations',
];

function tagOrder(op: Operation): number {
  const index = TAGS.indexOf(op.tag);
  if (index < 0) throw new Error(`OpenAPI: tag "${op.tag}" has no place in TAGS`);
  return index;
}

/** Every route of the API, as the OpenAPI document describes it, grouped by tag. */
export const OPERATIONS: readonly Operation[] = ROUTE_GROUPS.flatMap((group) =>
  operationsOf(group),
).sort((a, b) => tagOrder(a) - tagOrder(b));
