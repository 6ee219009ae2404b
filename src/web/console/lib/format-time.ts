/** Date and time in the tenant's zone, as YYYY-MM-DD HH:mm:ss (the same in both languages, as office staff expect). */
export function formatDateTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

/** Month, day and time in the tenant's zone (MM-DD HH:mm): enough for things of the last or next few days. */
export const formatShort = (iso: string | null | undefined, timeZone: string): string =>
  formatDateTime(iso, timeZone).slice(5, 16);
