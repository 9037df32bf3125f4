import { WorkflowUpdateRPCTimeoutOrCancelledError, type WorkflowHandle } from '@temporalio/client';
import { ApiError } from '../errors/apiError';

/**
 * How long a request waits for a workflow to take an action and record it. Normally a
 * second or two; longer only while the worker or the database is down, and then the
 * client is told so instead of being kept waiting (a retry with the same key is safe).
 */
const UPDATE_ANSWER_WITHIN_MS = 25_000;

const NOT_YET_RECORDED = new ApiError(503, 'ACTION_NOT_YET_RECORDED', {
  vi: 'Thao tác chưa được ghi nhận xong do hệ thống đang gián đoạn; thao tác có thể vẫn được thực hiện. Hãy gửi lại đúng yêu cầu này với cùng Idempotency-Key để nhận kết quả (thao tác chỉ thực hiện một lần).',
  en: 'The action was not recorded in time because part of the system is down; it may still take effect. Send the same request again with the same Idempotency-Key to get its outcome (it takes effect once).',
});

/**
 * Runs `execute` (a `handle.executeUpdate` call) under a deadline: past it the request
 * answers 503 ACTION_NOT_YET_RECORDED instead of hanging while the update waits for a
 * worker or for its activity to reach the database.
 */
export async function boundedUpdate<Ret>(
  handle: WorkflowHandle,
  execute: () => Promise<Ret>,
): Promise<Ret> {
  try {
    return await handle.client.withDeadline(Date.now() + UPDATE_ANSWER_WITHIN_MS, execute);
  } catch (error) {
    if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) throw NOT_YET_RECORDED;
    throw error;
  }
}
