import type { RouteDef } from '../../shell/router';
import { HomePage } from './HomePage';

export const HOME_ROUTES: RouteDef[] = [{ path: '/', view: () => <HomePage /> }];
