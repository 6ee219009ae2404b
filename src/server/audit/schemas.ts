import { z } from 'zod';

/** Audit events and chain reports as the API presents them. */
export const auditEventSchema = z
  .object({
    tenantId: z.uuid(),
    seq: z.number().int(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    objectType: z.string().nullable(),
    objectId: z.string().nullable(),
    organisationId: z.string().nullable(),
    outcome: z.enum(['success', 'denied', 'failure']),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    hash: z.string(),
  })
  .meta({ id: 'AuditEvent' });

export const chainReportSchema = z.object({
  tenantId: z.uuid(),
  ok: z.boolean(),
  events: z.number().int(),
  problems: z.array(
    z.object({
      seq: z.number().int(),
      problem: z.enum(['changed', 'missing', 'broken_link', 'tail_removed', 'head_mismatch']),
    }),
  ),
});
