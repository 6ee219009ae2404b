import { z } from 'zod';
import { staffRoles } from '../../core/access/roles';
import { PASSWORD_MAX } from '../../core/identity/password-rules';

export const loginSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[A-Za-z0-9._@-]+$/, 'Use letters, digits and . _ @ - only');

export const staffRoleSchema = z.enum(staffRoles as [string, ...string[]]) as z.ZodType<
  (typeof staffRoles)[number]
>;

export const signInBody = z.strictObject({
  login: z.string().trim().min(1).max(200),
  // Length limits on the way in: an enormous password would only burn CPU in the hash.
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX * 4),
  totp: z.string().trim().max(40).optional(),
});

/** A role held over an organisation, with the organisation's names. */
export const roleViewSchema = z.object({
  id: z.uuid(),
  role: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  organisationNameEn: z.string().nullable(),
});

const stageSchema = z.enum(['password_change', 'totp_enrolment', 'full']);

export const sessionViewSchema = z
  .object({
    user: z.object({
      id: z.uuid(),
      login: z.string(),
      displayName: z.string(),
      tenantId: z.uuid(),
      organisationId: z.uuid(),
      totpEnrolled: z.boolean(),
      mustChangePassword: z.boolean(),
      recoveryCodesLeft: z.number().int(),
    }),
    tenant: z.object({
      id: z.uuid(),
      slug: z.string(),
      name: z.string(),
      nameEn: z.string(),
      kind: z.string(),
      timeZone: z.string(),
      isDemo: z.boolean(),
    }),
    roles: z.array(roleViewSchema),
    stage: stageSchema.meta({
      description:
        'password_change and totp_enrolment sessions can only finish those steps; full sessions can do the rest',
    }),
    csrfToken: z.string().meta({ description: 'Send as the x-csrf-token header on every write' }),
  })
  .meta({ id: 'Session' });

export const changePasswordBody = z.strictObject({
  currentPassword: z
    .string()
    .min(1)
    .max(PASSWORD_MAX * 4),
  newPassword: z
    .string()
    .min(1)
    .max(PASSWORD_MAX * 4),
});

export const totpCodeBody = z.strictObject({
  totp: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Six digits'),
});

export const totpEnrolmentSchema = z.object({
  secret: z.string().meta({ description: 'Base32 secret, for typing into an authenticator by hand' }),
  otpauthUri: z.string(),
  qrSvg: z.string().meta({ description: 'The otpauth URI as an SVG QR code' }),
});

export const recoveryCodesSchema = z.object({
  recoveryCodes: z
    .array(z.string())
    .meta({ description: 'Shown once; each works one time instead of a code' }),
});

export const userViewSchema = z
  .object({
    id: z.uuid(),
    login: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    tenantId: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    organisationNameEn: z.string().nullable(),
    disabled: z.boolean(),
    locked: z.boolean(),
    totpEnrolled: z.boolean(),
    mustChangePassword: z.boolean(),
    lastLoginAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    roles: z.array(roleViewSchema),
  })
  .meta({ id: 'User' });

export const userWithPasswordSchema = z.object({
  user: userViewSchema,
  temporaryPassword: z.string().meta({ description: 'Shown once; the user must change it at first sign-in' }),
});

export const createUserBody = z.strictObject({
  login: loginSchema,
  displayName: z.string().trim().min(1).max(100),
  email: z.email().max(200).nullable().optional(),
  organisationId: z.uuid(),
  roles: z
    .array(z.strictObject({ role: staffRoleSchema, organisationId: z.uuid() }))
    .max(20)
    .default([]),
});

export const changeUserBody = z
  .strictObject({
    displayName: z.string().trim().min(1).max(100).optional(),
    email: z.email().max(200).nullable().optional(),
    disabled: z.boolean().optional(),
    unlock: z.literal(true).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'Send at least one field to change');

export const assignRoleBody = z.strictObject({ role: staffRoleSchema, organisationId: z.uuid() });
