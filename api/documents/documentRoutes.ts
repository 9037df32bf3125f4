import type { Response } from 'express';
import { XLSX_TYPE } from '../../data/history/import/spreadsheetFiles';
import { authenticate, currentActor } from '../auth/authenticate';
import { routeGroup } from '../http/routeDefinition';
import { contentDisposition } from './contentDisposition';
import type { DocumentService, RenderedFile } from './documentService';

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

const PDF = 'application/pdf';

/**
 * Generated documents, beside the records they come from. Each route is authenticated on its
 * own (the router is mounted at /api, so unmatched paths pass through untouched).
 */
export const documentRoutes = routeGroup<DocumentService>({
  mount: '/api',
  tag: 'Documents',
  signInAtMount: false,
  routes: [
    {
      method: 'get',
      path: '/dossiers/:id/submission-letter.pdf',
      summary: 'The submission letter of a dossier (PDF)',
      descriptionVi: 'Tờ trình đề nghị khen thưởng (PDF).',
      callers: 'signed-in',
      success: { status: 200, description: 'A PDF file', files: [PDF] },
      use: [authenticate],
      handle: async (req, res, service) => {
        send(
          res,
          await service.submissionLetter(currentActor(req), String(req.params.id)),
          'private',
        );
      },
    },
    {
      method: 'get',
      path: '/council-rounds/:id/minutes.pdf',
      summary: 'The minutes of a closed council round (PDF)',
      descriptionVi: 'Biên bản họp Hội đồng (PDF).',
      callers: 'signed-in',
      success: { status: 200, description: 'A PDF file', files: [PDF] },
      use: [authenticate],
      handle: async (req, res, service) => {
        send(
          res,
          await service.councilMinutes(currentActor(req), String(req.params.id)),
          'private',
        );
      },
    },
    {
      method: 'get',
      path: '/decisions/:id/decision.pdf',
      summary: 'The award decision (PDF)',
      descriptionVi: 'Quyết định khen thưởng (PDF).',
      callers: 'signed-in',
      success: { status: 200, description: 'A PDF file', files: [PDF] },
      use: [authenticate],
      handle: async (req, res, service) => {
        send(res, await service.decision(currentActor(req), String(req.params.id)), 'private');
      },
    },
    {
      method: 'get',
      path: '/decisions/:id/annex.xlsx',
      summary: "The decision's annex: the list of those awarded (XLSX)",
      descriptionVi: 'Danh sách kèm theo quyết định (Excel).',
      callers: 'signed-in',
      success: { status: 200, description: 'An XLSX file', files: [XLSX_TYPE] },
      use: [authenticate],
      handle: async (req, res, service) => {
        send(res, await service.annex(currentActor(req), String(req.params.id)), 'private');
      },
    },
    {
      method: 'get',
      path: '/nominations/:id/certificate.pdf',
      summary: 'The certificate of an awarded nomination (PDF)',
      descriptionVi: 'Bằng khen/Giấy khen (PDF).',
      callers: 'signed-in',
      success: { status: 200, description: 'A PDF file', files: [PDF] },
      errors: [409],
      use: [authenticate],
      handle: async (req, res, service) => {
        send(res, await service.certificate(currentActor(req), String(req.params.id)), 'private');
      },
    },
    // The public register: published decisions only, no sign-in.
    {
      method: 'get',
      path: '/public/decisions/:id/decision.pdf',
      tag: 'Public register',
      summary: 'A published award decision (PDF)',
      descriptionVi: 'Quyết định đã ban hành (PDF).',
      callers: 'public',
      success: { status: 200, description: 'A PDF file', files: [PDF] },
      handle: async (req, res, service) => {
        send(res, await service.decision(undefined, String(req.params.id)), 'public');
      },
    },
    {
      method: 'get',
      path: '/public/decisions/:id/annex.xlsx',
      tag: 'Public register',
      summary: "A published decision's annex (XLSX)",
      descriptionVi: 'Danh sách kèm theo quyết định đã ban hành (Excel).',
      callers: 'public',
      success: { status: 200, description: 'An XLSX file', files: [XLSX_TYPE] },
      handle: async (req, res, service) => {
        send(res, await service.annex(undefined, String(req.params.id)), 'public');
      },
    },
  ],
});
