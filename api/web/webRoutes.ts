import { join } from 'node:path';
import express, { Router, type Response } from 'express';
import { repoRoot } from '../../config/repoRoot';

/** Revalidated on every use (ETag, 304): a new build is seen at once, an unchanged file costs no body. */
const REVALIDATE = { etag: true, lastModified: false, maxAge: 0, index: false as const };

/** Client-side paths never start with these: a miss there is a plain 404, not the page. */
const NOT_PAGES = /^\/(api|app|vendor|static)(\/|$)/;

function noSniff(res: Response): void {
  res.set('X-Content-Type-Options', 'nosniff');
}

/**
 * The web UI: a single-page app of ES modules compiled by tsc (`web/dist`, with the pure
 * domain modules it imports), Preact's module builds, the stylesheet, and `index.html`
 * for every client-side path. Extensionless module paths (`./stages`, as tsc writes them)
 * resolve to their `.js` file.
 */
export function webRoutes(): Router {
  const root = repoRoot();
  const router = Router();
  const options = { ...REVALIDATE, setHeaders: noSniff };
  router.use('/app', express.static(join(root, 'web', 'dist'), { ...options, extensions: ['js'] }));
  for (const part of ['dist', 'hooks/dist', 'jsx-runtime/dist']) {
    router.use(
      `/vendor/preact/${part}`,
      express.static(join(root, 'node_modules', 'preact', part), options),
    );
  }
  router.use('/static', express.static(join(root, 'web', 'public'), options));
  // A middleware, not a route: the app's routes are its API (the OpenAPI test walks them).
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_PAGES.test(req.path)) return next();
    res.set('Cache-Control', 'no-cache');
    noSniff(res);
    res.sendFile(join(root, 'web', 'public', 'index.html'), { etag: true, lastModified: false });
  });
  return router;
}
