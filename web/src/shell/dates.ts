/** Dates as people in Vietnam read them: dd/mm/yyyy, in Vietnam time whatever the device's zone. */
const VIETNAM = 'Asia/Ho_Chi_Minh';

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2025-03-01` (a calendar day) or an instant → `01/03/2025`. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  if (typeof value === 'string') {
    const day = ISO_DAY.exec(value);
    if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  }
  return dayFormat.format(new Date(value));
}

/** An instant → `01/03/2025 14:05` (Vietnam time). */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return `${dayFormat.format(date)} ${timeFormat.format(date)}`;
}

/** Today in Vietnam as `YYYY-MM-DD` (for date inputs and defaults). */
export function todayInVietnam(): string {
  const [d, m, y] = dayFormat.format(new Date()).split('/');
  return `${y}-${m}-${d}`;
}

/** Whole days from now until `instant` (negative when past). */
export function daysUntil(instant: string | Date): number {
  return Math.floor((new Date(instant).getTime() - Date.now()) / 86_400_000);
}
