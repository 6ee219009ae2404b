import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Lang } from '../../core/instruments/types';
import { DEFAULT_TIME_ZONE, localDateOf } from '../../core/time';
import { credentialOfHeaders } from '../booking/public-routes';
import { credentialHeaders } from '../booking/schemas';
import { languageOf } from '../checkup/public-routes';
import { publicQuery } from '../checkup/schemas';
import type { TenantDirectory } from '../checkup/tenant-directory';
import type { AppDeps } from '../deps';
import { errorResponses } from '../http/schemas';
import type { SmsSender } from '../sms/sender';
import {
  accessLogSchema,
  deletionBody,
  deletionResponse,
  holdingsSchema,
  withdrawalBody,
  withdrawalResponse,
} from './schemas';
import type { MyDataDeps } from './subject';
import {
  type Asking,
  deleteMine,
  exportMyData,
  readAccessLog,
  readMyData,
  withdrawMyConsent,
} from './use-cases';

/**
 * The worker's rights over their own data (PIPL): see it, see who read it, download it, withdraw consent,
 * have it deleted. No sign-in: who they are travels in headers, exactly as for their appointments.
 */
export async function myDataRoutes(
  app: FastifyInstance,
  deps: AppDeps,
  directory: TenantDirectory,
  sms: SmsSender,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const md: MyDataDeps = { db: deps.database.db, cipher: deps.cipher, sms, directory };
  const tags = ['my data'];
  const config = {
    action: 'public' as const,
    rateLimit: deps.config.rateLimit ? { max: 30, timeWindow: '1 minute' } : false,
  };
  const query = z.strictObject(publicQuery);
  const asking = (req: FastifyRequest, q: { tenant?: string; lang?: Lang }): Asking => ({
    tenant: q.tenant,
    credential: credentialOfHeaders(req),
    lang: languageOf(req, q.lang),
    now: deps.clock.now(),
  });

  r.get(
    '/api/v1/my-data',
    {
      schema: {
        tags,
        summary: 'Everything Carnation holds about me, and how long it is kept (audited)',
        headers: credentialHeaders,
        querystring: query,
        response: { 200: holdingsSchema, ...errorResponses },
      },
      config,
    },
    async (req) => readMyData(md, asking(req, req.query)),
  );

  r.get(
    '/api/v1/my-data/access-log',
    {
      schema: {
        tags,
        summary: 'Who read or changed my records and when, newest first',
        headers: credentialHeaders,
        querystring: query,
        response: { 200: accessLogSchema, ...errorResponses },
      },
      config,
    },
    async (req) => readAccessLog(md, asking(req, req.query)),
  );

  r.get(
    '/api/v1/my-data/export',
    {
      schema: {
        tags,
        summary: 'Download my data: complete JSON, or a readable page (HTML) to print',
        headers: credentialHeaders,
        querystring: z.strictObject({ ...publicQuery, format: z.enum(['json', 'html']).default('json') }),
        response: { 200: z.string().meta({ description: 'The file, as an attachment' }), ...errorResponses },
      },
      // The body is the file itself, written by the use-case.
      serializerCompiler: () => (data) => (typeof data === 'string' ? data : JSON.stringify(data)),
      config,
    },
    async (req, reply) => {
      const { format, ...q } = req.query;
      const body = await exportMyData(md, asking(req, q), format);
      // The day on the worker's clock (the federation's zone), not UTC's, late at night.
      const day = localDateOf(deps.clock.now(), DEFAULT_TIME_ZONE);
      return reply
        .type(format === 'json' ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8')
        .header('content-disposition', `attachment; filename="carnation-my-data-${day}.${format}"`)
        .header('cache-control', 'no-store')
        .send(body);
    },
  );

  r.post(
    '/api/v1/my-data/consent-withdrawal',
    {
      schema: {
        tags,
        summary: 'Withdraw a consent (contact, results sharing, referrals) at once; answers what changed',
        headers: credentialHeaders,
        querystring: z.strictObject({ tenant: publicQuery.tenant }),
        body: withdrawalBody,
        response: { 200: withdrawalResponse, ...errorResponses },
      },
      config,
    },
    async (req) =>
      withdrawMyConsent(md, asking(req, { tenant: req.query.tenant, lang: req.body.lang }), req.body.consent),
  );

  r.post(
    '/api/v1/my-data/deletion',
    {
      schema: {
        tags,
        summary:
          'Delete my data now; the answer states what was deleted and which case records are kept, until when and why',
        headers: credentialHeaders,
        querystring: z.strictObject({ tenant: publicQuery.tenant }),
        body: deletionBody,
        response: { 200: deletionResponse, ...errorResponses },
      },
      config,
    },
    async (req) => deleteMine(md, asking(req, { tenant: req.query.tenant, lang: req.body.lang })),
  );
}
