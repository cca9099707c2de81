import * as v from 'valibot';
import { PHOTO_MAX_BYTES } from '../hazards/photos';
import { integer } from './validation';

/**
 * Media a lesson shows. Two sources:
 * - `stored`: a file uploaded to the sync server, addressed by the SHA-256 of
 *   its bytes (so the same file is stored, downloaded and cached once), with
 *   its type and size known before anyone downloads it;
 * - `bundled`: one of the app's own illustrations under `public/lessons/`,
 *   precached by the service worker, so built-in lessons work offline from
 *   the first load. Any lesson may reuse them.
 *
 * Uploaded SVG is not accepted: an SVG can carry script, and stored files are
 * served from the app's own origin. Bundled illustrations are ours.
 */
export const IMAGE_MIMES = ['image/png', 'image/jpeg', 'image/webp'] as const;
// What the server stores and can recognise by its first bytes (lessonMediaFiles.ts).
export const AUDIO_MIMES = ['audio/mpeg', 'audio/mp4'] as const;
export const VIDEO_MIMES = ['video/mp4'] as const;
export type ImageMime = (typeof IMAGE_MIMES)[number];
export type AudioMime = (typeof AUDIO_MIMES)[number];
export type VideoMime = (typeof VIDEO_MIMES)[number];
export type StoredMime = ImageMime | AudioMime | VideoMime;

const MIB = 1024 * 1024;
/**
 * Largest file per kind, in bytes: a classroom connection must fetch it in
 * reasonable time, and the server holds each upload in memory once and
 * stores it as one database row (a backup of the database is a backup of
 * the files). A longer video is cut into parts. Pictures share the photos'
 * cap (the editor downscales them as the photo picker does).
 */
export const MEDIA_MAX_BYTES = { image: PHOTO_MAX_BYTES, audio: 30 * MIB, video: 100 * MIB } as const;

export interface StoredMedia<M extends StoredMime = StoredMime> {
  source: 'stored';
  /** Lowercase hex SHA-256 of the file's bytes. */
  sha256: string;
  mime: M;
  /** Exact size, shown before downloading for offline use. */
  bytes: number;
}

export interface BundledImage {
  source: 'bundled';
  /** Site path of a shipped illustration: /lessons/<lesson-id>/<name>.svg */
  path: string;
  mime: 'image/svg+xml';
}

export type ImageRef = StoredMedia<ImageMime> | BundledImage;
export type MediaRef = ImageRef | StoredMedia<AudioMime> | StoredMedia<VideoMime>;

export const BUNDLED_IMAGE_PATH = /^\/lessons\/[a-z0-9-]{1,64}\/[a-z0-9-]{1,40}\.svg$/;

function storedMediaSchema<M extends StoredMime>(mimes: readonly [M, ...M[]], maxBytes: number) {
  return v.strictObject({
    source: v.literal('stored'),
    sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
    mime: v.picklist(mimes),
    bytes: integer(1, maxBytes),
  });
}

const bundledImageSchema = v.strictObject({
  source: v.literal('bundled'),
  path: v.pipe(v.string(), v.regex(BUNDLED_IMAGE_PATH)),
  mime: v.literal('image/svg+xml'),
});

export const storedImageSchema = storedMediaSchema(IMAGE_MIMES, MEDIA_MAX_BYTES.image);
export const imageRefSchema = v.variant('source', [storedImageSchema, bundledImageSchema]);
export const audioRefSchema = storedMediaSchema(AUDIO_MIMES, MEDIA_MAX_BYTES.audio);
export const videoRefSchema = storedMediaSchema(VIDEO_MIMES, MEDIA_MAX_BYTES.video);

/** Distinct stored files among `refs`, first occurrence kept (bundled images are already on the device). */
export function distinctStoredMedia(refs: readonly MediaRef[]): StoredMedia[] {
  const byHash = new Map<string, StoredMedia>();
  for (const ref of refs) {
    if (ref.source === 'stored' && !byHash.has(ref.sha256)) byHash.set(ref.sha256, ref);
  }
  return [...byHash.values()];
}

/** Bytes to download before `refs` are available offline. */
export function downloadBytes(refs: readonly MediaRef[]): number {
  return distinctStoredMedia(refs).reduce((sum, ref) => sum + ref.bytes, 0);
}
