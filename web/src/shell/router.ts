import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Role } from '../../../domain/process/roles';

export interface RouteProps {
  params: Record<string, string>;
  query: URLSearchParams;
}

/** One page: its path (`/nominations/:id`), who may open it (everyone signed in if absent). */
export interface RouteDef {
  path: string;
  roles?: readonly Role[];
  view: (props: RouteProps) => ComponentChildren;
}

const CHANGE = 'tdkt:navigate';

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGE));
}

interface Place {
  pathname: string;
  search: string;
}

function here(): Place {
  return { pathname: location.pathname, search: location.search };
}

/** The current path and query; re-renders on navigation and on the browser's back/forward. */
export function usePlace(): Place {
  const [place, setPlace] = useState(here);
  useEffect(() => {
    const update = () => setPlace(here());
    window.addEventListener('popstate', update);
    window.addEventListener(CHANGE, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(CHANGE, update);
    };
  }, []);
  return place;
}

/** The first route whose pattern matches `pathname`, with its `:params` decoded. */
export function matchRoute(
  routes: readonly RouteDef[],
  pathname: string,
): { route: RouteDef; params: Record<string, string> } | undefined {
  const parts = pathname.replace(/\/+$/, '').split('/');
  for (const route of routes) {
    const pattern = route.path.replace(/\/+$/, '').split('/');
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((segment, i) => {
      if (segment.startsWith(':')) {
        params[segment.slice(1)] = decodeURIComponent(parts[i]!);
        return parts[i] !== '';
      }
      return segment === parts[i];
    });
    if (matches) return { route, params };
  }
  return undefined;
}
