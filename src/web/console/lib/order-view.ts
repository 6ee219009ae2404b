import type { OrderState, OrderStep } from '../../../core/orders/workflow';
import type { PreferredDate, TimelineEntry } from './order-api';

/** Pure helpers of the orders pages: colours, the words of a timeline row, the text of dates. */
export const stateColour: Record<OrderState, string> = {
  submitted: 'gold',
  proposed: 'orange',
  accepted: 'blue',
  declined: 'default',
  scheduled: 'cyan',
  confirmed: 'geekblue',
  delivered: 'green',
  rated: 'lime',
  closed: 'default',
  cancelled: 'default',
};

/** The federation's queue, in the order it works them: what waits for it first. */
export const queueStates: OrderState[] = [
  'submitted',
  'proposed',
  'accepted',
  'scheduled',
  'confirmed',
  'delivered',
  'rated',
  'closed',
  'declined',
  'cancelled',
];

/** A preferred day as the reader writes it: 2026-12-15 14:00, or the day alone. */
export const dateText = (d: PreferredDate): string => (d.time ? `${d.date} ${d.time}` : d.date);

/** The days as a list in the reader's language: 、 between them in Chinese, a comma in English. */
export const datesText = (list: readonly PreferredDate[], lang = 'zh-CN'): string =>
  list.map(dateText).join(lang.startsWith('zh') ? '、' : ', ');

/** The colon after a label: full-width in Chinese, a colon and a space in English. */
export const labelColon = (lang: string): string => (lang.startsWith('zh') ? '：' : ': ');

/** The steps shown as the main button (the others are plain). */
export const primaryStep: Partial<Record<OrderStep, true>> = {
  accept: true,
  schedule: true,
  confirm: true,
  deliver: true,
  rate: true,
  close: true,
};

/** Steps that ask for nothing but a click (still confirmed in a dialog). */
export const stepsWithoutForm: OrderStep[] = ['confirm', 'close', 'accept'];

/** The details of a timeline row worth a line of their own, as [label key, text] pairs. */
export function timelineDetails(e: TimelineEntry, lang = 'zh-CN'): [string, string][] {
  const d = e.details;
  const out: [string, string][] = [];
  const str = (k: string) => (typeof d[k] === 'string' && d[k] !== '' ? (d[k] as string) : null);
  if (Array.isArray(d.preferredDates))
    out.push(['preferredDates', datesText(d.preferredDates as PreferredDate[], lang)]);
  if (Array.isArray(d.dates)) out.push(['proposedDates', datesText(d.dates as PreferredDate[], lang)]);
  for (const k of ['message', 'reason', 'summary', 'comment', 'note']) {
    const v = str(k);
    if (v) out.push([k, v]);
  }
  if (typeof d.attendance === 'number') out.push(['attendance', String(d.attendance)]);
  if (typeof d.rating === 'number') out.push(['rating', '★'.repeat(d.rating)]);
  return out;
}

/** Hours as the SLA card shows them: under two days in hours, beyond that in days. */
export function hoursText(h: number | null, lang: string): string {
  if (h === null) return '—';
  const zh = lang.startsWith('zh');
  if (h < 48) return zh ? `${h} 小时` : `${h} h`;
  const days = Math.round((h / 24) * 10) / 10;
  return zh ? `${days} 天` : `${days} days`;
}
