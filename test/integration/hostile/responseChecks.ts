import { MARKERS } from './hostileFixtures';
import type { HostileRequest } from './hostileRequests';
import type { RawResponse } from './rawRequest';

/**
 * Markers of the nominations the request's identity may not read: drafts belong to their
 * unit (the attackers' unit staff are unit A's), submitted nominations to their unit and
 * the staff, nothing to a broken session.
 */
function markersHiddenFrom(request: HostileRequest): string[] {
  const { attacker, kind } = request.identity;
  if (!attacker || (kind !== 'caller' && kind !== 'wrongRole')) return Object.values(MARKERS);
  const unitStaff = attacker.role === 'unit_officer' || attacker.role === 'unit_head';
  return [MARKERS.draftB, unitStaff ? MARKERS.submittedB : MARKERS.draftA];
}

function errorShapeProblem(response: RawResponse): string | undefined {
  if (!response.contentType.startsWith('application/json')) {
    return `a refusal as ${response.contentType || 'no content type'}`;
  }
  let body: { error?: Record<string, unknown> };
  try {
    body = JSON.parse(response.text);
  } catch {
    return 'a refusal whose body is not JSON';
  }
  const error = body?.error;
  if (!error || typeof error !== 'object') return 'a refusal without { error }';
  if (typeof error.code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(error.code)) return 'no code';
  if (typeof error.messageVi !== 'string' || !error.messageVi) return 'no Vietnamese message';
  if (typeof error.message !== 'string' || !error.message) return 'no English message';
  if (error.field !== undefined && typeof error.field !== 'string') return 'a field not a string';
  return undefined;
}

/** Everything wrong with how the server answered one hostile request. */
export function problemsWith(request: HostileRequest, response: RawResponse): string[] {
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`answered ${response.status}`);
  if (request.refusal && response.status < 400) {
    problems.push(`accepted (${response.status}) though it must be refused: ${request.refusal}`);
  }
  if (response.status >= 400) {
    const shape = errorShapeProblem(response);
    if (shape) problems.push(`${response.status}: ${shape}`);
  }
  if (/node_modules|\n\s+at [\w.<>]+ \(/.test(response.text)) problems.push('a stack trace');
  for (const marker of markersHiddenFrom(request)) {
    if (response.text.includes(marker)) problems.push(`showed hidden content (${marker})`);
  }
  return problems;
}
