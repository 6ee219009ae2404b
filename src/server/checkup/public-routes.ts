import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import { availability, renderForm } from '../../core/instruments/availability';
import { catalogue } from '../../core/instruments/catalogue';
import { crisisResources } from '../../core/instruments/crisis';
import type { Lang } from '../../core/instruments/types';
import { requestContact } from '../alerts/requests';
import type { AppDeps } from '../deps';
import { errorResponses, idempotencyKeyHeader, plainJsonSerializer } from '../http/schemas';
import { findOfferedCheckup, type OfferedCheckup, offeredCheckups } from './checkup-catalogue';
import { findLiveCampaign } from './repository';
import { eraseByCode, historyByCode } from './retrieval';
import {
  checkupSummarySchema,
  contactRequestBody,
  historyResponseSchema,
  instrumentFormSchema,
  langSchema,
  publicQuery,
  retrievalCodeSchema,
  submissionBody,
  submissionResponseSchema,
} from './schemas';
import { submitCheckup } from './submit';
import type { TenantDirectory } from './tenant-directory';

/** ?lang= first, then the browser's Accept-Language; Chinese unless English is asked for. */
export function languageOf(request: FastifyRequest, explicit?: Lang): Lang {
  if (explicit) return explicit;
  const header = request.headers['accept-language'] ?? '';
  return /^\s*en\b/i.test(header) ? 'en' : 'zh-CN';
}

const summary = (o: OfferedCheckup, lang: Lang) => ({
  id: o.checkup.id,
  name: o.checkup.name[lang],
  description: o.checkup.description[lang],
  instruments: o.checkup.instruments,
  audiences: o.checkup.audiences ?? [],
  itemCount: o.checkup.instruments.reduce((n, id) => n + (catalogue.get(id)?.items.length ?? 0), 0),
  minutes: o.checkup.instruments.reduce((n, id) => n + (catalogue.get(id)?.minutes ?? 0), 0),
  stepUps: o.checkup.stepUps.map((s) => ({
    instrument: s.target,
    reason: s.reason[lang],
    when: s.when,
    carryOver: s.carryOver,
  })),
});

const idempotencyHeader = idempotencyKeyHeader('stores nothing new');

/** The check-up as workers and the mini-program use it: no sign-in, no account. */
export async function checkupPublicRoutes(app: FastifyInstance, deps: AppDeps, directory: TenantDirectory) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['check-up'];
  const config = { action: 'public' as const };

  r.get(
    '/api/v1/instruments',
    {
      schema: {
        tags,
        summary: 'Instruments workers of this federation can take, in one language',
        querystring: z.strictObject(publicQuery),
        response: {
          200: z.object({
            lang: langSchema,
            instruments: z.array(
              z.object({
                id: z.string(),
                version: z.string(),
                name: z.string(),
                shortName: z.string(),
                minutes: z.number(),
                itemCount: z.number().int(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
      config,
    },
    async (req) => {
      const lang = languageOf(req, req.query.lang);
      const tenant = await directory.resolve(req.query.tenant);
      const instruments = [...catalogue.values()]
        .filter((d) => availability(d, lang, tenant.policy).ok)
        .map((d) => ({
          id: d.id,
          version: d.version,
          name: d.name[lang],
          shortName: d.shortName,
          minutes: d.minutes,
          itemCount: d.items.length,
        }));
      return { lang, instruments };
    },
  );

  r.get(
    '/api/v1/instruments/:id',
    {
      schema: {
        tags,
        summary: 'One instrument: items, options, timeframe, instructions, scoring and attribution',
        params: z.strictObject({ id: z.string().max(32) }),
        querystring: z.strictObject(publicQuery),
        response: { 200: instrumentFormSchema, ...errorResponses },
      },
      config,
    },
    async (req) => {
      const lang = languageOf(req, req.query.lang);
      const tenant = await directory.resolve(req.query.tenant);
      const def = catalogue.get(req.params.id);
      if (!def) throw new AppError('not_found', `No instrument "${req.params.id}"`);
      const a = availability(def, lang, tenant.policy);
      if (!a.ok)
        throw new AppError('instrument_unavailable', 'This instrument is not offered in this language here', {
          reason: a.reason,
        });
      return renderForm(def, lang, a.variant);
    },
  );

  r.get(
    '/api/v1/checkups',
    {
      schema: {
        tags,
        summary: 'Check-ups (batteries) workers of this federation can take, in one language',
        querystring: z.strictObject(publicQuery),
        response: {
          200: z.object({ lang: langSchema, checkups: z.array(checkupSummarySchema) }),
          ...errorResponses,
        },
      },
      config,
    },
    async (req) => {
      const lang = languageOf(req, req.query.lang);
      const tenant = await directory.resolve(req.query.tenant);
      return { lang, checkups: (await offeredCheckups(db, tenant, lang)).map((o) => summary(o, lang)) };
    },
  );

  r.get(
    '/api/v1/checkups/:id',
    {
      schema: {
        tags,
        summary:
          'One check-up with the forms of all its instruments and step-ups (one request on a weak signal)',
        params: z.strictObject({ id: z.string().max(64) }),
        querystring: z.strictObject(publicQuery),
        response: {
          200: z.object({ checkup: checkupSummarySchema, forms: z.array(instrumentFormSchema) }),
          ...errorResponses,
        },
      },
      config,
    },
    async (req) => {
      const lang = languageOf(req, req.query.lang);
      const tenant = await directory.resolve(req.query.tenant);
      const offered = await findOfferedCheckup(db, tenant, req.params.id, lang);
      const forms = [...offered.instruments.values()].map((o) => renderForm(o.def, lang, o.variant));
      return { checkup: summary(offered, lang), forms };
    },
  );

  r.post(
    '/api/v1/submissions',
    {
      schema: {
        tags,
        summary:
          'Submit a completed check-up; returns results, the crisis help and step-ups, and the retrieval code',
        headers: idempotencyHeader,
        body: submissionBody,
        response: { 200: submissionResponseSchema, 201: submissionResponseSchema, ...errorResponses },
      },
      // The hottest route: the response is built by typed code (SubmissionResponse).
      serializerCompiler: plainJsonSerializer,
      config,
    },
    async (req, reply) => {
      const { lang, ...rest } = req.body;
      const { created, response } = await submitCheckup(
        { db, database: deps.database, cipher: deps.cipher, directory, now: () => deps.clock.now() },
        { ...rest, lang: languageOf(req, lang) },
        req.headers['idempotency-key'],
      );
      return reply.status(created ? 201 : 200).send(response);
    },
  );

  r.post(
    '/api/v1/retrieval/history',
    {
      schema: {
        tags,
        summary: 'A worker’s own earlier results, by their retrieval code (sent in the body, never in a URL)',
        body: z.strictObject({ retrievalCode: retrievalCodeSchema, lang: langSchema.optional() }),
        response: { 200: historyResponseSchema, ...errorResponses },
      },
      config: { ...config, rateLimit: deps.config.rateLimit ? { max: 30, timeWindow: '1 minute' } : false },
    },
    async (req) => ({
      submissions: await historyByCode(db, req.body.retrievalCode, languageOf(req, req.body.lang)),
    }),
  );

  r.post(
    '/api/v1/retrieval/erase',
    {
      schema: {
        tags,
        summary: 'Erase everything kept under a retrieval code',
        body: z.strictObject({ retrievalCode: retrievalCodeSchema }),
        response: { 200: z.object({ deleted: z.number().int() }), ...errorResponses },
      },
      config: { ...config, rateLimit: deps.config.rateLimit ? { max: 30, timeWindow: '1 minute' } : false },
    },
    async (req) => eraseByCode(db, req.body.retrievalCode, deps.clock.now()),
  );

  r.post(
    '/api/v1/contact-requests',
    {
      schema: {
        tags,
        summary:
          'Ask a counsellor to get in touch (separate, explicit consent); creates an alert for the counsellors',
        body: contactRequestBody,
        response: {
          201: z.object({ id: z.uuid(), priority: z.enum(['crisis', 'high', 'normal']) }),
          ...errorResponses,
        },
      },
      config: { ...config, rateLimit: deps.config.rateLimit ? { max: 10, timeWindow: '1 minute' } : false },
    },
    async (req, reply) => {
      const { tenant: slug, consent: _consent, ...input } = req.body;
      const tenant = await directory.resolve(slug);
      const created = await requestContact(
        { db, cipher: deps.cipher, events: deps.events },
        tenant,
        input,
        deps.clock.now(),
      );
      return reply.status(201).send(created);
    },
  );

  r.get(
    '/api/v1/crisis-resources',
    {
      schema: {
        tags,
        summary: 'The crisis lines shown with every result (12356 first, hours stated honestly)',
        querystring: z.strictObject({ lang: langSchema.optional() }),
        response: {
          200: z.object({
            resources: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                phone: z.string(),
                hours: z.string(),
                kind: z.enum(['hotline', 'emergency']),
              }),
            ),
          }),
        },
      },
      config,
    },
    async (req) => {
      const lang = languageOf(req, req.query.lang);
      return {
        resources: crisisResources.map((c) => ({
          id: c.id,
          name: c.name[lang],
          phone: c.phone,
          hours: c.hours[lang],
          kind: c.kind,
        })),
      };
    },
  );

  r.get(
    '/api/v1/campaign-links/:code',
    {
      schema: {
        tags,
        summary: 'What a campaign link or QR code leads to (its name and check-up), while it is open',
        params: z.strictObject({ code: z.string().trim().min(4).max(40) }),
        response: {
          200: z.object({ code: z.string(), name: z.string(), checkup: z.string(), tenant: z.string() }),
          ...errorResponses,
        },
      },
      config,
    },
    async (req) => {
      const campaign = await findLiveCampaign(db, req.params.code, deps.clock.now());
      if (!campaign) throw new AppError('not_found', 'This campaign link is not (or no longer) valid');
      const tenant = await directory.byId(campaign.tenantId);
      return { code: campaign.code, name: campaign.name, checkup: campaign.checkupId, tenant: tenant.slug };
    },
  );
}
