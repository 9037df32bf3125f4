import { ABOVE_UNIT_ROLES } from '../../../../domain/process/roles';
import type { RouteDef } from '../../shell/router';
import { DecisionPage } from './DecisionPage';
import { DecisionQueuePage } from './DecisionQueuePage';
import { DelegationsPage } from './DelegationsPage';

export const MINISTER_ROUTES: RouteDef[] = [
  { path: '/decisions', roles: ABOVE_UNIT_ROLES, view: (p) => <DecisionQueuePage {...p} /> },
  { path: '/decisions/:id', roles: ABOVE_UNIT_ROLES, view: (p) => <DecisionPage {...p} /> },
  { path: '/minister/delegations', roles: ['minister'], view: () => <DelegationsPage /> },
];
