import type { Router } from 'express';
import { apiRouter } from '../http/apiRouter';
import { renderDocsPage } from './docsPage';
import { openApiDocument } from './openApiDocument';

/** Mounted at /api, without sign-in: the OpenAPI document and its readable page. */
export function openApiRoutes(): Router {
  const router = apiRouter();
  let page: string | undefined;
  router.get('/openapi.json', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json(openApiDocument());
  });
  router.get('/docs', (_req, res) => {
    page ??= renderDocsPage(openApiDocument());
    res
      .set({
        'Cache-Control': 'public, max-age=300',
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        'X-Content-Type-Options': 'nosniff',
      })
      .type('html')
      .send(page);
  });
  return router;
}
