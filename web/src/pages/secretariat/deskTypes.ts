export type Risk = 'late' | 'at_risk' | 'on_track' | 'no_deadline';

/** One row of `GET /api/desk/stalled`. */
export interface StalledRow {
  nominationId: string;
  /** The nomination's human number, e.g. `VCSDT-2025-0012/2`. */
  number?: string;
  unitId: string;
  awardCode: string;
  year: number;
  nominee: { kind: string; name: string };
  stage: string;
  holderRole?: string;
  assignee?: string;
  enteredOn: string;
  dueOn?: string;
  daysInStage: number;
  workingDaysLeft?: number;
  risk: Risk;
  overdue: boolean;
  remindersSent: { kind: string; toRole: string; at: string; manual: boolean }[];
}

/** `GET /api/desk/units`. */
export interface DeskUnits {
  items: { unitId: string; name: string; blocId?: string; open: number; late: number }[];
}

/** `GET /api/desk/pipeline`. */
export interface Pipeline {
  /** Open nominations per stage. */
  byStage: { stage: string; count: number }[];
  /** Closed ones by outcome, as the statistics count them. */
  closed: { awarded: number; notAwarded: number; revoked: number };
  byUnit: { unitId: string; open: number; byStage: Record<string, number> }[];
  medianWorkingDays: { stage: string; median?: number; samples: number }[];
  trend: { weekOf: string; submitted: number; approved: number; closedOtherwise: number }[];
}

export const DESK_ACTIONS = ['remind', 'reassign', 'extend', 'escalate'] as const;
export type DeskAction = (typeof DESK_ACTIONS)[number];

/** `POST /api/desk/bulk`: each nomination done or refused on its own. */
export interface BulkOutcome {
  action: DeskAction;
  done: number;
  refused: number;
  results: {
    nominationId: string;
    status: 'done' | 'refused';
    error?: { code: string; message: string; messageVi?: string };
  }[];
}
