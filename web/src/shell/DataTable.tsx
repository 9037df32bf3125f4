import type { ComponentChildren } from 'preact';

/**
 * A table in its scrolling wrapper: one header row naming the columns (a `false` entry is
 * a column not shown to this reader), then the rows given as children.
 */
export function DataTable(props: {
  columns: ReadonlyArray<ComponentChildren | false>;
  children: ComponentChildren;
}) {
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            {props.columns.map(
              (column, i) =>
                column !== false && (
                  <th scope="col" key={i}>
                    {column}
                  </th>
                ),
            )}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
