import { type OrderState, orderStates } from './workflow';

/** What the SLA figures need of an order: when it was placed and when it reached each milestone. */
export interface OrderTimes {
  state: OrderState;
  submittedAt: Date;
  acceptedAt: Date | null;
  scheduledAt: Date | null;
  deliveredAt: Date | null;
  rating: number | null;
}

export interface SlaFigures {
  total: number;
  ordersByState: Record<OrderState, number>;
  /** Hours from placing to the federation's acceptance (or its agreed proposal), median of those accepted. */
  medianHoursToAcceptance: number | null;
  medianHoursToScheduling: number | null;
  medianHoursToDelivery: number | null;
  /** Share (0–1) of orders that were answered (accepted) within 48 hours, of those accepted. */
  acceptedWithin48Hours: number | null;
  averageRating: number | null;
  ratings: number;
}

const HOUR = 3_600_000;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

export function slaFigures(orders: readonly OrderTimes[]): SlaFigures {
  const ordersByState = Object.fromEntries(orderStates.map((s) => [s, 0])) as Record<OrderState, number>;
  for (const o of orders) ordersByState[o.state] += 1;
  const spans = (pick: (o: OrderTimes) => Date | null) =>
    orders.flatMap((o) => {
      const at = pick(o);
      return at ? [(at.getTime() - o.submittedAt.getTime()) / HOUR] : [];
    });
  const toAcceptance = spans((o) => o.acceptedAt);
  const rated = orders.flatMap((o) => (o.rating === null ? [] : [o.rating]));
  return {
    total: orders.length,
    ordersByState,
    medianHoursToAcceptance: round1(median(toAcceptance)),
    medianHoursToScheduling: round1(median(spans((o) => o.scheduledAt))),
    medianHoursToDelivery: round1(median(spans((o) => o.deliveredAt))),
    acceptedWithin48Hours: toAcceptance.length
      ? Math.round((toAcceptance.filter((h) => h <= 48).length / toAcceptance.length) * 1000) / 1000
      : null,
    averageRating: rated.length ? round1(rated.reduce((a, b) => a + b, 0) / rated.length) : null,
    ratings: rated.length,
  };
}
