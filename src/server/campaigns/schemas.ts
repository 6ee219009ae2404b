import { z } from 'zod';

/** A campaign link as the API presents it. */
export const campaignSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    code: z.string(),
    link: z.string(),
    name: z.string(),
    checkupId: z.string(),
    active: z.boolean(),
    startsAt: z.string().nullable(),
    endsAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Campaign' });

export const posterSchema = z.object({ link: z.string(), qrSvg: z.string() }).meta({ id: 'CampaignPoster' });
