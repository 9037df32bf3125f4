import type { Text } from '../../shell/i18n';

/** The timeline's steps in words (the codes the workflow records). */
export const ACTION_LABELS: Record<string, Text> = {
  drafted: { vi: 'Lập dự thảo', en: 'Drafted' },
  submitted: { vi: 'Trình hồ sơ', en: 'Submitted' },
  checks_eligible: { vi: 'Kiểm tra tự động: đủ điều kiện', en: 'Automatic checks: eligible' },
  checks_not_eligible: {
    vi: 'Kiểm tra tự động: không đủ điều kiện',
    en: 'Automatic checks: not eligible',
  },
  checks_needs_judgement: {
    vi: 'Kiểm tra tự động: cần xem xét',
    en: 'Automatic checks: needs judgement',
  },
  returned: { vi: 'Trả lại để bổ sung', en: 'Returned for supplement' },
  resubmitted: { vi: 'Trình lại sau bổ sung', en: 'Resubmitted' },
  supplement_deadline_missed: { vi: 'Quá hạn bổ sung', en: 'Supplement deadline missed' },
  appraisal_accepted: { vi: 'Thẩm định: chấp nhận', en: 'Appraisal: accepted' },
  appraisal_rejected: { vi: 'Thẩm định: từ chối', en: 'Appraisal: rejected' },
  objection_received: { vi: 'Nhận ý kiến phản ánh', en: 'Objection received' },
  public_comment_closed: { vi: 'Hết thời gian công khai', en: 'Public comment closed' },
  rapporteur_supports: { vi: 'Ý kiến thẩm định: đồng ý', en: 'Rapporteur supports' },
  rapporteur_opposes: { vi: 'Ý kiến thẩm định: không đồng ý', en: 'Rapporteur opposes' },
  added_to_round: { vi: 'Đưa vào phiên họp Hội đồng', en: 'Added to a council round' },
  released_from_round: {
    vi: 'Trả về chờ Hội đồng xét (phiên họp không nhận cả nhóm)',
    en: 'Released: the round took none of its batch',
  },
  council_passed: { vi: 'Hội đồng thông qua', en: 'Passed by the council' },
  council_not_passed: { vi: 'Hội đồng không thông qua', en: 'Not passed by the council' },
  council_quota_cut: { vi: 'Vượt tỷ lệ, không được chọn', en: 'Cut by the quota' },
  council_no_quorum: { vi: 'Hội đồng không đủ số thành viên', en: 'No quorum' },
  included_in_decision: { vi: 'Đưa vào dự thảo quyết định', en: 'Included in a draft decision' },
  released_from_decision: {
    vi: 'Trả về chờ quyết định (dự thảo không nhận cả nhóm)',
    en: 'Released: the draft decision took none of its batch',
  },
  minister_approved: { vi: 'Bộ trưởng ký quyết định', en: 'Approved by the minister' },
  struck_from_decision: { vi: 'Bộ trưởng không đồng ý', en: 'Struck from the decision' },
  returned_to_council: { vi: 'Trả về Hội đồng', en: 'Returned to the council' },
  returned_to_secretariat: { vi: 'Trả về Thường trực', en: 'Returned to the secretariat' },
  proposed_upward: { vi: 'Trình cấp trên', en: 'Proposed upward' },
  withdrawn: { vi: 'Đơn vị rút hồ sơ', en: 'Withdrawn by the unit' },
  cancelled: { vi: 'Hủy hồ sơ', en: 'Cancelled' },
  deadline_extended: { vi: 'Gia hạn', en: 'Deadline extended' },
  reassigned: { vi: 'Giao người khác xử lý', en: 'Reassigned' },
  manual_reminder: { vi: 'Nhắc việc', en: 'Reminder sent' },
  manual_escalation: { vi: 'Báo cáo cấp trên', en: 'Escalated' },
  award_revoked: { vi: 'Thu hồi khen thưởng', en: 'Award revoked' },
};

export const ALERT_LABELS: Record<string, Text> = {
  reminder: { vi: 'Nhắc hạn', en: 'Reminder' },
  escalation: { vi: 'Quá hạn, báo cấp trên', en: 'Escalated (overdue)' },
  early_escalation: { vi: 'Báo cấp trên (chưa quá hạn)', en: 'Escalated (not yet overdue)' },
};
