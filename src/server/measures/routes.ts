import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { languageOf } from '../checkup/public-routes';
import { langSchema } from '../checkup/schemas';
import type { TenantDirectory } from '../checkup/tenant-directory';
import type { AppDeps } from '../deps';
import { contextOf } from '../http/request-context';
import { errorResponses } from '../http/schemas';
import type { EventBus } from '../realtime/bus';
import type { SmsSender } from '../sms/sender';
import { answerMeasure, currentMeasure } from './link';
import {
  answerMeasureBody,
  answerMeasureResponse,
  currentMeasureResponse,
  giveMeasureBody,
  giveMeasureResponse,
  measureSchema,
  measureSeriesResponse,
  measureTokenHeader,
} from './schemas';
import { caseMeasureSeries } from './series';
import { cancelMeasure, giveMeasure, type MeasureDeps } from './use-cases';

/** Questionnaires in a case: given by the counsellor, answered in the room or through a single-use link. */
export async function measureRoutes(
  app: FastifyInstance,
  deps: AppDeps & { events: EventBus },
  directory: TenantDirectory,
  sms: SmsSender,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const md: MeasureDeps = {
    db: deps.database.db,
    cipher: deps.cipher,
    sms,
    events: deps.events,
    directory,
    publicUrl: deps.config.publicUrl,
  };
  const tags = ['care'];
  const work = { action: 'case.work' as const };
  const viewLang = z.strictObject({ lang: langSchema.optional() });

  r.post(
    '/api/v1/cases/:id/measures',
    {
      schema: {
        tags,
        summary:
          'Give a questionnaire in a case: answers entered in the room (scored at once), or a single-use link (7 days)',
        params: z.strictObject({ id: z.uuid() }),
        body: giveMeasureBody,
        response: { 201: giveMeasureResponse, ...errorResponses },
      },
      config: work,
    },
    async (req, reply) => {
      const result = await giveMeasure(
        md,
        contextOf(req, deps.clock),
        req.params.id,
        req.body,
        languageOf(req),
      );
      return reply.code(201).send(result);
    },
  );

  r.get(
    '/api/v1/cases/:id/measures',
    {
      schema: {
        tags,
        summary:
          'A case’s scores over time per instrument, with bands, reliable change and recovery, and open links (audited)',
        params: z.strictObject({ id: z.uuid() }),
        querystring: viewLang,
        response: { 200: measureSeriesResponse, ...errorResponses },
      },
      config: work,
    },
    async (req) =>
      caseMeasureSeries(md, contextOf(req, deps.clock), req.params.id, languageOf(req, req.query.lang)),
  );

  r.post(
    '/api/v1/measures/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Withdraw a questionnaire link nobody has answered yet',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: measureSchema, ...errorResponses },
      },
      config: work,
    },
    async (req) => cancelMeasure(md, contextOf(req, deps.clock), req.params.id, languageOf(req)),
  );

  // The worker's side: no sign-in; the link's token travels in a header, never in a URL.
  const open = {
    action: 'public' as const,
    rateLimit: deps.config.rateLimit ? { max: 30, timeWindow: '1 minute' } : false,
  };

  r.get(
    '/api/v1/measure-requests/current',
    {
      schema: {
        tags: ['check-up'],
        summary: 'The questionnaire a counsellor sent me by link (token in X-Measure-Token)',
        headers: measureTokenHeader,
        querystring: viewLang,
        response: { 200: currentMeasureResponse, ...errorResponses },
      },
      config: open,
    },
    async (req) =>
      currentMeasure(md, req.headers['x-measure-token'], req.query.lang ?? undefined, deps.clock.now()),
  );

  r.post(
    '/api/v1/measure-requests/current/answers',
    {
      schema: {
        tags: ['check-up'],
        summary:
          'Answer the questionnaire of a link; a retry with the same answers gets the same result (409 for others)',
        headers: measureTokenHeader,
        body: answerMeasureBody,
        response: { 200: answerMeasureResponse, ...errorResponses },
      },
      config: open,
    },
    async (req) =>
      answerMeasure(md, req.headers['x-measure-token'], req.body.answers, req.body.lang, deps.clock.now()),
  );
}
