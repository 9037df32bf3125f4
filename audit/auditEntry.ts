import type { ActorRole } from '../domain/process/roles';
import type { ChainedDocument } from './chain';

/** Who acted: a signed-in person, the system (deadlines, automatic steps), or a sign-in attempt. */
export interface AuditActor {
  userId: string;
  name?: string;
  role: ActorRole | 'anonymous';
  unitId?: string;
}

/** What an entry is about: a nomination, a council round, a decision… */
export interface AuditObject {
  type: string;
  id: string;
}

/**
 * One audit entry before it is chained: who, when, from where, what, why, before and
 * after. Nothing secret goes in: no passwords, tokens or secret-ballot choices.
 */
export interface AuditEntryInput {
  /**
   * Unique per event: a retried activity appends nothing twice. `api:<uuid>` for a
   * request, `transition:<nominationId>:<seq>` for a workflow step.
   */
  key: string;
  /** When it happened (the request's arrival, or the workflow's time of the step). */
  at: Date;
  /**
   * `api`: a request's, appended once its answer is sent, by nobody awaited (so it may wait
   * for company: appendAuditEntry.ts); `workflow`: a step's, awaited by its activity.
   */
  source: 'api' | 'workflow';
  /** `security`: a refused request (api/audit/securityEvents.ts); absent for the rest. */
  kind?: 'security';
  /** Machine name of the action: `POST /api/nominations/:id/appraisal`, `transition.rejected`… */
  action: string;
  actor: AuditActor;
  /** Short human description, Vietnamese first. */
  summary: { vi: string; en: string };
  objects: AuditObject[];
  /** Nominations concerned, for the per-dossier timeline. */
  nominationIds: string[];
  /** The reason or note the actor gave. */
  why?: string;
  /** Where from: client address and user agent of a request. */
  ip?: string;
  userAgent?: string;
  method?: string;
  route?: string;
  path?: string;
  status?: number;
  idempotencyKey?: string;
  /** The request body with secrets removed (absent for secret ballots). */
  request?: unknown;
  /** State before: e.g. the nomination's stage and sequence number. */
  before?: unknown;
  /** State after: the response's key fields, or the step's result. */
  after?: unknown;
}

/** An entry as stored: the input, its place in the chain and when it was written. */
export type AuditEntryDocument = ChainedDocument &
  Omit<AuditEntryInput, 'at'> & { at: Date; recordedAt: Date };
