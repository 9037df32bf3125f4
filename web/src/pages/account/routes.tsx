import type { RouteDef } from '../../shell/router';
import { ChangePasswordPage } from './ChangePasswordPage';

/** The signed-in user's own account, whatever the role (the user menu links here). */
export const ACCOUNT_ROUTES: RouteDef[] = [
  { path: '/account/password', view: () => <ChangePasswordPage /> },
];
