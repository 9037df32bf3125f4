import type { CommendationKind } from '../../catalogue/awardDefinition';
import type { RuleSet } from '../../ruleSets/ruleSet';
import { EVALUATION_GRADE_TEXT, gradeAtLeast, type EvaluationGrade } from '../../ruleSets/scales';
import type { LocalizedText } from '../../ruleSets/text';
import type { AwardRecord, Initiative, NomineeHistory, SubjectHistory } from '../history';
import { awardsOf, gradeFor, initiativesIn, range, unrecordedYears, yearsOf } from '../personFacts';
import { makeReason, type FactValue, type Reason } from '../reason';
import { meritRecords } from './meritOnly';
import { listYears, yearSpan, type RuleOutcome } from './outcome';
import { achievementPath, combinePaths, type PathResult } from './paths';

const LEVEL_TEXT = {
  unit: { vi: 'cấp đơn vị', en: 'unit level' },
  central_body: { vi: 'cơ quan, đoàn thể Trung ương', en: 'a central body or mass organisation' },
  province_mass_org: {
    vi: 'tổ chức chính trị - xã hội, Mặt trận Tổ quốc cấp tỉnh',
    en: "a province's branch of a mass organisation or of the Fatherland Front",
  },
  state: { vi: 'cấp Nhà nước', en: 'state level' },
  ministry: { vi: 'cấp Bộ', en: 'ministry level' },
  province: { vi: 'cấp tỉnh', en: 'province level' },
} as const;

/** Prime Minister's Certificate of Merit (Art. 73): regular track and achievement tracks. */
export function checkBkttg(
  history: SubjectHistory,
  year: number,
  ruleSet: RuleSet,
  kind: CommendationKind,
): RuleOutcome {
  const citation = ruleSet.citations.BKTTG_STANDARD;
  if (history.subject === 'collective') {
    return {
      reasons: [
        makeReason(
          'BKTTG_COLLECTIVE_CRITERIA_CONFIGURED',
          'needs_judgement',
          citation,
          {
            vi: 'Tiêu chuẩn Bằng khen của Thủ tướng cho tập thể là giá trị cấu hình: Hội đồng xem xét',
            en: "The collective criteria of the PM's Certificate are configurable: the council decides",
          },
          {},
        ),
      ],
    };
  }
  const achievement = achievementPath(history, year, kind, ruleSet);
  if (kind !== 'merit') {
    return combinePaths('BKTTG', [{ ...achievement.path, status: 'needs_judgement' }], citation);
  }
  const extra: Reason[] = [...achievement.ignored];
  const found = regularTrack(history, year, ruleSet, extra);
  const regular = ruleSet.values.bkttgRegularTrack === 'needs_judgement' ? toCouncil(found) : found;
  const outcome = combinePaths('BKTTG', [regular, achievement.path], citation);
  return { ...outcome, reasons: [...extra, ...outcome.reasons] };
}

/** The regular track where the regime's clause was not read: what was found, for the council. */
function toCouncil(found: PathResult): PathResult {
  if (found.status === 'needs_judgement') return found;
  return {
    ...found,
    status: 'needs_judgement',
    message: {
      vi: `${found.message.vi}; tiêu chuẩn theo quá trình của giai đoạn này chưa được đối chiếu với văn bản: Hội đồng xem xét`,
      en: `${found.message.en}; this regime's regular-track standard is not confirmed in its text: the council decides`,
    },
    facts: { ...found.facts, pathUnconfirmed: true },
  };
}

type BkttgLaw = RuleSet['law']['bkttg'];

/**
 * Law 06/2022/QH15, Art. 73(1)(b) (BKTTG_STANDARD): a merit-based ministry/province Certificate
 * of Merit, then ≥ 5 years rated "hoàn thành tốt nhiệm vụ" or better, with 3 CSTĐCS titles.
 */
function regularTrack(
  history: NomineeHistory,
  year: number,
  ruleSet: RuleSet,
  extra: Reason[],
): PathResult {
  const law = ruleSet.law.bkttg;
  const windowFrom = year - law.windowYears + 1;
  const { qualifying, lastPm, levelsText } = countedCertificates(history, year, ruleSet, extra);
  // The 5 years must follow the certificate: it must be earlier than the window.
  const prerequisite = qualifying.find((c) => c.year < windowFrom);
  const facts = {
    windowFrom,
    windowTo: year,
    certificateYears: qualifying.map((c) => c.year),
    lastPrimeMinisterCertificate: lastPm ?? null,
  };
  if (!prerequisite) return noPrerequisite(qualifying, lastPm, law, facts);
  const w = regularWindow(history, year, ruleSet, prerequisite, facts, levelsText);
  return gradeShortfall(w) ?? initiativeShortfall(w) ?? cstdcsShortfall(w) ?? regularMet(w);
}

/**
 * Art. 73(1)(b) (BKTTG_STANDARD): the merit certificates of the configured issuer levels given
 * after the last PM's Certificate, latest first; certificates of other levels are noted.
 */
function countedCertificates(
  history: NomineeHistory,
  year: number,
  ruleSet: RuleSet,
  extra: Reason[],
): { qualifying: AwardRecord[]; lastPm: number | undefined; levelsText: LocalizedText } {
  const law = ruleSet.law.bkttg;
  const { merit: certificates, ignored } = meritRecords(history, law.prerequisiteAward, ruleSet);
  extra.push(...ignored);
  const issuers = ruleSet.values.certificatePrerequisiteIssuers.BKTTG;
  const levels: readonly string[] = issuers;
  const levelsText = {
    vi: issuers.map((l) => LEVEL_TEXT[l].vi).join(', '),
    en: issuers.map((l) => LEVEL_TEXT[l].en).join(', '),
  };
  for (const c of certificates.filter((c) => !levels.includes(c.issuerLevel))) {
    extra.push(
      makeReason(
        'BKTTG_CERTIFICATE_LEVEL_NOT_COUNTED',
        'info',
        ruleSet.citations.BKTTG_STANDARD,
        {
          vi: `Bằng khen năm ${c.year} (${LEVEL_TEXT[c.issuerLevel].vi}) không phải Bằng khen ${levelsText.vi}: không tính làm điều kiện`,
          en: `The ${c.year} certificate (${LEVEL_TEXT[c.issuerLevel].en}) is not a certificate of ${levelsText.en}: it does not count`,
        },
        { year: c.year, issuerLevel: c.issuerLevel },
      ),
    );
  }
  const lastPm = yearsOf(awardsOf(history, 'BKTTG'))
    .filter((y) => y < year)
    .pop();
  const qualifying = certificates
    .filter((c) => levels.includes(c.issuerLevel))
    .filter((c) => lastPm === undefined || c.year > lastPm);
  return { qualifying, lastPm, levelsText };
}

/** Art. 73(1)(b) (BKTTG_STANDARD): no certificate old enough for the window to follow it. */
function noPrerequisite(
  qualifying: readonly AwardRecord[],
  lastPm: number | undefined,
  law: BkttgLaw,
  facts: Record<string, FactValue>,
): PathResult {
  const tooRecent = qualifying[0];
  return {
    path: 'regular',
    status: 'failed',
    message: tooRecent
      ? {
          vi: `Bằng khen cấp Bộ, tỉnh năm ${tooRecent.year} chưa đủ ${law.windowYears} năm tiếp theo (cần các năm ${yearSpan(tooRecent.year + 1, tooRecent.year + law.windowYears)})`,
          en: `the ${tooRecent.year} ministry/province certificate is not yet followed by ${law.windowYears} years (${yearSpan(tooRecent.year + 1, tooRecent.year + law.windowYears)} needed)`,
        }
      : {
          vi: `chưa có Bằng khen cấp Bộ, tỉnh theo công trạng${lastPm !== undefined ? ` sau Bằng khen của Thủ tướng năm ${lastPm}` : ''}`,
          en: `no merit-based ministry/province Certificate of Merit${lastPm !== undefined ? ` after the ${lastPm} PM's Certificate` : ''}`,
        },
    facts,
  };
}

/** What the regular track found in the window that follows the prerequisite certificate. */
interface RegularWindow {
  law: BkttgLaw;
  year: number;
  windowFrom: number;
  prerequisite: AwardRecord;
  levelsText: LocalizedText;
  below: Array<{ year: number; grade: EvaluationGrade | undefined }>;
  unknown: number[];
  cstdcsYears: number[];
  unrecorded: number[];
  initiatives: Initiative[];
  minGrade: LocalizedText;
  full: Record<string, FactValue>;
}

function regularWindow(
  history: NomineeHistory,
  year: number,
  ruleSet: RuleSet,
  prerequisite: AwardRecord,
  facts: Record<string, FactValue>,
  levelsText: LocalizedText,
): RegularWindow {
  const law = ruleSet.law.bkttg;
  const windowFrom = year - law.windowYears + 1;
  const window = range(windowFrom, year);
  const grades = window.map((y) => ({ year: y, grade: gradeFor(history, y) }));
  const below = grades.filter(
    (g) => g.grade !== undefined && !gradeAtLeast(g.grade, law.minGradeInWindow),
  );
  const unknown = grades.filter((g) => g.grade === undefined).map((g) => g.year);
  const cstdcs = meritRecords(history, 'CSTDCS', ruleSet)
    .merit.map((a) => a.year)
    .filter((y) => y >= windowFrom && y <= year);
  const cstdcsYears = [...new Set(cstdcs)].sort((a, b) => a - b);
  const full = {
    ...facts,
    prerequisiteYear: prerequisite.year,
    prerequisiteDecision: prerequisite.decisionNumber ?? null,
    cstdcsYears,
    unknownGradeYears: unknown,
  };
  // Before 2024 the window needed initiatives recognised at grassroots level, not titles.
  const initiatives = initiativesIn(history, {
    kinds: ['initiative'],
    fromYear: windowFrom,
    toYear: year,
    scopes: ['grassroots', 'ministry', 'national'],
  });
  return {
    law,
    year,
    windowFrom,
    prerequisite,
    levelsText,
    below,
    unknown,
    cstdcsYears,
    unrecorded: unrecordedYears(history, window),
    initiatives,
    minGrade: EVALUATION_GRADE_TEXT[law.minGradeInWindow],
    full,
  };
}

/** Art. 73(1)(b) (BKTTG_STANDARD): every year of the window rated at the minimum grade or better. */
function gradeShortfall(w: RegularWindow): PathResult | undefined {
  const { law, windowFrom, year, below, minGrade, full } = w;
  if (below.length > 0) {
    return {
      path: 'regular',
      status: 'failed',
      message: {
        vi: `${law.windowYears} năm ${yearSpan(windowFrom, year)} chưa liên tục “${minGrade.vi}” trở lên: năm ${below[0].year} xếp loại “${EVALUATION_GRADE_TEXT[below[0].grade!].vi}”`,
        en: `${yearSpan(windowFrom, year)} not all rated “${minGrade.en}” or better: ${below[0].year} rated “${EVALUATION_GRADE_TEXT[below[0].grade!].en}”`,
      },
      facts: full,
    };
  }
  return undefined;
}

/** The pre-2024 regimes' clause: recognised initiatives in the window instead of CSTĐCS titles. */
function initiativeShortfall(w: RegularWindow): PathResult | undefined {
  const { law, windowFrom, year, initiatives, full } = w;
  const minInitiatives = law.minGrassrootsInitiativesInWindow;
  if (minInitiatives !== null && initiatives.length < minInitiatives) {
    return {
      path: 'regular',
      status: 'failed',
      message: {
        vi: `trong ${law.windowYears} năm ${yearSpan(windowFrom, year)} chỉ có ${initiatives.length} sáng kiến được công nhận, cần ${minInitiatives}`,
        en: `only ${initiatives.length} recognised initiative(s) in ${yearSpan(windowFrom, year)}; ${minInitiatives} needed`,
      },
      facts: { ...full, initiatives: initiatives.map((i) => i.id) },
    };
  }
  return undefined;
}

/**
 * Art. 73(1)(b) (BKTTG_STANDARD): 3 CSTĐCS titles in the window; titles possibly in years the
 * history does not record, and years without a grade, go to a person.
 */
function cstdcsShortfall(w: RegularWindow): PathResult | undefined {
  const { law, windowFrom, year, cstdcsYears, unrecorded, unknown, full } = w;
  if (
    law.minCstdcsInWindow !== null &&
    cstdcsYears.length < law.minCstdcsInWindow &&
    cstdcsYears.length + unrecorded.length >= law.minCstdcsInWindow
  ) {
    // The titles missing could sit in years the history says nothing about.
    return {
      path: 'regular',
      status: 'needs_judgement',
      message: {
        vi: `trong ${law.windowYears} năm ${yearSpan(windowFrom, year)} có ${cstdcsYears.length} lần Chiến sĩ thi đua cơ sở (${listYears(cstdcsYears)}), cần ${law.minCstdcsInWindow}; chưa có dữ liệu năm ${listYears(unrecorded)}: cần bổ sung danh hiệu Chiến sĩ thi đua cơ sở các năm đó`,
        en: `${cstdcsYears.length} Grassroots titles in ${yearSpan(windowFrom, year)} (${listYears(cstdcsYears)}), ${law.minCstdcsInWindow} needed; nothing is recorded for ${listYears(unrecorded)}: supply the Grassroots titles of those years`,
      },
      facts: { ...full, unrecordedYears: unrecorded },
    };
  }
  if (law.minCstdcsInWindow !== null && cstdcsYears.length < law.minCstdcsInWindow) {
    return {
      path: 'regular',
      status: 'failed',
      message: {
        vi: `trong ${law.windowYears} năm ${yearSpan(windowFrom, year)} chỉ có ${cstdcsYears.length} lần Chiến sĩ thi đua cơ sở (${listYears(cstdcsYears)}), cần ${law.minCstdcsInWindow}`,
        en: `only ${cstdcsYears.length} Grassroots titles in ${yearSpan(windowFrom, year)} (${listYears(cstdcsYears)}); ${law.minCstdcsInWindow} needed`,
      },
      facts: full,
    };
  }
  if (unknown.length > 0) {
    return {
      path: 'regular',
      status: 'needs_judgement',
      message: {
        vi: `chưa có kết quả xếp loại năm ${listYears(unknown)} trong giai đoạn ${yearSpan(windowFrom, year)}`,
        en: `no grade recorded for ${listYears(unknown)} within ${yearSpan(windowFrom, year)}`,
      },
      facts: full,
    };
  }
  return undefined;
}

/** Art. 73(1)(b) (BKTTG_STANDARD): the regular track is met. */
function regularMet(w: RegularWindow): PathResult {
  const { law, windowFrom, year, prerequisite, levelsText, cstdcsYears, initiatives } = w;
  const { minGrade, full } = w;
  const minInitiatives = law.minGrassrootsInitiativesInWindow;
  return {
    path: 'regular',
    status: 'met',
    message: {
      vi: `Bằng khen ${levelsText.vi} năm ${prerequisite.year}; ${law.windowYears} năm ${yearSpan(windowFrom, year)} “${minGrade.vi}” trở lên với ${minInitiatives !== null ? `${initiatives.length} sáng kiến` : `${cstdcsYears.length} lần Chiến sĩ thi đua cơ sở`}`,
      en: `Certificate (${levelsText.en}) of ${prerequisite.year}; ${yearSpan(windowFrom, year)} rated “${minGrade.en}” or better with ${minInitiatives !== null ? `${initiatives.length} initiatives` : `${cstdcsYears.length} Grassroots titles`}`,
    },
    facts: full,
  };
}
