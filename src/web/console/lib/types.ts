/** The shapes the console reads from the API: inferred from the server's own response schemas. */
export type {
  AuditEvent,
  AuditOutcome,
  ChainReport,
  Organisation,
  RoleAssignment,
  Session,
  Tenant,
  User,
  UserWithPassword,
} from '../../shared/api-types';
