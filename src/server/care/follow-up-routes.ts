import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { referralItems, taskKinds } from '../../core/care/records';
import type { AppDeps } from '../deps';
import { contextOf } from '../http/request-context';
import { errorResponses, idParams } from '../http/schemas';
import type { CareDeps } from './care-deps';
import { careQueue, careStaffList } from './queue';
import { answerReferral, listReferrals, referCase } from './referrals';
import {
  careStaffSchema,
  caseReferralSchema,
  partnerReferralSchema,
  queueSchema,
  taskSchema,
} from './schemas';
import { addTask, changeTask } from './tasks';

const at = z.iso.datetime({ offset: true });
const link = z
  .string()
  .trim()
  .max(500)
  .refine(
    (v) => v.startsWith('/') || /^https:\/\/\S+$/.test(v),
    'A path of the app (/…) or an https address',
  );

/** Follow-up: tasks and their queue, the care staff, referrals to partner institutions. */
export async function followUpRoutes(app: FastifyInstance, deps: AppDeps, care: CareDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (req: FastifyRequest) => contextOf(req, deps.clock);
  const tags = ['cases'];
  const work = { action: 'case.work' as const };

  r.post(
    '/api/v1/cases/:id/tasks',
    {
      schema: {
        tags,
        summary: 'Add a step to the follow-up plan (what it says is sealed)',
        params: idParams,
        body: z.strictObject({
          kind: z.enum(taskKinds),
          dueAt: at,
          title: z.string().trim().min(1).max(200),
          detail: z.string().trim().max(5000).optional(),
          instrumentId: z.string().trim().min(1).max(40).optional(),
          link: link.optional(),
        }),
        response: { 201: taskSchema, ...errorResponses },
      },
      config: work,
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await addTask(care, ctx(req), req.params.id, { ...req.body, dueAt: new Date(req.body.dueAt) })),
  );

  r.patch(
    '/api/v1/tasks/:id',
    {
      schema: {
        tags,
        summary: 'Complete, cancel or move a task; say whether a recommendation was followed',
        params: idParams,
        body: z
          .strictObject({
            status: z.enum(['done', 'cancelled']).optional(),
            outcome: z.string().trim().max(5000).optional(),
            followed: z.boolean().optional(),
            dueAt: at.optional(),
          })
          .refine((b) => Object.keys(b).length > 0, 'Say what changes'),
        response: { 200: taskSchema, ...errorResponses },
      },
      config: work,
    },
    async (req) =>
      changeTask(care, ctx(req), req.params.id, {
        ...req.body,
        dueAt: req.body.dueAt ? new Date(req.body.dueAt) : undefined,
      }),
  );

  r.get(
    '/api/v1/care/queue',
    {
      schema: {
        tags,
        summary: 'The counsellor’s day: waiting requests, own tasks due, cases (not audited)',
        response: { 200: queueSchema, ...errorResponses },
      },
      config: work,
    },
    async (req) => careQueue(care.db, ctx(req)),
  );

  r.get(
    '/api/v1/care/staff',
    {
      schema: {
        tags,
        summary: 'Counsellors and supervisors of the federation (for reassigning and escalating)',
        response: { 200: z.object({ staff: z.array(careStaffSchema) }), ...errorResponses },
      },
      config: work,
    },
    async (req) => ({ staff: await careStaffList(care.db, ctx(req)) }),
  );

  r.post(
    '/api/v1/cases/:id/referrals',
    {
      schema: {
        tags,
        summary: 'Refer to a partner institution, passing on only what the worker agreed to (sealed)',
        params: idParams,
        body: z.strictObject({
          institutionId: z.uuid(),
          items: z.array(z.enum(referralItems)).min(1).max(referralItems.length),
          summary: z.string().trim().min(1).max(5000).optional(),
          consent: z.literal(true).meta({ description: 'The worker agreed to pass these items on' }),
        }),
        response: { 201: caseReferralSchema, ...errorResponses },
      },
      config: work,
    },
    async (req, reply) => {
      const { consent: _consent, ...input } = req.body;
      return reply.status(201).send(await referCase(care, ctx(req), req.params.id, input));
    },
  );

  r.get(
    '/api/v1/referrals',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Referrals to one’s partner institution, with what was passed on (each read is audited)',
        querystring: z.strictObject({ status: z.enum(['open', 'answered', 'all']).default('all') }),
        response: { 200: z.object({ referrals: z.array(partnerReferralSchema) }), ...errorResponses },
      },
      config: { action: 'referral.receive' },
    },
    async (req) => ({ referrals: await listReferrals(care, ctx(req), req.query.status) }),
  );

  r.post(
    '/api/v1/referrals/:id/acknowledge',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Answer a referral: taken on or declined, with a response for the counsellor (sealed)',
        params: idParams,
        body: z.strictObject({
          decision: z.enum(['acknowledged', 'declined']),
          response: z.string().trim().max(5000).optional(),
        }),
        response: { 200: partnerReferralSchema, ...errorResponses },
      },
      config: { action: 'referral.receive' },
    },
    async (req) => answerReferral(care, ctx(req), req.params.id, req.body),
  );
}
