import type { FunctionComponent } from 'preact';
import type { Role } from '../../../../domain/process/roles';
import { CouncilPanel } from '../council/CouncilPanel';
import { MinisterPanel } from '../minister/MinisterPanel';
import { UnitPanel } from '../unit/UnitPanel';

/**
 * What a role sees on its home page above the common inbox: ballots to cast, decisions to
 * sign, dossiers returned to fix. Each capability's folder provides its panel.
 */
export const ROLE_PANELS: Partial<Record<Role, FunctionComponent>> = {
  unit_officer: UnitPanel,
  unit_head: UnitPanel,
  council_member: CouncilPanel,
  council_chair: CouncilPanel,
  minister: MinisterPanel,
  deputy_minister: MinisterPanel,
};
