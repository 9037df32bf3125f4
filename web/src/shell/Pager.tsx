import { useText } from './i18n';

const TEXT = {
  previous: { vi: '‹ Trang trước', en: '‹ Previous' },
  next: { vi: 'Trang sau ›', en: 'Next ›' },
  page: { vi: 'Trang', en: 'Page' },
  of: { vi: 'trên', en: 'of' },
  items: { vi: 'mục', en: 'items' },
  pages: { vi: 'Phân trang', en: 'Pagination' },
};

/** Page through a server-paginated list (a thousand rows are a thousand / pageSize pages). */
export function Pager(props: {
  page: number;
  pageSize: number;
  total: number;
  /** More than `total` match: shown as "at least". */
  totalIsLowerBound?: boolean;
  onPage: (page: number) => void;
}) {
  const t = useText(TEXT);
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  const more = props.totalIsLowerBound ? '+' : '';
  return (
    <nav class="pager" aria-label={t.pages}>
      <button type="button" disabled={props.page <= 1} onClick={() => props.onPage(props.page - 1)}>
        {t.previous}
      </button>
      <span>
        {t.page} {props.page} {t.of} {`${pages}${more}`} · {`${props.total}${more}`} {t.items}
      </span>
      <button
        type="button"
        disabled={props.page >= pages}
        onClick={() => props.onPage(props.page + 1)}
      >
        {t.next}
      </button>
    </nav>
  );
}
