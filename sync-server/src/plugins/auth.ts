/**
 * Bearer-token authentication for every API route not marked public, and
 * the first-sign-in gate: an account that must change its password may
 * only reach the routes marked `allowWhilePasswordChangeRequired`.
 */
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AuthContext } from '../auth/service';
import { bearerToken } from '../auth/tokens';
import { forbidden, unauthorized } from '../errors';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    /** No token needed (health, login). */
    public?: boolean;
    /** Reachable before the forced password change (password, me, logout). */
    allowWhilePasswordChangeRequired?: boolean;
  }
}

/** The signed-in context of an authenticated route. */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw unauthorized();
  return request.auth;
}

export default fp(
  async (app) => {
    app.decorateRequest('auth', null);
    app.addHook('onRequest', async (request) => {
      const config = request.routeOptions.config;
      if (!request.routeOptions.url || config.public) return;
      if (!request.url.startsWith('/api/')) return;
      request.auth = await app.authService.authenticate(bearerToken(request.headers.authorization));
      if (request.auth.user.mustChangePassword && !config.allowWhilePasswordChangeRequired) {
        throw forbidden('password_change_required', '请先修改初始密码');
      }
    });
  },
  { name: 'auth', dependencies: ['services'] },
);
