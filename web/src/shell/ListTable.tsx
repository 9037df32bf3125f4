import type { ComponentChildren, VNode } from 'preact';
import type { Problem } from './api';
import { DataTable } from './DataTable';
import { Placeholder } from './Placeholder';
import { ProblemMessage } from './problems';

/**
 * A list's states in one place: what went wrong, grey rows of the final size while it
 * loads, one line when it is empty, otherwise the table, one row per item.
 */
export function ListTable<T>(props: {
  /** Undefined while loading. */
  items: readonly T[] | undefined;
  problem?: Problem | undefined;
  loadingRows: number;
  empty: string;
  /** The column names (`false`: a column not shown to this reader). */
  columns: ReadonlyArray<ComponentChildren | false>;
  row: (item: T) => VNode;
}) {
  return (
    <>
      <ProblemMessage problem={props.problem} />
      {!props.items ? (
        <Placeholder rows={props.loadingRows} />
      ) : props.items.length === 0 ? (
        <p class="empty">{props.empty}</p>
      ) : (
        <DataTable columns={props.columns}>{props.items.map(props.row)}</DataTable>
      )}
    </>
  );
}
