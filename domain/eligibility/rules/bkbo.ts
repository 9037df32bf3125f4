import type { CommendationKind } from '../../catalogue/awardDefinition';
import { formatCitation } from '../../ruleSets/citation';
import type { RuleSet } from '../../ruleSets/ruleSet';
import { EVALUATION_GRADE_TEXT } from '../../ruleSets/scales';
import type { EligibilityContext } from '../context';
import type { Initiative, NomineeHistory, SubjectHistory } from '../history';
import {
  awardsOf,
  cstdcsReuse,
  type CstdcsReuse,
  gradeFor,
  initiativesIn,
  missingYears,
  range,
  usedFor,
  yearsOf,
} from '../personFacts';
import { makeReason, type FactValue, type Reason } from '../reason';
import { chainState, cstdcsChainText } from './chains';
import { meritRecords } from './meritOnly';
import { listYears, yearSpan, type RuleOutcome } from './outcome';
import { achievementPath, combinePaths, type PathResult } from './paths';

const ALL_SCOPES = ['grassroots', 'ministry', 'national'] as const;

/** Minister's Certificate of Merit (Art. 74), every alternative path. */
export function checkBkbo(
  history: SubjectHistory,
  year: number,
  ruleSet: RuleSet,
  context: EligibilityContext,
  kind: CommendationKind,
): RuleOutcome {
  const citation = ruleSet.citations.BKBO_STANDARD;
  if (history.subject === 'collective') {
    return {
      reasons: [
        makeReason(
          'BKBO_COLLECTIVE_CRITERIA_CONFIGURED',
          'needs_judgement',
          citation,
          {
            vi: 'Tiêu chuẩn Bằng khen cho tập thể do Bộ quy định: Hội đồng xem xét',
            en: "The collective criteria are the ministry's own: the council decides",
          },
          {},
        ),
      ],
    };
  }
  const achievement = achievementPath(history, year, kind, ruleSet);
  if (kind !== 'merit') {
    // Ad hoc / thematic / external: judged on the achievement itself.
    return combinePaths('BKBO', [{ ...achievement.path, status: 'needs_judgement' }], citation);
  }
  const extra: Reason[] = [...achievement.ignored];
  const n = ruleSet.law.bkbo.consecutiveCstdcs;
  const chain = n === null ? [] : [chainPath(history, year, n, ruleSet, context, extra)];
  const initiatives = excellentWithInitiativesPath(history, year, ruleSet, extra);
  const outcome = combinePaths('BKBO', [...chain, initiatives, achievement.path], citation);
  return { ...outcome, reasons: [...extra, ...outcome.reasons] };
}

function chainPath(
  history: NomineeHistory,
  year: number,
  n: number,
  ruleSet: RuleSet,
  context: EligibilityContext,
  extra: Reason[],
): PathResult {
  const from = year - n + 1;
  const { merit, ignored } = meritRecords(history, 'CSTDCS', ruleSet);
  extra.push(...ignored);
  const years = yearsOf(merit);
  const missing = missingYears(years, from, year);
  const earlier = yearsOf(awardsOf(history, 'BKBO', { meritOnly: true })).filter(
    (y) => y < year && y >= from,
  );
  const facts = { chainFrom: from, chainTo: year, cstdcsYears: years, missingYears: missing };
  if (earlier.length > 0) {
    return {
      path: 'consecutive_cstdcs',
      status: 'failed',
      message: {
        vi: `các năm ${yearSpan(from, year)} đã được tính cho Bằng khen năm ${listYears(earlier)}`,
        en: `years ${yearSpan(from, year)} were already counted for the Certificate of ${listYears(earlier)}`,
      },
      facts: { ...facts, earlierCertificateYears: earlier },
    };
  }
  const state = chainState(history, 'CSTDCS', missing, year, context);
  if (state === 'complete' && ruleSet.values.bkboConsecutiveCstdcsPath === 'needs_judgement') {
    return {
      path: 'consecutive_cstdcs',
      status: 'needs_judgement',
      message: {
        vi: `${n} lần liên tục Chiến sĩ thi đua cơ sở (${yearSpan(from, year)}); tiêu chuẩn này chưa được đối chiếu với văn bản của giai đoạn: Hội đồng xem xét`,
        en: `${n} consecutive Grassroots titles (${yearSpan(from, year)}); this path is not confirmed in the regime's text: the council decides`,
      },
      facts: { ...facts, pathUnconfirmed: true },
    };
  }
  const path = 'consecutive_cstdcs';
  switch (state) {
    case 'complete':
      return { path, status: 'met', message: cstdcsChainText(n, from, year), facts };
    case 'pending_this_round':
      return {
        path,
        status: 'needs_judgement',
        message: {
          vi: `đủ ${n} lần liên tục Chiến sĩ thi đua cơ sở chỉ khi được công nhận năm ${year} (đang đề nghị cùng đợt)`,
          en: `${n} consecutive Grassroots titles only if the ${year} title (nominated in this round) is granted`,
        },
        facts,
      };
    case 'unrecorded':
      return {
        path,
        status: 'needs_judgement',
        message: {
          vi: `chưa có dữ liệu năm ${listYears(missing)} (xếp loại, danh hiệu) để xét ${n} lần liên tục Chiến sĩ thi đua cơ sở: cần bổ sung danh hiệu Chiến sĩ thi đua cơ sở các năm đó`,
          en: `nothing is recorded for ${listYears(missing)} (grades, titles) to judge ${n} consecutive Grassroots titles: supply the Grassroots titles of those years`,
        },
        facts: { ...facts, unrecordedYears: missing },
      };
    case 'broken':
      return {
        path,
        status: 'failed',
        message: {
          vi: `chưa có ${n} lần liên tục Chiến sĩ thi đua cơ sở (${yearSpan(from, year)}), thiếu năm ${listYears(missing)}`,
          en: `not ${n} consecutive Grassroots titles (${yearSpan(from, year)}), missing ${listYears(missing)}`,
        },
        facts,
      };
  }
}

/** An initiative that served a CSTĐCS, and how. */
type Reused = { initiative: Initiative; reuse: CstdcsReuse };

/**
 * Law 06/2022/QH15, Art. 74(1)(d) (BKBO_STANDARD): consecutive excellent years with 2
 * initiatives (or 2 research works) applied at grassroots level; an initiative that earned a
 * CSTĐCS on "good completion + initiative" does not count again (BKBO_INITIATIVE_REUSE).
 */
function excellentWithInitiativesPath(
  history: NomineeHistory,
  year: number,
  ruleSet: RuleSet,
  extra: Reason[],
): PathResult {
  const law = ruleSet.law.bkbo;
  const from = year - law.consecutiveExcellentYears + 1;
  const years = range(from, year);
  const grades = years.map((y) => ({ year: y, grade: gradeFor(history, y) }));
  const notExcellent = grades.filter((g) => g.grade !== undefined && g.grade !== 'excellent');
  const unknown = grades.filter((g) => g.grade === undefined).map((g) => g.year);
  const { pool, usedForBkbo, usedForCstdcs, unclear } = initiativeUses(
    history,
    from,
    year,
    ruleSet,
  );
  // Said only where the grades leave this path open: elsewhere it changes nothing.
  if (notExcellent.length === 0) {
    extra.push(
      ...usedForCstdcs.map(({ initiative, reuse }) => reuseNote(initiative, reuse, ruleSet)),
    );
  }
  const excluded = new Set<Initiative>([...usedForBkbo, ...usedForCstdcs.map((r) => r.initiative)]);
  const undecided = unclear.map((r) => r.initiative);
  const available = pool.filter((i) => !excluded.has(i) && !undecided.includes(i));
  const initiatives = available.filter((i) => i.kind === 'initiative');
  const research = available.filter((i) => i.kind === 'research');
  const facts = {
    years,
    grades: grades.map((g) => g.grade ?? 'unknown'),
    initiatives: initiatives.map((i) => i.id),
    research: research.map((i) => i.id),
    excludedInitiatives: [...excluded].map((i) => i.id),
    unclearInitiatives: undecided.map((i) => i.id),
  };

  if (notExcellent.length > 0) {
    const first = notExcellent[0];
    return {
      path: 'excellent_with_initiatives',
      status: 'failed',
      message: {
        vi: `không đủ ${law.consecutiveExcellentYears} năm liên tục hoàn thành xuất sắc nhiệm vụ (${yearSpan(from, year)}): năm ${first.year} xếp loại “${EVALUATION_GRADE_TEXT[first.grade!].vi}”`,
        en: `not ${law.consecutiveExcellentYears} consecutive excellent years (${yearSpan(from, year)}): ${first.year} rated “${EVALUATION_GRADE_TEXT[first.grade!].en}”`,
      },
      facts,
    };
  }
  const count = { law, from, year, unknown, unclear, available, initiatives, research, facts };
  return initiativesCounted(count, ruleSet) ?? initiativesShort(count);
}

/**
 * The recognised initiatives and research works of the period, sorted by their earlier use:
 * for this award already, for a CSTĐCS on "good completion + initiative" (BKBO_INITIATIVE_REUSE,
 * where the rule set excludes them), or for a CSTĐCS on a path nobody recorded.
 */
function initiativeUses(
  history: NomineeHistory,
  from: number,
  year: number,
  ruleSet: RuleSet,
): { pool: Initiative[]; usedForBkbo: Initiative[]; usedForCstdcs: Reused[]; unclear: Reused[] } {
  const pool = initiativesIn(history, {
    kinds: ['initiative', 'research'],
    fromYear: from,
    toYear: year,
    scopes: ALL_SCOPES,
  });
  const usedForBkbo = pool.filter((i) => usedFor(i, 'BKBO', year));
  const reuses = ruleSet.values.bkboExcludeInitiativesUsedForCstdcs
    ? pool.flatMap((i) => {
        const reuse = cstdcsReuse(history, i);
        return reuse ? [{ initiative: i, reuse }] : [];
      })
    : [];
  const usedForCstdcs = reuses.filter((r) => r.reuse.kind === 'good_completion');
  const unclear = reuses.filter((r) => r.reuse.kind === 'unclear');
  return { pool, usedForBkbo, usedForCstdcs, unclear };
}

/**
 * Công văn 1168/BNV-BTĐKT (BKBO_INITIATIVE_REUSE): this initiative earned a CSTĐCS on "good
 * completion + initiative", so it is not counted again.
 */
function reuseNote(i: Initiative, reuse: CstdcsReuse, ruleSet: RuleSet): Reason {
  const { use } = reuse;
  const grade = reuse.kind === 'good_completion' ? reuse.grade : null;
  return makeReason(
    'BKBO_INITIATIVE_ALREADY_USED_FOR_CSTDCS',
    'info',
    ruleSet.citations.BKBO_INITIATIVE_REUSE,
    {
      vi: `Sáng kiến ${i.title ? `“${i.title}” ` : ''}(${i.year}) đã dùng để xét Chiến sĩ thi đua cơ sở năm ${use.year} theo tiêu chuẩn hoàn thành tốt nhiệm vụ và có sáng kiến${grade ? ` (năm ${use.year} xếp loại “${EVALUATION_GRADE_TEXT[grade].vi}”)` : ''}: không tính lại`,
      en: `Initiative ${i.title ? `“${i.title}” ` : ''}(${i.year}) already served the ${use.year} Grassroots title on the "good completion + initiative" path${grade ? ` (${use.year} rated “${EVALUATION_GRADE_TEXT[grade].en}”)` : ''}: not counted again`,
    },
    { initiativeId: i.id, usedForYear: use.year, gradeThatYear: grade },
  );
}

/** What the initiative count of the excellent-years path works with. */
interface InitiativeCount {
  law: RuleSet['law']['bkbo'];
  from: number;
  year: number;
  unknown: number[];
  unclear: Reused[];
  available: Initiative[];
  initiatives: Initiative[];
  research: Initiative[];
  facts: Record<string, FactValue>;
}

/**
 * Art. 74(1)(d) (BKBO_STANDARD): 2 initiatives, or 2 research works, with every year graded;
 * initiatives whose earlier CSTĐCS path is unknown go to the council (BKBO_INITIATIVE_REUSE).
 */
function initiativesCounted(count: InitiativeCount, ruleSet: RuleSet): PathResult | undefined {
  const { law, from, year, unknown, unclear, initiatives, research, facts } = count;
  const need = law.initiativesRequired;
  const pick = (list: Initiative[]) => list.slice(0, need);
  const chosen =
    initiatives.length >= need ? pick(initiatives) : research.length >= need ? pick(research) : [];
  if (chosen.length === need && unknown.length === 0) {
    return {
      path: 'excellent_with_initiatives',
      status: 'met',
      message: {
        vi: `${law.consecutiveExcellentYears} năm liên tục hoàn thành xuất sắc nhiệm vụ (${yearSpan(from, year)}) và ${need} ${chosen[0].kind === 'research' ? 'đề tài khoa học' : 'sáng kiến'} được công nhận`,
        en: `${law.consecutiveExcellentYears} consecutive excellent years (${yearSpan(from, year)}) and ${need} recognised ${chosen[0].kind === 'research' ? 'research works' : 'initiatives'}`,
      },
      facts,
      consumes: chosen.map((i) => ({ initiativeId: i.id, use: { award: 'BKBO' as const, year } })),
    };
  }
  if (unclear.length > 0 && initiatives.length + unclear.length >= need) {
    const reuseBasis = formatCitation(ruleSet.citations.BKBO_INITIATIVE_REUSE);
    const named = unclear.map(({ initiative: i, reuse }) => ({
      vi: `“${i.title ?? i.id}” (${i.year}, đã dùng để xét Chiến sĩ thi đua cơ sở năm ${reuse.use.year})`,
      en: `“${i.title ?? i.id}” (${i.year}, used for the ${reuse.use.year} Grassroots title)`,
    }));
    return {
      path: 'excellent_with_initiatives',
      status: 'needs_judgement',
      message: {
        vi: `không rõ sáng kiến ${named.map((n) => n.vi).join(', ')} được dùng theo tiêu chuẩn nào (không ghi và chưa có kết quả xếp loại năm đó): Hội đồng xem xét có được tính lại không (${reuseBasis})`,
        en: `it is not known on which path initiative ${named.map((n) => n.en).join(', ')} served (not recorded, and no grade for that year): the council decides whether it counts again (${reuseBasis})`,
      },
      facts,
    };
  }
  return undefined;
}

/**
 * Art. 74(1)(d) (BKBO_STANDARD): not 2 of one kind usable: missing grades, or an initiative and
 * a research work the council may add up, go to a person; otherwise the path fails.
 */
function initiativesShort(count: InitiativeCount): PathResult {
  const { law, from, year, unknown, available, initiatives, research, facts } = count;
  const need = law.initiativesRequired;
  if (unknown.length > 0 && available.length >= need) {
    return {
      path: 'excellent_with_initiatives',
      status: 'needs_judgement',
      message: {
        vi: `chưa có kết quả xếp loại năm ${listYears(unknown)} để xét ${law.consecutiveExcellentYears} năm hoàn thành xuất sắc nhiệm vụ`,
        en: `no grade yet for ${listYears(unknown)} to judge ${law.consecutiveExcellentYears} excellent years`,
      },
      facts,
    };
  }
  if (initiatives.length + research.length >= need) {
    // One initiative plus one research work: the text says "2 initiatives (or 2 research works)".
    return {
      path: 'excellent_with_initiatives',
      status: 'needs_judgement',
      message: {
        vi: `có ${initiatives.length} sáng kiến và ${research.length} đề tài: Hội đồng xem xét việc cộng gộp`,
        en: `${initiatives.length} initiative(s) and ${research.length} research work(s): the council decides whether they add up`,
      },
      facts,
    };
  }
  return {
    path: 'excellent_with_initiatives',
    status: 'failed',
    message: {
      vi: `giai đoạn ${yearSpan(from, year)} chỉ có ${initiatives.length} sáng kiến, ${research.length} đề tài được công nhận còn dùng được (cần ${need})`,
      en: `only ${initiatives.length} initiative(s) and ${research.length} research work(s) still usable in ${yearSpan(from, year)} (${need} needed)`,
    },
    facts,
  };
}
