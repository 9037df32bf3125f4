import type { RouteDef } from './shell/router';
import { ACCOUNT_ROUTES } from './pages/account/routes';
import { ADMIN_ROUTES } from './pages/admin/routes';
import { COUNCIL_ROUTES } from './pages/council/routes';
import { HOME_ROUTES } from './pages/home/routes';
import { MINISTER_ROUTES } from './pages/minister/routes';
import { NOMINATION_ROUTES } from './pages/nomination/routes';
import { SECRETARIAT_ROUTES } from './pages/secretariat/routes';
import { UNIT_ROUTES } from './pages/unit/routes';

/**
 * Every page of the app: each capability's folder under `pages/` exports its own list.
 * A new capability is one folder and one line here.
 */
export const ROUTES: readonly RouteDef[] = [
  ...HOME_ROUTES,
  ...UNIT_ROUTES,
  ...NOMINATION_ROUTES,
  ...COUNCIL_ROUTES,
  ...MINISTER_ROUTES,
  ...SECRETARIAT_ROUTES,
  ...ADMIN_ROUTES,
  ...ACCOUNT_ROUTES,
];
