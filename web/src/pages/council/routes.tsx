import { ABOVE_UNIT_ROLES } from '../../../../domain/process/roles';
import type { RouteDef } from '../../shell/router';
import { RoundCreatePage } from './RoundCreatePage';
import { RoundListPage } from './RoundListPage';
import { RoundPage } from './RoundPage';

export const COUNCIL_ROUTES: RouteDef[] = [
  { path: '/council/rounds', roles: ABOVE_UNIT_ROLES, view: (p) => <RoundListPage {...p} /> },
  { path: '/council/rounds/new', roles: ['secretariat'], view: () => <RoundCreatePage /> },
  { path: '/council/rounds/:id', roles: ABOVE_UNIT_ROLES, view: (p) => <RoundPage {...p} /> },
];
