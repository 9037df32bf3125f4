import type { RouteDef } from '../../shell/router';
import { RoundCreatePage } from './RoundCreatePage';
import { RoundListPage } from './RoundListPage';
import { RoundPage } from './RoundPage';

const READERS = [
  'secretariat',
  'council_member',
  'council_chair',
  'minister',
  'deputy_minister',
  'admin',
  'inspector',
] as const;

export const COUNCIL_ROUTES: RouteDef[] = [
  { path: '/council/rounds', roles: READERS, view: (p) => <RoundListPage {...p} /> },
  { path: '/council/rounds/new', roles: ['secretariat'], view: () => <RoundCreatePage /> },
  { path: '/council/rounds/:id', roles: READERS, view: (p) => <RoundPage {...p} /> },
];
