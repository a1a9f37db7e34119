import type { FastifyReply, FastifyRequest } from 'fastify'
import type { CookieSerializeOptions } from '@fastify/cookie'
import type { Session, SessionStore } from './sessions.js'

/**
 * `__Host-` binds the cookie to this exact origin (Secure, Path=/, no Domain), HttpOnly keeps it from page
 * scripts, SameSite=Strict keeps it off every cross-site request. No Max-Age: it ends with the browser, and
 * the server forgets idle sessions on its own.
 */
export const SESSION_COOKIE = '__Host-scvc'
const SESSION_COOKIE_OPTIONS: CookieSerializeOptions = {
  path: '/',
  secure: true,
  httpOnly: true,
  sameSite: 'strict',
}

export function sessionOf(request: FastifyRequest, sessions: SessionStore): Session | undefined {
  return sessions.get(request.cookies[SESSION_COOKIE])
}

export function setSessionCookie(reply: FastifyReply, session: Session): void {
  reply.setCookie(SESSION_COOKIE, session.id, SESSION_COOKIE_OPTIONS)
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, SESSION_COOKIE_OPTIONS)
}
