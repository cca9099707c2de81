import dayjs from 'dayjs';

/** Dates as the register writes them (2026-11-29), times to the minute for the timeline. */
export const day = (ms: number): string => (ms ? dayjs(ms).format('YYYY-MM-DD') : '');
export const dayTime = (ms: number): string => (ms ? dayjs(ms).format('YYYY-MM-DD HH:mm') : '');
