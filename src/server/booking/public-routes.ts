import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parseLatLng } from '../../core/booking/geo';
import { AppError } from '../../core/errors';
import { languageOf } from '../checkup/public-routes';
import { langSchema, publicQuery } from '../checkup/schemas';
import type { TenantDirectory } from '../checkup/tenant-directory';
import type { AppDeps } from '../deps';
import { errorResponses, idempotencyKeyHeader, plainJsonSerializer } from '../http/schemas';
import type { SmsSender } from '../sms/sender';
import {
  type BookingDeps,
  type Credential,
  cancelOwnBooking,
  createBooking,
  getOwnBooking,
  listOwnBookings,
  PHONE_CODE_MINUTES,
  rescheduleOwnBooking,
  sendPhoneCode,
} from './booking';
import { checkIn } from './check-in';
import {
  districtsOf,
  findPublicServicePoint,
  openSlots,
  type PointOverview,
  rankForWorker,
  servicePointsOverview,
} from './finding';
import {
  bookingSchema,
  credentialFields,
  credentialHeaders,
  districtSchema,
  modeSchema,
  phoneSchema,
  servicePointDetailSchema,
  servicePointSchema,
  slotListSchema,
  topicSchema,
  waitlistSchema,
} from './schemas';
import type { SlotSearchCache } from './slot-search-cache';
import { acceptOffer, joinWaitlist, leaveWaitlist, listOwnWaitlist, offerFreedSlot } from './waitlist';

const idempotencyHeader = idempotencyKeyHeader('books nothing new');

/**
 * Who is asking: the phone with its code when given (a retrieval code beside it only proves check-up results
 * are theirs, to share them), else the retrieval code.
 */
export function credentialFrom(fields: {
  retrievalCode?: string;
  phone?: string;
  code?: string;
}): Credential {
  if (fields.phone && fields.code) return { phone: fields.phone, code: fields.code };
  if (fields.retrievalCode && !fields.phone) return { retrievalCode: fields.retrievalCode };
  throw new AppError(
    'validation_failed',
    'Say who you are with either your retrieval code, or your phone number and the code sent to it',
  );
}

export const credentialOfHeaders = (req: FastifyRequest): Credential => {
  const h = req.headers as Record<string, string | undefined>;
  return credentialFrom({
    retrievalCode: h['x-retrieval-code'],
    phone: h['x-phone'],
    code: h['x-phone-code'],
  });
};

/** Finding counselling and booking it: public, no sign-in, the least identity that works. */
export async function bookingPublicRoutes(
  app: FastifyInstance,
  deps: AppDeps,
  directory: TenantDirectory,
  sms: SmsSender,
  caches: {
    slotSearches: SlotSearchCache<Awaited<ReturnType<typeof openSlots>>>;
    overviews: SlotSearchCache<PointOverview[]>;
  },
) {
  const { slotSearches, overviews } = caches;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const bookingDeps: BookingDeps = {
    db,
    cipher: deps.cipher,
    sms,
    events: deps.events,
    onSlotFreed: (slotId, now) => offerFreedSlot(bookingDeps, slotId, now),
  };
  const config = { action: 'public' as const };
  const tags = ['counselling'];

  r.get(
    '/api/v1/service-points',
    {
      schema: {
        tags,
        summary:
          'Open service points (心灵驿站); with ?near= sorted by distance, those within 15 minutes first',
        querystring: z.strictObject({
          tenant: publicQuery.tenant,
          near: z
            .string()
            .max(60)
            .optional()
            .meta({ description: '<latitude>,<longitude> of the worker, e.g. 33.96,116.79' }),
        }),
        response: { 200: z.object({ servicePoints: z.array(servicePointSchema) }), ...errorResponses },
      },
      // Built by typed presenters; the hot paths of a booking rush skip re-validation.
      serializerCompiler: plainJsonSerializer,
      config,
    },
    async (req) => {
      const near = req.query.near === undefined ? null : parseLatLng(req.query.near);
      if (req.query.near !== undefined && !near)
        throw new AppError('validation_failed', 'near is <latitude>,<longitude>, e.g. 33.96,116.79');
      const tenant = await directory.resolve(req.query.tenant);
      const now = new Date(Math.ceil(deps.clock.now().getTime() / 60_000) * 60_000);
      const points = await overviews.get(`${tenant.id}|${now.getTime()}`, Date.now(), () =>
        servicePointsOverview(db, tenant.id, now),
      );
      return { servicePoints: rankForWorker(points, near) };
    },
  );

  r.get(
    '/api/v1/service-points/:id',
    {
      schema: {
        tags,
        summary: 'One service point with its rooms, counsellors on duty and booking policy',
        params: z.strictObject({ id: z.uuid() }),
        querystring: z.strictObject({ near: z.string().max(60).optional() }),
        response: { 200: servicePointDetailSchema, ...errorResponses },
      },
      config,
    },
    async (req) => {
      const near = req.query.near === undefined ? null : parseLatLng(req.query.near);
      return findPublicServicePoint(db, req.params.id, near, deps.clock.now());
    },
  );

  r.get(
    '/api/v1/service-points/:id/slots',
    {
      schema: {
        tags,
        summary: 'Open slots at a service point (by default the next four weeks), within its booking policy',
        params: z.strictObject({ id: z.uuid() }),
        querystring: z.strictObject({
          from: z.iso.datetime({ offset: true }).optional(),
          to: z.iso.datetime({ offset: true }).optional(),
          mode: modeSchema.optional(),
        }),
        response: {
          200: slotListSchema,
          ...errorResponses,
        },
      },
      // Built by typed presenters; the hot paths of a booking rush skip re-validation.
      serializerCompiler: plainJsonSerializer,
      config,
    },
    async (req) => {
      // "Now" to the next whole minute, so answers can be shared within a minute and never offer a time
      // inside the station's notice period.
      const now = new Date(Math.ceil(deps.clock.now().getTime() / 60_000) * 60_000);
      const { from, to, mode } = req.query;
      return slotSearches.get(`${req.params.id}|${from}|${to}|${mode}|${now.getTime()}`, Date.now(), () =>
        openSlots(
          deps.database,
          req.params.id,
          { from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined, mode },
          now,
        ),
      );
    },
  );

  r.get(
    '/api/v1/districts',
    {
      schema: {
        tags,
        summary: 'Districts to choose from when the worker does not share their location',
        querystring: z.strictObject({ tenant: publicQuery.tenant }),
        response: {
          200: z.object({
            districts: z.array(districtSchema),
          }),
          ...errorResponses,
        },
      },
      config,
    },
    async (req) => {
      const tenant = await directory.resolve(req.query.tenant);
      return { districts: await districtsOf(db, tenant.id) };
    },
  );

  r.post(
    '/api/v1/phone-verifications',
    {
      schema: {
        tags,
        summary: `Send a six-digit code to a mobile phone (valid ${PHONE_CODE_MINUTES} minutes, at most five an hour)`,
        body: z.strictObject({ phone: phoneSchema, tenant: publicQuery.tenant, lang: langSchema.optional() }),
        response: {
          202: z.object({
            expiresAt: z.string(),
            phone: z.string().meta({ description: 'The number, masked' }),
          }),
          ...errorResponses,
        },
      },
      config: { ...config, rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const tenant = await directory.resolve(req.body.tenant);
      const sent = await sendPhoneCode(
        bookingDeps,
        tenant.id,
        req.body.phone,
        languageOf(req, req.body.lang),
        deps.clock.now(),
      );
      return reply.code(202).send(sent);
    },
  );

  r.post(
    '/api/v1/bookings',
    {
      schema: {
        tags,
        summary:
          'Book a slot with the retrieval code, or a phone number and its code; 409 slot_taken if gone',
        headers: idempotencyHeader,
        body: z.strictObject({
          slot: z.uuid(),
          topic: topicSchema,
          mode: modeSchema,
          ...credentialFields,
          consent: z.boolean().meta({
            description:
              'The worker agrees to what is kept about the appointment (required, separate consent)',
          }),
          shareResults: z
            .boolean()
            .default(false)
            .meta({ description: 'Show the counsellor my check-up results (needs the retrieval code)' }),
          lang: langSchema.optional(),
        }),
        response: { 200: bookingSchema, 201: bookingSchema, ...errorResponses },
      },
      // Built by typed presenters; the hot paths of a booking rush skip re-validation.
      serializerCompiler: plainJsonSerializer,
      config,
    },
    async (req, reply) => {
      const { slot, topic, mode, consent, shareResults, lang, ...fields } = req.body;
      const credential = credentialFrom(fields);
      const result = await createBooking(
        bookingDeps,
        {
          slot,
          topic,
          mode,
          consent,
          shareResults,
          lang: languageOf(req, lang),
          credential,
          resultsCode: fields.retrievalCode,
        },
        deps.clock.now(),
        req.headers['idempotency-key'],
      );
      return reply.code(result.created ? 201 : 200).send(result.booking);
    },
  );

  r.get(
    '/api/v1/bookings',
    {
      schema: {
        tags,
        summary:
          'My appointments, newest first (who I am in the X-Retrieval-Code or X-Phone/X-Phone-Code headers)',
        headers: credentialHeaders,
        querystring: z.strictObject({ tenant: publicQuery.tenant }),
        response: { 200: z.object({ bookings: z.array(bookingSchema) }), ...errorResponses },
      },
      config,
    },
    async (req) => {
      const tenant = await directory.resolve(req.query.tenant);
      return {
        bookings: await listOwnBookings(bookingDeps, tenant.id, credentialOfHeaders(req), deps.clock.now()),
      };
    },
  );

  r.get(
    '/api/v1/bookings/:id',
    {
      schema: {
        tags,
        summary: 'One of my appointments',
        headers: credentialHeaders,
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: bookingSchema, ...errorResponses },
      },
      config,
    },
    async (req) => getOwnBooking(bookingDeps, req.params.id, credentialOfHeaders(req), deps.clock.now()),
  );

  r.delete(
    '/api/v1/bookings/:id',
    {
      schema: {
        tags,
        summary: 'Cancel one of my appointments (before the station’s cut-off); the time opens for others',
        headers: credentialHeaders,
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: bookingSchema, ...errorResponses },
      },
      config,
    },
    async (req) => cancelOwnBooking(bookingDeps, req.params.id, credentialOfHeaders(req), deps.clock.now()),
  );

  r.post(
    '/api/v1/bookings/:id/reschedule',
    {
      schema: {
        tags,
        summary: 'Move my appointment to another slot; the old one is kept if the new one is taken (409)',
        headers: credentialHeaders,
        params: z.strictObject({ id: z.uuid() }),
        body: z.strictObject({ slot: z.uuid() }),
        response: { 200: bookingSchema, ...errorResponses },
      },
      config,
    },
    async (req) =>
      rescheduleOwnBooking(
        bookingDeps,
        req.params.id,
        req.body.slot,
        credentialOfHeaders(req),
        deps.clock.now(),
      ),
  );

  r.post(
    '/api/v1/waitlist',
    {
      schema: {
        tags,
        summary: 'Wait for a full day at a service point; a freed time is offered to the first in line',
        body: z.strictObject({
          servicePoint: z.uuid(),
          date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-12-03'),
          topic: topicSchema,
          mode: modeSchema.optional().meta({ description: 'Only this way of talking (any when left out)' }),
          ...credentialFields,
          consent: z.boolean(),
          lang: langSchema.optional(),
        }),
        response: { 201: waitlistSchema, ...errorResponses },
      },
      config,
    },
    async (req, reply) => {
      const { servicePoint, date, topic, mode, consent, lang, ...fields } = req.body;
      const entry = await joinWaitlist(
        bookingDeps,
        {
          servicePointId: servicePoint,
          date,
          topic,
          mode: mode ?? null,
          consent,
          lang: languageOf(req, lang),
          credential: credentialFrom(fields),
        },
        deps.clock.now(),
      );
      return reply.code(201).send(entry);
    },
  );

  r.get(
    '/api/v1/waitlist',
    {
      schema: {
        tags,
        summary: 'My places in waiting lists, with any time on offer to me',
        headers: credentialHeaders,
        querystring: z.strictObject({ tenant: publicQuery.tenant }),
        response: { 200: z.object({ entries: z.array(waitlistSchema) }), ...errorResponses },
      },
      config,
    },
    async (req) => {
      const tenant = await directory.resolve(req.query.tenant);
      return {
        entries: await listOwnWaitlist(bookingDeps, tenant.id, credentialOfHeaders(req), deps.clock.now()),
      };
    },
  );

  r.post(
    '/api/v1/waitlist/:id/accept',
    {
      schema: {
        tags,
        summary: 'Take the time on offer: it becomes my booking (409 offer_expired when it ran out)',
        headers: credentialHeaders,
        params: z.strictObject({ id: z.uuid() }),
        response: { 201: bookingSchema, ...errorResponses },
      },
      config,
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await acceptOffer(bookingDeps, req.params.id, credentialOfHeaders(req), deps.clock.now())),
  );

  r.delete(
    '/api/v1/waitlist/:id',
    {
      schema: {
        tags,
        summary: 'Leave a waiting list (a time on offer goes to the next in line)',
        headers: credentialHeaders,
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: z.object({ id: z.uuid(), status: z.literal('left') }), ...errorResponses },
      },
      config,
    },
    async (req) => leaveWaitlist(bookingDeps, req.params.id, credentialOfHeaders(req), deps.clock.now()),
  );

  r.post(
    '/api/v1/bookings/:id/check-in',
    {
      schema: {
        tags,
        summary: 'I have arrived: check in with the code on the station’s poster (from an hour before)',
        headers: credentialHeaders,
        params: z.strictObject({ id: z.uuid() }),
        body: z.strictObject({ code: z.string().trim().min(6).max(40) }),
        response: { 200: bookingSchema, ...errorResponses },
      },
      config,
    },
    async (req) =>
      checkIn(bookingDeps, req.params.id, req.body.code, credentialOfHeaders(req), deps.clock.now()),
  );
}
