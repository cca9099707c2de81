import { utils, write, type WorkBook } from 'xlsx';

export type Cell = string | number | null;

/** Build an .xlsx in memory from sheets of rows, as a person's spreadsheet would hold them. */
export function xlsxBytes(sheets: Record<string, Cell[][]>, bookType: 'xlsx' | 'biff8' = 'xlsx'): Uint8Array {
  const workbook: WorkBook = utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    utils.book_append_sheet(workbook, utils.aoa_to_sheet(rows.map((row) => row.map((cell) => cell ?? undefined))), name);
  }
  return new Uint8Array(write(workbook, { type: 'array', bookType }) as ArrayBuffer);
}

export const STUDENT_HEADER = ['姓名', '身份证号', '班级', '性别'];
export const TEACHER_HEADER = ['姓名', '身份证号', '年级', '班级', '手机号', '性别'];
export const TITLE_ROWS: Cell[][] = [['批量导入学生账号模板'], ['使用说明：……*注：请勿删除此使用说明，从第4行开始填写数据。']];

/** Valid synthetic ID numbers (check digits computed), for rows built in tests. */
export const IDS = {
  boy2016: '411502201604198758',
  girl2016: '41150220160422088X',
  boy2016b: '411502201610226612',
  girl2016b: '411502201602200826',
  womanTeacher: '411502198307140926',
  manTeacher: '411502199201062119',
} as const;
