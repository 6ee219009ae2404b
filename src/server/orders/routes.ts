import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orderStates, orderSteps, stepSide } from '../../core/orders/workflow';
import type { AppDeps } from '../deps';
import { contextOf } from '../http/request-context';
import { errorResponses, idParams, queryBoolean } from '../http/schemas';
import { LocalEventBus } from '../realtime/bus';
import type { SmsSender } from '../sms/sender';
import { actionOfSide, type OrdersDeps } from './access';
import { managedEventScheduler } from './event-adapter';
import { changeMenuItem, createMenuItem, listMenu } from './menu';
import { listOrders, placeOrder, readOrder } from './placing';
import { presentMenuItem, presentOrderDetail, presentOrders } from './presenters';
import { checkupReport, slaReport } from './reports';
import {
  checkupReportSchema,
  menuItemInput,
  menuItemSchema,
  orderSchema,
  placeOrderBody,
  slaSchema,
  stepBodies,
  stepSummaries,
} from './schemas';
import { type StepInput, takeStep } from './steps';

/** Grassroots orders (基层下单，服务上门): the service menu, orders and their steps, SLA figures, check-up reports. */
export async function orderRoutes(app: FastifyInstance, deps: AppDeps, sms: SmsSender) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  // The invitation link an event is made with is not shown here (the events pages make a fresh one).
  const scheduler = managedEventScheduler({
    db,
    cipher: deps.cipher,
    sms,
    publicUrl: deps.config.publicUrl ?? '',
  });
  const orders: OrdersDeps = { db, events: deps.events ?? new LocalEventBus(), scheduler };
  const ctx = (req: FastifyRequest) => contextOf(req, deps.clock);
  // Campaign links point at the public address when one is configured, else at the console's own address.
  const base = (req: FastifyRequest) => deps.config.publicUrl ?? `${req.protocol}://${req.host}`;
  const tags = ['orders'];
  const orderReply = z.object({ order: orderSchema });

  r.get(
    '/api/v1/service-menu',
    {
      schema: {
        tags,
        summary: 'The federation’s service menu (what an enterprise may order)',
        querystring: z.strictObject({
          all: queryBoolean.describe('Withdrawn items too (for the federation keeping the menu)'),
        }),
        response: { 200: z.object({ items: z.array(menuItemSchema) }), ...errorResponses },
      },
      config: { action: 'order.read' },
    },
    async (req) => ({ items: (await listMenu(db, ctx(req), req.query.all === true)).map(presentMenuItem) }),
  );

  r.post(
    '/api/v1/service-menu',
    {
      schema: {
        tags,
        summary: 'Add a service to the menu',
        body: menuItemInput,
        response: { 201: z.object({ item: menuItemSchema }), ...errorResponses },
      },
      config: { action: 'order.manage' },
    },
    async (req, reply) =>
      reply.status(201).send({ item: presentMenuItem(await createMenuItem(db, ctx(req), req.body)) }),
  );

  r.patch(
    '/api/v1/service-menu/:id',
    {
      schema: {
        tags,
        summary: 'Change or withdraw a menu item',
        params: idParams,
        body: menuItemInput
          .partial()
          .refine((v) => Object.keys(v).length > 0, 'Send at least one field to change'),
        response: { 200: z.object({ item: menuItemSchema }), ...errorResponses },
      },
      config: { action: 'order.manage' },
    },
    async (req) => ({ item: presentMenuItem(await changeMenuItem(db, ctx(req), req.params.id, req.body)) }),
  );

  r.post(
    '/api/v1/service-orders',
    {
      schema: {
        tags,
        summary: 'Order a service to the enterprise’s site (enterprise officer)',
        body: placeOrderBody,
        response: { 201: orderReply, ...errorResponses },
      },
      config: { action: 'order.place' },
    },
    async (req, reply) => {
      const c = ctx(req);
      const order = await placeOrder(orders, c, req.body);
      return reply.status(201).send({ order: await presentOrderDetail(db, c, order, base(req)) });
    },
  );

  r.get(
    '/api/v1/service-orders',
    {
      schema: {
        tags,
        summary: 'Orders in scope, newest first (an officer sees their enterprise’s)',
        querystring: z.strictObject({
          state: z.enum(orderStates).optional().describe('Only orders in this state'),
        }),
        response: { 200: z.object({ orders: z.array(orderSchema) }), ...errorResponses },
      },
      config: { action: 'order.read' },
    },
    async (req) => {
      const c = ctx(req);
      return { orders: await presentOrders(db, c, await listOrders(db, c, req.query), base(req)) };
    },
  );

  r.get(
    '/api/v1/service-orders/sla',
    {
      schema: {
        tags,
        summary: 'Service-level figures of the orders placed in a period (counts by state, median hours)',
        querystring: z.strictObject({
          from: z.iso.datetime({ offset: true }).optional().describe('Orders placed from (inclusive)'),
          to: z.iso.datetime({ offset: true }).optional().describe('Orders placed before (exclusive)'),
        }),
        response: { 200: slaSchema, ...errorResponses },
      },
      config: { action: 'order.read' },
    },
    async (req) =>
      slaReport(db, ctx(req), {
        from: req.query.from ? new Date(req.query.from) : undefined,
        to: req.query.to ? new Date(req.query.to) : undefined,
      }),
  );

  r.get(
    '/api/v1/service-orders/:id',
    {
      schema: {
        tags,
        summary: 'One order with its timeline',
        params: idParams,
        response: { 200: orderReply, ...errorResponses },
      },
      config: { action: 'order.read' },
    },
    async (req) => {
      const c = ctx(req);
      return { order: await presentOrderDetail(db, c, await readOrder(db, c, req.params.id), base(req)) };
    },
  );

  r.get(
    '/api/v1/service-orders/:id/checkup-report',
    {
      schema: {
        tags,
        summary:
          'An on-site check-up’s results in aggregate: people and bands per instrument, groups under the minimum size hidden',
        params: idParams,
        response: { 200: checkupReportSchema, ...errorResponses },
      },
      config: { action: 'order.read' },
    },
    async (req) => checkupReport(db, ctx(req), req.params.id),
  );

  for (const step of orderSteps) {
    const body = stepBodies[step] as z.ZodType<Record<string, unknown>>;
    r.post(
      `/api/v1/service-orders/:id/${step}`,
      {
        schema: {
          tags,
          summary: stepSummaries[step],
          params: idParams,
          body,
          response: { 200: orderReply, ...errorResponses },
        },
        config: { action: actionOfSide(stepSide[step]) },
      },
      async (req) => {
        const c = ctx(req);
        const b = req.body as Record<string, unknown>;
        const input = (
          step === 'schedule'
            ? {
                ...b,
                step,
                startsAt: new Date(String(b.startsAt)),
                endsAt: new Date(String(b.endsAt)),
                furtherSessions: ((b.furtherSessions ?? []) as { startsAt: string; endsAt: string }[]).map(
                  (x) => ({ startsAt: new Date(x.startsAt), endsAt: new Date(x.endsAt) }),
                ),
              }
            : { ...b, step }
        ) as StepInput;
        const order = await takeStep(orders, c, req.params.id, input);
        return { order: await presentOrderDetail(db, c, order, base(req)) };
      },
    );
  }
}
