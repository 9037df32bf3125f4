/** Texts every administration form shares. */
export const ADMIN_TEXT = {
  reason: { vi: 'Lý do (ghi vào nhật ký quản trị)', en: 'Reason (kept in the admin log)' },
  saved: { vi: 'Đã lưu.', en: 'Saved.' },
  busy: { vi: 'Đang lưu…', en: 'Saving…' },
  none: { vi: '— không —', en: '— none —' },
};
