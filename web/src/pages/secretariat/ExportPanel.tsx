import { useState } from 'preact/hooks';
import { ApiFailure, type Problem } from '../../shell/api';
import { useText } from '../../shell/i18n';
import { ProblemMessage } from '../../shell/problems';
import { downloadFile } from './downloadFile';

const TEXT = {
  title: { vi: 'Xuất số liệu', en: 'Exports' },
  busy: { vi: 'Đang tải xuống', en: 'Downloading' },
  saved: { vi: 'Đã tải xuống', en: 'Downloaded' },
  progress: { vi: 'Tiến độ tải xuống', en: 'Download progress' },
};

interface ExportChoice {
  id: string;
  label: string;
  path: string;
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Buttons that download XLSX or CSV files, with a progress bar while one is coming. */
export function ExportPanel(props: { choices: ExportChoice[] }) {
  const t = useText(TEXT);
  const [running, setRunning] = useState<
    { id: string; received: number; total?: number } | undefined
  >();
  const [saved, setSaved] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | undefined>();
  const run = async (choice: ExportChoice) => {
    setRunning({ id: choice.id, received: 0 });
    setSaved(undefined);
    setProblem(undefined);
    try {
      const name = await downloadFile(choice.path, (received, total) =>
        setRunning({ id: choice.id, received, total }),
      );
      setSaved(name);
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      setProblem(error.problem);
    } finally {
      setRunning(undefined);
    }
  };
  return (
    <section aria-labelledby="exports-title">
      <h2 id="exports-title">{t.title}</h2>
      <div class="actions">
        {props.choices.map((choice) => (
          <button
            type="button"
            key={choice.id}
            disabled={running !== undefined}
            onClick={() => void run(choice)}
          >
            {choice.label}
          </button>
        ))}
      </div>
      {/* Always present, so the page does not jump when a download starts or ends. */}
      <div role="status" aria-live="polite" style={{ minHeight: '2.5rem', marginTop: '0.5rem' }}>
        {running && (
          <>
            <progress
              aria-label={t.progress}
              max={running.total ?? undefined}
              value={running.total ? running.received : undefined}
            />{' '}
            {t.busy}… {kilobytes(running.received)}
            {running.total ? ` / ${kilobytes(running.total)}` : ''}
          </>
        )}
        {saved && (
          <span class="notice">
            {t.saved}: {saved}
          </span>
        )}
      </div>
      <ProblemMessage problem={problem} />
    </section>
  );
}
