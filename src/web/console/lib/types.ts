/** The shapes the console reads from the API (see GET /api/openapi.json). */
import type { Stage } from '../../../core/access/policy';

export interface RoleAssignment {
  id: string;
  role: string;
  organisationId: string;
  organisationName: string;
}

export interface Session {
  user: {
    id: string;
    login: string;
    displayName: string;
    tenantId: string;
    organisationId: string;
    totpEnrolled: boolean;
    mustChangePassword: boolean;
    recoveryCodesLeft: number;
  };
  tenant: {
    id: string;
    slug: string;
    name: string;
    nameEn: string;
    kind: string;
    timeZone: string;
    isDemo: boolean;
  };
  roles: RoleAssignment[];
  stage: Stage;
  csrfToken: string;
}

export interface Organisation {
  id: string;
  tenantId: string;
  parentId: string | null;
  depth: number;
  kind: string;
  name: string;
  nameEn: string | null;
  industry: string | null;
  memberCount: number | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  active: boolean;
}

export interface User {
  id: string;
  login: string;
  displayName: string;
  email: string | null;
  tenantId: string;
  organisationId: string;
  organisationName: string;
  disabled: boolean;
  locked: boolean;
  totpEnrolled: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  roles: RoleAssignment[];
}

export interface UserWithPassword {
  user: User;
  temporaryPassword: string;
}

export type AuditOutcome = 'success' | 'denied' | 'failure';

export interface AuditEvent {
  tenantId: string;
  seq: number;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  objectType: string | null;
  objectId: string | null;
  organisationId: string | null;
  outcome: AuditOutcome;
  requestId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
  hash: string;
}

export interface ChainReport {
  tenantId: string;
  ok: boolean;
  events: number;
  problems: { seq: number; problem: string }[];
}

export interface Tenant {
  id: string;
  parentTenantId: string | null;
  kind: 'platform' | 'national' | 'province' | 'city';
  slug: string;
  name: string;
  nameEn: string;
  timeZone: string;
  isDemo: boolean;
}
