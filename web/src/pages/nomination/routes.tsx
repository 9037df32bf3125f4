import type { RouteDef } from '../../shell/router';
import { NominationPage } from './NominationPage';

export const NOMINATION_ROUTES: RouteDef[] = [
  { path: '/nominations/:id', view: (p) => <NominationPage {...p} /> },
];
