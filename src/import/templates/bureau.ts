import { personName, phone } from './columns';
import type { TemplateDef } from './types';

/** 附件2: 开通县（市、区）教育局账号模板, filled in by a city bureau. */
export const bureauTemplate: TemplateDef = {
  kind: 'bureau',
  title: 'XXX市各县（市、区）教育局联系清单',
  instructions: [
    '使用说明：（由各省辖市教育局填写，用于开通各县（市、区）教育局账号）',
    '1、每行填写一个县（市、区）教育局，教育局名称请写全称，如：浉河区教育局；',
    '2、安全科负责人姓名中不可带有空格、括号等字符，生成的账号为姓名拼音或拼音与数字的组合，初始密码由系统随机生成，首次登录须修改；',
    '3、手机填写11位手机号码；',
    '请如实填写以下各项内容，相关资料会严格保密，请放心填写。',
    '*注：请勿删除此使用说明，从第4行开始填写数据。',
  ].join('\n'),
  columns: [
    { field: 'seq', header: '序号', synonyms: ['编号', '序'], required: false, width: 6, ignorable: true },
    { field: 'city', header: '地级以上市名称', synonyms: ['市名称', '地市名称', '省辖市名称', '地市', '市'], required: true, width: 16 },
    {
      field: 'bureau',
      header: '各县（市、区）教育局名称',
      synonyms: ['县（市、区）教育局名称', '县区教育局名称', '教育局名称', '教育局'],
      required: true,
      width: 24,
    },
    personName('安全科负责人姓名', ['安全科负责人', '负责人姓名', '负责人']),
    // The notice asks for a phone, but accounts do not store it: optional, checked when given.
    phone('手机', false),
    { field: 'email', header: '邮箱', synonyms: ['电子邮箱', '电子邮件', '邮件', 'email', 'e-mail'], required: false, width: 22 },
  ],
  sheetsAreGrades: false,
  sheetsAreSchools: false,
  sheetName: '县区教育局联系清单',
  fileStem: '县区教育局联系清单',
};
