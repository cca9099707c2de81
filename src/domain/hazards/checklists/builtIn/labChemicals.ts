import type { ChecklistTemplate } from '../types';
import { item } from './define';

export const labChemicalsChecklist: ChecklistTemplate = {
  type: 'template',
  templateId: 'lab_chemicals',
  version: 1,
  title: '实验室危险化学品排查表',
  category: 'lab_chemicals',
  summary: '化学、生物实验室和药品室的危险化学品存放、台账、使用与废弃物处置，以及实验室安全设施。每学期开学和期末各排查一次。',
  sections: [
    {
      id: 'storage',
      title: '存放与台账',
      items: [
        item('lab_chemicals.double-lock', '易制毒、易制爆和剧毒化学品存放在专用柜中，双人保管、双人领取、双把锁', {
          major: true,
        }),
        item('lab_chemicals.ledger', '危险化学品台账账物相符，领用、归还和消耗有双人签字记录'),
        item('lab_chemicals.segregation', '试剂分类存放：氧化剂与还原剂、酸与碱、易燃物与氧化剂不混放', { major: true }),
        item('lab_chemicals.labels', '试剂瓶标签清楚完整，无无标签试剂和过期失效试剂'),
        item('lab_chemicals.store-room', '药品室通风、阴凉、避光，有防盗门窗，不与实验教室混用'),
        item('lab_chemicals.quantity', '危险化学品存量不超过教学需要，原则上不超过一学期用量'),
      ],
    },
    {
      id: 'facilities',
      title: '实验室设施',
      items: [
        item('lab_chemicals.ventilation', '通风橱、排风扇运行正常'),
        item('lab_chemicals.emergency-kit', '配有洗眼器（或紧急喷淋）、急救箱、灭火毯和灭火器，且能正常使用'),
        item('lab_chemicals.electrics', '实验室线路和插座规范，仪器设备接地良好', { category: 'electricity_gas' }),
        item('lab_chemicals.ppe', '配有护目镜、防护手套等防护用品，做有危险性的实验时师生佩戴'),
      ],
    },
    {
      id: 'use',
      title: '使用与废弃物',
      items: [
        item('lab_chemicals.supervision', '学生实验在教师指导下进行，学生不单独进入药品室或取用危险化学品', { photo: false }),
        item('lab_chemicals.burners', '酒精灯使用规范：酒精不超过灯容积的2/3，不用燃着的酒精灯引燃另一盏', {
          category: 'fire',
        }),
        item('lab_chemicals.waste', '实验废液、废渣分类收集在专用容器中，交有资质的单位处置，不倒入下水道'),
      ],
    },
  ],
};
