import type { ComponentProps } from 'preact';
import type { Page } from './api';
import { ListTable } from './ListTable';
import { Pager } from './Pager';
import type { Resource } from './useResource';

/**
 * A server-paginated list: its table (loading, empty, refused: ListTable) and, when there is
 * more than one page, the pager beneath it.
 */
export function PagedTable<T>(
  props: Omit<ComponentProps<typeof ListTable<T>>, 'items' | 'problem'> & {
    list: Resource<Page<T>>;
    page: number;
    pageSize: number;
    onPage: (page: number) => void;
  },
) {
  const { list, page, pageSize, onPage, ...table } = props;
  return (
    <>
      <ListTable {...table} items={list.data?.items} problem={list.problem} />
      {list.data && list.data.total > pageSize && (
        <Pager
          page={page}
          pageSize={pageSize}
          total={list.data.total}
          totalIsLowerBound={list.data.totalIsLowerBound}
          onPage={onPage}
        />
      )}
    </>
  );
}
