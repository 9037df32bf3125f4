import { UNIT_ROLES } from '../../../../domain/process/roles';
import type { RouteDef } from '../../shell/router';
import { DossierEditorPage } from './DossierEditorPage';
import { DossierListPage } from './DossierListPage';
import { NominationEditPage } from './NominationEditPage';

export const UNIT_ROUTES: RouteDef[] = [
  { path: '/unit/dossiers', roles: UNIT_ROLES, view: (p) => <DossierListPage {...p} /> },
  { path: '/unit/dossiers/new', roles: UNIT_ROLES, view: () => <DossierEditorPage /> },
  { path: '/nominations/:id/edit', roles: UNIT_ROLES, view: (p) => <NominationEditPage {...p} /> },
];
