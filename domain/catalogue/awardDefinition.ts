import type { CitationKey } from '../ruleSets/citationKeys';
import type { LocalizedText } from '../ruleSets/text';
import type { AwardCode } from './awardCodes';
import type { DocumentCode } from './documents';

type AwardSubject = 'individual' | 'collective' | 'both';

/** Kinds of commendation (domain.md §5); each has its own achievement-report template. */
export const COMMENDATION_KINDS = [
  'merit',
  'thematic',
  'ad_hoc',
  'long_service',
  'external_affairs',
] as const;
export type CommendationKind = (typeof COMMENDATION_KINDS)[number];

export type Decider = 'unit_head' | 'minister' | 'prime_minister' | 'president';

export interface DossierItem {
  document: DocumentCode;
  /** 'always', or only when `condition` holds (shown to the clerk). */
  when: 'always' | 'conditional';
  condition?: LocalizedText;
}

/**
 * What the law says an award is. Procedural values that an administrator may change
 * (council rule, public comment, SLA, quota, cash award) live in the rule set instead.
 */
export interface AwardDefinition {
  code: AwardCode;
  name: LocalizedText;
  category: 'emulation_title' | 'commendation_form';
  subject: AwardSubject;
  /** Allowed kinds; the first is the usual one. */
  kinds: readonly CommendationKind[];
  /** Who decides; the first is the usual decider (e.g. head of a unit with legal personality). */
  deciders: readonly Decider[];
  /** Decided above the minister (PM / President): the minister only proposes upward. */
  forwardedUpward: boolean;
  /** Full dossier for a merit (year-end) proposal. */
  dossier: readonly DossierItem[];
  /** Short dossier for the simplified (ad hoc) procedure, where the award allows it. */
  adHocDossier: readonly DossierItem[] | null;
  /** The law requires a secret ballot (bỏ phiếu kín): overrides cannot make it open. */
  secretBallotRequired: boolean;
  /** Criteria are "(configurable)" in domain.md: the check asks a human after the common checks. */
  criteriaConfigurable: boolean;
  /** A certificate or flag is issued (LĐTT is only a line in a decision). */
  certificateIssued: boolean;
  citationKey: CitationKey;
  criteria: LocalizedText;
}

export const DECIDER_TEXT: Record<Decider, LocalizedText> = {
  unit_head: { vi: 'Thủ trưởng đơn vị', en: 'Head of unit' },
  minister: { vi: 'Bộ trưởng', en: 'Minister' },
  prime_minister: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
  president: { vi: 'Chủ tịch nước', en: 'President' },
};

export const KIND_TEXT: Record<CommendationKind, LocalizedText> = {
  merit: { vi: 'Thường xuyên (công trạng)', en: 'Merit (regular)' },
  thematic: { vi: 'Theo chuyên đề', en: 'Thematic' },
  ad_hoc: { vi: 'Đột xuất', en: 'Ad hoc' },
  long_service: { vi: 'Quá trình cống hiến', en: 'Long service' },
  external_affairs: { vi: 'Đối ngoại', en: 'External affairs' },
};

export const SUBJECT_TEXT: Record<AwardSubject, LocalizedText> = {
  individual: { vi: 'Cá nhân', en: 'Individual' },
  collective: { vi: 'Tập thể', en: 'Collective' },
  both: { vi: 'Cá nhân, tập thể', en: 'Individual and collective' },
};
