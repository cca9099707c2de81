/** Slips per A4 page: 3 columns × 8 rows. */
export const SLIP_COLUMNS = 3;
export const SLIP_ROWS = 8;
export const SLIPS_PER_PAGE = SLIP_COLUMNS * SLIP_ROWS;

/** Items split into pages of SLIPS_PER_PAGE. */
export function slipPages<T>(items: readonly T[], perPage = SLIPS_PER_PAGE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += perPage) pages.push(items.slice(i, i + perPage));
  return pages;
}
