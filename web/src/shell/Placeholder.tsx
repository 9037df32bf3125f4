import { useText } from './i18n';

const TEXT = { loading: { vi: 'Đang tải dữ liệu…', en: 'Loading…' } };

/** Grey rows of the final size while data loads, so nothing moves when it arrives. */
export function Placeholder(props: { rows?: number }) {
  const t = useText(TEXT);
  return (
    <div class="placeholder" role="status" aria-live="polite">
      <span class="visually-hidden">{t.loading}</span>
      {Array.from({ length: props.rows ?? 3 }, (_, i) => (
        <div class="placeholder-row" key={i} />
      ))}
    </div>
  );
}
