import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { closureReasons, noteKinds } from '../../core/care/records';
import { priorities } from '../../core/care/triage';
import type { AppDeps } from '../deps';
import { contextOf } from '../http/request-context';
import { errorResponses, idParams } from '../http/schemas';
import type { CareDeps } from './care-deps';
import { closeCase, reopenCase } from './closure';
import { addNote, updateContact } from './notes';
import { openCase } from './opening';
import { listCases, readCase } from './reading';
import {
  caseContactSchema,
  caseDetailSchema,
  caseSummarySchema,
  contactBodySchema,
  noteBodySchema,
  noteSchema,
  reasonSchema,
} from './schemas';
import { breakGlass, deEscalateCase, escalateCase, reassignCase } from './supervision';

const at = z.iso.datetime({ offset: true });
const openOptions = {
  priority: z.enum(priorities).optional(),
  counsellorId: z.uuid().optional().meta({ description: 'Required when a supervisor opens it' }),
};

/** Cases: opening, the list and the case, notes, contact, supervision, closure. */
export async function caseRoutes(app: FastifyInstance, deps: AppDeps, care: CareDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (req: FastifyRequest) => contextOf(req, deps.clock);
  const tags = ['cases'];
  const detail = { 200: caseDetailSchema, ...errorResponses };
  const work = { action: 'case.work' as const };

  r.post(
    '/api/v1/cases',
    {
      schema: {
        tags,
        summary:
          'Open a case from a request for help (taking and closing it) or from an appointment or walk-in',
        body: z.union([
          z.strictObject({ alertId: z.uuid(), ...openOptions }),
          z.strictObject({ bookingId: z.uuid(), ...openOptions }),
        ]),
        response: { 201: caseDetailSchema, ...errorResponses },
      },
      config: work,
    },
    async (req, reply) => reply.status(201).send(await openCase(care, ctx(req), req.body)),
  );

  r.get(
    '/api/v1/cases',
    {
      schema: {
        tags,
        summary: 'Cases without their records: mine (assigned or escalated to me), or all (a supervisor)',
        querystring: z.strictObject({
          status: z.enum(['open', 'closed', 'all']).default('open'),
          scope: z.enum(['mine', 'all']).default('mine'),
        }),
        response: { 200: z.object({ cases: z.array(caseSummarySchema) }), ...errorResponses },
      },
      config: work,
    },
    async (req) => ({ cases: await listCases(care, ctx(req), req.query) }),
  );

  r.get(
    '/api/v1/cases/:id',
    {
      schema: {
        tags,
        summary:
          'A case: its records only for its counsellor, the supervisor it is escalated to, or by break-glass',
        params: idParams,
        response: detail,
      },
      config: work,
    },
    async (req) => readCase(care, ctx(req), req.params.id),
  );

  r.post(
    '/api/v1/cases/:id/notes',
    {
      schema: {
        tags,
        summary: 'Write a session note (sealed; never edited — an addendum names the note it corrects)',
        params: idParams,
        body: z.strictObject({
          kind: z.enum(noteKinds),
          happenedAt: at,
          bookingId: z.uuid().optional(),
          amendsId: z.uuid().optional(),
          body: noteBodySchema,
        }),
        response: {
          201: noteSchema.extend({
            casePriority: z.enum(priorities),
            suggestEscalation: z
              .boolean()
              .meta({ description: 'High or imminent risk and nobody supervising' }),
          }),
          ...errorResponses,
        },
      },
      config: work,
    },
    async (req, reply) =>
      reply.status(201).send(
        await addNote(care, ctx(req), req.params.id, {
          ...req.body,
          happenedAt: new Date(req.body.happenedAt),
        }),
      ),
  );

  r.put(
    '/api/v1/cases/:id/contact',
    {
      schema: {
        tags,
        summary: 'Record the person’s contact details as they gave them (sealed)',
        params: idParams,
        body: contactBodySchema,
        response: {
          200: z.object({ contact: caseContactSchema, contactWithdrawn: z.boolean() }),
          ...errorResponses,
        },
      },
      config: work,
    },
    async (req) => updateContact(care, ctx(req), req.params.id, req.body),
  );

  r.post(
    '/api/v1/cases/:id/escalate',
    {
      schema: {
        tags,
        summary: 'Escalate to a supervisor, who then reads the case with the counsellor',
        params: idParams,
        body: z.strictObject({ supervisorId: z.uuid(), reason: reasonSchema }),
        response: detail,
      },
      config: work,
    },
    async (req) => escalateCase(care, ctx(req), req.params.id, req.body),
  );

  r.post(
    '/api/v1/cases/:id/de-escalate',
    {
      schema: {
        tags,
        summary: 'End the escalation (the counsellor or that supervisor)',
        params: idParams,
        response: detail,
      },
      config: work,
    },
    async (req) => deEscalateCase(care, ctx(req), req.params.id),
  );

  r.post(
    '/api/v1/cases/:id/reassign',
    {
      schema: {
        tags,
        summary: 'Give the case and its open tasks to another counsellor, with a reason (sealed)',
        params: idParams,
        body: z.strictObject({ counsellorId: z.uuid(), reason: reasonSchema }),
        response: detail,
      },
      config: { action: 'case.supervise' },
    },
    async (req) => reassignCase(care, ctx(req), req.params.id, req.body),
  );

  r.post(
    '/api/v1/cases/:id/break-glass',
    {
      schema: {
        tags,
        summary: 'Emergency access to the records for a limited time, with a reason; prominent in the audit',
        params: idParams,
        body: z.strictObject({ reason: z.string().trim().min(10).max(2000) }),
        response: { 200: z.object({ grantedAt: z.string(), expiresAt: z.string() }), ...errorResponses },
      },
      config: { action: 'case.supervise' },
    },
    async (req) => breakGlass(care, ctx(req), req.params.id, req.body.reason),
  );

  r.post(
    '/api/v1/cases/:id/close',
    {
      schema: {
        tags,
        summary: 'Close with a reason and a final measure (or why none); open tasks are cancelled',
        params: idParams,
        body: z.strictObject({
          reason: z.enum(closureReasons),
          finalMeasureId: z.uuid().optional(),
          noFinalMeasureReason: z.string().trim().min(3).max(2000).optional(),
          note: z.string().trim().max(5000).optional(),
        }),
        response: detail,
      },
      config: work,
    },
    async (req) => closeCase(care, ctx(req), req.params.id, req.body),
  );

  r.post(
    '/api/v1/cases/:id/reopen',
    {
      schema: {
        tags,
        summary: 'Open a closed case again',
        params: idParams,
        body: z.strictObject({ reason: reasonSchema }),
        response: detail,
      },
      config: work,
    },
    async (req) => reopenCase(care, ctx(req), req.params.id, req.body.reason),
  );
}
