import type { Citation } from '../../ruleSets/citation';
import type { RuleSet } from '../../ruleSets/ruleSet';
import type { LocalizedText } from '../../ruleSets/text';
import type { CommendationKind } from '../../catalogue/awardDefinition';
import type { ClaimedAchievement, SubjectHistory } from '../history';
import { makeReason, type FactValue, type Reason } from '../reason';
import type { RuleOutcome } from './outcome';

/** One alternative of an award with several ("one of the following"). */
export interface PathResult {
  path: string;
  status: 'met' | 'needs_judgement' | 'failed';
  /** Met: what satisfied it. Otherwise: why not, as a clause of a sentence (lower case). */
  message: LocalizedText;
  facts: Record<string, FactValue>;
  consumes?: RuleOutcome['consumes'];
}

/**
 * Any met path makes the alternatives met; else any path needing a human makes the case
 * need one; else the award is refused, listing why each path failed.
 */
export function combinePaths(
  prefix: string,
  paths: readonly PathResult[],
  citation: Citation,
): RuleOutcome {
  const met = paths.find((p) => p.status === 'met');
  if (met) {
    return {
      reasons: [
        makeReason(`${prefix}_PATH_MET`, 'info', citation, met.message, {
          path: met.path,
          ...met.facts,
        }),
      ],
      path: met.path,
      consumes: met.consumes ?? [],
    };
  }
  const judged = paths.filter((p) => p.status === 'needs_judgement');
  if (judged.length > 0) {
    return {
      reasons: judged.map((p) =>
        makeReason(`${prefix}_PATH_NEEDS_JUDGEMENT`, 'needs_judgement', citation, p.message, {
          path: p.path,
          ...p.facts,
        }),
      ),
      path: null,
      consumes: [],
    };
  }
  return {
    reasons: [
      makeReason(
        `${prefix}_NO_PATH_MET`,
        'blocking',
        citation,
        {
          vi: `Không đạt tiêu chuẩn nào: ${paths.map((p) => p.message.vi).join('; ')}`,
          en: `No standard is met: ${paths.map((p) => p.message.en).join('; ')}`,
        },
        { paths: paths.map((p) => p.path) },
      ),
    ],
    path: null,
    consumes: [],
  };
}

const ACHIEVEMENT_TEXT: Record<ClaimedAchievement['kind'], LocalizedText> = {
  movement_excellence: {
    vi: 'thành tích xuất sắc trong phong trào thi đua',
    en: 'excellent result in an emulation movement',
  },
  many_achievements: { vi: 'lập được nhiều thành tích', en: 'many achievements' },
  sudden_achievement: { vi: 'thành tích đột xuất', en: 'a sudden achievement' },
  wide_influence: {
    vi: 'thành tích có phạm vi ảnh hưởng rộng',
    en: 'an achievement of wide influence',
  },
};

/**
 * The "achievement" alternatives (movement results, many or sudden achievements) are the
 * council's judgement; thematic-movement results do not support a merit proposal.
 */
export function achievementPath(
  history: SubjectHistory,
  year: number,
  kind: CommendationKind,
  ruleSet: RuleSet,
): { path: PathResult; ignored: Reason[] } {
  const inYear = history.achievements.filter((a) => a.year === year);
  const ignoredThematic =
    kind === 'merit' ? inYear.filter((a) => a.movementKind === 'thematic') : [];
  const usable = inYear.filter((a) => !ignoredThematic.includes(a));
  const ignored = ignoredThematic.map((a) =>
    makeReason(
      'THEMATIC_ACHIEVEMENT_NOT_COUNTED',
      'info',
      ruleSet.citations.PRINCIPLE_MERIT_ONLY,
      {
        vi: `Thành tích trong phong trào thi đua theo chuyên đề năm ${a.year} không làm căn cứ khen thưởng theo công trạng`,
        en: `An achievement in a thematic movement (${a.year}) does not support a merit proposal`,
      },
      { achievementId: a.id, year: a.year },
    ),
  );
  if (usable.length === 0) {
    return {
      ignored,
      path: {
        path: 'achievement',
        status: 'failed',
        message: {
          vi: `không có thành tích xuất sắc trong phong trào thi đua hoặc thành tích đột xuất năm ${year}`,
          en: `no excellent movement result or sudden achievement in ${year}`,
        },
        facts: { year },
      },
    };
  }
  return {
    ignored,
    path: {
      path: 'achievement',
      status: 'needs_judgement',
      message: {
        vi: `Hội đồng đánh giá ${usable.map((a) => ACHIEVEMENT_TEXT[a.kind].vi).join(', ')} năm ${year}`,
        en: `The council assesses ${usable.map((a) => ACHIEVEMENT_TEXT[a.kind].en).join(', ')} in ${year}`,
      },
      facts: { year, achievements: usable.map((a) => a.id) },
    },
  };
}
