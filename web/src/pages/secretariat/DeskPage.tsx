import { useState } from 'preact/hooks';
import { query, type Page } from '../../shell/api';
import { useText } from '../../shell/i18n';
import { Pager } from '../../shell/Pager';
import { Placeholder } from '../../shell/Placeholder';
import { ProblemMessage } from '../../shell/problems';
import { navigate, type RouteProps } from '../../shell/router';
import { hasRole, useUser } from '../../shell/session';
import { useResource } from '../../shell/useResource';
import { BulkActions } from './BulkActions';
import { BulkResults } from './BulkResults';
import { DeskFilters, FILTER_KEYS, type Filters } from './DeskFilters';
import type { BulkOutcome, DeskUnits, StalledRow } from './deskTypes';
import { StalledTable } from './StalledTable';
import { NumberSearch } from '../nomination/NumberSearch';

const TEXT = {
  heading: { vi: 'Hồ sơ chậm, sắp đến hạn', en: 'Stalled and at-risk dossiers' },
  lead: {
    vi: 'Hồ sơ đang mở, khẩn nhất trước: quá hạn, rồi ít ngày làm việc còn lại nhất.',
    en: 'Open dossiers, most urgent first: late, then fewest working days left.',
  },
  list: { vi: 'Danh sách hồ sơ', en: 'Dossiers' },
};

const PAGE_SIZE = 25;

/** The secretariat's desk: filter, sort by urgency, page, and act on many dossiers at once. */
export function DeskPage(props: RouteProps) {
  const t = useText(TEXT);
  const user = useUser();
  const filters: Filters = Object.fromEntries(
    FILTER_KEYS.map((k) => [k, props.query.get(k) ?? undefined]),
  );
  const page = Number(props.query.get('page') ?? '1') || 1;
  // Forward, a page begins after the last row seen, so rows that moved meanwhile shift nothing.
  const after = props.query.get('after') ?? undefined;
  const list = useResource<Page<StalledRow>>(
    `/api/desk/stalled${query({ ...filters, page, pageSize: PAGE_SIZE, after })}`,
  );
  const units = useResource<DeskUnits>('/api/desk/units');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<BulkOutcome | undefined>();
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());

  const go = (next: Filters, nextPage = 1, from?: string) =>
    navigate(
      `/secretariat/desk${query({ ...next, page: nextPage > 1 ? nextPage : undefined, after: from })}`,
      { replace: true },
    );
  const select = (ids: string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    setSelected(next);
    // Names of what is selected, for the outcome table after the page has moved on.
    const known = new Map(names);
    for (const row of list.data?.items ?? []) {
      known.set(row.nominationId, [row.number, row.nominee.name].filter(Boolean).join(' · '));
    }
    setNames(known);
  };

  return (
    <>
      <h1>{t.heading}</h1>
      <p class="muted">{t.lead}</p>
      <NumberSearch />
      <DeskFilters
        key={props.query.toString()}
        filters={filters}
        units={units.data}
        onApply={(next) => go(next)}
      />
      {outcome && <BulkResults outcome={outcome} names={names} />}
      {hasRole(user, ['secretariat']) && (
        <BulkActions
          ids={[...selected]}
          onDone={(result) => {
            setOutcome(result);
            setSelected(new Set());
            list.reload();
          }}
        />
      )}
      <section aria-labelledby="desk-list-title">
        <h2 id="desk-list-title">
          {t.list}
          {list.data && (
            <span class="count">
              {` (${list.data.total}${list.data.totalIsLowerBound ? '+' : ''})`}
            </span>
          )}
        </h2>
        <ProblemMessage problem={list.problem} />
        {list.data ? (
          <>
            <StalledTable rows={list.data.items} selected={selected} onSelect={select} />
            <Pager
              page={list.data.page}
              pageSize={list.data.pageSize}
              total={list.data.total}
              totalIsLowerBound={list.data.totalIsLowerBound}
              onPage={(p) =>
                go(filters, p, p === page + 1 ? (list.data?.next ?? undefined) : undefined)
              }
            />
          </>
        ) : (
          <Placeholder rows={8} />
        )}
      </section>
    </>
  );
}
