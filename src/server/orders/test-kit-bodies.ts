import type { OrderStep } from '../../core/orders/workflow';

/** Bodies for each step, shared by the tests and the access matrix. */
let slot = 0;
/** Fridays and Sundays from 5 March 2027, when no demo counsellor is rostered in the day (their duty refuses). */
const firstFriday = Date.UTC(2027, 2, 5);
const dayStarts = ['09:00', '11:30', '14:00', '16:30'];
/**
 * A fresh two-hour time for each schedule, so hosts are never double-booked by accident: from March 2027, past
 * the demo's season of events (which the same counsellors host in December 2026), on days and hours outside
 * the demo's duty rosters (a host on duty is refused as any clash is).
 */
export function nextSlot(): { startsAt: string; endsAt: string } {
  slot += 1;
  const n = slot - 1;
  const day = Math.floor(n / dayStarts.length);
  // Friday, Sunday, next Friday …: +0, +2, +7, +9 … days.
  const offset = Math.floor(day / 2) * 7 + (day % 2) * 2;
  const [h, m] = (dayStarts[n % dayStarts.length] as string).split(':').map(Number);
  const start = new Date(
    firstFriday + offset * 86_400_000 + ((h as number) - 8) * 3_600_000 + (m as number) * 60_000,
  );
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString() };
}

export function stepBody(step: OrderStep, hostId: string): Record<string, unknown> {
  switch (step) {
    case 'accept':
      return { message: '可以，我们安排老师。' };
    case 'propose':
      return { dates: [{ date: '2026-12-20', time: '15:00' }], message: '15 日老师已有安排，20 日可以吗？' };
    case 'decline':
      return { reason: '本月讲座已排满。' };
    case 'schedule':
      return { ...nextSlot(), hostUserIds: [hostId] };
    case 'deliver':
      return { attendance: 48, summary: '讲座顺利完成，现场提问踊跃。' };
    case 'rate':
      return { rating: 5, comment: '老师讲得很实在。' };
    case 'close':
      return {};
    case 'cancel':
      return { reason: '当天有生产任务。' };
    case 'confirm':
      return {};
  }
}
