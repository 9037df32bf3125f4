import { OPERATIONS } from '../openapi/operations';

interface Template {
  method: string;
  path: string;
  pattern: RegExp;
  parameters: number;
}

/** The documented routes, those with fewer parameters first (`/desk/late` before `/desk/{id}`). */
const TEMPLATES: readonly Template[] = OPERATIONS.map((op) => ({
  method: op.method.toUpperCase(),
  path: op.path,
  pattern: new RegExp(`^${op.path.replace(/\{\w+\}/g, '[^/]+')}/?$`),
  parameters: (op.path.match(/\{/g) ?? []).length,
})).sort((a, b) => a.parameters - b.parameters);

/**
 * The route a request took, as the OpenAPI document names it (`/api/nominations/{id}`), so a
 * metric has one series per route rather than one per nomination. Anything else under /api
 * is `unmatched`, the web app's pages and files `web`: the label's values stay bounded.
 */
export function routeTemplate(method: string, path: string): string {
  const template = TEMPLATES.find((t) => t.method === method && t.pattern.test(path));
  if (template) return template.path;
  return path.startsWith('/api/') || path === '/api' ? 'unmatched' : 'web';
}
