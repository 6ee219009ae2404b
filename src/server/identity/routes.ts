import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import type { AppDeps } from '../deps';
import { contextOf } from '../http/request-context';
import { errorResponses, idParams, okSchema, pageQuery, queryBoolean } from '../http/schemas';
import { clearSessionCookie, setSessionCookie } from '../http/session-cookie';
import type { SessionInfo } from '../http/types';
import {
  changePassword,
  confirmTotpEnrolment,
  regenerateRecoveryCodes,
  signOut,
  startTotpEnrolment,
} from './account';
import { authPolicyFrom, type IdentityDeps } from './auth-policy';
import {
  assignRoleBody,
  changePasswordBody,
  changeUserBody,
  createUserBody,
  recoveryCodesSchema,
  sessionViewSchema,
  signInBody,
  totpCodeBody,
  totpEnrolmentSchema,
  userViewSchema,
  userWithPasswordSchema,
} from './schemas';
import { sessionView } from './session-view';
import { signIn } from './sign-in';
import {
  assignRole,
  changeUser,
  createUser,
  getUser,
  resetPassword,
  resetTotp,
  revokeRole,
  searchUsers,
} from './users';

const requireSession = (s: SessionInfo | null): SessionInfo => {
  if (!s) throw new AppError('unauthenticated', 'Sign in to continue');
  return s;
};

export async function identityRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const idDeps: IdentityDeps = {
    db: deps.database.db,
    cipher: deps.cipher,
    auth: authPolicyFrom(deps.config),
  };
  const db = deps.database.db;
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.clock);
  const tags = ['auth'];

  r.post(
    '/api/v1/auth/session',
    {
      schema: {
        tags,
        summary: 'Sign in with login, password and (once enrolled) a TOTP or recovery code',
        description:
          'Sets the session cookie (HttpOnly, SameSite=Strict). A new account first gets a session in stage ' +
          '`password_change` or `totp_enrolment`, which can only finish that step.',
        body: signInBody,
        response: { 200: sessionViewSchema, 423: errorResponses[401], ...errorResponses },
      },
      config: {
        action: 'public',
        // A sign-in form has no token yet; SameSite=Strict and the Origin check guard it instead.
        csrf: false,
        // Per address: an office behind one NAT signs in many people (two requests each); the per-account
        // lock-out is what stops guessing one password.
        rateLimit: deps.config.rateLimit ? { max: 30, timeWindow: '1 minute' } : false,
      },
    },
    async (req, reply) => {
      const result = await signIn(idDeps, ctx(req), req.body, req.session?.idHash);
      setSessionCookie(reply, deps.config, result.token);
      return sessionView(db, { userId: result.userId, csrfToken: result.csrfToken }, result.stage);
    },
  );

  r.get(
    '/api/v1/auth/session',
    {
      schema: {
        tags,
        summary: 'The signed-in user, roles and CSRF token (401 without a session)',
        response: { 200: sessionViewSchema, ...errorResponses },
      },
      config: { action: 'session.self' },
    },
    async (req) => {
      const p = req.principal;
      return sessionView(db, requireSession(req.session), p.kind === 'staff' ? p.stage : 'full');
    },
  );

  r.delete(
    '/api/v1/auth/session',
    {
      schema: {
        tags,
        summary: 'Sign out: the session ends on the server and the cookie is cleared',
        response: { 200: okSchema, ...errorResponses },
      },
      config: { action: 'session.self' },
    },
    async (req, reply) => {
      await signOut(idDeps, ctx(req), requireSession(req.session));
      clearSessionCookie(reply, deps.config);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/auth/password',
    {
      schema: {
        tags,
        summary: 'Change one’s own password; every other session of the account ends',
        body: changePasswordBody,
        response: { 200: sessionViewSchema, ...errorResponses },
      },
      config: { action: 'session.self' },
    },
    async (req, reply) => {
      const rotated = await changePassword(idDeps, ctx(req), requireSession(req.session), req.body);
      setSessionCookie(reply, deps.config, rotated.token);
      return sessionView(
        db,
        { userId: requireSession(req.session).userId, csrfToken: rotated.csrfToken },
        rotated.stage,
      );
    },
  );

  r.post(
    '/api/v1/auth/totp/enrolment',
    {
      schema: {
        tags,
        summary: 'Start second-factor enrolment: a new TOTP secret and its QR code',
        response: { 200: totpEnrolmentSchema, ...errorResponses },
      },
      config: { action: 'session.self' },
    },
    async (req) => startTotpEnrolment(idDeps, requireSession(req.session)),
  );

  r.post(
    '/api/v1/auth/totp/enrolment/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm enrolment with a code; returns recovery codes once and upgrades the session',
        body: totpCodeBody,
        response: { 200: sessionViewSchema.extend(recoveryCodesSchema.shape), ...errorResponses },
      },
      config: { action: 'session.self' },
    },
    async (req, reply) => {
      const s = requireSession(req.session);
      const done = await confirmTotpEnrolment(idDeps, ctx(req), s, req.body.totp);
      setSessionCookie(reply, deps.config, done.token);
      const view = await sessionView(db, { userId: s.userId, csrfToken: done.csrfToken }, done.stage);
      return { ...view, recoveryCodes: done.recoveryCodes };
    },
  );

  r.post(
    '/api/v1/auth/recovery-codes',
    {
      schema: {
        tags,
        summary: 'Replace the recovery codes (needs a current TOTP code)',
        body: totpCodeBody,
        response: { 200: recoveryCodesSchema, ...errorResponses },
      },
      config: { action: 'session.self' },
    },
    async (req) => ({
      recoveryCodes: await regenerateRecoveryCodes(
        idDeps,
        ctx(req),
        requireSession(req.session),
        req.body.totp,
      ),
    }),
  );

  // ---- staff accounts -------------------------------------------------------------------------------
  const userTags = ['users'];

  r.get(
    '/api/v1/users',
    {
      schema: {
        tags: userTags,
        summary: 'Staff accounts in the caller’s scope',
        querystring: z.strictObject({
          search: z.string().trim().max(100).optional(),
          tenantId: z.uuid().optional(),
          includeDisabled: queryBoolean,
          ...pageQuery,
        }),
        response: {
          200: z.object({ total: z.number().int(), users: z.array(userViewSchema) }),
          ...errorResponses,
        },
      },
      config: { action: 'user.read' },
    },
    async (req) =>
      searchUsers(db, ctx(req), { ...req.query, includeDisabled: req.query.includeDisabled ?? false }),
  );

  r.get(
    '/api/v1/users/:id',
    {
      schema: {
        tags: userTags,
        summary: 'One staff account',
        params: idParams,
        response: { 200: userViewSchema, ...errorResponses },
      },
      config: { action: 'user.read' },
    },
    async (req) => getUser(db, ctx(req), req.params.id),
  );

  r.post(
    '/api/v1/users',
    {
      schema: {
        tags: userTags,
        summary: 'Create a staff account with a temporary password (returned once)',
        body: createUserBody,
        response: { 201: userWithPasswordSchema, ...errorResponses },
      },
      config: { action: 'user.manage' },
    },
    async (req, reply) => {
      const created = await createUser(db, ctx(req), req.body);
      return reply.status(201).send(created);
    },
  );

  r.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags: userTags,
        summary: 'Rename, disable (ends every session), enable or unlock an account',
        params: idParams,
        body: changeUserBody,
        response: { 200: userViewSchema, ...errorResponses },
      },
      config: { action: 'user.manage' },
    },
    async (req) => changeUser(db, ctx(req), req.params.id, req.body),
  );

  r.post(
    '/api/v1/users/:id/password-reset',
    {
      schema: {
        tags: userTags,
        summary: 'Issue a new temporary password; every session of the account ends',
        params: idParams,
        response: { 200: userWithPasswordSchema, ...errorResponses },
      },
      config: { action: 'user.manage' },
    },
    async (req) => resetPassword(db, ctx(req), req.params.id),
  );

  r.post(
    '/api/v1/users/:id/totp-reset',
    {
      schema: {
        tags: userTags,
        summary: 'Clear a lost second factor; the user enrols again at next sign-in',
        params: idParams,
        response: { 200: userViewSchema, ...errorResponses },
      },
      config: { action: 'user.manage' },
    },
    async (req) => resetTotp(db, ctx(req), req.params.id),
  );

  r.post(
    '/api/v1/users/:id/roles',
    {
      schema: {
        tags: userTags,
        summary: 'Grant a role over an organisation subtree',
        params: idParams,
        body: assignRoleBody,
        response: { 200: userViewSchema, ...errorResponses },
      },
      config: { action: 'user.manage' },
    },
    async (req) => assignRole(db, ctx(req), req.params.id, req.body),
  );

  r.delete(
    '/api/v1/users/:id/roles/:assignmentId',
    {
      schema: {
        tags: userTags,
        summary: 'Remove a role assignment',
        params: z.strictObject({ id: z.uuid(), assignmentId: z.uuid() }),
        response: { 200: userViewSchema, ...errorResponses },
      },
      config: { action: 'user.manage' },
    },
    async (req) => revokeRole(db, ctx(req), req.params.id, req.params.assignmentId),
  );
}
