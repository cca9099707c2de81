/** Account and device administration, each administrator within its own subtree. */
import type { FastifyPluginAsync } from 'fastify';
import { isWithin } from '../../../../src/domain/org/path';
import { isAdminRole } from '../../../../src/domain/auth/roles';
import { canManageAccount } from '../../auth/service';
import { forbidden, notFound } from '../../errors';
import { requireAuth } from '../../plugins/auth';
import { toWire } from '../../replication/docs';
import type { AccountWire } from '../../auth/accounts';

const MAX_PAGE = 1000;

interface IdParams {
  id: string;
}

const admin: FastifyPluginAsync = async (app) => {
  app.addHook('preHandler', async (request) => {
    if (!isAdminRole(requireAuth(request).principal.role)) throw forbidden('admin_only', '只有管理员可以使用此功能');
  });

  app.get<{ Querystring: { orgId?: string; after?: string; limit?: string } }>('/accounts', async (request) => {
    const { principal } = requireAuth(request);
    let prefix = principal.orgPath;
    if (request.query.orgId) {
      const [org] = await app.storage.getDocs('orgs', [request.query.orgId]);
      if (!org || org.deleted) throw notFound('单位不存在', 'org_not_found');
      if (!isWithin(org.orgPath, principal.orgPath)) throw forbidden('out_of_scope', '不能查看本单位管辖范围以外的账号');
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
  });

  app.post<{ Params: IdParams }>('/accounts/:id/reset-password', async (request) =>
    app.authService.resetPassword(requireAuth(request).principal, request.params.id),
  );

  app.post<{ Params: IdParams }>('/accounts/:id/disable', async (request) => ({
    account: await app.authService.setDisabled(requireAuth(request).principal, request.params.id, true),
  }));

  app.post<{ Params: IdParams }>('/accounts/:id/enable', async (request) => ({
    account: await app.authService.setDisabled(requireAuth(request).principal, request.params.id, false),
  }));

  app.get<{ Querystring: { accountId?: string } }>('/devices', async (request) => {
    const { principal, session: current } = requireAuth(request);
    const accountId = request.query.accountId || principal.id;
    const now = Date.now();
    const sessions = await app.authService.listDevices(principal, accountId);
    return {
      devices: sessions.map((s) => ({
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
  });

  app.post<{ Params: IdParams }>('/devices/:id/revoke', async (request) => {
    await app.authService.revokeDevice(requireAuth(request).principal, request.params.id);
    return { ok: true };
  });
};

export default admin;
