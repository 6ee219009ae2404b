import { z } from 'zod';

/** A request for help as counsellors see it. */
export const alertSchema = z
  .object({
    id: z.uuid(),
    source: z.string(),
    priority: z.enum(['crisis', 'high', 'normal']),
    status: z.enum(['new', 'acknowledged', 'closed']),
    createdAt: z.string(),
    contact: z.object({ phone: z.string(), preferredTime: z.string(), message: z.string().nullable() }),
    consentVersion: z.string(),
    sharedSubmissionId: z.uuid().nullable(),
    acknowledgedAt: z.string().nullable(),
    acknowledgedBy: z.string().nullable().meta({ description: 'Name of the counsellor who took it' }),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'Alert' });

export const alertSummarySchema = z
  .object({ new: z.number().int(), crisis: z.number().int(), acknowledged: z.number().int() })
  .meta({ id: 'AlertSummary', description: 'Counts only: no contact details, so reading it is not audited' });
