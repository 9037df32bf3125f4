import express, { type Express } from 'express';
import type { Tracer } from '@opentelemetry/api';
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import { adminRoutes } from './admin/adminRoutes';
import { AdminService } from './admin/adminService';
import { OrganisationService } from './admin/organisationService';
import { auditRoutes } from './audit/auditRoutes';
import { auditTrail } from './audit/auditTrail';
import { SecurityEvents, securityEvents } from './audit/securityEvents';
import { timelineRoutes } from './audit/timelineRoutes';
import { authRoutes } from './auth/authRoutes';
import { ApiError } from './errors/apiError';
import { errorHandler } from './errors/errorHandler';
import { councilRosterRoutes, councilRoutes } from './councilRound/councilRoutes';
import { CouncilService } from './councilRound/councilService';
import { rejectOperatorKeys } from './http/rejectOperatorKeys';
import { nominationRoutes } from './nomination/nominationRoutes';
import { NominationService } from './nomination/nominationService';
import { NominationProcessService } from './nomination/nominationProcessService';
import { nominationActionRoutes } from './nomination/nominationActionRoutes';
import { dossierRoutes } from './nomination/dossierRoutes';
import { decisionRoutes, publicDecisionRoutes } from './awardDecision/decisionRoutes';
import { DecisionService } from './awardDecision/decisionService';
import { documentRoutes } from './documents/documentRoutes';
import { DocumentService } from './documents/documentService';
import { delegationRoutes } from './delegation/delegationRoutes';
import { DelegationService } from './delegation/delegationService';
import { configurationRoutes } from './configuration/configurationRoutes';
import { revocationRoutes } from './revocation/revocationRoutes';
import { RevocationService } from './revocation/revocationService';
import { historyRoutes } from './history/historyRoutes';
import { personEligibilityRoutes } from './eligibility/eligibilityRoutes';
import { peopleRoutes } from './people/peopleRoutes';
import { deskRoutes } from './desk/deskRoutes';
import { DeskActions } from './desk/deskActions';
import { DeskService } from './desk/deskService';
import { statisticsRoutes } from './statistics/statisticsRoutes';
import { StatisticsService } from './statistics/statisticsService';
import { registrationRoutes } from './registration/registrationRoutes';
import { RegistrationService } from './registration/registrationService';
import { inboxRoutes } from './notification/inboxRoutes';
import { InboxService } from './notification/inboxService';
import { openApiDocument } from './openapi/openApiDocument';
import { openApiRoutes } from './openapi/openApiRoutes';
import { rateLimit } from './http/rateLimit';
import { capHeavyRequests, type InFlightLimits } from './http/inFlight';
import { ROUTING } from './http/apiRouter';
import { webRoutes } from './web/webRoutes';
import { securityHeaders } from './http/securityHeaders';
import { healthDependencies, healthRoutes } from './health/healthRoutes';
import { createApiMetrics } from './metrics/apiMetrics';
import { metricsRoutes } from './metrics/metricsRoutes';
import { mountRoutes } from './http/routeDefinition';
import { LOGIN_POLICY } from './auth/authPolicy';
import { requestLog } from './logging/requestLog';
import { requestSpan } from './http/requestSpan';

export interface AppDependencies {
  temporal: Client;
  taskQueue: string;
  sessionTtlHours: number;
  log: Logger;
  /** Per client address and API process; 0 turns the limit off. */
  requestsPerMinute?: number;
  loginsPerMinute?: number;
  /** Heavy requests (lists, statistics, exports) in flight at once; absent: no caps. */
  inFlight?: InFlightLimits;
  /** Express `trust proxy`: the reverse proxies whose X-Forwarded-* are believed (TRUST_PROXY). */
  trustProxy?: false | number | string;
  /** Traces each request (OTEL_EXPORTER_OTLP_ENDPOINT set); absent: no span, no cost. */
  tracer?: Tracer;
}

/** The HTTP front door. Stateless: any number of these can serve the same data. */
export function createApp(deps: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  // Before the first `use`: Express builds its router, with these options, at that call.
  app.set('case sensitive routing', ROUTING.caseSensitive);
  app.set('strict routing', ROUTING.strict);
  app.set('query parser', 'simple');
  // Before anything reads req.ip or req.secure: rate limits, caps, sign-in delays, audit.
  app.set('trust proxy', deps.trustProxy ?? false);
  const metrics = createApiMetrics();
  app.use(securityHeaders);
  app.use(metrics.measure);
  app.use(requestLog(deps.log));
  if (deps.tracer) app.use(requestSpan(deps.tracer));
  mountRoutes(app, metricsRoutes, metrics.registry);
  app.use(express.json({ limit: '256kb' }));
  app.use(rejectOperatorKeys);
  // Before the rate limit: a balancer's probes come from one address, as may its clients.
  mountRoutes(app, healthRoutes, healthDependencies(deps.temporal, deps.taskQueue));
  app.use('/api', rateLimit(deps.requestsPerMinute ?? 3000, 'API'));
  app.use('/api/auth/login', rateLimit(deps.loginsPerMinute ?? 30, 'đăng nhập / sign-in'));
  app.use('/api', capHeavyRequests(deps.inFlight ?? { perUser: 0, perAddress: 0, perProcess: 0 }));
  app.use('/api', auditTrail(deps.log));
  app.use('/api', securityEvents(new SecurityEvents(deps.log)));

  mountRoutes(app, openApiRoutes, openApiDocument);
  mountRoutes(app, authRoutes, { sessionTtlHours: deps.sessionTtlHours, policy: LOGIN_POLICY });
  const nominations = new NominationService();
  const nominationProcess = new NominationProcessService(
    deps.temporal,
    deps.taskQueue,
    nominations,
  );
  const decisions = new DecisionService(deps.temporal, deps.taskQueue);
  mountRoutes(app, nominationRoutes, { nominations, process: nominationProcess });
  mountRoutes(app, nominationActionRoutes, nominationProcess);
  mountRoutes(app, dossierRoutes, nominationProcess);
  mountRoutes(app, decisionRoutes, decisions);
  mountRoutes(app, publicDecisionRoutes, decisions);
  mountRoutes(app, documentRoutes, new DocumentService(deps.temporal, deps.taskQueue));
  mountRoutes(app, delegationRoutes, new DelegationService());
  mountRoutes(app, configurationRoutes, undefined);
  mountRoutes(app, revocationRoutes, new RevocationService(deps.temporal, deps.taskQueue));
  mountRoutes(app, councilRoutes, new CouncilService(deps.temporal, deps.taskQueue));
  mountRoutes(app, councilRosterRoutes, undefined);
  mountRoutes(app, historyRoutes, undefined);
  mountRoutes(app, peopleRoutes, undefined);
  mountRoutes(app, personEligibilityRoutes, undefined);
  mountRoutes(app, inboxRoutes, new InboxService());
  mountRoutes(app, adminRoutes, {
    admin: new AdminService(),
    organisation: new OrganisationService(),
  });
  mountRoutes(app, auditRoutes, undefined);
  mountRoutes(app, timelineRoutes, undefined);
  mountRoutes(app, deskRoutes, {
    desk: new DeskService(),
    actions: new DeskActions(nominationProcess),
  });
  mountRoutes(app, statisticsRoutes, new StatisticsService());
  mountRoutes(app, registrationRoutes, new RegistrationService());
  app.use('/api', () => {
    throw new ApiError(404, 'ROUTE_NOT_FOUND', {
      vi: 'Không có địa chỉ API này.',
      en: 'No such API route.',
    });
  });
  app.use(webRoutes());
  app.use(errorHandler(deps.log));
  return app;
}
