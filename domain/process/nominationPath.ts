import type { AwardRules } from '../ruleSets/awardRules';
import type { Stage } from './stages';

/** The optional parts of a nomination's process (domain.md §7). */
export interface PathShape {
  publicComment: boolean;
  councilVote: boolean;
  /** Decided by the Prime Minister or the President: the minister's signature sends it up. */
  forwardedUpward: boolean;
}

/**
 * The shape the procedure will have, from the award's rules in force: the same reading
 * `loadProcedure` makes at submission (no council rule, no vote; ad hoc awards skip the
 * public comment where they have a simplified procedure).
 */
export function plannedShape(
  rules: Pick<AwardRules, 'council' | 'publicComment' | 'adHocAppraisalSlaWorkingDays'>,
  kind: string,
  forwardedUpward: boolean,
): PathShape {
  const adHoc = kind === 'ad_hoc' && rules.adHocAppraisalSlaWorkingDays !== null;
  return {
    publicComment: rules.publicComment.required && !adHoc,
    councilVote: rules.council !== null,
    forwardedUpward,
  };
}

/** Where the process goes after the public comment: reaching one means it had none, or is past it. */
const PAST_COMMENT: readonly string[] = ['council_review', 'council_vote', 'awaiting_decision'];

/**
 * What the nomination's own steps prove overrides the forecast: a stage it went through is
 * on its path, and a part it went past without entering is not (its procedure was fixed at
 * submission and an administrator may have changed the rules since).
 */
export function shapeSeen(planned: PathShape, visited: ReadonlySet<string>): PathShape {
  const council = visited.has('council_review') || visited.has('council_vote');
  const pastComment = PAST_COMMENT.some((s) => visited.has(s));
  return {
    publicComment: visited.has('public_comment') || (planned.publicComment && !pastComment),
    councilVote: council || (planned.councilVote && !visited.has('awaiting_decision')),
    forwardedUpward: visited.has('forwarded') || planned.forwardedUpward,
  };
}

/** The stages from draft to approval, in order, for this shape. */
export function stagesOnPath(shape: PathShape): Stage[] {
  return [
    'draft',
    'appraisal',
    ...(shape.publicComment ? (['public_comment'] as const) : []),
    ...(shape.councilVote ? (['council_review', 'council_vote'] as const) : []),
    'awaiting_decision',
    'minister_decision',
    ...(shape.forwardedUpward ? (['forwarded'] as const) : []),
    'approved',
  ];
}
