import type { Request, RequestHandler } from 'express';
import { OPERATIONS } from '../openapi/operations';
import type { Operation } from '../openapi/operationTypes';
import { ApiError } from '../errors/apiError';
import './heavySlot';

/** Heavy requests in flight at once: per user, per client address, per API process (0: no cap). */
export interface InFlightLimits {
  perUser: number;
  perAddress: number;
  perProcess: number;
}

/**
 * The requests that read many documents: lists (paginated), files (exports, PDFs,
 * spreadsheets), statistics and the secretariat's desk, as the OpenAPI table declares them.
 */
export function isHeavyOperation(op: Operation): boolean {
  if (op.method !== 'get' || op.tag === 'System') return false;
  const query = op.query as { shape?: Record<string, unknown> } | undefined;
  return (
    !!op.success.files ||
    (query?.shape !== undefined && 'page' in query.shape) ||
    op.tag === 'Statistics' ||
    op.tag === 'Secretariat desk'
  );
}

const HEAVY_PATHS = OPERATIONS.filter(isHeavyOperation).map(
  (op) => new RegExp(`^${op.path.replace(/\{\w+\}/g, '[^/]+')}$`),
);

export function isHeavy(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = req.originalUrl.split('?')[0]!;
  return HEAVY_PATHS.some((pattern) => pattern.test(path));
}

const RETRY_AFTER_S = { busy: 1, overloaded: 2 };

function tooMany(whose: { vi: string; en: string }): ApiError {
  return new ApiError(429, 'TOO_MANY_IN_FLIGHT', {
    vi: `Đang xử lý quá nhiều yêu cầu danh sách, thống kê hoặc xuất tệp của ${whose.vi}; vui lòng chờ các yêu cầu trước xong rồi thử lại sau ${RETRY_AFTER_S.busy} giây.`,
    en: `Too many list, statistics or export requests of ${whose.en} in progress; let the earlier ones finish and retry in ${RETRY_AFTER_S.busy} s.`,
  });
}

const OVERLOADED = new ApiError(503, 'OVERLOADED', {
  vi: `Hệ thống đang bận xử lý nhiều yêu cầu danh sách, thống kê và xuất tệp; vui lòng thử lại sau ${RETRY_AFTER_S.overloaded} giây.`,
  en: `The server is busy with many list, statistics and export requests; retry in ${RETRY_AFTER_S.overloaded} s.`,
});

/** In-flight counts by key; a key at zero is dropped, so memory follows what is in flight. */
class Counts {
  private readonly counts = new Map<string, number>();
  take(key: string, cap: number): boolean {
    const now = this.counts.get(key) ?? 0;
    if (cap > 0 && now >= cap) return false;
    this.counts.set(key, now + 1);
    return true;
  }
  release(key: string): void {
    const now = this.counts.get(key) ?? 0;
    if (now <= 1) this.counts.delete(key);
    else this.counts.set(key, now - 1);
  }
}

/**
 * Caps heavy requests in flight, so one client cannot slow everyone down: beyond the
 * process's cap, 503 OVERLOADED (load shed); beyond an address's or a user's, 429
 * TOO_MANY_IN_FLIGHT; both with Retry-After. The address is counted here, before routing;
 * the user when `authenticate` has resolved it (`holdUserSlot`, api/http/heavySlot.ts). A slot is given back when
 * the response ends or its connection closes.
 */
export function capHeavyRequests(limits: InFlightLimits): RequestHandler {
  const byAddress = new Counts();
  const byUser = new Counts();
  const inProcess = new Counts();
  return (req, res, next) => {
    if (!isHeavy(req)) return next();
    if (!inProcess.take('', limits.perProcess)) {
      res.set('Retry-After', String(RETRY_AFTER_S.overloaded));
      throw OVERLOADED;
    }
    const address = req.ip ?? 'unknown';
    if (!byAddress.take(address, limits.perAddress)) {
      inProcess.release('');
      res.set('Retry-After', String(RETRY_AFTER_S.busy));
      throw tooMany({ vi: 'địa chỉ này', en: 'this address' });
    }
    let user: string | undefined;
    res.once('close', () => {
      inProcess.release('');
      byAddress.release(address);
      if (user !== undefined) byUser.release(user);
    });
    req.heavySlot = (userId) => {
      if (user !== undefined) return; // a path mounted twice passes `authenticate` twice
      if (!byUser.take(userId, limits.perUser)) {
        res.set('Retry-After', String(RETRY_AFTER_S.busy));
        throw tooMany({ vi: 'người dùng này', en: 'this user' });
      }
      user = userId;
    };
    next();
  };
}
