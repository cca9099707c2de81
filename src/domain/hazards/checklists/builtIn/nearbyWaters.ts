import type { ChecklistTemplate } from '../types';
import { item } from './define';

export const nearbyWatersChecklist: ChecklistTemplate = {
  type: 'template',
  templateId: 'nearby_waters',
  version: 1,
  title: '周边水域（防溺水）排查表',
  category: 'nearby_waters',
  summary: '学校周边和学生上学路线上的江河、水库、池塘、沟渠、基坑，以及校内水池、水井。汛期、暑假和寒假前必须排查。',
  sections: [
    {
      id: 'survey',
      title: '危险水域排查',
      items: [
        item('nearby_waters.register', '已排查学校周边和学生上学路线上的江河、水库、池塘、沟渠、积水坑，建立危险水域台账', {
          photo: false,
        }),
        item('nearby_waters.warning-signs', '危险水域设有醒目的“水深危险 禁止游泳”警示标志，标志完好未被遮挡', { major: true }),
        item('nearby_waters.fences', '紧邻校园或上学路线的危险水域设有护栏或隔离网，无破损缺口', { major: true }),
        item('nearby_waters.rescue-gear', '危险水域边配有救生圈、救生杆、救生绳等器材，完好可用'),
        item('nearby_waters.pits', '学校周边工地基坑、取土坑、积水坑有围挡和警示标志', { major: true }),
        item('nearby_waters.route-crossings', '上学路线上的桥梁、涵洞、河堤有护栏，学生无需涉水通行'),
        item('nearby_waters.ice', '冬季结冰的水域设有“禁止滑冰”警示（北方地区）'),
      ],
    },
    {
      id: 'campus',
      title: '校内水体',
      items: [
        item('nearby_waters.campus-water', '校内景观水池、消防水池、水井、化粪池有盖板或护栏，学生无法进入', { major: true }),
      ],
    },
    {
      id: 'joint-work',
      title: '联防与教育',
      items: [
        item('nearby_waters.guardians', '与属地村（居）委会、河湖长建立联系，每处危险水域明确看护责任人', { photo: false }),
        item('nearby_waters.patrols', '汛期、暑假等重点时段与属地联合巡查危险水域，有巡查记录', { photo: false }),
        item('nearby_waters.six-nos', '放假前开展防溺水教育，学生家长已签收防溺水“六不”告知书', {
          guidance: '“六不”：不私自下水游泳；不擅自与他人结伴游泳；不在无家长或教师带领的情况下游泳；不到无安全设施、无救援人员的水域游泳；不到不熟悉的水域游泳；不熟悉水性的学生不擅自下水施救。',
          photo: false,
        }),
      ],
    },
  ],
};
