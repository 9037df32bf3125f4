import type { RuleSet } from '../../ruleSets/ruleSet';
import type { EligibilityContext } from '../context';
import { makeReason, type Reason } from '../reason';

/**
 * Hero titles are considered every five years at the emulation congresses, except for an
 * especially outstanding sudden achievement (as the national public-service portal answers;
 * the article is not confirmed). The occasion is a fact of the review; missing, it is asked for.
 */
export function heroOccasion(ruleSet: RuleSet, context: EligibilityContext): Reason {
  const citation = ruleSet.citations.HERO_REVIEW_OCCASION;
  const occasion = context.reviewOccasion;
  switch (occasion) {
    case undefined:
      return makeReason(
        'REVIEW_OCCASION_MISSING',
        'needs_judgement',
        citation,
        {
          vi: 'Chưa rõ dịp xét (tổng kết năm, Đại hội thi đua yêu nước hay đột xuất): cần bổ sung để xác định có được đề nghị danh hiệu Anh hùng không',
          en: 'The review occasion (year-end, emulation congress or ad hoc) is not given: supply it to know whether a Hero title may be proposed',
        },
        { reviewOccasion: null },
      );
    case 'emulation_congress':
      return makeReason(
        'HERO_AT_EMULATION_CONGRESS',
        'info',
        citation,
        {
          vi: 'Đề nghị tại Đại hội thi đua yêu nước',
          en: 'Proposed at an emulation congress',
        },
        { reviewOccasion: occasion },
      );
    case 'ad_hoc':
      return makeReason(
        'HERO_AD_HOC_EXCEPTION',
        'needs_judgement',
        citation,
        {
          vi: 'Đề nghị ngoài Đại hội thi đua yêu nước: chỉ khi có thành tích đặc biệt xuất sắc đột xuất, Hội đồng xem xét',
          en: 'Proposed outside an emulation congress: only for an especially outstanding sudden achievement, which the council judges',
        },
        { reviewOccasion: occasion },
      );
    case 'annual':
      return makeReason(
        'HERO_NOT_AT_EMULATION_CONGRESS',
        'blocking',
        citation,
        {
          vi: 'Danh hiệu Anh hùng không xét trong dịp tổng kết năm mà tại Đại hội thi đua yêu nước',
          en: 'A Hero title is not considered at the year-end review but at an emulation congress',
        },
        { reviewOccasion: occasion },
      );
  }
}
