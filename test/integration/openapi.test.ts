import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020';
import type { Client } from '@temporalio/client';
import pino from 'pino';
import { createApp } from '../../api/app';
import { buildOpenApiDocument } from '../../api/openapi/openApiDocument';
import { DEMO_USERS } from '../../scripts/seed/demoData';
import { seedDemoData } from '../../scripts/seed/seedDemoData';
import { ApiClient } from '../harness/apiClient';
import { startTestStack, type TestStack } from '../harness/testStack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData(DEMO_USERS);
});
afterAll(() => stack?.stop());

interface Layer {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

/**
 * Every `METHOD /path` the Express app answers, found by walking its router stack: routes
 * are layers with a `route`; mounted routers are layers whose handle has a `stack`, and
 * their mount path is the layer's `rawPath` (Express 5 keeps no `path` string).
 */
function appRoutes(layers: Layer[], prefix = ''): string[] {
  const found: string[] = [];
  for (const layer of layers) {
    if (layer.route) {
      if (typeof layer.route.path !== 'string') throw new Error('a route path is not a string');
      for (const [method, on] of Object.entries(layer.route.methods)) {
        if (on && method !== '_all')
          found.push(`${method.toUpperCase()} ${prefix}${layer.route.path}`);
      }
    } else if (Array.isArray(layer.handle.stack)) {
      if (typeof layer.rawPath !== 'string') throw new Error('a mount path is not a string');
      const mount = layer.rawPath === '/' ? '' : layer.rawPath;
      found.push(...appRoutes(layer.handle.stack, prefix + mount));
    }
  }
  return found;
}

const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}').replace(/(.)\/$/, '$1');

function documentRoutes(doc: Record<string, any>): string[] {
  return Object.entries(doc.paths as Record<string, object>).flatMap(([path, item]) =>
    Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
  );
}

describe('the OpenAPI document', () => {
  const doc = buildOpenApiDocument() as Record<string, any>;

  it('validates against the OpenAPI 3.1 schema', async () => {
    // The validator is an ES module; its own command line runs it as published.
    const dir = await mkdtemp(path.join(tmpdir(), 'openapi-'));
    try {
      const file = path.join(dir, 'openapi.json');
      await writeFile(file, JSON.stringify(doc));
      const cli = require.resolve('@seriousme/openapi-schema-validator/bin/validate-api-cli.js');
      const { stdout } = await promisify(execFile)(process.execPath, [cli, file]).catch(
        (error: { stdout: string }) => ({ stdout: error.stdout }),
      );
      const result = JSON.parse(stdout) as { valid: boolean; errors?: unknown };
      expect(result.errors).toBeUndefined();
      expect(result.valid).toBe(true);
      expect(doc.openapi).toBe('3.1.0');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  // The document is built from the route definitions the app mounts (api/http/routeDefinition.ts):
  // a route mounted some other way, or a definition left unmounted, fails here.
  it('lists every route of the running app, and no route the app does not have', () => {
    const app = createApp({
      temporal: {} as Client,
      taskQueue: 'unused',
      sessionTtlHours: 1,
      log: pino({ level: 'silent' }),
    });
    const inApp = new Set(
      appRoutes((app as unknown as { router: { stack: Layer[] } }).router.stack).map((route) => {
        const [method, path] = route.split(' ') as [string, string];
        return `${method} ${toOpenApiPath(path)}`;
      }),
    );
    const inDocument = new Set(documentRoutes(doc));
    expect(inApp.size).toBeGreaterThan(90);
    expect([...inApp].filter((r) => !inDocument.has(r)).sort()).toEqual([]);
    expect([...inDocument].filter((r) => !inApp.has(r)).sort()).toEqual([]);
  });

  it('documents writes with Idempotency-Key, the shared error shape and both sign-in schemes', () => {
    const create = doc.paths['/api/nominations'].post;
    expect(create.parameters).toContainEqual({ $ref: '#/components/parameters/IdempotencyKey' });
    expect(create.responses['400']).toEqual({ $ref: '#/components/responses/BadRequest' });
    expect(create.security).toEqual([{ bearer: [] }, { sessionCookie: [], csrfToken: [] }]);
    expect(doc.paths['/api/public/decisions'].get.security).toEqual([]);
    expect(doc.components.schemas.Error.properties.error.required).toEqual([
      'code',
      'message',
      'messageVi',
    ]);
    // A coerced query number is documented as what the client sends.
    const page = doc.paths['/api/nominations'].get.parameters.find(
      (p: { name?: string }) => p.name === 'page',
    );
    expect(page).toMatchObject({ in: 'query', required: false, schema: { default: 1 } });
  });
});

describe('served over HTTP', () => {
  it('serves the document at /api/openapi.json without sign-in', async () => {
    const response = await new ApiClient(stack.apiUrl).get('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.paths['/api/nominations/{id}/appraisal'].post.summary).toMatch(/Appraise/);
  });

  it('serves a readable page at /api/docs naming the operations, grouped by capability', async () => {
    const response = await fetch(`${stack.apiUrl}/api/docs`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<code>/api/nominations/{id}/appraisal</code>');
    expect(html).toContain('<code>/api/council-rounds/{id}/ballot</code>');
    expect(html).toContain('<code>/api/desk/stalled</code>');
    expect(html).toContain('<h2 id="tag-council-rounds">Council rounds</h2>');
    expect(html).not.toMatch(/<script|https?:\/\/cdn/i);
  });

  it('refuses, with 400 and the shared error shape, a body the documented schema refuses', async () => {
    const doc = buildOpenApiDocument() as any;
    const schema =
      doc.paths['/api/nominations'].post.requestBody.content['application/json'].schema;
    const body = {
      nominee: { kind: 'individual', name: 'Lò Văn Púa' },
      awardCode: 'LDTT',
      year: 1999,
      achievements: 'Hoàn thành tốt nhiệm vụ.',
    };
    const documented = new Ajv2020({ strict: false }).compile(schema);
    expect(documented(body)).toBe(false);
    expect(documented({ ...body, year: 2025 })).toBe(true);

    const officer = await ApiClient.signIn(stack.apiUrl, 'canbo.vcsdt');
    const response = await officer.post('/api/nominations', body);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        message: expect.any(String),
        messageVi: expect.any(String),
        field: 'year',
      },
    });
  });
});
