import type { Response } from 'express';
import type { Actor } from '../../domain/process/roles';
import { XLSX_TYPE } from '../../data/history/import/spreadsheetFiles';
import { authenticate } from '../auth/authenticate';
import { route, routeGroup, type RouteDefinition } from '../http/routeDefinition';
import { contentDisposition } from './contentDisposition';
import type { DocumentService, RenderedFile } from './documentService';

function sendFile(res: Response, file: RenderedFile, cache: 'private' | 'public'): void {
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
const sendPrivate = (res: Response, file: RenderedFile) => sendFile(res, file, 'private');
const sendPublic = (res: Response, file: RenderedFile) => sendFile(res, file, 'public');

/** A generated file for a signed-in reader: sign-in checked on the route, never cached shared. */
function signedInFile(
  path: `/${string}/:id/${string}`,
  summary: string,
  descriptionVi: string,
  contentType: string,
  render: (service: DocumentService, actor: Actor, id: string) => Promise<RenderedFile>,
): RouteDefinition<DocumentService> {
  return route({
    method: 'get',
    path,
    summary,
    descriptionVi,
    callers: 'signed-in',
    success: {
      status: 200,
      description: contentType === PDF ? 'A PDF file' : 'An XLSX file',
      files: [contentType],
    },
    use: [authenticate],
    handle: ({ actor, params }, service: DocumentService) => render(service, actor, params.id),
    send: sendPrivate,
  });
}

/**
 * Generated documents, beside the records they come from. Each route is authenticated on its
 * own (the router is mounted at /api, so unmatched paths pass through untouched).
 */
export const documentRoutes = routeGroup<DocumentService>({
  mount: '/api',
  tag: 'Documents',
  signInAtMount: false,
  routes: [
    signedInFile(
      '/dossiers/:id/submission-letter.pdf',
      'The submission letter of a dossier (PDF)',
      'Tờ trình đề nghị khen thưởng (PDF).',
      PDF,
      (service, actor, id) => service.submissionLetter(actor, id),
    ),
    signedInFile(
      '/council-rounds/:id/minutes.pdf',
      'The minutes of a closed council round (PDF)',
      'Biên bản họp Hội đồng (PDF).',
      PDF,
      (service, actor, id) => service.councilMinutes(actor, id),
    ),
    signedInFile(
      '/decisions/:id/decision.pdf',
      'The award decision (PDF)',
      'Quyết định khen thưởng (PDF).',
      PDF,
      (service, actor, id) => service.decision(actor, id),
    ),
    signedInFile(
      '/decisions/:id/annex.xlsx',
      "The decision's annex: the list of those awarded (XLSX)",
      'Danh sách kèm theo quyết định (Excel).',
      XLSX_TYPE,
      (service, actor, id) => service.annex(actor, id),
    ),
    {
      ...signedInFile(
        '/nominations/:id/certificate.pdf',
        'The certificate of an awarded nomination (PDF)',
        'Bằng khen/Giấy khen (PDF).',
        PDF,
        (service, actor, id) => service.certificate(actor, id),
      ),
      errors: [409],
    },
    // The public register: published decisions only, no sign-in.
    route({
      method: 'get',
      path: '/public/decisions/:id/decision.pdf',
      tag: 'Public register',
      summary: 'A published award decision (PDF)',
      descriptionVi: 'Quyết định đã ban hành (PDF).',
      callers: 'public',
      success: { status: 200, description: 'A PDF file', files: [PDF] },
      handle: ({ params }, service) => service.decision(undefined, params.id),
      send: sendPublic,
    }),
    route({
      method: 'get',
      path: '/public/decisions/:id/annex.xlsx',
      tag: 'Public register',
      summary: "A published decision's annex (XLSX)",
      descriptionVi: 'Danh sách kèm theo quyết định đã ban hành (Excel).',
      callers: 'public',
      success: { status: 200, description: 'An XLSX file', files: [XLSX_TYPE] },
      handle: ({ params }, service) => service.annex(undefined, params.id),
      send: sendPublic,
    }),
  ],
});
