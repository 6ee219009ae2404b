import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { contextOf } from '../http/request-context';
import { errorResponses } from '../http/schemas';
import type { SmsSender } from '../sms/sender';
import type { EventDeps } from './offers';
import { checkInBody, memberResultSchema, registerMembersBody, staffRegistrationSchema } from './schemas';
import { cancelMemberRegistration } from './staff-member-cancel';
import { checkInByStaff, listEventRegistrations, registerMembers } from './staff-registration';

const idParams = z.strictObject({ id: z.uuid() });

/** The registrations of an event as staff see them: the list, an officer's members, and the door check-in. */
export async function eventStaffRegistrationRoutes(app: FastifyInstance, deps: AppDeps, sms: SmsSender) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const eventDeps: EventDeps = { db: deps.database.db, cipher: deps.cipher, sms };
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.clock);
  const tags = ['events'];

  r.get(
    '/api/v1/managed-events/:id/registrations',
    {
      schema: {
        tags,
        summary:
          'The registrations of an event: everyone for those who check in or run it (phones masked), an officer’s own members for an officer',
        params: idParams,
        response: { 200: z.object({ registrations: z.array(staffRegistrationSchema) }), ...errorResponses },
      },
      config: { action: 'event.read' },
    },
    async (req) => ({ registrations: await listEventRegistrations(eventDeps, ctx(req), req.params.id) }),
  );

  r.post(
    '/api/v1/managed-events/:id/registrations',
    {
      schema: {
        tags,
        summary:
          'An enterprise officer registers members (name and phone, kept sealed) for an event open to them; each registered or waitlisted',
        params: idParams,
        body: registerMembersBody,
        response: { 201: z.object({ results: z.array(memberResultSchema) }), ...errorResponses },
      },
      config: { action: 'event.register_members' },
    },
    async (req, reply) => {
      const c = ctx(req);
      return reply
        .code(201)
        .send({ results: await registerMembers(eventDeps, c, req.params.id, req.body, c.now) });
    },
  );

  r.post(
    '/api/v1/managed-events/:id/registrations/:registrationId/cancel',
    {
      schema: {
        tags,
        summary:
          'An enterprise officer cancels one member their enterprise registered, before the start; the freed place goes to the first in line and the member is texted when and where',
        params: z.strictObject({ id: z.uuid(), registrationId: z.uuid() }),
        response: { 200: z.object({ registration: staffRegistrationSchema }), ...errorResponses },
      },
      config: { action: 'event.register_members' },
    },
    async (req) => {
      const c = ctx(req);
      return {
        registration: await cancelMemberRegistration(
          eventDeps,
          c,
          req.params.id,
          req.params.registrationId,
          c.now,
        ),
      };
    },
  );

  r.post(
    '/api/v1/managed-events/:id/check-ins',
    {
      schema: {
        tags,
        summary:
          'Check a person in at the door: the worker’s QR ticket text ({ code }) or ticked from the list ({ registrationId })',
        params: idParams,
        body: checkInBody,
        response: {
          200: z.object({
            registration: staffRegistrationSchema,
            alreadyCheckedIn: z
              .boolean()
              .meta({ description: 'They had checked in before; nothing changed' }),
          }),
          ...errorResponses,
        },
      },
      config: { action: 'event.checkin' },
    },
    async (req) => {
      const c = ctx(req);
      return checkInByStaff(eventDeps, c, req.params.id, req.body, c.now);
    },
  );
}
