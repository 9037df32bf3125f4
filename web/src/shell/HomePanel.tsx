import type { ComponentChildren, VNode } from 'preact';
import { Placeholder } from './Placeholder';

/**
 * A role's panel on the home page: a titled list of what awaits the reader, grey rows while
 * it loads, one line when there is nothing; `children` follow the list.
 */
export function HomePanel<T>(props: {
  /** The heading's id, which names the section for screen readers. */
  titleId: string;
  heading: string;
  /** Undefined while loading. */
  items: readonly T[] | undefined;
  empty: string;
  item: (item: T) => VNode;
  children?: ComponentChildren;
}) {
  return (
    <section aria-labelledby={props.titleId}>
      <h2 id={props.titleId}>{props.heading}</h2>
      {!props.items ? (
        <Placeholder rows={2} />
      ) : props.items.length === 0 ? (
        <p class="empty">{props.empty}</p>
      ) : (
        <ul>{props.items.map(props.item)}</ul>
      )}
      {props.children}
    </section>
  );
}
