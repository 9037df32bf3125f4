import { ApiError } from './apiError';

const MONGO_DOWN = new Set([
  'MongoServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
]);

/** 503 when the database or Temporal cannot be reached; the client may retry. */
export function dependencyDown(error: { name?: string; code?: number }): ApiError | undefined {
  if (error.name && MONGO_DOWN.has(error.name)) {
    return new ApiError(503, 'DATABASE_UNAVAILABLE', {
      vi: 'Cơ sở dữ liệu tạm thời không truy cập được. Thao tác chưa được thực hiện; vui lòng thử lại sau.',
      en: 'The database is temporarily unavailable. Nothing was changed; please retry shortly.',
    });
  }
  // gRPC UNAVAILABLE (14) or DEADLINE_EXCEEDED (4) from the Temporal client.
  if (error.name === 'ServiceError' || error.code === 14 || error.code === 4) {
    return new ApiError(503, 'WORKFLOW_ENGINE_UNAVAILABLE', {
      vi: 'Máy chủ quy trình tạm thời không truy cập được. Vui lòng thử lại sau.',
      en: 'The workflow engine is temporarily unavailable. Please retry shortly.',
    });
  }
  return undefined;
}
