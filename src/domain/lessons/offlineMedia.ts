import { lessonMediaRefs } from './lessonMedia';
import { distinctStoredMedia, type StoredMedia } from './media';
import type { LessonBody } from './model';

/**
 * Keeping a lesson's media for offline use. Built-in illustrations are
 * precached with the app; stored files are downloaded onto the device:
 * - by hand (下载离线), whatever their size, after showing it;
 * - automatically, in the background while online, for lessons published
 *   to the device's scope whose media together weigh at most
 *   `AUTO_CACHE_MAX_BYTES` — a classroom computer on a school connection
 *   must not spend it on a long video nobody asked for; the lesson then
 *   says why it was not downloaded and offers the button.
 */
export const AUTO_CACHE_MAX_BYTES = 20 * 1024 * 1024;

export interface OfflinePlan {
  /** Stored files of the lesson not yet on the device, each once. */
  missing: StoredMedia[];
  missingBytes: number;
  /** Every stored file of the lesson, each once. */
  totalBytes: number;
  /** Whether the background download takes this lesson. */
  auto: boolean;
}

/** What keeping `body` offline still needs, given the hashes the device `held`. */
export function offlinePlan(body: LessonBody, held: ReadonlySet<string>): OfflinePlan {
  const all = distinctStoredMedia(lessonMediaRefs(body));
  const missing = all.filter((m) => !held.has(m.sha256));
  const totalBytes = all.reduce((sum, m) => sum + m.bytes, 0);
  return { missing, missingBytes: missing.reduce((sum, m) => sum + m.bytes, 0), totalBytes, auto: totalBytes <= AUTO_CACHE_MAX_BYTES };
}

/** A size for people: "850 KB", "3.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
