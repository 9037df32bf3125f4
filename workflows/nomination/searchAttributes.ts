import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Published on every nomination workflow so that "what is late, where, held by whom"
 * is one indexed visibility query. Each must be registered on the namespace: the dev
 * server does it at start (scripts/servers/temporalServer.ts); on a cluster run
 * `temporal operator search-attribute create` for each (see README).
 */
export const stageKey = defineSearchAttributeKey('TdktStage', SearchAttributeType.KEYWORD);
export const unitKey = defineSearchAttributeKey('TdktUnit', SearchAttributeType.KEYWORD);
export const awardKey = defineSearchAttributeKey('TdktAward', SearchAttributeType.KEYWORD);
export const yearKey = defineSearchAttributeKey('TdktYear', SearchAttributeType.INT);
export const holderRoleKey = defineSearchAttributeKey(
  'TdktHolderRole',
  SearchAttributeType.KEYWORD,
);
export const deadlineKey = defineSearchAttributeKey('TdktDeadline', SearchAttributeType.DATETIME);

export const NOMINATION_SEARCH_ATTRIBUTES = [
  stageKey,
  unitKey,
  awardKey,
  yearKey,
  holderRoleKey,
  deadlineKey,
] as const;
