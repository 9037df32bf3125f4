import type { RequestHandler } from 'express';
import { ApiError } from '../errors/apiError';

const MAX_DEPTH = 32;

/** The first key path that could be read as a MongoDB operator or a dotted path. */
function operatorKey(value: unknown, path: string[] = []): string | undefined {
  if (path.length > MAX_DEPTH) return path.join('.');
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('$') || key.includes('.')) return [...path, key].join('.');
    const found = operatorKey(child, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * Keys starting with `$` or containing `.` never reach a query, whatever a route's
 * schema says: refused at the edge, before any handler runs. Over-deep JSON too.
 */
export const rejectOperatorKeys: RequestHandler = (req, _res, next) => {
  const key = operatorKey(req.body) ?? operatorKey(req.query);
  if (key !== undefined) {
    throw new ApiError(
      400,
      'FORBIDDEN_KEY',
      {
        vi: 'Tên trường không được bắt đầu bằng "$", chứa dấu "." hoặc lồng quá sâu.',
        en: 'Field names may not start with "$", contain ".", or nest too deeply.',
      },
      key,
    );
  }
  next();
};
