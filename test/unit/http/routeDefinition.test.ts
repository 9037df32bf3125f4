import express, { type RequestHandler } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { z } from 'zod';
import type { Actor } from '../../../domain/process/roles';
import { ApiError } from '../../../api/errors/apiError';
import { errorHandler } from '../../../api/errors/errorHandler';
import { mountRoutes, route, routeGroup } from '../../../api/http/routeDefinition';

/** Signs the request in as the role named by the `x-role` header (none: not signed in). */
const signIn: RequestHandler = (req, _res, next) => {
  const role = req.get('x-role');
  if (role) req.actor = { userId: 'u1', name: 'Người Thử', role } as Actor;
  next();
};

interface Notes {
  add(actor: Actor, noteId: number, text: string, key: string | undefined): { id: number };
}

const notes = routeGroup<Notes>({
  mount: '/api/notes',
  tag: 'Notes',
  signInAtMount: false,
  routes: [
    route({
      method: 'post',
      path: '/:id',
      summary: 'Add a note',
      callers: ['secretariat'],
      params: { id: z.coerce.number().int().min(1) },
      query: z.strictObject({ dryRun: z.enum(['yes']).optional() }),
      body: z.strictObject({ text: z.string().min(1) }),
      success: { status: 201, description: 'The note' },
      idempotent: true,
      use: [signIn],
      handle: ({ actor, params, body, idempotencyKey }, service) =>
        service.add(actor, params.id, body.text, idempotencyKey),
    }),
    route({
      method: 'delete',
      path: '/:id',
      summary: 'Forget a note',
      callers: 'signed-in',
      success: { status: 204, description: 'Forgotten' },
      use: [signIn],
      handle: ({ actor, params }) => {
        if (params.id === 'missing') {
          throw new ApiError(404, 'NOTE_NOT_FOUND', { vi: 'Không thấy.', en: 'Not found.' });
        }
        void actor;
      },
    }),
  ],
});

let server: Server;
let url: string;
const added: unknown[] = [];

beforeAll(async () => {
  const app = express();
  app.use(express.json());
  mountRoutes(app, notes, {
    add: (actor, noteId, text, key) => {
      added.push({ role: actor.role, noteId, text, key });
      return { id: noteId };
    },
  });
  app.use(errorHandler(pino({ level: 'silent' })));
  await new Promise<void>((resolve) => {
    server = app.listen(0, () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

async function send(method: string, path: string, role?: string, body?: unknown, key?: string) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(role && { 'x-role': role }),
      ...(key && { 'idempotency-key': key }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

describe('a route stated once', () => {
  test('the handler gets the validated, typed input; the answer has success.status', async () => {
    const answer = await send(
      'POST',
      '/api/notes/7',
      'secretariat',
      { text: 'Ghi chú' },
      'key-12345',
    );
    expect(answer).toEqual({ status: 201, body: { id: 7 } });
    expect(added).toContainEqual({
      role: 'secretariat',
      noteId: 7,
      text: 'Ghi chú',
      key: 'key-12345',
    });
  });

  test('204 answers with no body', async () => {
    expect(await send('DELETE', '/api/notes/7', 'unit_officer')).toEqual({
      status: 204,
      body: undefined,
    });
  });

  test('not signed in: 401 before anything else', async () => {
    const answer = await send('POST', '/api/notes/x', undefined, { bad: true });
    expect([answer.status, answer.body.error.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  test('a role the route does not name: 403 before the input is looked at, Vietnamese first', async () => {
    const answer = await send('POST', '/api/notes/x', 'unit_officer', { bad: true });
    expect(answer.status).toBe(403);
    expect(answer.body.error).toMatchObject({
      code: 'ROLE_NOT_ALLOWED',
      messageVi: 'Chỉ Thường trực Hội đồng được thực hiện thao tác này.',
      message: 'Only these roles may do this: Council secretariat.',
    });
  });

  test.each([
    ['a path parameter', '/api/notes/x', { text: 'a' }, undefined, 'id'],
    ['the query', '/api/notes/7?dryRun=no', { text: 'a' }, undefined, 'dryRun'],
    ['the body', '/api/notes/7', { text: '' }, undefined, 'text'],
    ['the idempotency key', '/api/notes/7', { text: 'a' }, 'short', 'Idempotency-Key'],
  ])('bad input in %s: 400 naming the field', async (_where, path, body, key, field) => {
    const answer = await send('POST', path, 'secretariat', body, key);
    expect(answer.status).toBe(400);
    expect(answer.body.error.field).toBe(field);
  });

  test("the handler's own refusal comes last", async () => {
    const answer = await send('DELETE', '/api/notes/missing', 'minister');
    expect([answer.status, answer.body.error.code]).toEqual([404, 'NOTE_NOT_FOUND']);
  });
});
