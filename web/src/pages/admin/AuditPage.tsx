import { useState } from 'preact/hooks';
import { api, ApiFailure, type Problem } from '../../shell/api';
import { formatDateTime } from '../../shell/dates';
import { pick, useLang, useText, type Text } from '../../shell/i18n';
import { ProblemMessage } from '../../shell/problems';

const TEXT = {
  heading: { vi: 'Kiểm tra tính toàn vẹn của nhật ký', en: 'Audit log integrity check' },
  lead: {
    vi: 'Mỗi bản ghi nhật ký mang mã băm của bản ghi trước; kiểm tra đọc lại cả chuỗi và chỉ ra mắt xích hỏng đầu tiên.',
    en: 'Each audit entry carries the hash of the one before; the check reads the whole chain and points at the first broken link.',
  },
  run: { vi: 'Chạy kiểm tra', en: 'Run the check' },
  busy: { vi: 'Đang kiểm tra…', en: 'Checking…' },
  intact: { vi: '✓ Nguyên vẹn', en: '✓ Intact' },
  broken: { vi: '✗ Chuỗi bị phá vỡ', en: '✗ The chain is broken' },
  entries: { vi: 'Số bản ghi đã đọc', en: 'Entries read' },
  lastSeq: { vi: 'Bản ghi nguyên vẹn cuối cùng', en: 'Last intact entry' },
  lastHash: { vi: 'Mã băm của bản ghi đó', en: 'Its hash' },
  firstBroken: { vi: 'Mắt xích hỏng đầu tiên', en: 'First broken link' },
  why: { vi: 'Lý do', en: 'Why' },
  checkedAt: { vi: 'Thời điểm kiểm tra', en: 'Checked at' },
  note: {
    vi: 'Việc xoá các bản ghi mới nhất không lộ ra từ chuỗi: hãy đối chiếu số bản ghi và mã băm cuối với biên bản kiểm tra lần trước.',
    en: 'Deleting the newest entries cannot be seen from the chain: compare the last entry and hash with the previous inspection record.',
  },
};

interface Verification {
  ok: boolean;
  entries: number;
  lastSeq: number;
  lastHash: string;
  firstBrokenSeq?: number;
  explanation?: Text;
}

/** Runs the audit chain's verification and shows "intact" or the first broken link. */
export function AuditPage() {
  const t = useText(TEXT);
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ at: Date; report: Verification } | undefined>();
  const [problem, setProblem] = useState<Problem | undefined>();
  const run = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      setResult({ at: new Date(), report: await api.get<Verification>('/api/audit/verify') });
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      setProblem(error.problem);
    } finally {
      setBusy(false);
    }
  };
  const report = result?.report;
  return (
    <>
      <h1>{t.heading}</h1>
      <p>{t.lead}</p>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void run()}>
          {busy ? t.busy : t.run}
        </button>
      </div>
      <ProblemMessage problem={problem} />
      {/* Space kept for the result, so nothing below moves when it arrives. */}
      <section
        aria-labelledby="audit-result-title"
        aria-live="polite"
        style={{ minHeight: '12rem' }}
      >
        {report && (
          <>
            <h2>
              <span class={report.ok ? 'due due-onTime' : 'due due-overdue'}>
                {report.ok ? t.intact : t.broken}
              </span>
            </h2>
            <dl class="facts">
              {!report.ok && (
                <>
                  <dt>{t.firstBroken}</dt>
                  <dd>#{report.firstBrokenSeq}</dd>
                  <dt>{t.why}</dt>
                  <dd>{pick(report.explanation, lang)}</dd>
                </>
              )}
              <dt>{t.entries}</dt>
              <dd>{report.entries}</dd>
              <dt>{t.lastSeq}</dt>
              <dd>#{report.lastSeq}</dd>
              <dt>{t.lastHash}</dt>
              <dd>
                <code>{report.lastHash}</code>
              </dd>
              <dt>{t.checkedAt}</dt>
              <dd>{formatDateTime(result.at)}</dd>
            </dl>
            <p class="muted">{t.note}</p>
          </>
        )}
      </section>
    </>
  );
}
