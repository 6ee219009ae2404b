import type { OrderStep } from '../../core/orders/workflow';

/** Bodies for each step, shared by the tests and the access matrix. */
let slot = 0;
/**
 * A fresh two-hour time for each schedule, so hosts are never double-booked by accident: from March 2027,
 * well after the demo's season of events (around the test clock's 30 November 2026), which the test
 * counsellor hosts too.
 */
export function nextSlot(): { startsAt: string; endsAt: string } {
  slot += 1;
  const start = new Date(Date.UTC(2027, 2, 1, 1, 0) + slot * 3 * 3_600_000);
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
