/**
 * Replication endpoints for RxDB's replicateRxCollection:
 * GET /api/sync/collections, GET /api/sync/counts, GET /api/sync/:collection/pull,
 * POST /api/sync/:collection/push and the multiplexed GET /api/sync/stream.
 */
import type { FastifyPluginAsync } from 'fastify';
import { canWriteCollection, readableCollections, scopeFingerprint } from '#domain/auth/permissions';
import { COLLECTIONS } from '#domain/schemas/index';
import { forbidden, notFound } from '../../errors';
import { requireAuth } from '../../plugins/auth';
import { pullCounts } from '../../replication/counts';
import { parseCheckpoint, parseLimit, pull } from '../../replication/pull';
import { push } from '../../replication/push';
import { sseFrame, type StreamCloseReason, type Subscriber } from '../../replication/hub';
import { isCollectionName } from '../../replication/validate';

/** A stream whose client stops reading is dropped past this much buffered output (it resyncs on reconnect). */
const MAX_STREAM_BUFFER = 8 * 1024 * 1024;
const PUSH_BODY_LIMIT = 32 * 1024 * 1024;
export const SCOPE_HEADER = 'X-Xiaoan-Scope';

interface CollectionParams {
  collection: string;
}

function collectionOf(params: CollectionParams) {
  if (!isCollectionName(params.collection)) throw notFound(`没有名为 ${params.collection} 的数据集合`, 'unknown_collection');
  return params.collection;
}

const sync: FastifyPluginAsync = async (app) => {
  app.get('/collections', async (request) => {
    const { principal } = requireAuth(request);
    return {
      collections: readableCollections(principal).map((name) => ({
        name,
        schemaVersion: COLLECTIONS[name].schema.version,
        writable: canWriteCollection(principal, name),
      })),
    };
  });

  // Totals for the first sync's progress (received / total per collection).
  app.get('/counts', async (request, reply) => {
    const { principal } = requireAuth(request);
    const counts = await pullCounts(app.storage, principal);
    return reply.header('Cache-Control', 'no-store').header(SCOPE_HEADER, encodeURIComponent(scopeFingerprint(principal))).send({ counts });
  });

  app.get<{ Params: CollectionParams; Querystring: { checkpoint?: string; limit?: string } }>(
    '/:collection/pull',
    async (request, reply) => {
      const { principal } = requireAuth(request);
      const collection = collectionOf(request.params);
      const body = await pull(
        app.storage,
        principal,
        collection,
        parseCheckpoint(request.query.checkpoint),
        parseLimit(request.query.limit),
      );
      return reply
        .type('application/json; charset=utf-8')
        .header('Cache-Control', 'no-store')
        // The scope this answer was computed for: a device that replicated under another starts afresh.
        .header(SCOPE_HEADER, encodeURIComponent(scopeFingerprint(principal)))
        .send(body);
    },
  );

  app.post<{ Params: CollectionParams }>(
    '/:collection/push',
    {
      bodyLimit: PUSH_BODY_LIMIT,
      // A role that may not write the collection at all is turned away
      // before its body is even read (it might be tens of megabytes).
      preParsing: async (request) => {
        const { principal } = requireAuth(request);
        if (!canWriteCollection(principal, collectionOf(request.params))) {
          throw forbidden('forbidden_collection', '当前角色不能修改这类数据');
        }
      },
    },
    async (request) => {
      const { principal } = requireAuth(request);
      const collection = collectionOf(request.params);
      const outcome = await push({ storage: app.storage, hub: app.hub }, principal, collection, request.body);
      for (const refusal of outcome.refused) {
        // Refused rows are logged: who, what, why (never the content).
        request.log.warn({ userId: principal.id, role: principal.role, collection, docId: refusal.id, code: refusal.code }, 'push row refused');
      }
      return { conflicts: outcome.conflicts, refused: outcome.refused };
    },
  );

  app.get('/stream', async (request, reply) => {
    const { user, session, principal } = requireAuth(request);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    // On every (re)connect the client re-pulls each collection from its
    // checkpoint; the scope tells it whether its copy still fits.
    raw.write(`retry: 5000\n\n${sseFrame(JSON.stringify({ scope: scopeFingerprint(principal) }), 'resync')}`);

    let closed = false;
    const subscriber: Subscriber = {
      userId: user.id,
      sessionId: session.id,
      principal,
      send: (frame) => {
        if (closed) return true;
        raw.write(frame);
        return raw.writableLength < MAX_STREAM_BUFFER;
      },
      close: (reason?: StreamCloseReason) => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        if (reason) raw.write(sseFrame(JSON.stringify({ reason }), 'closed'));
        raw.end();
      },
    };
    const unsubscribe = app.hub.subscribe(subscriber);
    const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), app.config.heartbeatMs);
    raw.on('close', () => subscriber.close());
    return reply;
  });
};

export default sync;
