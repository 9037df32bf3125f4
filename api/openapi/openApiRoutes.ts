import { route, routeGroup } from '../http/routeDefinition';
import { renderDocsPage } from './docsPage';

let page: string | undefined;

/**
 * Mounted at /api, without sign-in: the OpenAPI document and its readable page. The document
 * comes from the app (`openApiDocument`), as it is built from these very routes.
 */
export const openApiRoutes = routeGroup<() => Record<string, unknown>>({
  mount: '/api',
  tag: 'System',
  signInAtMount: false,
  routes: [
    route({
      method: 'get',
      path: '/openapi.json',
      summary: 'This OpenAPI 3.1 document',
      descriptionVi: 'Tài liệu OpenAPI của API.',
      callers: 'public',
      success: { status: 200, description: 'The OpenAPI document' },
      handle: (_input, openApiDocument) => openApiDocument(),
      send: (res, document) => {
        res.set('Cache-Control', 'public, max-age=300').json(document);
      },
    }),
    route({
      method: 'get',
      path: '/docs',
      summary: 'Readable API documentation (HTML)',
      descriptionVi: 'Trang tài liệu API.',
      callers: 'public',
      success: { status: 200, description: 'An HTML page', files: ['text/html; charset=utf-8'] },
      handle: (_input, openApiDocument) => (page ??= renderDocsPage(openApiDocument())),
      send: (res, html) => {
        res
          .set({
            'Cache-Control': 'public, max-age=300',
            'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
            'X-Content-Type-Options': 'nosniff',
          })
          .type('html')
          .send(html);
      },
    }),
  ],
});
