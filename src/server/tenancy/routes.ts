import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { contextOf } from '../http/request-context';
import { errorResponses } from '../http/schemas';
import type { TenantRow } from './repository';
import { tenantSchema } from './schemas';
import { createTenant, listAllTenants } from './use-cases';

const present = (t: TenantRow): z.infer<typeof tenantSchema> => ({
  id: t.id,
  parentTenantId: t.parentTenantId,
  kind: t.kind as z.infer<typeof tenantSchema>['kind'],
  slug: t.slug,
  name: t.name,
  nameEn: t.nameEn,
  timeZone: t.timeZone,
  isDemo: t.isDemo,
});

const validTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export async function tenantRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['tenants'];

  r.get(
    '/api/v1/tenants',
    {
      schema: {
        tags,
        summary: 'Federations hosted on this platform',
        response: { 200: z.object({ tenants: z.array(tenantSchema) }), ...errorResponses },
      },
      config: { action: 'tenant.read' },
    },
    async () => ({ tenants: (await listAllTenants(db)).map(present) }),
  );

  r.post(
    '/api/v1/tenants',
    {
      schema: {
        tags,
        summary: 'Host a new federation (tenant with its root organisation)',
        body: z.strictObject({
          kind: z.enum(['national', 'province', 'city']),
          slug: z
            .string()
            .trim()
            .min(2)
            .max(40)
            .regex(/^[a-z0-9][a-z0-9-]*$/, 'Lower-case letters, digits and hyphens'),
          name: z.string().trim().min(1).max(120),
          nameEn: z.string().trim().min(1).max(160),
          timeZone: z.string().refine(validTimeZone, 'Unknown time zone').default('Asia/Shanghai'),
          parentTenantId: z.uuid().nullable().optional(),
        }),
        response: {
          201: z.object({ tenant: tenantSchema, rootOrganisationId: z.uuid() }),
          ...errorResponses,
        },
      },
      config: { action: 'tenant.manage' },
    },
    async (req, reply) => {
      const created = await createTenant(db, contextOf(req, deps.clock), req.body);
      return reply
        .status(201)
        .send({ tenant: present(created.tenant), rootOrganisationId: created.rootOrganisationId });
    },
  );
}
