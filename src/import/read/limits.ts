/** Files above this size are refused before parsing (issue 4: "a 20 MB file ends with a clear message"). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The header row is looked for in this many rows from the top of each sheet. */
export const HEADER_SCAN_ROWS = 15;
