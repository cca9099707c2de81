import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import 'dayjs/locale/zh-cn';
import { computed, onScopeDispose, ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';

dayjs.extend(relativeTime);

/** "3 分钟前" for a timestamp, refreshed every 30 s and following the UI language. */
export function useRelativeTime(timestamp: Ref<number | null>): Ref<string | null> {
  const { locale } = useI18n();
  const tick = ref(Date.now());
  const timer = setInterval(() => (tick.value = Date.now()), 30_000);
  onScopeDispose(() => clearInterval(timer));
  return computed(() => {
    void tick.value;
    if (timestamp.value === null) return null;
    return dayjs(timestamp.value)
      .locale(locale.value === 'en' ? 'en' : 'zh-cn')
      .fromNow();
  });
}

/** A date-time as administrators read it: 2026-11-23 14:05. */
export function formatDateTime(timestamp: number): string {
  return timestamp ? dayjs(timestamp).format('YYYY-MM-DD HH:mm') : '';
}
