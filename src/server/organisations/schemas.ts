import { z } from 'zod';
import { organisationKinds } from '../../core/organisations/tree';

/** An organisation as the API presents it. */
export const organisationSchema = z
  .object({
    id: z.uuid(),
    tenantId: z.uuid(),
    parentId: z.uuid().nullable(),
    depth: z.number().int().meta({ description: '0 for the federation at the root' }),
    kind: z.enum(organisationKinds),
    name: z.string(),
    nameEn: z.string().nullable(),
    industry: z.string().nullable(),
    memberCount: z.number().int().nullable(),
    address: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'Organisation' });
