import { className, gender, idNumber, personName } from './columns';
import type { TemplateDef } from './types';

/** 附件6: 开通学生账号模板, one grade per sheet: the sheet name is the grade. */
export const studentTemplate: TemplateDef = {
  kind: 'student',
  title: '批量导入学生账号模板',
  instructions: [
    '使用说明：（填写完成后，由学校信息管理员登录平台导入，开通学生账号）',
    '1、生成的账号为姓名拼音或拼音与数字的组合，初始密码由系统随机生成，首次登录须修改；（如有港澳台、外籍学生请与平台联系处理）',
    '2、班级填写格式：一班，二班，实验班。需与导入教师账号模板中班级格式填写一致；',
    '3、填写的内容中不可带有空格、括号等字符；',
    '4、如在另外文档中将内容复制到此文档，请将内容格式清除，勿将空白单元格复制到此模板中。',
    '请如实填写以下各项内容，相关资料会严格保密，请放心填写。',
    '*注：请勿删除此使用说明，从第4行开始填写数据，一个年级一张表格，工作表名称为年级（如：一年级、初一）。',
  ].join('\n'),
  columns: [personName('姓名', ['学生姓名']), idNumber, className, gender],
  sheetsAreGrades: true,
  sheetsAreSchools: false,
  sheetName: '一年级',
  fileStem: '学生账号导入',
};
