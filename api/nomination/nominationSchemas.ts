import { z } from 'zod';
import { AWARD_CODES } from '../../domain/catalogue/awardCodes';
import { COMMENDATION_KINDS } from '../../domain/catalogue/awardDefinition';
import { REVIEW_OCCASIONS } from '../../domain/eligibility/context';
import { UPWARD_DECIDERS } from '../../domain/process/externalDecision';
import { STAGES } from '../../domain/process/stages';
import { NUMBER_PATTERN } from '../../data/nomination/dossierNumber';
import { isoDateField, textField } from '../http/textField';

const nomineeSchema = z.strictObject({
  kind: z.enum(['individual', 'collective']),
  name: textField(200),
  position: textField(200).optional(),
  personId: textField(64).optional(),
  collectiveId: textField(64).optional(),
});

const documentSchema = z.strictObject({
  code: z.string().regex(/^[a-z_]{2,64}$/, 'a document code such as achievement_report'),
  title: textField(300),
  reference: textField(300).optional(),
});

/** The content of a nomination a unit edits. */
export const nominationContentBody = z.strictObject({
  nominee: nomineeSchema,
  awardCode: z.enum(AWARD_CODES),
  kind: z.enum(COMMENDATION_KINDS).default('merit'),
  year: z.number().int().min(2000).max(2100),
  /**
   * The review the proposal comes from (year-end, emulation congress, ad hoc): the appraisal
   * judges Hero titles with it. Null clears it.
   */
  reviewOccasion: z.enum(REVIEW_OCCASIONS).nullable().optional(),
  achievements: textField(20000),
  documents: z.array(documentSchema).max(50).default([]),
});

export const editNominationBody = nominationContentBody.partial();

const seen = { expectedSeq: z.number().int().min(0).optional() };
const reasonSchema = z.strictObject({
  code: z.string().regex(/^[A-Z_]{2,64}$/, 'a code such as MISSING_DOCUMENT'),
  message: z.strictObject({ vi: textField(2000), en: textField(2000).optional() }),
  item: z.string().max(200).optional(),
});

export const appraisalBody = z.strictObject({
  outcome: z.enum(['accept', 'return', 'reject']),
  reasons: z.array(reasonSchema).max(50).optional(),
  note: textField(2000).optional(),
  effectiveOn: isoDateField.optional(),
  ...seen,
});
export const objectionBody = z.strictObject({
  author: textField(200),
  content: textField(5000),
  ...seen,
});
export const rapporteurOpinionBody = z.strictObject({
  opinion: z.enum(['support', 'oppose']),
  summary: textField(5000),
  ...seen,
});
export const reasonBody = z.strictObject({ reason: textField(2000), ...seen });
/** The higher authority's decision on the ministry's submission, kept as data. */
export const externalOutcomeBody = z.strictObject({
  outcome: z.enum(['granted', 'refused']),
  /** Its number, e.g. 1234/QĐ-TTg. */
  number: textField(100),
  /** Its date: not before the submission was signed, not in the future. */
  decidedOn: isoDateField,
  issuer: z.enum(UPWARD_DECIDERS),
  reason: textField(2000).optional(),
  ...seen,
});

export const listNominationsQuery = z.strictObject({
  stage: z.enum(STAGES).optional(),
  unitId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,32}$/)
    .optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** A dossier's number (its nominations) or a nomination's (that one). */
  number: z.string().trim().regex(NUMBER_PATTERN, 'a number such as VCSDT-2025-0012/2').optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  sort: z.enum(['createdAt', '-createdAt', 'updatedAt', '-updatedAt']).default('-createdAt'),
});
