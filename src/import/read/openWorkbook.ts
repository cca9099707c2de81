import { read, type WorkBook } from 'xlsx';
import type { FindingCode } from '../findingCodes';
import { MAX_FILE_BYTES } from './limits';
import { sizeParams } from './sizeCheck';
import { sniffFile } from './sniff';

export type OpenResult = { ok: true; workbook: WorkBook } | { ok: false; code: FindingCode; params: Record<string, string | number> };

/**
 * Bytes → SheetJS workbook, or the reason it cannot be read. Never throws:
 * SheetJS errors on truncated or foreign files become findings.
 *
 * Options: dense mode (rows as arrays, about twice as fast on large sheets),
 * no formatted text, styles, formulas or HTML — the importer only needs
 * values. A fresh options object per call: SheetJS writes into it.
 */
export function openWorkbook(bytes: Uint8Array): OpenResult {
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, code: 'fileTooLarge', params: sizeParams(bytes.byteLength) };
  const kind = sniffFile(bytes);
  if (kind === 'empty') return { ok: false, code: 'fileEmpty', params: {} };
  if (kind === 'other') return { ok: false, code: 'fileNotExcel', params: {} };
  try {
    const workbook = read(bytes, {
      type: 'array',
      dense: true,
      cellText: false,
      cellNF: false,
      cellHTML: false,
      cellFormula: false,
      cellStyles: false,
      cellDates: false,
    });
    return { ok: true, workbook };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: readFailure(kind, message), params: {} };
  }
}

/**
 * What SheetJS's error means for the person: a password-protected .xlsx
 * is an OLE container holding an encrypted package; a zip or OLE file
 * without workbook parts is some other document (.docx, .doc); anything
 * else is damaged or cut short.
 */
function readFailure(kind: 'zip' | 'ole', message: string): FindingCode {
  if (kind === 'ole' && /password|encrypt/i.test(message)) return 'fileEncrypted';
  if (/Unsupported ZIP file|Cannot find Workbook stream/i.test(message)) return 'fileNotExcel';
  return 'fileCorrupt';
}
