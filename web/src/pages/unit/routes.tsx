import type { RouteDef } from '../../shell/router';
import { DossierEditorPage } from './DossierEditorPage';
import { DossierListPage } from './DossierListPage';
import { NominationEditPage } from './NominationEditPage';

const UNIT = ['unit_officer', 'unit_head'] as const;

export const UNIT_ROUTES: RouteDef[] = [
  { path: '/unit/dossiers', roles: UNIT, view: (p) => <DossierListPage {...p} /> },
  { path: '/unit/dossiers/new', roles: UNIT, view: () => <DossierEditorPage /> },
  { path: '/nominations/:id/edit', roles: UNIT, view: (p) => <NominationEditPage {...p} /> },
];
