import type { ComponentChildren, JSX } from 'preact';
import { navigate } from './router';

type AnchorProps = Omit<JSX.HTMLAttributes<HTMLAnchorElement>, 'href'>;

/** An ordinary link (open in new tab works) that changes pages without reloading the app. */
export function Link(props: AnchorProps & { href: string; children: ComponentChildren }) {
  const { href, children, ...rest } = props;
  const follow = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigate(href);
  };
  return (
    <a {...rest} href={href} onClick={follow}>
      {children}
    </a>
  );
}
