import { onScopeDispose, ref, type Ref } from 'vue';

const HOUR = 60 * 60 * 1000;

/**
 * "Now" for figures computed on the device, moving on at every full hour —
 * Shanghai midnight included (UTC+8 is a whole-hour offset) — so a hazard
 * turning overdue, a task's window ending or a new month for the drill rule
 * shows without reopening the page, while the figures are not recomputed
 * more often than that.
 */
export function useHourlyNow(): Ref<number> {
  const now = ref(Date.now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    timer = setTimeout(() => {
      now.value = Date.now();
      schedule();
    }, HOUR - (Date.now() % HOUR));
  };
  schedule();
  onScopeDispose(() => clearTimeout(timer));
  return now;
}
