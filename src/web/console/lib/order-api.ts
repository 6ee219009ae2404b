import type { OrderState, OrderStep } from '../../../core/orders/workflow';
import { call } from './call';

/** The orders API's shapes as the console reads them (src/server/orders/schemas.ts). */
export interface MenuItem {
  id: string;
  kind: string;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  topics: string[];
  durationMinutes: number;
  maxHeadcount: number;
  active: boolean;
}

export interface PreferredDate {
  date: string;
  time?: string;
}

export interface TimelineEntry {
  id: string;
  step: string;
  fromState: OrderState | null;
  toState: OrderState;
  side: 'enterprise' | 'federation';
  actorName: string | null;
  details: Record<string, unknown>;
  at: string;
}

export interface Order {
  id: string;
  state: OrderState;
  menuItem: { id: string; kind: string; title: string; titleEn: string };
  organisationId: string;
  organisationName: string;
  preferredDates: PreferredDate[];
  headcount: number;
  site: { name: string; address: string; latitude: number | null; longitude: number | null };
  audiences: string[];
  note: string;
  proposal: { dates: PreferredDate[]; message: string } | null;
  declineReason: string | null;
  cancelReason: string | null;
  schedule: { startsAt: string; endsAt: string } | null;
  events: { id: string; startsAt: string; endsAt: string; status: string }[];
  campaign: { id: string; link: string; qrSvg: string | null } | null;
  attendance: number | null;
  deliverySummary: string | null;
  rating: number | null;
  ratingComment: string | null;
  times: Record<string, string | null>;
  side: 'enterprise' | 'federation' | null;
  steps: OrderStep[];
  timeline?: TimelineEntry[];
}

export interface Sla {
  total: number;
  ordersByState: Record<OrderState, number>;
  medianHoursToAcceptance: number | null;
  medianHoursToScheduling: number | null;
  medianHoursToDelivery: number | null;
  acceptedWithin48Hours: number | null;
  averageRating: number | null;
  ratings: number;
}

export interface CheckupReport {
  minGroupSize: number;
  started: boolean;
  people: number | null;
  instruments: {
    instrumentId: string;
    name: { 'zh-CN': string; en: string };
    people: number | null;
    suppressed: boolean;
    bands: { code: string; level: number; label: { 'zh-CN': string; en: string }; count: number | null }[];
  }[];
}

export const ordersApi = {
  menu: (all = false) =>
    call<{ items: MenuItem[] }>('GET', `/api/v1/service-menu${all ? '?all=true' : ''}`).then((r) => r.items),
  saveMenuItem: (item: Omit<MenuItem, 'id'>, id?: string) =>
    id
      ? call<{ item: MenuItem }>('PATCH', `/api/v1/service-menu/${id}`, item)
      : call<{ item: MenuItem }>('POST', '/api/v1/service-menu', item),
  list: (state?: OrderState) =>
    call<{ orders: Order[] }>('GET', `/api/v1/service-orders${state ? `?state=${state}` : ''}`).then(
      (r) => r.orders,
    ),
  get: (id: string) => call<{ order: Order }>('GET', `/api/v1/service-orders/${id}`).then((r) => r.order),
  place: (body: unknown) =>
    call<{ order: Order }>('POST', '/api/v1/service-orders', body).then((r) => r.order),
  step: (id: string, step: OrderStep, body: unknown) =>
    call<{ order: Order }>('POST', `/api/v1/service-orders/${id}/${step}`, body).then((r) => r.order),
  sla: () => call<Sla>('GET', '/api/v1/service-orders/sla'),
  checkupReport: (id: string) => call<CheckupReport>('GET', `/api/v1/service-orders/${id}/checkup-report`),
  /** Who may host the order's event: the events' own list (counsellors with a profile, the only hosts it takes). */
  hosts: () =>
    call<{ hosts: { id: string; name: string; nameEn: string }[] }>('GET', '/api/v1/event-hosts').then(
      (r) => r.hosts,
    ),
};
