import type { Router } from 'express';
import { apiRouter } from '../http/apiRouter';
import type { UpdateDefinition } from '@temporalio/client';
import type { z } from 'zod';
import type { LocalizedText } from '../../domain/ruleSets/text';
import {
  appraiseUpdate,
  cancelUpdate,
  externalOutcomeUpdate,
  objectionUpdate,
  rapporteurOpinionUpdate,
  withdrawUpdate,
  type NominationStatus,
} from '../../workflows/nomination/messages';
import { currentActor } from '../auth/authenticate';
import { idempotencyKey } from '../http/idempotencyKey';
import { validate } from '../http/validate';
import type { NominationProcessService } from './nominationProcessService';
import {
  appraisalBody,
  externalOutcomeBody,
  objectionBody,
  rapporteurOpinionBody,
  reasonBody,
} from './nominationSchemas';

/** One human action sent to a nomination's workflow as an update. */
export interface NominationAction {
  name: string;
  // The workflow's update definitions differ only in their argument type.
  update: UpdateDefinition<NominationStatus, [never]>;
  args: object;
  idempotencyKey?: string;
}

type ReasonInput = { code: string; message: { vi: string; en?: string }; item?: string };

/** A reason typed only in Vietnamese is shown in Vietnamese to English readers too. */
const withEnglish = (reasons: ReasonInput[] | undefined) =>
  reasons?.map((r) => ({
    ...r,
    message: { vi: r.message.vi, en: r.message.en ?? r.message.vi } as LocalizedText,
  }));

/** Path → update, request schema and how the body becomes the update's argument. */
export const ACTIONS: Record<
  string,
  { update: NominationAction['update']; body: z.ZodType; args?: (body: never) => object }
> = {
  appraisal: {
    update: appraiseUpdate as NominationAction['update'],
    body: appraisalBody,
    args: (b: z.infer<typeof appraisalBody>) => ({ ...b, reasons: withEnglish(b.reasons) }),
  },
  objections: { update: objectionUpdate as NominationAction['update'], body: objectionBody },
  'rapporteur-opinion': {
    update: rapporteurOpinionUpdate as NominationAction['update'],
    body: rapporteurOpinionBody,
  },
  withdraw: { update: withdrawUpdate as NominationAction['update'], body: reasonBody },
  cancel: { update: cancelUpdate as NominationAction['update'], body: reasonBody },
  'external-outcome': {
    update: externalOutcomeUpdate as NominationAction['update'],
    body: externalOutcomeBody,
  },
};

export function nominationActionRoutes(process: NominationProcessService): Router {
  const router = apiRouter();
  for (const [path, action] of Object.entries(ACTIONS)) {
    router.post(`/:id/${path}`, async (req, res) => {
      const body = validate(action.body, req.body) as object;
      res.json(
        await process.act(currentActor(req), req.params.id, {
          name: path,
          update: action.update,
          args: action.args ? action.args(body as never) : body,
          idempotencyKey: idempotencyKey(req),
        }),
      );
    });
  }
  return router;
}
