import type { Response } from 'express';
import { XLSX_TYPE } from '../../data/history/import/spreadsheetFiles';
import { authenticate } from '../auth/authenticate';
import { route, routeGroup, type RouteDefinition, type RouteInput } from '../http/routeDefinition';
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

type FileInput = RouteInput<`/${string}/:id/${string}`, Record<never, never>, undefined, undefined>;

/**
 * A generated file. A signed-in reader's: sign-in checked on the route, never cached shared.
 * The public register's: published decisions only, no sign-in, cached a few minutes.
 */
function fileRoute(
  reader: 'signed-in' | 'public',
  path: `/${string}/:id/${string}`,
  summary: string,
  descriptionVi: string,
  contentType: string,
  render: (service: DocumentService, input: FileInput) => Promise<RenderedFile>,
): RouteDefinition<DocumentService> {
  const signedIn = reader === 'signed-in';
  return route({
    method: 'get',
    path,
    ...(signedIn ? { use: [authenticate] } : { tag: 'Public register' }),
    summary,
    descriptionVi,
    callers: reader,
    success: {
      status: 200,
      description: contentType === PDF ? 'A PDF file' : 'An XLSX file',
      files: [contentType],
    },
    handle: (input: FileInput, service: DocumentService) => render(service, input),
    send: (res, file) => sendFile(res, file, signedIn ? 'private' : 'public'),
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
    fileRoute(
      'signed-in',
      '/dossiers/:id/submission-letter.pdf',
      'The submission letter of a dossier (PDF)',
      'Tờ trình đề nghị khen thưởng (PDF).',
      PDF,
      (service, { actor, params }) => service.submissionLetter(actor, params.id),
    ),
    fileRoute(
      'signed-in',
      '/council-rounds/:id/minutes.pdf',
      'The minutes of a closed council round (PDF)',
      'Biên bản họp Hội đồng (PDF).',
      PDF,
      (service, { actor, params }) => service.councilMinutes(actor, params.id),
    ),
    fileRoute(
      'signed-in',
      '/decisions/:id/decision.pdf',
      'The award decision (PDF)',
      'Quyết định khen thưởng (PDF).',
      PDF,
      (service, { actor, params }) => service.decision(actor, params.id),
    ),
    fileRoute(
      'signed-in',
      '/decisions/:id/annex.xlsx',
      "The decision's annex: the list of those awarded (XLSX)",
      'Danh sách kèm theo quyết định (Excel).',
      XLSX_TYPE,
      (service, { actor, params }) => service.annex(actor, params.id),
    ),
    {
      ...fileRoute(
        'signed-in',
        '/nominations/:id/certificate.pdf',
        'The certificate of an awarded nomination (PDF)',
        'Bằng khen/Giấy khen (PDF).',
        PDF,
        (service, { actor, params }) => service.certificate(actor, params.id),
      ),
      errors: [409],
    },
    // The public register: published decisions only, no sign-in.
    fileRoute(
      'public',
      '/public/decisions/:id/decision.pdf',
      'A published award decision (PDF)',
      'Quyết định đã ban hành (PDF).',
      PDF,
      (service, { params }) => service.decision(undefined, params.id),
    ),
    fileRoute(
      'public',
      '/public/decisions/:id/annex.xlsx',
      "A published decision's annex (XLSX)",
      'Danh sách kèm theo quyết định đã ban hành (Excel).',
      XLSX_TYPE,
      (service, { params }) => service.annex(undefined, params.id),
    ),
  ],
});
