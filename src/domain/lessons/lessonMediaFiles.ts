import { roleMayPublish } from '../activities/writeRules';
import type { Principal } from '../auth/principal';
import { canWriteCollection } from '../auth/writeAccess';
import { PHOTO_MAX_BYTES, PHOTO_UPLOAD_COLLECTIONS, sniffPhotoMime } from '../hazards/photos';
import { AUDIO_MIMES, IMAGE_MIMES, MEDIA_MAX_BYTES, VIDEO_MIMES, type StoredMime } from './media';

/**
 * Files a lesson's pages carry (pictures, audio, video) go through the same
 * files endpoint as hazard photos, keyed by their SHA-256. Who may upload
 * what, and how large:
 * - whoever writes lessons (county or higher administrators, teachers for
 *   their class: `roleMayPublish`) uploads pictures, audio and video up to
 *   `MEDIA_MAX_BYTES` of each kind;
 * - whoever writes hazard records uploads photos (pictures) up to
 *   `PHOTO_MAX_BYTES`, the same cap as lesson pictures;
 * - nobody else uploads anything (students and classroom computers record
 *   answers, not files).
 * The server recognises the type by the file's first bytes, never by what
 * the device declares; uploaded SVG is never accepted (see media.ts).
 */

/** The media type of `bytes` by their first bytes, or null when it is none the server stores. */
export function sniffMediaMime(bytes: Uint8Array): StoredMime | null {
  const image = sniffPhotoMime(bytes);
  if (image) return image;
  const ascii = (at: number, text: string) => [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));
  // MP4 family: an 'ftyp' box first; 'M4A ' / 'M4B ' brands are audio.
  if (ascii(4, 'ftyp')) return ascii(8, 'M4A ') || ascii(8, 'M4B ') ? 'audio/mp4' : 'video/mp4';
  // MP3: an ID3 tag, or an MPEG audio frame (11 sync bits).
  if (ascii(0, 'ID3')) return 'audio/mpeg';
  if (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0) return 'audio/mpeg';
  return null;
}

export type MediaKind = keyof typeof MEDIA_MAX_BYTES;

export function mediaKindOf(mime: StoredMime): MediaKind {
  if ((IMAGE_MIMES as readonly string[]).includes(mime)) return 'image';
  if ((AUDIO_MIMES as readonly string[]).includes(mime)) return 'audio';
  if ((VIDEO_MIMES as readonly string[]).includes(mime)) return 'video';
  throw new Error(`not a stored media type: ${mime}`);
}

const writesLessons = (p: Principal) => roleMayPublish(p, 'lesson').ok;
const uploadsPhotos = (p: Principal) => PHOTO_UPLOAD_COLLECTIONS.some((c) => canWriteCollection(p, c));

/** The largest file of type `mime` that `p` may upload; 0 when it may not upload that type at all. */
export function uploadLimit(p: Principal, mime: StoredMime): number {
  const kind = mediaKindOf(mime);
  if (writesLessons(p)) return MEDIA_MAX_BYTES[kind];
  return uploadsPhotos(p) && kind === 'image' ? PHOTO_MAX_BYTES : 0;
}

/** The largest file `p` may upload of any type (the request body limit); 0 when none. */
export function largestUpload(p: Principal): number {
  if (writesLessons(p)) return Math.max(...Object.values(MEDIA_MAX_BYTES));
  return uploadsPhotos(p) ? PHOTO_MAX_BYTES : 0;
}
