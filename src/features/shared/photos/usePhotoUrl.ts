import { onScopeDispose, shallowRef, watch, type Ref } from 'vue';
import { deviceFiles, type FileRef } from '@/db/deviceFiles';
import { useSessionStore } from '@/stores/session';

export type PhotoState = { url: string; pending: boolean } | { url: ''; pending: boolean; missing: true };

/**
 * An object URL for a photo or a lesson's medium: from the device when it
 * was made or seen here before, else fetched from the server (and kept on
 * the device for offline). `missing` when neither has it (offline and not
 * downloaded, or gone from the server).
 */
export function usePhotoUrl(photo: Ref<FileRef>) {
  const session = useSessionStore();
  const state = shallowRef<PhotoState>({ url: '', pending: false, missing: true });
  let current = '';
  const release = () => {
    if (current) URL.revokeObjectURL(current);
    current = '';
  };
  watch(
    photo,
    async (ref) => {
      release();
      if (!ref.hash) return;
      const files = deviceFiles();
      const local = await files.get(ref.hash);
      let blob = local?.blob;
      if (!blob) {
        const res = await fetch(session.api.url(`/api/files/${ref.hash}`), { headers: session.api.authHeaders() }).catch(() => null);
        if (res?.ok) {
          blob = await res.blob();
          await files.cache(ref, blob);
        }
      }
      if (!blob) {
        state.value = { url: '', pending: false, missing: true };
        return;
      }
      current = URL.createObjectURL(blob);
      state.value = { url: current, pending: local?.uploaded === 0 };
    },
    { immediate: true },
  );
  onScopeDispose(release);
  return state;
}
