import { className, gender, GRADE_OPTIONS, idNumber, personName, phone } from './columns';
import type { TemplateDef } from './types';

/** 附件5: 开通教师账号模板, one school per sheet. Grade and class name the class the teacher heads. */
export const teacherTemplate: TemplateDef = {
  kind: 'teacher',
  title: '批量导入教师(班主任)账号模板',
  instructions: [
    '使用说明：（手机号可不填写；填写完成后，由学校信息管理员登录平台导入，开通班主任账号）',
    '1、生成的账号为姓名拼音或拼音与数字的组合，初始密码由系统随机生成，首次登录须修改；（如有港澳台、外籍教师请与平台联系处理）',
    '2、年级填写格式：一年级，初一，高一；',
    '3、班级填写格式：一班，二班，实验班。需与导入学生账号模板中的班级格式填写一致；',
    '4、填写的内容中不可带有空格、括号等字符；',
    '5、如在另外文档中将内容复制到此文档，请将内容格式清除，勿将空白单元格复制到此模板中。',
    '请如实填写以下各项内容，相关资料会严格保密，请放心填写。',
    '*注：请勿删除此使用说明，从第4行开始填写数据，一个学校一张表格。',
  ].join('\n'),
  columns: [
    personName('姓名', ['教师姓名', '班主任姓名', '班主任']),
    idNumber,
    // Grade and class: both or neither (a safety-lesson teacher may head no class).
    { field: 'grade', header: '年级', synonyms: ['所在年级', '任教年级'], required: false, key: true, width: 10, options: GRADE_OPTIONS },
    { ...className, required: false, key: true },
    phone('手机号', false),
    gender,
  ],
  sheetsAreGrades: false,
  sheetsAreSchools: true,
  sheetName: '教师',
  fileStem: '教师账号导入',
};
