/** Every role in Carnation. Staff roles are assigned per organisation subtree; `worker` is anyone without an account. */
export const roles = [
  'worker',
  'counsellor',
  'supervisor',
  'station_manager',
  'enterprise_officer',
  'federation_admin',
  'auditor',
  'platform_operator',
  'partner_staff',
] as const;

export type Role = (typeof roles)[number];
export type StaffRole = Exclude<Role, 'worker'>;

export const staffRoles = roles.filter((r): r is StaffRole => r !== 'worker');

export const isStaffRole = (r: string): r is StaffRole => (staffRoles as readonly string[]).includes(r);

/**
 * Roles that can see identifiable or confidential data must sign in with a second factor. Today every staff
 * role qualifies: an enterprise officer registers named members for events, an auditor sees who did what, a
 * partner institution's staff read referrals.
 * Kept as a table so that a future aggregate-only role can be added without TOTP.
 */
export const secondFactorRequired: Record<StaffRole, boolean> = {
  counsellor: true,
  supervisor: true,
  station_manager: true,
  enterprise_officer: true,
  federation_admin: true,
  auditor: true,
  platform_operator: true,
  partner_staff: true,
};

export const roleLabels: Record<Role, { zh: string; en: string }> = {
  worker: { zh: '职工', en: 'Worker' },
  counsellor: { zh: '心理咨询师', en: 'Counsellor' },
  supervisor: { zh: '督导', en: 'Clinical supervisor' },
  station_manager: { zh: '驿站管理员', en: 'Station manager' },
  enterprise_officer: { zh: '企业工会干部', en: 'Enterprise union officer' },
  federation_admin: { zh: '总工会管理员', en: 'Federation administrator' },
  auditor: { zh: '审计员', en: 'Auditor' },
  platform_operator: { zh: '平台运营', en: 'Platform operator' },
  partner_staff: { zh: '合作机构人员', en: 'Partner institution staff' },
};
