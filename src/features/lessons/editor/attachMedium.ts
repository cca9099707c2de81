import { deviceFiles } from '@/db/deviceFiles';
import type { Principal } from '@/domain/auth/principal';
import { formatBytes, type AudioMime, type ImageMime, type StoredMedia, type VideoMime } from '@/domain/lessons';
import { mediaKindOf, sniffMediaMime, uploadLimit, type MediaKind } from '@/domain/lessons/lessonMediaFiles';
import { downscalePhoto, sha256Hex } from '@/features/shared/photos/downscalePhoto';

export type Attached =
  | { ok: true; media: StoredMedia<ImageMime> | StoredMedia<AudioMime> | StoredMedia<VideoMime> }
  | { ok: false; key: string; params?: Record<string, string> };

/**
 * A file the author picked for a page, as the lesson will refer to it: its
 * type from its first bytes (what the server will check), within what this
 * account may upload (`uploadLimit`), pictures downscaled like photos. The
 * bytes are kept on the device until uploaded (FileUploader), so a lesson
 * written offline keeps its media.
 */
export async function attachMedium(file: File, kind: MediaKind, user: Principal): Promise<Attached> {
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const mime = sniffMediaMime(head);
  if (!mime || mediaKindOf(mime) !== kind) return { ok: false, key: 'lessons.media.wrongType' };
  const blob = kind === 'image' ? (await downscalePhoto(file)).blob : file;
  const stored = kind === 'image' ? 'image/jpeg' : mime;
  const limit = uploadLimit(user, stored);
  if (limit === 0) return { ok: false, key: 'lessons.media.notAllowed' };
  if (blob.size > limit) return { ok: false, key: 'lessons.media.tooLarge', params: { max: formatBytes(limit) } };
  const media = { source: 'stored', sha256: await sha256Hex(blob), mime: stored, bytes: blob.size } as StoredMedia<ImageMime> | StoredMedia<AudioMime> | StoredMedia<VideoMime>;
  await deviceFiles().add({ hash: media.sha256, mime: media.mime, bytes: media.bytes }, blob);
  return { ok: true, media };
}
