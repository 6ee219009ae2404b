import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply } from 'fastify';
import type { Config } from '../config';

/** Over HTTPS the cookie takes the __Host- prefix: Secure, path /, no Domain, so no subdomain can plant it. */
export const sessionCookieName = (config: Pick<Config, 'secureCookies'>): string =>
  config.secureCookies ? '__Host-carnation_session' : 'carnation_session';

const cookieOptions = (config: Pick<Config, 'secureCookies'>): CookieSerializeOptions => ({
  httpOnly: true,
  sameSite: 'strict',
  secure: config.secureCookies,
  path: '/',
});

export function setSessionCookie(
  reply: FastifyReply,
  config: Pick<Config, 'secureCookies'>,
  token: string,
): void {
  reply.setCookie(sessionCookieName(config), token, cookieOptions(config));
}

export function clearSessionCookie(reply: FastifyReply, config: Pick<Config, 'secureCookies'>): void {
  reply.clearCookie(sessionCookieName(config), cookieOptions(config));
}
