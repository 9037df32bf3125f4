import type { RouteDef } from '../../shell/router';
import { DecisionPage } from './DecisionPage';
import { DecisionQueuePage } from './DecisionQueuePage';
import { DelegationsPage } from './DelegationsPage';

const DECISION_READERS = [
  'secretariat',
  'council_member',
  'council_chair',
  'minister',
  'deputy_minister',
  'admin',
  'inspector',
] as const;

export const MINISTER_ROUTES: RouteDef[] = [
  { path: '/decisions', roles: DECISION_READERS, view: (p) => <DecisionQueuePage {...p} /> },
  { path: '/decisions/:id', roles: DECISION_READERS, view: (p) => <DecisionPage {...p} /> },
  { path: '/minister/delegations', roles: ['minister'], view: () => <DelegationsPage /> },
];
