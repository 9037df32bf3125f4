import type { RequestHandler } from 'express';

/**
 * No page of ours may be framed (clickjacking), change its base URL, embed plugins or post a
 * form elsewhere. Scripts and styles are not restricted here: the page's import map is an
 * inline script.
 */
const CONTENT_SECURITY_POLICY =
  "frame-ancestors 'none'; base-uri 'none'; object-src 'none'; form-action 'self'";

/**
 * Headers on every answer: the policy above, no referrer (paths carry dossier IDs), no
 * content sniffing; and `Cache-Control: no-store` on JSON answered to a signed-in user unless
 * the route chose its own caching, so no shared or browser cache keeps personal data.
 */
export const securityHeaders: RequestHandler = (req, res, next) => {
  res.set({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  });
  const json = res.json.bind(res);
  res.json = (body: unknown) => {
    if (req.actor && !res.get('Cache-Control')) res.set('Cache-Control', 'no-store');
    return json(body);
  };
  next();
};
