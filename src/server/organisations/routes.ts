import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { depthOf, organisationKinds } from '../../core/organisations/tree';
import type { AppDeps } from '../deps';
import { contextOf } from '../http/request-context';
import { errorResponses, idParams, queryBoolean } from '../http/schemas';
import type { OrganisationRow } from './repository';
import { organisationSchema } from './schemas';
import {
  changeOrganisation,
  createOrganisation,
  listVisibleOrganisations,
  readableOrganisation,
} from './use-cases';

const present = (o: OrganisationRow): z.infer<typeof organisationSchema> => ({
  id: o.id,
  tenantId: o.tenantId,
  parentId: o.parentId,
  depth: depthOf(o.path),
  kind: o.kind as z.infer<typeof organisationSchema>['kind'],
  name: o.name,
  nameEn: o.nameEn,
  industry: o.industry,
  memberCount: o.memberCount,
  address: o.address,
  latitude: o.latitude,
  longitude: o.longitude,
  active: o.active,
});

const fields = {
  kind: z.enum(organisationKinds),
  name: z.string().trim().min(1).max(120),
  nameEn: z.string().trim().max(160).nullable().optional(),
  industry: z.string().trim().max(60).nullable().optional(),
  memberCount: z.number().int().min(0).max(10_000_000).nullable().optional(),
  address: z.string().trim().max(300).nullable().optional(),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
};

export async function organisationRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.clock);
  const tags = ['organisations'];

  r.get(
    '/api/v1/organisations',
    {
      schema: {
        tags,
        summary:
          'Organisations in the caller’s scope, parents before children (build the tree from parentId)',
        querystring: z.strictObject({ tenantId: z.uuid().optional(), includeInactive: queryBoolean }),
        response: { 200: z.object({ organisations: z.array(organisationSchema) }), ...errorResponses },
      },
      config: { action: 'organisation.read' },
    },
    async (req) => {
      const rows = await listVisibleOrganisations(db, ctx(req), {
        tenantId: req.query.tenantId,
        includeInactive: req.query.includeInactive ?? false,
      });
      return { organisations: rows.map(present) };
    },
  );

  r.get(
    '/api/v1/organisations/:id',
    {
      schema: {
        tags,
        summary: 'One organisation',
        params: idParams,
        response: { 200: organisationSchema, ...errorResponses },
      },
      config: { action: 'organisation.read' },
    },
    async (req) => present(await readableOrganisation(db, ctx(req), req.params.id)),
  );

  r.post(
    '/api/v1/organisations',
    {
      schema: {
        tags,
        summary: 'Create an organisation under a parent in scope',
        body: z.strictObject({ parentId: z.uuid(), ...fields }),
        response: { 201: organisationSchema, ...errorResponses },
      },
      config: { action: 'organisation.manage' },
    },
    async (req, reply) => reply.status(201).send(present(await createOrganisation(db, ctx(req), req.body))),
  );

  r.patch(
    '/api/v1/organisations/:id',
    {
      schema: {
        tags,
        summary: 'Rename, edit, move (parentId) or deactivate (active: false) an organisation',
        params: idParams,
        body: z
          .strictObject({
            parentId: z.uuid().optional(),
            kind: fields.kind.optional(),
            name: fields.name.optional(),
            nameEn: fields.nameEn,
            industry: fields.industry,
            memberCount: fields.memberCount,
            address: fields.address,
            latitude: fields.latitude,
            longitude: fields.longitude,
            active: z.boolean().optional(),
          })
          .refine((v) => Object.keys(v).length > 0, 'Send at least one field to change'),
        response: { 200: organisationSchema, ...errorResponses },
      },
      config: { action: 'organisation.manage' },
    },
    async (req) => present(await changeOrganisation(db, ctx(req), req.params.id, req.body)),
  );
}
