import type { ComponentChildren } from 'preact';
import { Link } from './Link';

/** A row of links, one a choice, the current one marked for the eye and for screen readers. */
export function Tabs<K extends string>(props: {
  label: string;
  tabs: readonly K[];
  /** The tab now shown (a query value, so any string; none matches while loading). */
  current: string | undefined;
  href: (tab: K) => string;
  text: (tab: K) => ComponentChildren;
}) {
  return (
    <nav class="tabs" aria-label={props.label}>
      {props.tabs.map((tab) => (
        <Link
          key={tab}
          href={props.href(tab)}
          aria-current={tab === props.current ? 'page' : undefined}
        >
          {props.text(tab)}
        </Link>
      ))}
    </nav>
  );
}
