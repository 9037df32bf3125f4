import type { FunctionComponent } from 'preact';
import type { Role } from '../../../../domain/process/roles';

/**
 * What a role sees on its home page above the common inbox: ballots to cast, decisions to
 * sign, dossiers returned to fix. Each capability's folder provides its panel.
 */
export const ROLE_PANELS: Partial<Record<Role, FunctionComponent>> = {};
