/** POST /api/auth/login, /logout, /password; GET /api/auth/me. */
import type { FastifyPluginAsync } from 'fastify';
import { requireAuth } from '../../plugins/auth';
import { userJson } from '../../auth/accounts';

/** Strings with NUL characters are refused (400): PostgreSQL cannot store them. */
const NO_NUL = '^[^\\u0000]*$';

const text = (maxLength: number) => ({ type: 'string', maxLength, pattern: NO_NUL }) as const;

/** A JSON body of string fields only, `optional` ones aside all required. */
function stringsBody(fields: Record<string, number>, optional: readonly string[] = []) {
  return {
    body: {
      type: 'object',
      required: Object.keys(fields).filter((f) => !optional.includes(f)),
      properties: Object.fromEntries(Object.entries(fields).map(([f, max]) => [f, text(max)])),
    },
  };
}

interface LoginBody {
  username: string;
  password: string;
  deviceLabel?: string;
}

interface PasswordBody {
  oldPassword: string;
  newPassword: string;
}

const auth: FastifyPluginAsync = async (app) => {
  app.post<{ Body: LoginBody }>(
    '/login',
    {
      config: { public: true },
      schema: stringsBody({ username: 100, password: 500, deviceLabel: 200 }, ['deviceLabel']),
    },
    async (request) =>
      app.authService.login({
        username: request.body.username,
        password: request.body.password,
        deviceLabel: request.body.deviceLabel,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? '',
      }),
  );

  app.post('/logout', { config: { allowWhilePasswordChangeRequired: true } }, async (request) => {
    await app.authService.logout(requireAuth(request));
    return { ok: true };
  });

  app.get('/me', { config: { allowWhilePasswordChangeRequired: true } }, async (request) => {
    const { user, session } = requireAuth(request);
    return {
      user: userJson(user),
      session: { id: session.id, label: session.label, createdAt: session.createdAt, expiresAt: session.expiresAt },
    };
  });

  app.post<{ Body: PasswordBody }>(
    '/password',
    {
      config: { allowWhilePasswordChangeRequired: true },
      schema: stringsBody({ oldPassword: 500, newPassword: 500 }),
    },
    async (request) => {
      const user = await app.authService.changePassword(requireAuth(request), request.body.oldPassword, request.body.newPassword);
      return { user };
    },
  );
};

export default auth;
