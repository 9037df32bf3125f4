import type { LocalizedText } from '../ruleSets/text';

/** Items of a nomination dossier (hồ sơ đề nghị); returned dossiers name the missing ones. */
export const DOCUMENT_CODES = [
  'submission_letter',
  'nominee_list',
  'achievement_report',
  'achievement_summary',
  'unit_review_minutes',
  'council_minutes',
  'ballot_tally',
  'evaluation_results',
  'initiative_recognition',
  'initiative_scope_recognition',
  'prior_award_decisions',
  'old_unit_comments',
  'bloc_ranking',
  'service_history',
  'international_unit_agreement',
  'public_comment_result',
  'electronic_copy',
] as const;

export type DocumentCode = (typeof DOCUMENT_CODES)[number];

export const DOCUMENT_TEXT: Record<DocumentCode, LocalizedText> = {
  submission_letter: { vi: 'Tờ trình đề nghị khen thưởng', en: 'Submission letter' },
  nominee_list: { vi: 'Danh sách đề nghị khen thưởng', en: 'List of nominees' },
  achievement_report: {
    vi: 'Báo cáo thành tích (theo mẫu của hình thức khen thưởng)',
    en: "Achievement report (on the kind's template)",
  },
  achievement_summary: {
    vi: 'Báo cáo tóm tắt thành tích (thủ tục đơn giản)',
    en: 'Short achievement summary (simplified procedure)',
  },
  unit_review_minutes: {
    vi: 'Biên bản họp bình xét của đơn vị',
    en: "Minutes of the unit's year-end review",
  },
  council_minutes: {
    vi: 'Biên bản họp Hội đồng Thi đua – Khen thưởng',
    en: 'Minutes of the council meeting',
  },
  ballot_tally: { vi: 'Biên bản kiểm phiếu bỏ phiếu kín', en: 'Secret-ballot tally record' },
  evaluation_results: {
    vi: 'Kết quả đánh giá, xếp loại chất lượng các năm liên quan',
    en: 'Evaluation grades for the years concerned',
  },
  initiative_recognition: {
    vi: 'Quyết định, giấy chứng nhận công nhận sáng kiến hoặc nghiệm thu đề tài',
    en: 'Initiative recognition or research acceptance certificates',
  },
  initiative_scope_recognition: {
    vi: 'Văn bản công nhận hiệu quả, phạm vi ảnh hưởng của sáng kiến, đề tài',
    en: "Recognition of the initiative's effect and scope",
  },
  prior_award_decisions: {
    vi: 'Bản sao quyết định khen thưởng đã được tặng',
    en: 'Copies of earlier award decisions',
  },
  old_unit_comments: {
    vi: 'Ý kiến nhận xét của đơn vị cũ (khi chuyển công tác)',
    en: "The former unit's written comments (after a transfer)",
  },
  bloc_ranking: {
    vi: 'Kết quả chấm điểm, xếp hạng của khối thi đua',
    en: "The emulation bloc's scores and ranking",
  },
  service_history: { vi: 'Bản tóm tắt quá trình công tác', en: 'Summary of service history' },
  international_unit_agreement: {
    vi: 'Ý kiến thống nhất của đơn vị phụ trách hợp tác quốc tế',
    en: 'Written agreement of the international cooperation unit',
  },
  public_comment_result: {
    vi: 'Kết quả công khai lấy ý kiến',
    en: 'Result of the public comment period',
  },
  electronic_copy: { vi: 'Bản điện tử của hồ sơ', en: 'Electronic copy of the dossier' },
};
