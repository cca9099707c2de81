import { CFB } from 'xlsx';

/** Read one XML part of an .xlsx (SheetJS's bundled zip reader, typed `any` upstream). */
interface CfbApi {
  read(data: Uint8Array, options: { type: 'array' }): unknown;
  find(container: unknown, path: string): { content: Uint8Array } | null;
}

export function xlsxPart(bytes: Uint8Array, path: string): string {
  const cfb = CFB as CfbApi;
  const entry = cfb.find(cfb.read(bytes, { type: 'array' }), path);
  if (!entry) throw new Error(`no part ${path}`);
  return new TextDecoder().decode(entry.content);
}

export function sheetXml(bytes: Uint8Array, sheetNumber = 1): string {
  return xlsxPart(bytes, `/xl/worksheets/sheet${sheetNumber}.xml`);
}
