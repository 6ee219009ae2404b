import type { Role, StaffRole } from './roles';

/**
 * The access policy: one declarative table of role × action → scope. Every route names one action; the
 * HTTP layer refuses a route that does not, and the access-matrix test runs every role against every route.
 *
 * Scopes:
 *  - platform: every tenant (the platform operator);
 *  - tenant:   the whole tenant (federation) of the role assignment;
 *  - subtree:  the assignment's organisation and everything below it.
 */
export type Scope = 'platform' | 'tenant' | 'subtree';

export const actions = {
  public: 'Open to anyone, no sign-in (health checks, sign-in itself, public listings)',
  'session.self': 'A signed-in staff member manages their own session, password and second factor',
  'organisation.read': 'See organisations in scope',
  'organisation.manage': 'Create, rename, move and deactivate organisations in scope',
  'user.read': 'See staff accounts and their roles in scope',
  'user.manage': 'Create and disable staff accounts, assign roles, reset passwords and second factors',
  'audit.read': 'Read and verify the audit trail',
  'tenant.read': 'See the federations hosted on the platform',
  'tenant.manage': 'Create federations on the platform',
  'instrument.read': 'See the screening instruments, their texts and review status',
  'instrument.review': 'Approve or reject the text of a screening instrument for workers',
  'instrument.licence': 'Record licence permissions for screening instruments',
  'checkup.manage': 'Define check-ups (batteries of instruments) for workers',
  'recommendation.read':
    'See the rules that recommend self-help, reading and counselling after a check-up, and try them',
  'recommendation.edit': 'Change the recommendation rules and the reasons workers read',
  'campaign.manage': 'Create check-up campaign links and QR codes for an organisation',
  'alert.handle': 'See and acknowledge requests for help, with the contact details given under consent',
  'alert.enter': 'Enter a request for help from a hotline call or a walk-in',
  'alert.refer': 'Refer a worker of the organisation who agreed to it to the federation’s counsellors',
  'case.work':
    'Open cases and work on them: notes, questionnaires, follow-up, referral, closure (the records of a case only as its assigned counsellor, or as the supervisor it is escalated to)',
  'case.supervise':
    'See every case of the federation without its records, reassign cases, and break the glass in an emergency',
  'care.settings': 'Set when untaken requests escalate and the federation’s duty phone',
  'referral.receive':
    'See and acknowledge referrals to one’s partner institution, with what the worker agreed to pass on',
  'servicepoint.read':
    'See service points in scope with their rooms and booking policy (for editing them, rosters and the calendar)',
  'servicepoint.manage': 'Edit service points in scope: details, hours, rooms and booking policy',
  'counsellor.manage': 'Edit counsellor profiles (qualification, specialties, languages, bio)',
  'roster.read': 'See duty rosters and exceptions (a counsellor: their own)',
  'roster.manage': 'Create and change duty rosters, exceptions and holidays at service points in scope',
  'appointment.read': 'See the appointment calendar (a counsellor: their own, with what the worker shared)',
  'appointment.manage': 'Mark attendance, add walk-ins and block time (a counsellor: their own)',
  'content.read': 'See the federation’s library in every state: drafts, versions, workflow history',
  'content.edit':
    'Draft and edit library items, upload their images, send them for review, archive and restore',
  'content.review': 'Approve (publish now or at a time) or return a library version someone else saved',
  'event.read':
    'See group events in scope with their registrations counted, attendance and feedback summaries (an enterprise officer: their enterprise’s)',
  'event.manage':
    'Create, edit, publish and cancel group events in scope; walk-ins, care packages, materials and reports',
  'event.checkin': 'Check people in at an event’s door: scan a worker’s code or tick the list',
  'event.register_members':
    'Register a list of the enterprise’s members for an event (names and phones sealed)',
  'order.place':
    'Order a service from the federation’s menu for one’s enterprise, confirm, rate and close it',
  'order.read': 'See service orders in scope with their timelines',
  'order.manage':
    'Keep the service menu; review, schedule and assign service orders, record their delivery and close them',
  'statistics.read':
    'See service figures in scope as aggregates only, small groups suppressed (an enterprise officer: their enterprise)',
  'statistics.workload': 'See the workload of each counsellor (sessions, hours, events hosted) in scope',
  'statistics.report':
    'Generate monthly reports on demand (they are also generated on the 1st of each month)',
  'coverage.read':
    'See the 15-minute service circle: coverage of enterprises and members, gaps and suggested sites',
} as const;

export type Action = keyof typeof actions;

type Grants = Partial<Record<StaffRole, Scope>>;

const everyStaffRole = (scope: Scope): Grants => ({
  counsellor: scope,
  supervisor: scope,
  station_manager: scope,
  enterprise_officer: scope,
  federation_admin: scope,
  auditor: scope,
  platform_operator: scope,
  partner_staff: scope,
});

/** Actions whose grants are not per role: `public` (anyone) and `session.self` (any signed-in staff). */
export const openActions = new Set<Action>(['public', 'session.self']);

export const policy: Record<Exclude<Action, 'public' | 'session.self'>, Grants> = {
  'organisation.read': { ...everyStaffRole('subtree'), auditor: 'tenant', platform_operator: 'platform' },
  'organisation.manage': { federation_admin: 'subtree', platform_operator: 'platform' },
  'user.read': { federation_admin: 'subtree', auditor: 'tenant', platform_operator: 'platform' },
  'user.manage': { federation_admin: 'subtree', platform_operator: 'platform' },
  'audit.read': { auditor: 'tenant', platform_operator: 'platform' },
  'tenant.read': { platform_operator: 'platform' },
  'tenant.manage': { platform_operator: 'platform' },
  // Tenant-wide resources (texts, licences, check-ups) are checked against the federation's root organisation,
  // so a district administrator cannot decide for the whole federation.
  'instrument.read': {
    counsellor: 'tenant',
    supervisor: 'tenant',
    federation_admin: 'subtree',
    platform_operator: 'platform',
  },
  'instrument.review': { supervisor: 'tenant' },
  'instrument.licence': { federation_admin: 'subtree', platform_operator: 'platform' },
  'checkup.manage': { federation_admin: 'subtree', platform_operator: 'platform' },
  // Supervisors edit them too: they sign off the safety copy workers read in the reasons.
  'recommendation.read': { counsellor: 'tenant', supervisor: 'tenant', federation_admin: 'subtree' },
  'recommendation.edit': { supervisor: 'tenant', federation_admin: 'subtree' },
  'campaign.manage': {
    federation_admin: 'subtree',
    enterprise_officer: 'subtree',
    platform_operator: 'platform',
  },
  'alert.handle': { counsellor: 'tenant', supervisor: 'tenant' },
  'alert.enter': { counsellor: 'tenant', supervisor: 'tenant', station_manager: 'subtree' },
  'alert.refer': { enterprise_officer: 'subtree' },
  // Records of a case are narrowed further by src/core/care/case-access.ts: nobody else reads them, whatever
  // their role — federation and platform administrators included.
  'case.work': { counsellor: 'tenant', supervisor: 'tenant' },
  'case.supervise': { supervisor: 'tenant' },
  'care.settings': { federation_admin: 'subtree', supervisor: 'tenant' },
  'referral.receive': { partner_staff: 'subtree' },
  'servicepoint.manage': {
    station_manager: 'subtree',
    federation_admin: 'subtree',
    platform_operator: 'platform',
  },
  // Whoever sees rosters or edits stations lists the stations: the union of roster.read and servicepoint.manage
  // (a route names one action; the policy test keeps this in step with the two).
  'servicepoint.read': {
    counsellor: 'tenant',
    supervisor: 'tenant',
    station_manager: 'subtree',
    federation_admin: 'subtree',
    platform_operator: 'platform',
  },
  'counsellor.manage': { station_manager: 'tenant', federation_admin: 'subtree' },
  // A counsellor's reach is narrowed to their own rosters and appointments by the use-cases.
  'roster.read': {
    counsellor: 'tenant',
    supervisor: 'tenant',
    station_manager: 'subtree',
    federation_admin: 'subtree',
  },
  'roster.manage': { station_manager: 'subtree', federation_admin: 'subtree' },
  'appointment.read': { counsellor: 'tenant', station_manager: 'subtree' },
  'appointment.manage': { counsellor: 'tenant', station_manager: 'subtree' },
  // The library is the federation's: checked against its root organisation, like instrument governance.
  'content.read': { counsellor: 'tenant', supervisor: 'tenant', federation_admin: 'subtree' },
  'content.edit': { counsellor: 'tenant', federation_admin: 'subtree' },
  'content.review': { supervisor: 'tenant', federation_admin: 'subtree' },
  // A counsellor sees the federation's events (they host them); an enterprise officer those of their subtree
  // and those their enterprise is invited to, narrowed by the use-cases.
  'event.read': {
    counsellor: 'tenant',
    supervisor: 'tenant',
    station_manager: 'subtree',
    federation_admin: 'subtree',
    enterprise_officer: 'subtree',
  },
  'event.manage': { station_manager: 'subtree', federation_admin: 'subtree' },
  'event.checkin': { counsellor: 'tenant', station_manager: 'subtree', federation_admin: 'subtree' },
  'event.register_members': { enterprise_officer: 'subtree', federation_admin: 'subtree' },
  'order.place': { enterprise_officer: 'subtree' },
  'order.read': { enterprise_officer: 'subtree', federation_admin: 'subtree', supervisor: 'tenant' },
  'order.manage': { federation_admin: 'subtree' },
  // A province's or the nation's federation_admin holds subtree at their own root: the roll-up of the
  // cities below (tenants.parent_tenant_id) is decided by the statistics use-case, not by a wider scope here.
  'statistics.read': {
    federation_admin: 'subtree',
    supervisor: 'tenant',
    station_manager: 'subtree',
    enterprise_officer: 'subtree',
    auditor: 'tenant',
    platform_operator: 'platform',
  },
  'statistics.workload': { federation_admin: 'subtree', supervisor: 'tenant' },
  'statistics.report': { federation_admin: 'subtree' },
  'coverage.read': { federation_admin: 'subtree', supervisor: 'tenant', station_manager: 'subtree' },
};

/** A role held over one organisation subtree. `orgPath` is the materialised path of the organisation. */
export interface Assignment {
  role: StaffRole;
  tenantId: string;
  organisationId: string;
  orgPath: string;
}

export type Stage = 'password_change' | 'totp_enrolment' | 'full';

export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'staff'; userId: string; tenantId: string; stage: Stage; assignments: Assignment[] };

/** Where an object lives, for scope checks. */
export interface Target {
  tenantId: string;
  orgPath: string;
}

export interface Grant {
  scope: Scope;
  assignment: Assignment;
}

/** The grants a principal holds for an action (empty = denied). */
export function grantsFor(principal: Principal, action: Action): Grant[] {
  if (principal.kind !== 'staff' || principal.stage !== 'full') return [];
  if (openActions.has(action)) return [];
  const table = policy[action as keyof typeof policy];
  const grants: Grant[] = [];
  for (const a of principal.assignments) {
    const scope = table[a.role];
    if (scope) grants.push({ scope, assignment: a });
  }
  return grants;
}

/** May this principal perform the action at all (somewhere)? The route-level check. */
export function mayPerform(principal: Principal, action: Action): boolean {
  if (action === 'public') return true;
  if (action === 'session.self') return principal.kind === 'staff';
  return grantsFor(principal, action).length > 0;
}

export function grantReaches(grant: Grant, target: Target): boolean {
  switch (grant.scope) {
    case 'platform':
      return true;
    case 'tenant':
      return grant.assignment.tenantId === target.tenantId;
    case 'subtree':
      return (
        grant.assignment.tenantId === target.tenantId && target.orgPath.startsWith(grant.assignment.orgPath)
      );
  }
}

/** May this principal perform the action on this object? The object-level check used by use-cases. */
export function mayPerformOn(principal: Principal, action: Action, target: Target): boolean {
  if (action === 'public') return true;
  return grantsFor(principal, action).some((g) => grantReaches(g, target));
}

/**
 * The narrowest description of where an action reaches, for building queries: all tenants, some tenants
 * whole, and some subtrees. Repositories turn this into a WHERE clause.
 */
export interface Reach {
  platform: boolean;
  tenants: string[];
  subtrees: { tenantId: string; orgPath: string }[];
}

export function reachOf(principal: Principal, action: Action): Reach {
  const reach: Reach = { platform: false, tenants: [], subtrees: [] };
  for (const g of grantsFor(principal, action)) {
    if (g.scope === 'platform') reach.platform = true;
    else if (g.scope === 'tenant') reach.tenants.push(g.assignment.tenantId);
    else reach.subtrees.push({ tenantId: g.assignment.tenantId, orgPath: g.assignment.orgPath });
  }
  // A subtree inside a tenant already reached whole adds nothing.
  reach.subtrees = reach.subtrees.filter((s) => !reach.tenants.includes(s.tenantId));
  return reach;
}

/** Which roles a principal may grant at a target: only roles they could themselves manage there. */
export function mayAssignRole(principal: Principal, role: Role, target: Target): boolean {
  if (role === 'worker') return false;
  if (role === 'platform_operator') {
    return grantsFor(principal, 'user.manage').some((g) => g.scope === 'platform');
  }
  return mayPerformOn(principal, 'user.manage', target);
}
