import { CATALOGUE } from '../../../domain/catalogue/awards';
import type { AwardCode } from '../../../domain/catalogue/awardCodes';
import { DOCUMENT_TEXT, type DocumentCode } from '../../../domain/catalogue/documents';
import { ROLE_LABELS, type ActorRole } from '../../../domain/process/roles';
import { STAGE_LABELS, type Stage } from '../../../domain/process/stages';
import { pick, type Lang } from './i18n';

/** Names from the shared domain modules (the same the API and the documents use). */
export function awardName(code: string, lang: Lang): string {
  const award = CATALOGUE[code as AwardCode];
  return award ? pick(award.name, lang) : code;
}

/** "Chiến sĩ thi đua cơ sở 2025": an award and the year it is proposed or decided for. */
export const awardOfYear = (code: string, year: number | string, lang: Lang): string =>
  `${awardName(code, lang)} ${year}`;

export function stageName(stage: string, lang: Lang): string {
  return pick(STAGE_LABELS[stage as Stage], lang) || stage;
}

export function roleName(role: string, lang: Lang): string {
  return pick(ROLE_LABELS[role as ActorRole], lang) || role;
}

export function documentName(code: string, lang: Lang): string {
  return pick(DOCUMENT_TEXT[code as DocumentCode], lang) || code;
}
