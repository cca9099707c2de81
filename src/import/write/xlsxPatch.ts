import { CFB } from 'xlsx';

/**
 * What SheetJS's community edition cannot write, added to its output:
 * drop-down lists (data validation), cell styles for the title,
 * instruction and header rows, a text format on the ID-number and phone
 * columns (so Excel keeps 18 digits as typed) and frozen header rows.
 *
 * Why patch instead of another library: exceljs writes validations but
 * cannot read .xls, so we would ship two spreadsheet libraries (exceljs
 * is ~1 MB with its own zip and XML stack) for four XML elements. SheetJS
 * already bundles its zip reader/writer (XLSX.CFB); the sheet XML it
 * writes is fixed for the pinned version (0.20.3), and the patch inserts
 * elements at the positions the OOXML schema requires. Tests read the
 * result back.
 */

interface CfbEntry {
  content: Uint8Array;
  size: number;
}
interface CfbContainer {
  FullPaths: string[];
}
/** The part of SheetJS's bundled CFB/zip library we use (typed `any` upstream). */
interface CfbApi {
  read(data: Uint8Array, options: { type: 'array' }): CfbContainer;
  find(container: CfbContainer, path: string): CfbEntry | null;
  write(container: CfbContainer, options: { fileType: 'zip'; type: 'array'; compression: boolean }): ArrayLike<number>;
}
const cfb = CFB as CfbApi;

export type CellStyle = 'title' | 'instructions' | 'header' | 'text';

export interface ListValidation {
  /** A1-style range, e.g. D4:D10003. */
  sqref: string;
  options: readonly string[];
}

export interface SheetPatch {
  /** 1-based, in workbook order (xl/worksheets/sheetN.xml). */
  sheetNumber: number;
  validations: readonly ListValidation[];
  /** Cell address → style. */
  cells: Readonly<Record<string, CellStyle>>;
  /** 0-based column indexes whose blank cells take the text format. */
  textColumns: readonly number[];
  /** Rows above the data (kept in view while scrolling). */
  frozenRows: number;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Styles appended to styles.xml; their cellXfs indexes are known after appending. */
function patchStyles(xml: string): { xml: string; index: Record<CellStyle, number> } {
  const fonts = Number(/<fonts count="(\d+)"/.exec(xml)?.[1] ?? 1);
  const xfs = Number(/<cellXfs count="(\d+)"/.exec(xml)?.[1] ?? 1);
  const boldFont = fonts;
  const titleFont = fonts + 1;
  const newFonts = '<font><b/><sz val="12"/><name val="宋体"/><family val="3"/><charset val="134"/></font>' + '<font><b/><sz val="16"/><name val="宋体"/><family val="3"/><charset val="134"/></font>';
  const newXfs = [
    `<xf numFmtId="0" fontId="${titleFont}" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>`,
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="left" vertical="top" wrapText="1"/></xf>',
    `<xf numFmtId="0" fontId="${boldFont}" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>`,
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
  ].join('');
  const patched = xml
    .replace(/<fonts count="\d+">([\s\S]*?)<\/fonts>/, (_, inner: string) => `<fonts count="${fonts + 2}">${inner}${newFonts}</fonts>`)
    .replace(/<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/, (_, inner: string) => `<cellXfs count="${xfs + 4}">${inner}${newXfs}</cellXfs>`);
  return { xml: patched, index: { title: xfs, instructions: xfs + 1, header: xfs + 2, text: xfs + 3 } };
}

function setCellStyle(xml: string, ref: string, style: number): string {
  return xml.replace(new RegExp(`<c r="${ref}"([^>]*?)(/?)>`), (_, attrs: string, slash: string) => `<c r="${ref}"${attrs.replace(/ s="\d+"/, '')} s="${style}"${slash}>`);
}

function setColumnStyle(xml: string, column: number, style: number): string {
  const n = column + 1;
  return xml.replace(new RegExp(`<col min="${n}" max="${n}"([^>]*?)/>`), (_, attrs: string) => `<col min="${n}" max="${n}"${attrs} style="${style}"/>`);
}

function dataValidations(validations: readonly ListValidation[]): string {
  const items = validations.map((v) => {
    const list = escapeXml(`"${v.options.map((o) => o.replace(/"/g, '""')).join(',')}"`);
    return (
      `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="stop" ` +
      `errorTitle="输入有误" error="请从下拉列表中选择：${escapeXml(v.options.join('、'))}" sqref="${v.sqref}">` +
      `<formula1>${list}</formula1></dataValidation>`
    );
  });
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}

/** Elements that follow <dataValidations> in CT_Worksheet; it goes before the first present. */
const AFTER_VALIDATIONS = ['<hyperlinks', '<printOptions', '<pageMargins', '<pageSetup', '<headerFooter', '<rowBreaks', '<colBreaks', '<customProperties', '<cellWatches', '<ignoredErrors', '<smartTags', '<drawing', '<legacyDrawing', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

function insertValidations(xml: string, validations: readonly ListValidation[]): string {
  if (validations.length === 0) return xml;
  const at = Math.min(...AFTER_VALIDATIONS.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0));
  return xml.slice(0, at) + dataValidations(validations) + xml.slice(at);
}

function freeze(xml: string, rows: number): string {
  if (rows <= 0) return xml;
  const pane = `<pane ySplit="${rows}" topLeftCell="A${rows + 1}" activePane="bottomLeft" state="frozen"/>`;
  return xml.replace(/<sheetView workbookViewId="0"\s*\/>/, `<sheetView workbookViewId="0">${pane}</sheetView>`);
}

function patchSheet(xml: string, patch: SheetPatch, styles: Record<CellStyle, number>): string {
  let out = xml;
  for (const [ref, style] of Object.entries(patch.cells)) out = setCellStyle(out, ref, styles[style]);
  for (const column of patch.textColumns) out = setColumnStyle(out, column, styles.text);
  out = freeze(out, patch.frozenRows);
  return insertValidations(out, patch.validations);
}

function entryOf(container: CfbContainer, path: string): CfbEntry {
  const entry = cfb.find(container, path);
  if (!entry) throw new Error(`xlsx part missing: ${path}`);
  return entry;
}

function setText(entry: CfbEntry, xml: string): void {
  entry.content = encoder.encode(xml);
  entry.size = entry.content.length;
}

/** Apply the patches to an .xlsx written by SheetJS. */
export function patchXlsx(xlsx: Uint8Array, patches: readonly SheetPatch[]): Uint8Array {
  const container = cfb.read(xlsx, { type: 'array' });
  const stylesEntry = entryOf(container, '/xl/styles.xml');
  const styles = patchStyles(decoder.decode(stylesEntry.content));
  setText(stylesEntry, styles.xml);
  for (const patch of patches) {
    const sheet = entryOf(container, `/xl/worksheets/sheet${patch.sheetNumber}.xml`);
    setText(sheet, patchSheet(decoder.decode(sheet.content), patch, styles.index));
  }
  return Uint8Array.from(cfb.write(container, { fileType: 'zip', type: 'array', compression: true }));
}
