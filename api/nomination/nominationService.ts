import { createHash, randomUUID } from 'node:crypto';
import { isDuplicateKey } from '../../data/duplicateKey';
import type { z } from 'zod';
import { dossierChanges } from '../../domain/process/dossierChanges';
import type { Actor } from '../../domain/process/roles';
import { findByNumber } from '../../data/nomination/dossierNumber';
import { NominationModel } from '../../data/nomination/nominationModel';
import { NOT_EDITABLE_MESSAGE } from '../../workflows/nomination/supplementUpdate';
import { ApiError, notFound } from '../errors/apiError';
import { canRead, hidesDrafts, readScope, requireDrafter } from './nominationAccess';
import { LIST_FIELDS, listNominations } from './nominationList';
import { requireNomineeWithinUnit } from './nomineeScope';
import type {
  editNominationBody,
  listNominationsQuery,
  nominationContentBody,
} from './nominationSchemas';

const NOMINATION = { vi: 'hồ sơ đề nghị', en: 'Nomination' };

const NOT_EDITABLE = new ApiError(409, 'NOT_EDITABLE', NOT_EDITABLE_MESSAGE);

/** A stable ID for a request repeated with the same Idempotency-Key by the same person. */
export function idFor(actor: Actor, idempotencyKey: string | undefined): string {
  return idempotencyKey
    ? createHash('sha256').update(`${actor.userId}\n${idempotencyKey}`).digest('hex').slice(0, 32)
    : randomUUID().replaceAll('-', '');
}

export type NominationChanges = z.infer<typeof editNominationBody>;
type Nomination = Awaited<ReturnType<NominationService['get']>>;

/** Drafts and reads: what lives in the database before and beside the workflow. */
export class NominationService {
  async createDraft(
    actor: Actor,
    body: z.infer<typeof nominationContentBody>,
    idempotencyKey: string | undefined,
  ) {
    const unitId = requireDrafter(actor);
    await requireNomineeWithinUnit(unitId, body.nominee, body.year);
    const id = idFor(actor, idempotencyKey);
    // Inserted first: only a repeated key (rare) pays the read of what it created before.
    try {
      const created = await NominationModel.create({
        _id: id,
        unitId,
        ...body,
        stage: 'draft',
        createdBy: actor,
        history: [{ seq: 0, at: new Date(), action: 'drafted', stage: 'draft', actor }],
      });
      return created.toObject();
    } catch (error) {
      // The same key again (a retry, or a race with itself): what the first request created.
      if (isDuplicateKey(error)) return NominationModel.findById(id).lean();
      throw error;
    }
  }

  /** The checks of an edit by the unit, whoever writes it: its own unit, its nominee in it. */
  async checkEdit(actor: Actor, nomination: Nomination, changes: NominationChanges) {
    if (requireDrafter(actor) !== nomination.unitId)
      throw notFound(NOMINATION, 'NOMINATION_NOT_FOUND');
    if (changes.nominee || changes.year) {
      const nominee = changes.nominee ?? nomination.nominee;
      await requireNomineeWithinUnit(nomination.unitId, nominee, changes.year ?? nomination.year);
    }
  }

  /** The unit edits its draft; every edit makes a new version (a returned one: its workflow). */
  async editDraft(actor: Actor, nomination: Nomination, changes: NominationChanges) {
    await this.checkEdit(actor, nomination, changes);
    const updated = await NominationModel.findOneAndUpdate(
      { _id: nomination._id, stage: 'draft' },
      { $set: changes, $inc: { dossierVersion: 1 } },
      { returnDocument: 'after' },
    ).lean();
    if (!updated) throw NOT_EDITABLE;
    return updated;
  }

  async get(actor: Actor, id: string) {
    const nomination = await NominationModel.findById(id).lean();
    if (!nomination || !canRead(actor, nomination.unitId, nomination.stage)) {
      throw notFound(NOMINATION, 'NOMINATION_NOT_FOUND');
    }
    return nomination;
  }

  /** What changed between the last two submissions (for the secretariat after a return). */
  async changes(actor: Actor, id: string) {
    const { submissions } = await this.get(actor, id);
    const [previous, latest] = submissions.slice(-2);
    if (!previous || !latest)
      return { fromVersion: null, toVersion: latest?.version ?? null, changes: [] };
    return {
      fromVersion: previous.version,
      toVersion: latest.version,
      changes: dossierChanges(previous.content, latest.content),
    };
  }

  async list(actor: Actor, query: z.infer<typeof listNominationsQuery>) {
    const scope = readScope(actor);
    const noDrafts = hidesDrafts(actor);
    if (
      (scope && query.unitId && query.unitId !== scope) ||
      (noDrafts && query.stage === 'draft')
    ) {
      return { items: [], page: query.page, pageSize: query.pageSize, total: 0 };
    }
    if (query.number) return this.listByNumber(actor, query, query.number);
    return listNominations(scope ?? query.unitId, query, noDrafts);
  }

  /**
   * The nominations a number names that the actor may read, in their dossier's order and
   * under the list's other filters: point reads of `_id` only (data/nomination/dossierNumber).
   */
  private async listByNumber(
    actor: Actor,
    query: z.infer<typeof listNominationsQuery>,
    number: string,
  ) {
    const found = await findByNumber(number);
    const docs = await Promise.all(
      (found?.nominationIds ?? []).map((id) => NominationModel.findById(id, LIST_FIELDS).lean()),
    );
    const matching = docs.filter(
      (n): n is NonNullable<typeof n> =>
        !!n &&
        canRead(actor, n.unitId, n.stage) &&
        (!query.unitId || n.unitId === query.unitId) &&
        (!query.stage || n.stage === query.stage) &&
        (!query.year || n.year === query.year),
    );
    const from = (query.page - 1) * query.pageSize;
    return {
      items: matching.slice(from, from + query.pageSize),
      page: query.page,
      pageSize: query.pageSize,
      total: matching.length,
    };
  }
}
