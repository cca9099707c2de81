/**
 * Photos and lessons' media (pictures, audio, video) travel apart from
 * replication, keyed by the SHA-256 of their bytes (docs/hazards.md; who
 * uploads what and how large: `lessonMediaFiles.ts`): PUT /api/files/:sha256 stores one (idempotent: the
 * same bytes again are stored once), HEAD says whether it is stored (to
 * skip an upload; knowing the hash means holding the bytes already), GET
 * returns it to whoever may read a document that refers to it.
 */
import { createHash } from 'node:crypto';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { readScope } from '#domain/auth/permissions';
import { PHOTO_COLLECTIONS } from '#domain/hazards/photos';
import { largestUpload, sniffMediaMime, uploadLimit } from '#domain/lessons/lessonMediaFiles';
import { MEDIA_MAX_BYTES } from '#domain/lessons/media';
import { badRequest, forbidden, HttpError, notFound } from '../../errors';
import { requireAuth } from '../../plugins/auth';

interface FileParams {
  sha256: string;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const NOT_FOUND = () => notFound('照片不存在或无权查看', 'file_not_found');
/** The largest body any upload may have; each principal's own cap is checked before the body is read. */
const BODY_LIMIT = Math.max(...Object.values(MEDIA_MAX_BYTES));
const TOO_LARGE = () => new HttpError(413, 'file_too_large', '文件超过允许的大小');

function hashOf(params: FileParams): string {
  if (!SHA256_HEX.test(params.sha256)) throw badRequest('invalid_hash', '文件编号应为 64 位小写十六进制 SHA-256');
  return params.sha256;
}

const files: FastifyPluginAsync = async (app) => {
  // Uploads are raw bytes, whatever type the device declares; the bytes say what they are.
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: BODY_LIMIT }, (_request, body, done) => done(null, body));

  const put = { bodyLimit: BODY_LIMIT, preParsing: async (request: FastifyRequest) => {
    // Refused before a byte is read: roles that upload nothing, and bodies above the role's largest file.
    const { principal } = requireAuth(request);
    const largest = largestUpload(principal);
    if (largest === 0) throw forbidden('forbidden_collection', '当前角色不能上传照片或课程媒体');
    const length = Number(request.headers['content-length']);
    if (!Number.isFinite(length)) throw new HttpError(411, 'length_required', '上传须注明文件大小');
    if (length > largest) throw TOO_LARGE();
  } };

  app.put<{ Params: FileParams }>('/:sha256', put, async (request, reply) => {
    const { principal } = requireAuth(request);
    const sha256 = hashOf(request.params);
    const data = request.body;
    if (!(data instanceof Buffer) || data.length === 0) throw badRequest('empty_file', '文件为空');
    const mime = sniffMediaMime(data);
    if (!mime) throw new HttpError(415, 'not_an_image', '只能上传 JPEG、PNG、WebP 图片或 MP3、M4A、MP4 音视频');
    const limit = uploadLimit(principal, mime);
    if (limit === 0) throw forbidden('forbidden_media', '只有能编写课程的账号才能上传音频和视频');
    if (data.length > limit) throw TOO_LARGE();
    if (createHash('sha256').update(data).digest('hex') !== sha256) {
      throw badRequest('hash_mismatch', '文件内容与其编号（SHA-256）不符，可能在传输中损坏，请重新上传');
    }
    const created = await app.storage.transaction((tx) =>
      tx.putFile({ sha256, mime, bytes: data.length, data, uploadedBy: principal.id, uploadedAt: Date.now() }),
    );
    return reply.code(created ? 201 : 200).send({ sha256, mime, bytes: data.length, created });
  });

  app.head<{ Params: FileParams }>('/:sha256', async (request, reply) => {
    requireAuth(request);
    const info = await app.storage.fileInfo(hashOf(request.params));
    if (!info) return reply.code(404).send();
    return reply.code(200).header('Content-Length', info.bytes).type(info.mime).send();
  });

  app.get<{ Params: FileParams }>('/:sha256', { exposeHeadRoute: false }, async (request, reply) => {
    const { principal } = requireAuth(request);
    const scopes = Object.fromEntries(PHOTO_COLLECTIONS.map((c) => [c, readScope(principal, c)]));
    const file = await app.storage.readFile(hashOf(request.params), principal.id, scopes);
    if (!file) throw NOT_FOUND();
    return reply
      .type(file.info.mime)
      // The bytes behind a hash never change; the answer depends on who asks.
      .header('Cache-Control', 'private, max-age=31536000, immutable')
      .header('ETag', `"${file.info.sha256}"`)
      .header('X-Content-Type-Options', 'nosniff')
      .send(Buffer.from(file.data));
  });
};

export default files;
