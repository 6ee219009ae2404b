import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audienceIds } from '../../core/content/audiences';
import type { AppDeps } from '../deps';
import { contextOf } from '../http/request-context';
import { errorResponses, okSchema } from '../http/schemas';
import {
  changeDefinition,
  createDefinition,
  decideText,
  listDefinitions,
  listLicences,
  listTexts,
  readText,
  recordLicence,
  setCommercialUse,
  withdrawLicence,
} from './governance';
import { definitionSchema, licenceSchema, textSchema } from './governance-schemas';
import { instrumentFormSchema, langSchema } from './schemas';
import type { TenantDirectory } from './tenant-directory';

const localised = z.object({
  'zh-CN': z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200),
});
const variantSchema = z.enum(['A', 'B']);

const instrumentIds = z.array(z.string().max(32)).min(1).max(8);
/** Who a check-up is meant for; workers of these groups see it first, nobody is kept from it. */
const audienceList = z.array(z.enum(audienceIds)).max(audienceIds.length);

/** Governance of the instruments in the console: texts, licences, check-up definitions. */
export async function checkupStaffRoutes(app: FastifyInstance, deps: AppDeps, directory: TenantDirectory) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const g = { db: deps.database.db, directory };
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.clock);
  const tags = ['instrument governance'];

  r.get(
    '/api/v1/instrument-texts',
    {
      schema: {
        tags,
        summary: 'Every instrument text of this federation with its verification and review',
        response: { 200: z.object({ texts: z.array(textSchema) }), ...errorResponses },
      },
      config: { action: 'instrument.read' },
    },
    async (req) => ({ texts: await listTexts(g, ctx(req)) }),
  );

  r.get(
    '/api/v1/instrument-texts/:instrumentId',
    {
      schema: {
        tags,
        summary: 'Read a text in one language and wording before deciding on it',
        params: z.strictObject({ instrumentId: z.string().max(32) }),
        querystring: z.strictObject({ lang: langSchema, variant: variantSchema.optional() }),
        response: { 200: instrumentFormSchema, ...errorResponses },
      },
      config: { action: 'instrument.read' },
    },
    async (req) => readText(g, ctx(req), req.params.instrumentId, req.query.lang, req.query.variant ?? null),
  );

  r.post(
    '/api/v1/instrument-texts/reviews',
    {
      schema: {
        tags,
        summary: 'Approve (choosing the Chinese wording) or reject a text; audited, effective at once',
        body: z.strictObject({
          instrumentId: z.string().max(32),
          version: z.string().max(20),
          lang: langSchema,
          status: z.enum(['approved', 'rejected']),
          variant: variantSchema.nullable().optional(),
          reason: z.string().trim().min(2).max(1000),
        }),
        response: { 200: okSchema, ...errorResponses },
      },
      config: { action: 'instrument.review' },
    },
    async (req) => {
      await decideText(g, ctx(req), req.body);
      return { ok: true as const };
    },
  );

  r.get(
    '/api/v1/instrument-licences',
    {
      schema: {
        tags,
        summary: 'Licence terms of each instrument and the permissions recorded',
        response: { 200: licenceSchema, ...errorResponses },
      },
      config: { action: 'instrument.read' },
    },
    async (req) => listLicences(g, ctx(req)),
  );

  r.patch(
    '/api/v1/instrument-licences',
    {
      schema: {
        tags,
        summary: 'Say whether this federation’s use is commercial (changes what WHO-5 needs)',
        body: z.strictObject({ commercialUse: z.boolean() }),
        response: { 200: licenceSchema, ...errorResponses },
      },
      config: { action: 'instrument.licence' },
    },
    async (req) => {
      await setCommercialUse(g, ctx(req), req.body.commercialUse);
      return listLicences(g, ctx(req));
    },
  );

  r.put(
    '/api/v1/instrument-licences/:instrumentId',
    {
      schema: {
        tags,
        summary: 'Record the permission a licence asks for (a reference to the letter or agreement)',
        params: z.strictObject({ instrumentId: z.string().max(32) }),
        body: z.strictObject({
          reference: z.string().trim().min(2).max(300),
          note: z.string().trim().max(1000).nullable().optional(),
        }),
        response: { 200: licenceSchema, ...errorResponses },
      },
      config: { action: 'instrument.licence' },
    },
    async (req) => {
      await recordLicence(g, ctx(req), req.params.instrumentId, req.body);
      return listLicences(g, ctx(req));
    },
  );

  r.delete(
    '/api/v1/instrument-licences/:instrumentId',
    {
      schema: {
        tags,
        summary: 'Withdraw a recorded permission',
        params: z.strictObject({ instrumentId: z.string().max(32) }),
        response: { 200: licenceSchema, ...errorResponses },
      },
      config: { action: 'instrument.licence' },
    },
    async (req) => {
      await withdrawLicence(g, ctx(req), req.params.instrumentId);
      return listLicences(g, ctx(req));
    },
  );

  r.get(
    '/api/v1/checkup-definitions',
    {
      schema: {
        tags,
        summary: 'Check-ups this federation defined',
        response: { 200: z.object({ definitions: z.array(definitionSchema) }), ...errorResponses },
      },
      config: { action: 'instrument.read' },
    },
    async (req) => ({ definitions: await listDefinitions(g, ctx(req)) }),
  );

  r.post(
    '/api/v1/checkup-definitions',
    {
      schema: {
        tags,
        summary: 'Define a check-up from instruments the federation may show (e.g. a short one for drivers)',
        body: z.strictObject({
          name: localised,
          description: localised,
          instruments: instrumentIds,
          audiences: audienceList.optional(),
        }),
        response: { 201: definitionSchema, ...errorResponses },
      },
      config: { action: 'checkup.manage' },
    },
    async (req, reply) => reply.status(201).send(await createDefinition(g, ctx(req), req.body)),
  );

  r.patch(
    '/api/v1/checkup-definitions/:id',
    {
      schema: {
        tags,
        summary: 'Change or retire a check-up',
        params: z.strictObject({ id: z.uuid() }),
        body: z
          .strictObject({
            name: localised.optional(),
            description: localised.optional(),
            instruments: instrumentIds.optional(),
            audiences: audienceList.optional(),
            active: z.boolean().optional(),
          })
          .refine((v) => Object.keys(v).length > 0, 'Send at least one field to change'),
        response: { 200: definitionSchema, ...errorResponses },
      },
      config: { action: 'checkup.manage' },
    },
    async (req) => changeDefinition(g, ctx(req), req.params.id, req.body),
  );
}
