import type { RouteDef } from './shell/router';
import { HOME_ROUTES } from './pages/home/routes';

/**
 * Every page of the app: each capability's folder under `pages/` exports its own list.
 * A new capability is one folder and one line here.
 */
export const ROUTES: readonly RouteDef[] = [...HOME_ROUTES];
