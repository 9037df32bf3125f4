import {
  ApplicationFailure,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import type { Refusal } from '../../../domain/messages/refusal';
import {
  COUNCIL_ROUND_REFUSALS,
  NOMINATION_REFUSALS,
  RULING_REFUSALS,
  fromWorkflowError,
  refusalError,
} from '../../../api/errors/workflowErrors';

function refused(refusal: Refusal | undefined, type = refusal?.code): WorkflowUpdateFailedError {
  const failure = ApplicationFailure.create({
    type,
    message: 'refused',
    details: refusal ? [refusal] : undefined,
    nonRetryable: true,
  });
  return new WorkflowUpdateFailedError('update failed', failure);
}

const text = { vi: 'Không được.', en: 'Not allowed.' };

describe('the one refusal translator', () => {
  it('answers a listed code with its status, whichever workflow refused', () => {
    const error = refused({ code: 'ROLE_NOT_ALLOWED', message: text, field: 'role' });
    for (const source of [NOMINATION_REFUSALS, COUNCIL_ROUND_REFUSALS, RULING_REFUSALS]) {
      expect(fromWorkflowError(error, source)?.toBody()).toEqual({
        error: {
          code: 'ROLE_NOT_ALLOWED',
          message: 'Not allowed.',
          messageVi: 'Không được.',
          field: 'role',
        },
      });
      expect(fromWorkflowError(error, source)?.status).toBe(403);
    }
  });

  it("answers an unlisted code with the source's status: 409, but 422 for a round's rules", () => {
    const error = refused({ code: 'NOT_ON_PAPER', message: text });
    expect(fromWorkflowError(error)?.status).toBe(409);
    expect(fromWorkflowError(error, COUNCIL_ROUND_REFUSALS)?.status).toBe(422);
    expect(fromWorkflowError(error, RULING_REFUSALS)?.status).toBe(409);
    expect(refusalError({ code: 'NOTHING_KEPT', message: text }).status).toBe(422);
  });

  it("gives a failure without a refusal its type as the code and the source's text", () => {
    const answer = fromWorkflowError(refused(undefined, 'ALREADY_DONE'));
    expect(answer?.status).toBe(409);
    expect(answer?.toBody().error).toMatchObject({ code: 'ALREADY_DONE', message: 'refused' });
  });

  it('says a nomination or a round is gone; a ruling leaves that to its caller', () => {
    const gone = new WorkflowNotFoundError('gone', 'w', undefined);
    expect(fromWorkflowError(gone)?.code).toBe('NOT_IN_PROCESS');
    expect(fromWorkflowError(gone, COUNCIL_ROUND_REFUSALS)?.code).toBe('ROUND_ENDED');
    expect(fromWorkflowError(gone, RULING_REFUSALS)).toBeUndefined();
    expect(fromWorkflowError(new Error('other'))).toBeUndefined();
  });
});
