import { computed, ref, type Ref } from 'vue';

/** Long tables (findings, opened accounts) show this many rows a page. */
export const PAGE_SIZE = 50;

/** The current page of a list and its rows; the page number is 1-based, as el-pagination counts. */
export function usePaging<T>(items: Ref<readonly T[]>, size = PAGE_SIZE) {
  const page = ref(1);
  const pageItems = computed(() => items.value.slice((page.value - 1) * size, page.value * size));
  return { page, pageItems };
}
