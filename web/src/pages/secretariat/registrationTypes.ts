/** `GET /api/registrations/status`: who registered for the year's movement, who has not. */
export interface RegistrationStatus {
  year: number;
  units: {
    unitId: string;
    name: string;
    blocId?: string;
    unitRegistered: boolean;
    people: number;
    peopleRegistered: number;
  }[];
  unitsNotRegistered: string[];
  totals: { units: number; unitsRegistered: number; people: number; peopleRegistered: number };
}

/** `GET /api/registrations/blocs/:blocId/ranking`: the council's scores rank the bloc. */
export interface BlocRanking {
  year: number;
  blocId: string;
  template: { isDefault: boolean; bonusMax: number; deductionMax: number };
  ranking: {
    unitId: string;
    name?: string;
    selfTotal?: number;
    councilTotal?: number;
    groups: { code: string; self?: number; council?: number; max: number }[];
    complete: boolean;
    rank?: number;
  }[];
}
