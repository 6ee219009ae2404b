import { z } from 'zod';

/** A tenant (federation) as the API presents it. */
export const tenantSchema = z
  .object({
    id: z.uuid(),
    parentTenantId: z.uuid().nullable(),
    kind: z.enum(['platform', 'national', 'province', 'city']),
    slug: z.string(),
    name: z.string(),
    nameEn: z.string(),
    timeZone: z.string(),
    isDemo: z.boolean(),
  })
  .meta({ id: 'Tenant' });
