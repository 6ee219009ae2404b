/**
 * The shapes the web apps read from the API, inferred from the very zod schemas the server validates and
 * documents its responses with. Type-only imports: nothing of the server reaches the browser bundle.
 */
import type { z } from 'zod';
import type { auditEventSchema, chainReportSchema } from '../../server/audit/schemas';
import type {
  sessionViewSchema,
  userViewSchema,
  userWithPasswordSchema,
} from '../../server/identity/schemas';
import type { organisationSchema } from '../../server/organisations/schemas';
import type { tenantSchema } from '../../server/tenancy/schemas';

export type Session = z.infer<typeof sessionViewSchema>;
export type RoleAssignment = Session['roles'][number];
export type User = z.infer<typeof userViewSchema>;
export type UserWithPassword = z.infer<typeof userWithPasswordSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditOutcome = AuditEvent['outcome'];
export type ChainReport = z.infer<typeof chainReportSchema>;
export type Tenant = z.infer<typeof tenantSchema>;
