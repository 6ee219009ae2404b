import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { contextOf } from '../http/request-context';
import { errorResponses } from '../http/schemas';
import { campaignSchema, posterSchema } from './schemas';
import { campaignLink, campaignPoster, changeCampaign, createCampaign, listCampaigns } from './use-cases';

type Row = Awaited<ReturnType<typeof listCampaigns>>[number];

export async function campaignRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const ctx = (req: FastifyRequest) => contextOf(req, deps.clock);
  // Links point at the public address when one is configured, else at the address the console was opened on.
  const base = (req: FastifyRequest) => deps.config.publicUrl ?? `${req.protocol}://${req.host}`;
  const present = (
    req: FastifyRequest,
    c: Row | (Omit<Row, 'organisationName'> & { organisationName?: string }),
  ) => ({
    id: c.id,
    organisationId: c.organisationId,
    organisationName: c.organisationName ?? '',
    code: c.code,
    link: campaignLink(base(req), c.code),
    name: c.name,
    checkupId: c.checkupId,
    active: c.active,
    startsAt: c.startsAt?.toISOString() ?? null,
    endsAt: c.endsAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
  });
  const tags = ['campaigns'];

  r.get(
    '/api/v1/campaigns',
    {
      schema: {
        tags,
        summary: 'Check-up campaigns of the organisations in scope',
        response: { 200: z.object({ campaigns: z.array(campaignSchema) }), ...errorResponses },
      },
      config: { action: 'campaign.manage' },
    },
    async (req) => ({ campaigns: (await listCampaigns(db, ctx(req))).map((c) => present(req, c)) }),
  );

  r.post(
    '/api/v1/campaigns',
    {
      schema: {
        tags,
        summary:
          'Create a campaign link and QR code for an organisation (submissions count for it in statistics only)',
        body: z.strictObject({
          organisationId: z.uuid(),
          name: z.string().trim().min(1).max(120),
          checkupId: z.string().trim().min(1).max(64).default('default'),
          startsAt: z.iso.datetime({ offset: true }).optional(),
          endsAt: z.iso.datetime({ offset: true }).optional(),
        }),
        response: { 201: campaignSchema, ...errorResponses },
      },
      config: { action: 'campaign.manage' },
    },
    async (req, reply) => {
      const { startsAt, endsAt, ...rest } = req.body;
      const created = await createCampaign(db, ctx(req), {
        ...rest,
        startsAt: startsAt ? new Date(startsAt) : undefined,
        endsAt: endsAt ? new Date(endsAt) : undefined,
      });
      return reply.status(201).send(present(req, created));
    },
  );

  r.patch(
    '/api/v1/campaigns/:id',
    {
      schema: {
        tags,
        summary: 'Rename, pause or end a campaign',
        params: z.strictObject({ id: z.uuid() }),
        body: z
          .strictObject({
            name: z.string().trim().min(1).max(120).optional(),
            active: z.boolean().optional(),
            endsAt: z.iso.datetime({ offset: true }).nullable().optional(),
          })
          .refine((v) => Object.keys(v).length > 0, 'Send at least one field to change'),
        response: { 200: campaignSchema, ...errorResponses },
      },
      config: { action: 'campaign.manage' },
    },
    async (req) => {
      const { endsAt, ...rest } = req.body;
      const updated = await changeCampaign(db, ctx(req), req.params.id, {
        ...rest,
        ...(endsAt !== undefined ? { endsAt: endsAt ? new Date(endsAt) : null } : {}),
      });
      return present(req, updated);
    },
  );

  r.get(
    '/api/v1/campaigns/:id/poster',
    {
      schema: {
        tags,
        summary: 'The campaign link and its QR code (SVG)',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: posterSchema, ...errorResponses },
      },
      config: { action: 'campaign.manage' },
    },
    async (req) => campaignPoster(db, ctx(req), req.params.id, base(req)),
  );
}
