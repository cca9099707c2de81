/**
 * What a file is, from its first bytes, before SheetJS sees it: SheetJS
 * happily reads any text as CSV, so a .txt renamed to .xlsx would "import".
 * Only the two containers Excel, WPS and LibreOffice write are accepted:
 * ZIP (.xlsx) and OLE compound files (.xls, and password-protected .xlsx).
 */
export type FileKind = 'zip' | 'ole' | 'empty' | 'other';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, OLE)) return 'ole';
  return 'other';
}
