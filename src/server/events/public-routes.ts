import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parseLatLng } from '../../core/booking/geo';
import { AppError } from '../../core/errors';
import { credentialFrom, credentialOfHeaders } from '../booking/public-routes';
import { credentialFields, credentialHeaders } from '../booking/schemas';
import { languageOf } from '../checkup/public-routes';
import { langSchema, publicQuery } from '../checkup/schemas';
import type { TenantDirectory } from '../checkup/tenant-directory';
import type { AppDeps } from '../deps';
import { errorResponses, idempotencyKeyHeader, okSchema } from '../http/schemas';
import type { SmsSender } from '../sms/sender';
import { checkInAtDoor, giveFeedback } from './attendance';
import { getPublicEvent, listPublicEvents } from './listing';
import { acceptOfferedPlace, type EventDeps } from './offers';
import {
  cancelOwnRegistration,
  listOwnRegistrations,
  ownRegistration,
  registerForEvent,
  viewOf,
} from './registration';
import {
  doorCodeSchema,
  eventDetailSchema,
  eventSummarySchema,
  eventsQuerySchema,
  inviteSchema,
  registrationResponse,
} from './schemas';

const idParams = z.strictObject({ id: z.uuid() });

/** Group events for workers: finding one, registering, the waiting line, check-in and feedback. Public. */
export async function eventPublicRoutes(
  app: FastifyInstance,
  deps: AppDeps,
  directory: TenantDirectory,
  sms: SmsSender,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const eventDeps: EventDeps = { db, cipher: deps.cipher, sms };
  const config = { action: 'public' as const };
  const tags = ['events'];
  const now = () => deps.clock.now();

  r.get(
    '/api/v1/group-events',
    {
      schema: {
        tags,
        summary: 'Group events open for workers (讲座, 工作坊, 团辅 …); with ?near= ordered by distance',
        querystring: eventsQuerySchema.extend({ tenant: publicQuery.tenant, lang: publicQuery.lang }),
        response: { 200: z.object({ events: z.array(eventSummarySchema) }), ...errorResponses },
      },
      config,
    },
    async (req) => {
      const q = req.query;
      const near = q.near === undefined ? null : parseLatLng(q.near);
      if (q.near !== undefined && !near)
        throw new AppError('validation_failed', 'near is <latitude>,<longitude>, e.g. 33.96,116.79');
      const tenant = await directory.resolve(q.tenant);
      const events = await listPublicEvents(
        db,
        tenant.id,
        {
          kind: q.kind,
          audiences: q.audience ? q.audience.split(',').filter(Boolean) : undefined,
          from: q.from ? new Date(q.from) : undefined,
          to: q.to ? new Date(q.to) : undefined,
          near,
          invite: q.invite,
        },
        languageOf(req, q.lang),
        now(),
      );
      return { events };
    },
  );

  r.get(
    '/api/v1/group-events/:id',
    {
      schema: {
        tags,
        summary: 'One group event (an invitation-only one needs its invite token)',
        params: idParams,
        querystring: z.strictObject({ invite: inviteSchema.optional(), lang: publicQuery.lang }),
        response: { 200: z.object({ event: eventDetailSchema }), ...errorResponses },
      },
      config,
    },
    async (req) => ({
      event: await getPublicEvent(
        db,
        null,
        req.params.id,
        req.query.invite,
        languageOf(req, req.query.lang),
        now(),
      ),
    }),
  );

  r.post(
    '/api/v1/group-events/:id/registrations',
    {
      schema: {
        tags,
        summary:
          'Register for an event: registered while places last, else waitlisted (never refused as full)',
        headers: idempotencyKeyHeader('registers nothing new'),
        params: idParams,
        body: z.strictObject({
          ...credentialFields,
          lang: langSchema.optional(),
          consent: z.boolean().meta({ description: 'The worker agrees to what is kept (required)' }),
          invite: inviteSchema.optional(),
        }),
        response: { 200: registrationResponse, 201: registrationResponse, ...errorResponses },
      },
      config,
    },
    async (req, reply) => {
      const { lang, consent, invite, ...fields } = req.body;
      const result = await registerForEvent(
        eventDeps,
        {
          eventId: req.params.id,
          credential: credentialFrom(fields),
          consent,
          lang: languageOf(req, lang),
          invite,
        },
        now(),
        req.headers['idempotency-key'],
      );
      return reply.code(result.created ? 201 : 200).send({ registration: result.registration });
    },
  );

  r.get(
    '/api/v1/event-registrations',
    {
      schema: {
        tags,
        summary: 'My event registrations, newest event first (who I am in the credential headers)',
        headers: credentialHeaders,
        querystring: z.strictObject({ tenant: publicQuery.tenant }),
        response: {
          200: z.object({ registrations: z.array(registrationResponse.shape.registration) }),
          ...errorResponses,
        },
      },
      config,
    },
    async (req) => {
      const tenant = await directory.resolve(req.query.tenant);
      return {
        registrations: await listOwnRegistrations(eventDeps, tenant.id, credentialOfHeaders(req), now()),
      };
    },
  );

  r.post(
    '/api/v1/event-registrations/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel my registration (or leave the line); a freed place goes to the first in line',
        headers: credentialHeaders,
        params: idParams,
        response: { 200: registrationResponse, ...errorResponses },
      },
      config,
    },
    async (req) => ({
      registration: await cancelOwnRegistration(eventDeps, req.params.id, credentialOfHeaders(req), now()),
    }),
  );

  r.post(
    '/api/v1/event-registrations/:id/accept',
    {
      schema: {
        tags,
        summary: 'Take the place offered to me (409 offer_expired once the offer ran out)',
        headers: credentialHeaders,
        params: idParams,
        response: { 200: registrationResponse, ...errorResponses },
      },
      config,
    },
    async (req) => {
      await ownRegistration(eventDeps, req.params.id, credentialOfHeaders(req), now());
      await acceptOfferedPlace(eventDeps, req.params.id, now());
      return { registration: await viewOf(eventDeps, req.params.id, now()) };
    },
  );

  r.post(
    '/api/v1/event-registrations/:id/check-in',
    {
      schema: {
        tags,
        summary: 'I have arrived: check in with the code on the event’s door poster',
        headers: credentialHeaders,
        params: idParams,
        body: z.strictObject({ code: doorCodeSchema }),
        response: { 200: registrationResponse, ...errorResponses },
      },
      config,
    },
    async (req) => ({
      registration: await checkInAtDoor(
        eventDeps,
        req.params.id,
        req.body.code,
        credentialOfHeaders(req),
        now(),
      ),
    }),
  );

  r.post(
    '/api/v1/event-registrations/:id/feedback',
    {
      schema: {
        tags,
        summary: 'Feedback after the event, from those who came; anonymous unless I choose to sign it',
        headers: credentialHeaders,
        params: idParams,
        body: z.strictObject({
          rating: z.number().int().min(1).max(5),
          comment: z.string().max(1000).optional(),
          anonymous: z
            .boolean()
            .default(true)
            .meta({ description: 'Not linked to my registration (default)' }),
        }),
        response: { 201: okSchema, ...errorResponses },
      },
      config,
    },
    async (req, reply) => {
      await giveFeedback(eventDeps, req.params.id, req.body, credentialOfHeaders(req), now());
      return reply.code(201).send({ ok: true as const });
    },
  );
}
