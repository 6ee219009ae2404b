import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { XLSX_MEDIA_TYPE } from '../exports/xlsx';
import { contextOf } from '../http/request-context';
import { errorResponses } from '../http/schemas';
import type { SmsSender } from '../sms/sender';
import { eventReportWorkbook, eventsWorkbook } from './exports';
import { eventReport } from './reports';
import {
  addCarePackages,
  addWalkIns,
  cancelManagedEvent,
  changeManagedEvent,
  publishManagedEvent,
  renewDoorCode,
  renewInviteLink,
  saveMaterials,
} from './staff-changes';
import { createManagedEvents, listEventHosts, listManagedEvents, readManagedEvent } from './staff-events';
import {
  cancelSchema,
  carePackageSchema,
  doorPosterSchema,
  eventChangesSchema,
  eventHostSchema,
  eventInputSchema,
  exportQuerySchema,
  listQuerySchema,
  managedEventSchema,
  managedEventSummarySchema,
  materialsSchema,
  reportSchema,
  walkInSchema,
} from './staff-schemas';
import type { EventsDeps } from './staff-scope';

const tags = ['events'];
const params = z.strictObject({ id: z.uuid() });
const one = z.object({ event: managedEventSchema });
const workbook = z.unknown().meta({ description: 'The workbook (.xlsx), as an attachment' });

/** The staff side of group events (`/api/v1/managed-events`; `/api/v1/events` is the care event stream). */
export async function eventStaffRoutes(app: FastifyInstance, deps: AppDeps, sms: SmsSender) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.clock);
  const ev = (req: { protocol: string; host: string }): EventsDeps => ({
    db: deps.database.db,
    cipher: deps.cipher,
    sms,
    publicUrl: deps.config.publicUrl ?? `${req.protocol}://${req.host}`,
  });
  const db = deps.database.db;

  r.get(
    '/api/v1/managed-events',
    {
      schema: {
        tags,
        summary:
          'Events in reach with their counts (an enterprise officer: theirs and those they are invited to)',
        querystring: listQuerySchema,
        response: { 200: z.object({ events: z.array(managedEventSummarySchema) }), ...errorResponses },
      },
      config: { action: 'event.read' },
    },
    async (req) => {
      const q = req.query;
      return {
        events: await listManagedEvents(db, ctx(req), {
          from: q.from ? new Date(q.from) : undefined,
          to: q.to ? new Date(q.to) : undefined,
          kind: q.kind,
          status: q.status,
        }),
      };
    },
  );

  r.post(
    '/api/v1/managed-events',
    {
      schema: {
        tags,
        summary:
          'Create an event as a draft, or a series (one per occurrence at the same local time); a busy host refuses it',
        body: eventInputSchema,
        response: { 201: z.object({ events: z.array(managedEventSchema) }), ...errorResponses },
      },
      config: { action: 'event.manage' },
    },
    async (req, reply) => {
      const c = ctx(req);
      return reply.code(201).send({ events: await createManagedEvents(ev(req), c, req.body, c.now) });
    },
  );

  r.get(
    '/api/v1/managed-events/export.xlsx',
    {
      schema: {
        tags,
        summary: 'The events in reach between two times as an Excel workbook (Chinese columns, counts only)',
        querystring: exportQuerySchema,
        response: { 200: workbook, ...errorResponses },
      },
      config: { action: 'event.read' },
    },
    async (req, reply) => {
      const file = await eventsWorkbook(db, ctx(req), {
        from: req.query.from ? new Date(req.query.from) : undefined,
        to: req.query.to ? new Date(req.query.to) : undefined,
      });
      return reply
        .type(XLSX_MEDIA_TYPE)
        .header('content-disposition', file.disposition)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );

  r.get(
    '/api/v1/managed-events/:id',
    {
      schema: {
        tags,
        summary: 'One event for staff: details, registration window, invitation, materials',
        params,
        response: { 200: one, ...errorResponses },
      },
      config: { action: 'event.read' },
    },
    async (req) => ({ event: await readManagedEvent(db, ctx(req), req.params.id) }),
  );

  r.patch(
    '/api/v1/managed-events/:id',
    {
      schema: {
        tags,
        summary:
          'Change an event: capacity not below the places held (409), a new time re-plans reminders and texts the registered',
        params,
        body: eventChangesSchema,
        response: { 200: one, ...errorResponses },
      },
      config: { action: 'event.manage' },
    },
    async (req) => ({ event: await changeManagedEvent(ev(req), ctx(req), req.params.id, req.body) }),
  );

  r.post(
    '/api/v1/managed-events/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish a draft: workers can find it and register',
        params,
        response: { 200: one, ...errorResponses },
      },
      config: { action: 'event.manage' },
    },
    async (req) => ({ event: await publishManagedEvent(ev(req), ctx(req), req.params.id) }),
  );

  r.post(
    '/api/v1/managed-events/:id/cancel',
    {
      schema: {
        tags,
        summary:
          'Cancel with a reason: the registered, waiting and offered are texted; their registrations stay',
        params,
        body: cancelSchema,
        response: { 200: one, ...errorResponses },
      },
      config: { action: 'event.manage' },
    },
    async (req) => ({ event: await cancelManagedEvent(ev(req), ctx(req), req.params.id, req.body.reason) }),
  );

  r.put(
    '/api/v1/managed-events/:id/materials',
    {
      schema: {
        tags,
        summary: 'After the event: the replay address and a summary in both languages',
        params,
        body: materialsSchema,
        response: { 200: one, ...errorResponses },
      },
      config: { action: 'event.manage' },
    },
    async (req) => ({ event: await saveMaterials(ev(req), ctx(req), req.params.id, req.body) }),
  );

  r.post(
    '/api/v1/managed-events/:id/walk-ins',
    {
      schema: {
        tags,
        summary: 'Count people who came without registering (no names)',
        params,
        body: walkInSchema,
        response: {
          201: z.object({
            walkIn: z.object({
              id: z.uuid(),
              count: z.number().int(),
              note: z.string().nullable(),
              recordedAt: z.string(),
            }),
            walkIns: z.number().int().meta({ description: 'All walk-ins of the event so far' }),
          }),
          ...errorResponses,
        },
      },
      config: { action: 'event.checkin' },
    },
    async (req, reply) =>
      reply.code(201).send(await addWalkIns(ev(req), ctx(req), req.params.id, req.body.count, req.body.note)),
  );

  r.post(
    '/api/v1/managed-events/:id/care-packages',
    {
      schema: {
        tags,
        summary: 'Count care packages (关爱礼包) handed out to a group',
        params,
        body: carePackageSchema,
        response: {
          201: z.object({
            carePackages: z.array(z.object({ audienceGroup: z.string(), count: z.number().int() })),
          }),
          ...errorResponses,
        },
      },
      config: { action: 'event.checkin' },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(
          await addCarePackages(ev(req), ctx(req), req.params.id, req.body.audienceGroup, req.body.count),
        ),
  );

  r.post(
    '/api/v1/managed-events/:id/door-code',
    {
      schema: {
        tags,
        summary: 'A new door poster: the check-in code, its link and QR, shown once (the old poster stops)',
        params,
        response: { 201: doorPosterSchema, ...errorResponses },
      },
      config: { action: 'event.manage' },
    },
    async (req, reply) => reply.code(201).send(await renewDoorCode(ev(req), ctx(req), req.params.id)),
  );

  r.post(
    '/api/v1/managed-events/:id/invite-link',
    {
      schema: {
        tags,
        summary: 'A new invitation link for an invitation-only event (the old link stops working)',
        params,
        response: { 201: z.object({ link: z.string() }), ...errorResponses },
      },
      config: { action: 'event.manage' },
    },
    async (req, reply) => reply.code(201).send(await renewInviteLink(ev(req), ctx(req), req.params.id)),
  );

  r.get(
    '/api/v1/managed-events/:id/report',
    {
      schema: {
        tags,
        summary: 'The event’s figures: registrations, attendance, no-shows, care packages and feedback',
        params,
        response: { 200: z.object({ report: reportSchema }), ...errorResponses },
      },
      config: { action: 'event.read' },
    },
    async (req) => ({ report: (await eventReport(db, ctx(req), req.params.id)).report }),
  );

  r.get(
    '/api/v1/managed-events/:id/report.xlsx',
    {
      schema: {
        tags,
        summary:
          'The event’s report as an Excel workbook (figures, care packages, feedback, registrations with phones masked)',
        params,
        response: { 200: workbook, ...errorResponses },
      },
      config: { action: 'event.read' },
    },
    async (req, reply) => {
      const file = await eventReportWorkbook(ev(req), ctx(req), req.params.id);
      return reply
        .type(XLSX_MEDIA_TYPE)
        .header('content-disposition', file.disposition)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );

  r.get(
    '/api/v1/event-hosts',
    {
      schema: {
        tags,
        summary: 'Counsellors who can host an event (with a profile), for the editor',
        response: { 200: z.object({ hosts: z.array(eventHostSchema) }), ...errorResponses },
      },
      config: { action: 'event.manage' },
    },
    async (req) => ({ hosts: await listEventHosts(db, ctx(req)) }),
  );
}
