import { personName, SCHOOL_NATURE_OPTIONS, SCHOOL_STAGE_OPTIONS, SCHOOL_TYPE_OPTIONS } from './columns';
import type { TemplateDef } from './types';

/**
 * 附件3: 开通学校账号模板. Two rows per school: the first for the safety
 * leader (分管安全校长), the second for the information administrator
 * (信息管理员). 县（区、市） names the unit the school hangs under, or
 * 市直属 for a city-direct school.
 */
export const CITY_DIRECT = '市直属';

export const schoolTemplate: TemplateDef = {
  kind: 'school',
  title: 'XXX市XXX县批量导入学校模板',
  instructions: [
    '使用说明：',
    '1、区县填写格式：所在县（区、市），如：中原区；(市直属学校请填写“市直属”)',
    '2、学校类型填写格式："中学"、"小学"或"中学、小学"；',
    '3、学校性质填写格式："公办"或者"民办"；',
    '4、年级段填写格式:小学，初中，高中，九年一贯制，十二年一贯制，完全中学，特殊教育学校，中职学校；',
    '5、负责人填写要求：同一学校需导入两名人员账号，第一行为学校分管安全领导，第二行为信息管理员(每行填写一人）；',
    '请如实填写以下各项内容，相关资料会严格保密，请放心填写。',
    '*注：请勿删除此使用说明，从第4行开始填写数据。',
  ].join('\n'),
  columns: [
    { field: 'schoolName', header: '学校名称', synonyms: ['学校', '学校全称'], required: true, width: 28 },
    { field: 'schoolType', header: '学校类型', synonyms: ['类型'], required: true, width: 12, options: SCHOOL_TYPE_OPTIONS },
    { field: 'nature', header: '学校性质', synonyms: ['办学性质', '性质'], required: true, width: 10, options: SCHOOL_NATURE_OPTIONS },
    { field: 'stage', header: '年级段', synonyms: ['学段', '办学层次'], required: true, width: 14, options: SCHOOL_STAGE_OPTIONS },
    {
      field: 'county',
      header: '县（区、市）',
      synonyms: ['县（市、区）', '县区', '区县', '所在县区', '所在县（区、市）', '所属县区', '所属区县'],
      required: true,
      width: 14,
    },
    personName('负责人', ['负责人姓名', '联系人']),
    { field: 'address', header: '学校地址', synonyms: ['地址', '详细地址'], required: false, width: 30 },
  ],
  sheetsAreGrades: false,
  sheetsAreSchools: false,
  sheetName: '学校账号导入',
  fileStem: '学校账号导入',
};
