import type { RouteDef } from '../../shell/router';
import { DeskPage } from './DeskPage';
import { PipelinePage } from './PipelinePage';
import { RegistrationsPage } from './RegistrationsPage';
import { StatisticsPage } from './StatisticsPage';

/** The inspector reads everything the secretariat sees and changes nothing. */
const DESK = ['secretariat', 'inspector'] as const;

export const SECRETARIAT_ROUTES: RouteDef[] = [
  { path: '/secretariat/desk', roles: DESK, view: (p) => <DeskPage {...p} /> },
  { path: '/secretariat/pipeline', roles: DESK, view: () => <PipelinePage /> },
  { path: '/secretariat/statistics', roles: DESK, view: (p) => <StatisticsPage {...p} /> },
  { path: '/secretariat/registrations', roles: DESK, view: (p) => <RegistrationsPage {...p} /> },
];
