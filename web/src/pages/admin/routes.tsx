import type { RouteDef } from '../../shell/router';
import { AuditPage } from './AuditPage';
import { CalendarPage } from './CalendarPage';
import { CouncilPage } from './CouncilPage';
import { OrganisationPage } from './OrganisationPage';
import { RulesPage } from './RulesPage';
import { UsersPage } from './UsersPage';

const ADMIN = ['admin'] as const;

export const ADMIN_ROUTES: RouteDef[] = [
  { path: '/admin/users', roles: ADMIN, view: (p) => <UsersPage {...p} /> },
  { path: '/admin/organisation', roles: ADMIN, view: () => <OrganisationPage /> },
  { path: '/admin/council', roles: ADMIN, view: () => <CouncilPage /> },
  { path: '/admin/rules', roles: ADMIN, view: (p) => <RulesPage {...p} /> },
  { path: '/admin/calendar', roles: ADMIN, view: (p) => <CalendarPage {...p} /> },
  // The inspector checks the chain too (read-only).
  { path: '/admin/audit', roles: ['admin', 'inspector'], view: () => <AuditPage /> },
];
