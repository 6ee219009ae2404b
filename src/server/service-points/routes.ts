import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { errorResponses } from '../http/schemas';
import { listPublicServicePoints } from './repository';

const servicePointSchema = z
  .object({
    id: z.uuid(),
    tenantId: z.uuid(),
    kind: z.enum(['city_station', 'district_station', 'enterprise_station', 'roadside_station', 'remote']),
    name: z.string(),
    nameEn: z.string(),
    address: z.string(),
    addressEn: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    phone: z.string().nullable(),
    description: z.string().nullable(),
    descriptionEn: z.string().nullable(),
  })
  .meta({ id: 'ServicePoint' });

export async function servicePointRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/service-points',
    {
      schema: {
        tags: ['service-points'],
        summary: 'Open service points (心灵驿站), public: no sign-in',
        querystring: z.strictObject({
          tenant: z.string().trim().max(40).optional().meta({ description: 'Federation short name' }),
        }),
        response: { 200: z.object({ servicePoints: z.array(servicePointSchema) }), ...errorResponses },
      },
      config: { action: 'public' },
    },
    async (req) => {
      const rows = await listPublicServicePoints(deps.database.db, req.query.tenant);
      return {
        servicePoints: rows.map((p) => ({
          id: p.id,
          tenantId: p.tenantId,
          kind: p.kind as z.infer<typeof servicePointSchema>['kind'],
          name: p.name,
          nameEn: p.nameEn,
          address: p.address,
          addressEn: p.addressEn,
          latitude: p.latitude,
          longitude: p.longitude,
          phone: p.phone,
          description: p.description,
          descriptionEn: p.descriptionEn,
        })),
      };
    },
  );
}
