import type { StoredMedia } from '@/domain/lessons';
import type { DeviceFiles } from './deviceFiles';

/** Where files come from: the API client's address and the session's headers (structural: db does not import api). */
export interface FileSource {
  url(path: string): string;
  authHeaders(): Record<string, string>;
}

/**
 * Lessons' media onto the device (domain `offlineMedia.ts` says which and
 * why), for the 下载离线 button and the background job: one file at a time,
 * each kept as soon as it arrives, so an interruption loses nothing and the
 * next run resumes with what is still missing.
 */
export async function downloadMedia(
  source: FileSource,
  files: DeviceFiles,
  media: readonly StoredMedia[],
  onFile: (done: number) => void = () => {},
): Promise<{ failed: number }> {
  let failed = 0;
  let done = 0;
  for (const m of media) {
    const res = await fetch(source.url(`/api/files/${m.sha256}`), { headers: source.authHeaders() }).catch(() => null);
    if (res?.ok) await files.cache({ hash: m.sha256, mime: m.mime, bytes: m.bytes }, await res.blob());
    else failed += 1;
    onFile(++done);
  }
  return { failed };
}
