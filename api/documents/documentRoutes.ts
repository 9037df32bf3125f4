import type { Router, Response } from 'express';
import { apiRouter } from '../http/apiRouter';
import type { Client } from '@temporalio/client';
import { authenticate, currentActor } from '../auth/authenticate';
import { contentDisposition } from './contentDisposition';
import { DocumentService, type RenderedFile } from './documentService';

function send(res: Response, file: RenderedFile, cache: 'private' | 'public'): void {
  res
    .status(200)
    .type(file.contentType)
    .set({
      'Content-Disposition': contentDisposition(file.fileName),
      'Content-Length': String(file.body.length),
      'Cache-Control': cache === 'private' ? 'private, no-cache' : 'public, max-age=300',
      'X-Content-Type-Options': 'nosniff',
    })
    .send(file.body);
}

/**
 * Generated documents, beside the records they come from. Each route is authenticated on its
 * own (the router is mounted at /api, so unmatched paths pass through untouched).
 */
export function documentRoutes(temporal: Client, taskQueue: string): Router {
  const service = new DocumentService(temporal, taskQueue);
  const router = apiRouter();
  router.get('/dossiers/:id/submission-letter.pdf', authenticate, async (req, res) => {
    send(res, await service.submissionLetter(currentActor(req), String(req.params.id)), 'private');
  });
  router.get('/council-rounds/:id/minutes.pdf', authenticate, async (req, res) => {
    send(res, await service.councilMinutes(currentActor(req), String(req.params.id)), 'private');
  });
  router.get('/decisions/:id/decision.pdf', authenticate, async (req, res) => {
    send(res, await service.decision(currentActor(req), String(req.params.id)), 'private');
  });
  router.get('/decisions/:id/annex.xlsx', authenticate, async (req, res) => {
    send(res, await service.annex(currentActor(req), String(req.params.id)), 'private');
  });
  router.get('/nominations/:id/certificate.pdf', authenticate, async (req, res) => {
    send(res, await service.certificate(currentActor(req), String(req.params.id)), 'private');
  });
  // The public register: published decisions only, no sign-in.
  router.get('/public/decisions/:id/decision.pdf', async (req, res) => {
    send(res, await service.decision(undefined, String(req.params.id)), 'public');
  });
  router.get('/public/decisions/:id/annex.xlsx', async (req, res) => {
    send(res, await service.annex(undefined, String(req.params.id)), 'public');
  });
  return router;
}
