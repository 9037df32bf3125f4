import type { Page } from '../../shell/api';
import type { Text } from '../../shell/i18n';

/** `GET /api/inbox`: what awaits the caller's role, and what they were told. */
export interface Inbox {
  awaiting: Page<AwaitingItem> & { overdue: number };
  notifications: Page<NotificationItem> & { unread: number };
}

export interface AwaitingItem {
  nominationId: string;
  number?: string;
  unitId: string;
  nominee: string;
  awardCode: string;
  year: number;
  stage: string;
  dueAt: string | null;
  dueOn: string | null;
  overdue: boolean;
}

export interface NotificationItem {
  _id: string;
  kind: 'reminder' | 'escalation' | 'change' | 'security';
  nominationId?: string;
  nominationNumber?: string;
  title: Text;
  body: Text;
  createdAt: string;
  read: boolean;
}
