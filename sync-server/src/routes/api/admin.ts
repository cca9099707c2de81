/** Account and device administration, each administrator within its own subtree. */
import type { FastifyPluginAsync } from 'fastify';
import { isAdminRole } from '#domain/auth/roles';
import { isWithin } from '#domain/org/path';
import { isRootPrincipal } from '#domain/auth/principal';
import type { DeviceSession } from '#domain/auth/deviceSession';
import type { AccountWire } from '../../auth/accounts';
import { ensureDemo } from '../../bootstrap/demo';
import { canManageAccount } from '../../auth/accountAdmin';
import { forbidden, notFound } from '../../errors';
import { requireAuth } from '../../plugins/auth';
import { toWire } from '../../replication/docs';
import { ID_PATTERN } from '../../replication/limits';

const MAX_PAGE = 1000;

/** Ids in paths and queries have the documents' id form: anything else is a 400, never a lookup. */
const id = { type: 'string', pattern: ID_PATTERN.source } as const;
const idParams = { params: { type: 'object', required: ['id'], properties: { id } } } as const;

interface IdParams {
  id: string;
}

const admin: FastifyPluginAsync = async (app) => {
  app.addHook('preHandler', async (request) => {
    if (!isAdminRole(requireAuth(request).principal.role)) throw forbidden('admin_only', '只有管理员可以使用此功能');
  });

  app.get<{ Querystring: { orgId?: string; after?: string; limit?: string } }>(
    '/accounts',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: { orgId: id, after: id, limit: { type: 'string', pattern: '^[0-9]{1,4}$' } },
          additionalProperties: false,
        },
      },
    },
    async (request) => {
      const { principal } = requireAuth(request);
      let prefix = principal.orgPath;
      if (request.query.orgId) {
        const [org] = await app.storage.getDocs('orgs', [request.query.orgId]);
        // The same answer for a unit elsewhere and for none at all.
        if (!org || org.deleted || !isWithin(org.orgPath, principal.orgPath)) throw notFound('单位不存在', 'org_not_found');
        prefix = org.orgPath;
      }
      const limit = Math.min(MAX_PAGE, Math.max(1, Number(request.query.limit) || 500));
      const rows = await app.storage.listDocs('accounts', { prefix, afterId: request.query.after, limit });
      const accounts = rows.map((row) => {
        const doc = toWire(row) as unknown as AccountWire;
        return { ...doc, manageable: canManageAccount(principal, doc) };
      });
      const last = rows[rows.length - 1];
      return { accounts, next: rows.length === limit && last ? last.id : null };
    },
  );

  app.post<{ Params: IdParams }>('/accounts/:id/reset-password', { schema: idParams }, async (request) =>
    app.accountAdmin.resetPassword(requireAuth(request).principal, request.params.id),
  );

  app.post<{ Params: IdParams }>('/accounts/:id/disable', { schema: idParams }, async (request) => ({
    account: await app.accountAdmin.setDisabled(requireAuth(request).principal, request.params.id, true),
  }));

  app.post<{ Params: IdParams }>('/accounts/:id/enable', { schema: idParams }, async (request) => ({
    account: await app.accountAdmin.setDisabled(requireAuth(request).principal, request.params.id, false),
  }));

  app.get<{ Querystring: { accountId?: string } }>(
    '/devices',
    { schema: { querystring: { type: 'object', properties: { accountId: id }, additionalProperties: false } } },
    async (request) => {
      const { principal, session: current } = requireAuth(request);
      const accountId = request.query.accountId || principal.id;
      const now = Date.now();
      const sessions = await app.accountAdmin.listDevices(principal, accountId);
      return {
        devices: sessions.map((s): DeviceSession => ({
          id: s.id,
          label: s.label,
          userAgent: s.userAgent,
          ip: s.ip,
          createdAt: s.createdAt,
          lastSeenAt: s.lastSeenAt,
          expiresAt: s.expiresAt,
          revokedAt: s.revokedAt,
          active: s.revokedAt === 0 && s.expiresAt > now,
          current: s.id === current.id,
        })),
      };
    },
  );

  /**
   * First run: the top administrator asks for the demo tree (the welcome
   * page's 加载演示数据). Seeded here, where the demo is always seeded, and
   * replicated to the device like any other change. Once only.
   */
  app.post('/demo', async (request) => {
    if (!isRootPrincipal(requireAuth(request).principal)) throw forbidden('admin_only', '只有系统管理员可以加载演示数据');
    return { accounts: await ensureDemo(app.storage, app.hub) };
  });

  app.post<{ Params: IdParams }>('/devices/:id/revoke', { schema: idParams }, async (request) => {
    await app.accountAdmin.revokeDevice(requireAuth(request).principal, request.params.id);
    return { ok: true };
  });
};

export default admin;
