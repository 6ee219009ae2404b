import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RecurrenceRule } from '../../core/booking/recurrence';
import type { AppDeps } from '../deps';
import { contextOf } from '../http/request-context';
import { errorResponses } from '../http/schemas';
import { calendarFeed, feedStatus, renewFeed, revokeFeed } from './calendar-feed';
import { renewCheckInCode } from './check-in';
import { roomsOf } from './repository';
import {
  hhmm,
  localDate,
  modeSchema,
  openingHoursSchema,
  pointKindSchema,
  roomKindSchema,
  roomSchema,
  topicSchema,
} from './schemas';
import {
  addWalkIn,
  appointmentCalendar,
  appointmentSummary,
  blockTime,
  markAttendance,
  unblockTime,
} from './staff-calendar';
import {
  addRoom,
  createServicePoint,
  listCounsellors,
  listManagedServicePoints,
  saveProfile,
  updateRoom,
  updateServicePoint,
} from './staff-points';
import {
  addException,
  changeRoster,
  createRoster,
  listExceptions,
  listRosters,
  removeException,
} from './staff-rosters';
import {
  appointmentSummarySchema,
  calendarEntrySchema,
  checkInPosterSchema,
  counsellorEntrySchema,
  counsellorProfileSchema,
  exceptionSchema,
  feedSchema,
  managedPointSchema,
  rosterChangeSchema,
  rosterSchema,
  ruleSchema,
} from './staff-schemas';

const rosterFields = {
  counsellorId: z.uuid(),
  roomId: z.uuid().nullable().default(null),
  rule: ruleSchema,
  startTime: hhmm,
  endTime: hhmm,
  validFrom: localDate,
  validUntil: localDate.nullable().default(null),
  slotMinutes: z.number().int().min(15).max(240).default(50),
  bufferMinutes: z.number().int().min(0).max(120).default(10),
  modes: z.array(modeSchema).min(1).max(3).default(['in_person']),
};

const pointFields = {
  kind: pointKindSchema,
  name: z.string().trim().min(2).max(80),
  nameEn: z.string().trim().min(2).max(120),
  address: z.string().trim().min(2).max(200),
  addressEn: z.string().trim().max(300).nullable().default(null),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  phone: z.string().trim().max(30).nullable().default(null),
  description: z.string().trim().max(2000).nullable().default(null),
  descriptionEn: z.string().trim().max(3000).nullable().default(null),
  accessibility: z.string().trim().max(1000).nullable().default(null),
  accessibilityEn: z.string().trim().max(1500).nullable().default(null),
  timeZone: z.string().min(3).max(60).default('Asia/Shanghai'),
  openingHours: openingHoursSchema.default([]),
  minNoticeMinutes: z.number().int().min(0).max(10080).default(120),
  maxAdvanceDays: z.number().int().min(1).max(180).default(28),
  cancelCutoffMinutes: z.number().int().min(0).max(10080).default(120),
  maxOpenBookings: z.number().int().min(1).max(20).default(2),
  active: z.boolean().default(true),
};

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

/**
 * A change to a point: each field optional and without its default, so a change touches only the fields it
 * names (an optional field with a default would otherwise put every default back: coordinates, hours…).
 */
const pointChanges = z.strictObject(
  Object.fromEntries(
    Object.entries(pointFields).map(([k, v]) => [k, (v instanceof z.ZodDefault ? v.unwrap() : v).optional()]),
  ) as { [K in keyof typeof pointFields]: z.ZodOptional<WithoutDefault<(typeof pointFields)[K]>> },
);

type PointRow = Awaited<ReturnType<typeof listManagedServicePoints>>[number];
const presentManaged = ({ point: p, rooms }: PointRow) => ({
  id: p.id,
  organisationId: p.organisationId,
  kind: p.kind as 'city_station',
  name: p.name,
  nameEn: p.nameEn,
  address: p.address,
  addressEn: p.addressEn,
  latitude: p.latitude,
  longitude: p.longitude,
  phone: p.phone,
  description: p.description,
  descriptionEn: p.descriptionEn,
  accessibility: p.accessibility,
  accessibilityEn: p.accessibilityEn,
  timeZone: p.timeZone,
  openingHours: p.openingHours,
  policy: {
    minNoticeMinutes: p.minNoticeMinutes,
    maxAdvanceDays: p.maxAdvanceDays,
    cancelCutoffMinutes: p.cancelCutoffMinutes,
    maxOpenBookings: p.maxOpenBookings,
  },
  active: p.active,
  rooms: rooms.map((r) => ({
    id: r.id,
    kind: r.kind as 'consulting',
    name: r.name,
    nameEn: r.nameEn,
    active: r.active,
  })),
});

const timeFields = {
  servicePointId: z.uuid(),
  counsellorId: z.uuid().optional().meta({ description: 'Whose time (default: the signed-in counsellor)' }),
  roomId: z.uuid().nullable().optional(),
  startsAt: z.iso.datetime({ offset: true }),
  minutes: z.number().int().min(10).max(480),
};

/** The station's and counsellor's side of counselling: points, rooms, profiles, rosters, the calendar. */
export async function bookingStaffRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.clock);
  const params = z.strictObject({ id: z.uuid() });

  // ── Service points and rooms
  r.get(
    '/api/v1/managed-service-points',
    {
      schema: {
        tags: ['service-points'],
        summary:
          'The service points in scope with rooms and booking policy, for editing, rosters and the calendar',
        response: { 200: z.object({ servicePoints: z.array(managedPointSchema) }), ...errorResponses },
      },
      config: { action: 'servicepoint.read' },
    },
    async (req) => ({ servicePoints: (await listManagedServicePoints(db, ctx(req))).map(presentManaged) }),
  );

  r.post(
    '/api/v1/managed-service-points',
    {
      schema: {
        tags: ['service-points'],
        summary: 'Open a service point under an organisation in scope',
        body: z.strictObject({ organisationId: z.uuid(), ...pointFields }),
        response: { 201: managedPointSchema, ...errorResponses },
      },
      config: { action: 'servicepoint.manage' },
    },
    async (req, reply) => {
      const point = await createServicePoint(db, ctx(req), req.body);
      return reply.code(201).send(presentManaged({ point, rooms: [] }));
    },
  );

  r.patch(
    '/api/v1/managed-service-points/:id',
    {
      schema: {
        tags: ['service-points'],
        summary:
          'Change a service point: details, hours, accessibility, zone, booking policy, open or closed',
        params,
        body: pointChanges,
        response: { 200: managedPointSchema, ...errorResponses },
      },
      config: { action: 'servicepoint.manage' },
    },
    async (req) => {
      const body = Object.fromEntries(Object.entries(req.body).filter(([, v]) => v !== undefined));
      const point = await updateServicePoint(db, ctx(req), req.params.id, body);
      return presentManaged({ point, rooms: await roomsOf(db, [point.id]) });
    },
  );

  r.post(
    '/api/v1/managed-service-points/:id/rooms',
    {
      schema: {
        tags: ['service-points'],
        summary: 'Add a room (consulting, sandplay or group) to a service point',
        params,
        body: z.strictObject({
          kind: roomKindSchema,
          name: z.string().trim().min(1).max(60),
          nameEn: z.string().trim().min(1).max(80),
        }),
        response: { 201: roomSchema, ...errorResponses },
      },
      config: { action: 'servicepoint.manage' },
    },
    async (req, reply) => reply.code(201).send(await addRoom(db, ctx(req), req.params.id, req.body)),
  );

  r.patch(
    '/api/v1/service-rooms/:id',
    {
      schema: {
        tags: ['service-points'],
        summary: 'Rename a room, change its kind, or take it out of use',
        params,
        body: z.strictObject({
          kind: roomKindSchema.optional(),
          name: z.string().trim().min(1).max(60).optional(),
          nameEn: z.string().trim().min(1).max(80).optional(),
          active: z.boolean().optional(),
        }),
        response: { 200: roomSchema.extend({ active: z.boolean() }), ...errorResponses },
      },
      config: { action: 'servicepoint.manage' },
    },
    async (req) => updateRoom(db, ctx(req), req.params.id, req.body),
  );

  // ── Counsellors
  r.get(
    '/api/v1/counsellors',
    {
      schema: {
        tags: ['counselling'],
        summary: 'The federation’s counsellors and the profiles workers see',
        response: {
          200: z.object({
            counsellors: z.array(counsellorEntrySchema),
          }),
          ...errorResponses,
        },
      },
      config: { action: 'roster.read' },
    },
    async (req) => ({ counsellors: await listCounsellors(db, ctx(req)) }),
  );

  r.put(
    '/api/v1/counsellors/:id/profile',
    {
      schema: {
        tags: ['counselling'],
        summary: 'Write the profile workers see: name, qualification, specialties, languages, bio',
        params,
        body: z.strictObject({
          publicName: z.string().trim().min(1).max(40),
          publicNameEn: z.string().trim().min(1).max(60),
          qualification: z.string().trim().min(2).max(80),
          qualificationEn: z.string().trim().min(2).max(120),
          specialties: z
            .array(
              z.enum([
                'work_stress',
                'family_parenting',
                'relationships',
                'burnout',
                'crisis',
                'sleep',
                'elders',
              ]),
            )
            .max(7),
          languages: z.array(z.string().trim().min(2).max(20)).min(1).max(6),
          bio: z.string().trim().max(600).default(''),
          bioEn: z.string().trim().max(900).default(''),
          photoUrl: z.url().nullable().default(null),
          active: z.boolean().default(true),
        }),
        response: { 200: counsellorProfileSchema, ...errorResponses },
      },
      config: { action: 'counsellor.manage' },
    },
    async (req) => saveProfile(db, ctx(req), req.params.id, req.body),
  );

  // ── Rosters
  r.get(
    '/api/v1/rosters',
    {
      schema: {
        tags: ['counselling'],
        summary: 'Active duty rosters (a counsellor sees their own)',
        querystring: z.strictObject({ servicePoint: z.uuid().optional(), counsellor: z.uuid().optional() }),
        response: { 200: z.object({ rosters: z.array(rosterSchema) }), ...errorResponses },
      },
      config: { action: 'roster.read' },
    },
    async (req) => ({
      rosters: await listRosters(db, ctx(req), {
        servicePointId: req.query.servicePoint,
        counsellorId: req.query.counsellor,
      }),
    }),
  );

  r.post(
    '/api/v1/rosters',
    {
      schema: {
        tags: ['counselling'],
        summary: 'Put a counsellor on a recurring duty at a service point; open slots are generated from it',
        body: z.strictObject({ servicePointId: z.uuid(), ...rosterFields }),
        response: { 201: rosterChangeSchema, ...errorResponses },
      },
      config: { action: 'roster.manage' },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await createRoster(db, ctx(req), { ...req.body, rule: req.body.rule as RecurrenceRule })),
  );

  r.patch(
    '/api/v1/rosters/:id',
    {
      schema: {
        tags: ['counselling'],
        summary: 'Change or end (active: false) a duty roster; booked appointments stand',
        params,
        body: z.strictObject({
          counsellorId: z.uuid().optional(),
          roomId: z.uuid().nullable().optional(),
          rule: ruleSchema.optional(),
          startTime: hhmm.optional(),
          endTime: hhmm.optional(),
          validFrom: localDate.optional(),
          validUntil: localDate.nullable().optional(),
          slotMinutes: z.number().int().min(15).max(240).optional(),
          bufferMinutes: z.number().int().min(0).max(120).optional(),
          modes: z.array(modeSchema).min(1).max(3).optional(),
          active: z.boolean().optional(),
        }),
        response: { 200: rosterChangeSchema, ...errorResponses },
      },
      config: { action: 'roster.manage' },
    },
    async (req) => {
      const body = Object.fromEntries(Object.entries(req.body).filter(([, v]) => v !== undefined));
      return changeRoster(db, ctx(req), req.params.id, body as Parameters<typeof changeRoster>[3]);
    },
  );

  r.get(
    '/api/v1/roster-exceptions',
    {
      schema: {
        tags: ['counselling'],
        summary: 'Days off and holidays at a service point between two dates',
        querystring: z.strictObject({ servicePoint: z.uuid(), from: localDate, to: localDate }),
        response: { 200: z.object({ exceptions: z.array(exceptionSchema) }), ...errorResponses },
      },
      config: { action: 'roster.read' },
    },
    async (req) => ({
      exceptions: await listExceptions(db, ctx(req), req.query.servicePoint, req.query.from, req.query.to),
    }),
  );

  r.post(
    '/api/v1/roster-exceptions',
    {
      schema: {
        tags: ['counselling'],
        summary: 'A day off for one roster, or a holiday for the whole service point (rosterId null)',
        body: z.strictObject({
          servicePointId: z.uuid(),
          rosterId: z.uuid().nullable().default(null),
          date: localDate,
          reason: z.string().trim().max(200).default(''),
        }),
        response: {
          201: z.object({
            exception: exceptionSchema,
            slotsWithdrawn: z.number().int(),
            bookingsKept: z.number().int(),
          }),
          ...errorResponses,
        },
      },
      config: { action: 'roster.manage' },
    },
    async (req, reply) => reply.code(201).send(await addException(db, ctx(req), req.body)),
  );

  r.delete(
    '/api/v1/roster-exceptions/:id',
    {
      schema: {
        tags: ['counselling'],
        summary: 'Remove a day off or holiday; the duty’s slots that day come back',
        params,
        response: { 200: z.object({ slotsCreated: z.number().int() }), ...errorResponses },
      },
      config: { action: 'roster.manage' },
    },
    async (req) => removeException(db, ctx(req), req.params.id),
  );

  // ── Appointments
  r.get(
    '/api/v1/appointments',
    {
      schema: {
        tags: ['counselling'],
        summary:
          'The day or week: slots, appointments, walk-ins and blocked time (reading shared results is audited)',
        querystring: z.strictObject({
          from: z.iso.datetime({ offset: true }),
          to: z.iso.datetime({ offset: true }),
          counsellor: z.uuid().optional(),
          servicePoint: z.uuid().optional(),
        }),
        response: { 200: z.object({ entries: z.array(calendarEntrySchema) }), ...errorResponses },
      },
      config: { action: 'appointment.read' },
    },
    async (req) => ({
      entries: await appointmentCalendar(db, deps.cipher, ctx(req), {
        from: new Date(req.query.from),
        to: new Date(req.query.to),
        counsellorId: req.query.counsellor,
        servicePointId: req.query.servicePoint,
      }),
    }),
  );

  r.get(
    '/api/v1/appointments/summary',
    {
      schema: {
        tags: ['counselling'],
        summary:
          'A day’s appointments as counts and the next one (no topics, results or contact; not audited), for a home page',
        querystring: z.strictObject({
          date: localDate.optional().meta({ description: 'Default: today in the federation’s time zone' }),
        }),
        response: { 200: appointmentSummarySchema, ...errorResponses },
      },
      config: { action: 'appointment.read' },
    },
    async (req) => appointmentSummary(db, ctx(req), req.query.date),
  );

  r.post(
    '/api/v1/appointments/:id/attendance',
    {
      schema: {
        tags: ['counselling'],
        summary: 'Mark an appointment attended or a no-show (booked undoes a slip)',
        params,
        body: z.strictObject({ status: z.enum(['attended', 'no_show', 'booked']) }),
        response: {
          200: z.object({ id: z.uuid(), status: z.enum(['attended', 'no_show', 'booked']) }),
          ...errorResponses,
        },
      },
      config: { action: 'appointment.manage' },
    },
    async (req) => markAttendance(db, ctx(req), req.params.id, req.body.status),
  );

  r.post(
    '/api/v1/walk-ins',
    {
      schema: {
        tags: ['counselling'],
        summary: 'Record a walk-in: takes the counsellor’s time (open slots in it are withdrawn)',
        body: z.strictObject({
          ...timeFields,
          topic: topicSchema.default('other'),
          mode: modeSchema.default('in_person'),
        }),
        response: {
          201: z.object({ id: z.uuid(), slotId: z.uuid(), status: z.enum(['booked', 'attended']) }),
          ...errorResponses,
        },
      },
      config: { action: 'appointment.manage' },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await addWalkIn(db, ctx(req), { ...req.body, startsAt: new Date(req.body.startsAt) })),
  );

  r.post(
    '/api/v1/time-blocks',
    {
      schema: {
        tags: ['counselling'],
        summary: 'Block a counsellor’s time (training, leave): open slots in it are withdrawn',
        body: z.strictObject({ ...timeFields, note: z.string().trim().max(200).default('') }),
        response: {
          201: z.object({ id: z.uuid(), startsAt: z.string(), endsAt: z.string() }),
          ...errorResponses,
        },
      },
      config: { action: 'appointment.manage' },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await blockTime(db, ctx(req), { ...req.body, startsAt: new Date(req.body.startsAt) })),
  );

  r.delete(
    '/api/v1/time-blocks/:id',
    {
      schema: {
        tags: ['counselling'],
        summary: 'Free blocked time; the roster’s slots in it come back',
        params,
        response: { 200: z.object({ slotsCreated: z.number().int() }), ...errorResponses },
      },
      config: { action: 'appointment.manage' },
    },
    async (req) => unblockTime(db, ctx(req), req.params.id),
  );

  // ── Calendar feed
  r.get(
    '/api/v1/calendar-feed',
    {
      schema: {
        tags: ['counselling'],
        summary: 'Whether my calendar feed (ICS) is on',
        response: { 200: feedSchema, ...errorResponses },
      },
      config: { action: 'appointment.read' },
    },
    async (req) => feedStatus(db, ctx(req)),
  );
  r.post(
    '/api/v1/calendar-feed',
    {
      schema: {
        tags: ['counselling'],
        summary: 'A new secret calendar address (shown once; any earlier one stops working)',
        response: { 201: z.object({ token: z.string(), path: z.string() }), ...errorResponses },
      },
      config: { action: 'appointment.read' },
    },
    async (req, reply) => reply.code(201).send(await renewFeed(db, ctx(req))),
  );
  r.delete(
    '/api/v1/calendar-feed',
    {
      schema: {
        tags: ['counselling'],
        summary: 'Turn my calendar feed off',
        response: { 200: feedSchema, ...errorResponses },
      },
      config: { action: 'appointment.read' },
    },
    async (req) => revokeFeed(db, ctx(req)),
  );
  r.get(
    '/api/v1/calendar-feeds/:file',
    {
      schema: {
        tags: ['counselling'],
        summary: 'A counsellor’s appointments as an ICS calendar: times and places only, no names or topics',
        params: z.strictObject({ file: z.string().regex(/^[A-Za-z0-9_-]{32}\.ics$/, 'a calendar address') }),
        response: { 200: z.string(), ...errorResponses },
      },
      config: { action: 'public' },
    },
    async (req, reply) => {
      const ics = await calendarFeed(db, req.params.file.slice(0, -4), deps.clock.now());
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(ics);
    },
  );

  r.post(
    '/api/v1/managed-service-points/:id/check-in-code',
    {
      schema: {
        tags: ['service-points'],
        summary: 'A new check-in poster for a station: the code and QR are shown once (the old poster stops)',
        params,
        response: { 201: checkInPosterSchema, ...errorResponses },
      },
      config: { action: 'servicepoint.manage' },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(
          await renewCheckInCode(
            db,
            ctx(req),
            req.params.id,
            deps.config.publicUrl ?? `${req.protocol}://${req.host}`,
          ),
        ),
  );
}
