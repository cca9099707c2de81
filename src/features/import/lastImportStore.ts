import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { CommittedImport } from './useImportCommit';

/**
 * The last import's result, kept while the app is open so that the wizard
 * shows it again after the slips page or another page was visited. Tied to
 * the user who imported: another user signing in on this tab never sees it.
 */
export const useLastImportStore = defineStore('lastImport', () => {
  const last = shallowRef<{ userId: string; committed: CommittedImport } | null>(null);

  function remember(userId: string, committed: CommittedImport): void {
    last.value = { userId, committed };
  }

  function forUser(userId: string | undefined): CommittedImport | null {
    return last.value && last.value.userId === userId ? last.value.committed : null;
  }

  function forget(): void {
    last.value = null;
  }

  return { last, remember, forUser, forget };
});
