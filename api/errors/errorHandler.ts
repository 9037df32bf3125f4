import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { ApiError } from './apiError';
import { dependencyDown } from './dependencyDown';
import { ERROR_CODE_LOCAL } from '../metrics/apiMetrics';
import { logFor } from '../logging/requestLog';

/** The one place errors become responses; clients never see a stack trace. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known =
      error instanceof ApiError
        ? error
        : (bodyParserError(error) ?? undecodableRequest(error) ?? dependencyDown(error));
    if (known) {
      if (known.status >= 500) logFor(res, log).warn({ err: error, path: req.path }, known.code);
      res.locals[ERROR_CODE_LOCAL] = known.code;
      res.status(known.status).json(known.toBody());
      return;
    }
    logFor(res, log).error({ err: error, path: req.path }, 'unhandled error');
    const internal = new ApiError(500, 'INTERNAL', {
      vi: 'Lỗi hệ thống. Thao tác chưa được thực hiện; vui lòng thử lại.',
      en: 'Internal error. Nothing was changed; please try again.',
    });
    res.locals[ERROR_CODE_LOCAL] = internal.code;
    res.status(500).json(internal.toBody());
  };
}

/** express.json() failures: malformed JSON, too large, wrong charset. */
function bodyParserError(error: { type?: string; status?: number }): ApiError | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return new ApiError(400, 'MALFORMED_JSON', {
        vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
        en: 'The request body is not valid JSON.',
      });
    case 'entity.too.large':
      return new ApiError(413, 'BODY_TOO_LARGE', {
        vi: 'Nội dung gửi lên quá lớn.',
        en: 'The request body is too large.',
      });
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new ApiError(415, 'UNSUPPORTED_ENCODING', {
        vi: 'Bảng mã của nội dung không được hỗ trợ; hãy dùng UTF-8.',
        en: 'Unsupported body encoding; use UTF-8.',
      });
    default:
      return undefined;
  }
}

/**
 * Other client errors Express raises before any route runs: a path parameter that is not
 * valid percent-encoding (`/api/units/%E0%A4%A`), a gzip or deflate body that does not
 * inflate. They carry a 4xx `status`; without this they would answer 500.
 */
function undecodableRequest(error: { status?: unknown }): ApiError | undefined {
  if (typeof error.status !== 'number' || error.status < 400 || error.status >= 500)
    return undefined;
  return new ApiError(400, 'UNDECODABLE_REQUEST', {
    vi: 'Không giải mã được yêu cầu: đường dẫn hoặc nội dung nén không hợp lệ.',
    en: 'The request cannot be decoded: its path or compressed body is invalid.',
  });
}
