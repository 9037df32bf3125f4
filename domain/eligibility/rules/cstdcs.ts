import type { RuleSet } from '../../ruleSets/ruleSet';
import { EVALUATION_GRADE_TEXT } from '../../ruleSets/scales';
import type { EligibilityContext } from '../context';
import type { CstdcsInitiativePath, NomineeHistory } from '../history';
import { gradeFor, initiativesIn, usedFor } from '../personFacts';
import { makeReason } from '../reason';
import { checkLdttStandard } from './ldtt';
import type { RuleOutcome } from './outcome';

const ALL_SCOPES = ['grassroots', 'ministry', 'national'] as const;

/** Grassroots Emulation Fighter (Art. 23): LĐTT plus one alternative; quota applied per round. */
export function checkCstdcs(
  history: NomineeHistory,
  year: number,
  ruleSet: RuleSet,
  context: EligibilityContext,
): RuleOutcome {
  const reasons = checkLdttStandard(history, year, ruleSet, context);
  const citation = ruleSet.citations.CSTDCS_STANDARD;
  const mandatory = ruleSet.law.cstdcsInitiativeMandatory;
  const grade = gradeFor(history, year);

  const find = (kind: 'initiative' | 'research' | 'combat_wit') =>
    initiativesIn(history, { kinds: [kind], fromYear: year, toYear: year, scopes: ALL_SCOPES })
      // An initiative already counted for another year's CSTĐCS does not count again.
      .filter((i) => !usedFor(i, 'CSTDCS', year));
  const initiative = find('initiative')[0];
  const research = find('research')[0];
  const combat = find('combat_wit')[0];
  const excellent = grade === 'excellent';

  // Prefer the path that uses nothing up: excellence leaves the initiative free for later awards.
  let path: 'excellent_completion' | CstdcsInitiativePath | null = null;
  let used: typeof initiative | undefined;
  if (excellent && !mandatory) path = 'excellent_completion';
  else if (initiative) {
    path = excellent ? 'excellent_initiative' : 'good_completion_initiative';
    used = initiative;
  } else if (research) {
    path = 'research';
    used = research;
  } else if (combat) {
    path = 'combat_wit';
    used = combat;
  }

  if (path !== null) {
    reasons.push(
      makeReason(
        'CSTDCS_ALTERNATIVE_MET',
        'info',
        citation,
        path === 'excellent_completion'
          ? {
              vi: `Năm ${year} hoàn thành xuất sắc nhiệm vụ`,
              en: `Completed tasks excellently in ${year}`,
            }
          : {
              vi: `Có ${used?.kind === 'research' ? 'đề tài khoa học được nghiệm thu' : used?.kind === 'combat_wit' ? 'thành tích mưu trí, sáng tạo trong chiến đấu' : 'sáng kiến được công nhận'} năm ${year}${used?.title ? `: “${used.title}”` : ''}`,
              en: `${used?.kind === 'research' ? 'Accepted research' : used?.kind === 'combat_wit' ? 'Wit in combat' : 'Initiative recognised'} in ${year}${used?.title ? `: “${used.title}”` : ''}`,
            },
        { year, path, grade: grade ?? null, initiativeId: used?.id ?? null },
      ),
    );
  } else if (grade === undefined && !mandatory) {
    reasons.push(
      makeReason(
        'CSTDCS_ALTERNATIVE_UNKNOWN',
        'needs_judgement',
        citation,
        {
          vi: `Chưa có sáng kiến, đề tài năm ${year} và chưa có kết quả xếp loại để xét tiêu chuẩn hoàn thành xuất sắc nhiệm vụ`,
          en: `No initiative or research in ${year}, and no grade yet to judge excellent completion`,
        },
        { year },
      ),
    );
  } else {
    const parts = [
      ...(mandatory
        ? []
        : [
            {
              vi: `năm ${year} không hoàn thành xuất sắc nhiệm vụ${grade ? ` (xếp loại “${EVALUATION_GRADE_TEXT[grade].vi}”)` : ''}`,
              en: `not rated excellent in ${year}${grade ? ` (rated “${EVALUATION_GRADE_TEXT[grade].en}”)` : ''}`,
            },
          ]),
      {
        vi: `chưa có sáng kiến được công nhận năm ${year}`,
        en: `no initiative recognised in ${year}`,
      },
      {
        vi: `chưa có đề tài khoa học được nghiệm thu năm ${year}`,
        en: `no research accepted in ${year}`,
      },
    ];
    reasons.push(
      makeReason(
        mandatory ? 'CSTDCS_INITIATIVE_REQUIRED' : 'CSTDCS_NO_ALTERNATIVE_MET',
        'blocking',
        citation,
        {
          vi: `Không đạt tiêu chuẩn bổ sung nào của danh hiệu: ${parts.map((p) => p.vi).join('; ')}`,
          en: `None of the additional standards is met: ${parts.map((p) => p.en).join('; ')}`,
        },
        { year, grade: grade ?? null, initiativeMandatory: mandatory },
      ),
    );
  }

  return {
    reasons,
    path,
    consumes: used
      ? [{ initiativeId: used.id, use: { award: 'CSTDCS', year, path: path ?? undefined } }]
      : [],
  };
}
