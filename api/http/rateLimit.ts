import type { RequestHandler } from 'express';
import { ApiError } from '../errors/apiError';

/**
 * Requests per minute per client address, counted in fixed one-minute windows in this
 * process: a bound on abuse (password guessing, floods), not an accounting. With several
 * API processes behind a balancer each counts its own share. 0 turns a limit off.
 */
export function rateLimit(perMinute: number, scope: string): RequestHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return (req, res, next) => {
    if (perMinute <= 0) return next();
    const now = Date.now();
    const key = req.ip ?? 'unknown';
    let window = windows.get(key);
    if (!window || now - window.start >= 60_000) {
      if (windows.size > 10_000) windows.clear(); // bounded memory under a spray of addresses
      window = { start: now, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= perMinute) return next();
    const retryAfter = Math.ceil((window.start + 60_000 - now) / 1000);
    res.set('Retry-After', String(retryAfter));
    throw new ApiError(429, 'RATE_LIMITED', {
      vi: `Quá nhiều yêu cầu (${scope}); vui lòng thử lại sau ${retryAfter} giây.`,
      en: `Too many requests (${scope}); retry in ${retryAfter} s.`,
    });
  };
}
