import type { ChecklistTemplate } from '../types';
import { item } from './define';

export const dormitoryChecklist: ChecklistTemplate = {
  type: 'template',
  templateId: 'dormitory',
  version: 1,
  title: '学生宿舍安全排查表',
  category: 'dormitory',
  summary: '寄宿制学校学生宿舍的疏散条件、用电防火、床铺设施和住宿管理。每周排查一次，宜包括一次夜间查看。',
  sections: [
    {
      id: 'evacuation',
      title: '建筑与疏散',
      items: [
        item('dormitory.exits-night', '宿舍楼安全出口夜间不上锁，或有专人值守、钥匙随身、能立即开启', { major: true }),
        item('dormitory.escape-windows', '窗户防护栏留有从内部可开启的逃生窗'),
        item('dormitory.extinguishers', '每层配有灭火器，疏散指示标志和应急照明完好', { category: 'fire' }),
        item('dormitory.route-map', '每层张贴疏散路线图，本学期已开展夜间疏散演练', { photo: false }),
      ],
    },
    {
      id: 'fire-electric',
      title: '用电与防火',
      items: [
        item('dormitory.appliances', '宿舍内无电热毯、热得快、电吹风等违规电器，无私拉电线', { category: 'electricity_gas' }),
        item('dormitory.charging', '宿舍内无电动自行车电池充电，无充电器、充电宝无人看管过夜充电', {
          category: 'electricity_gas',
          major: true,
        }),
        item('dormitory.open-flame', '宿舍内无蜡烛、蚊香、打火机等明火物品，无吸烟痕迹', { category: 'fire' }),
      ],
    },
    {
      id: 'facilities',
      title: '床铺与设施',
      items: [
        item('dormitory.beds', '床架牢固无松动，上铺有牢固的防护栏，爬梯完好'),
        item('dormitory.washrooms', '宿舍通风良好，卫生间地面防滑、无积水，照明正常'),
      ],
    },
    {
      id: 'management',
      title: '住宿管理',
      items: [
        item('dormitory.supervisor', '宿舍管理员（生活老师）24小时值班，夜间按时巡查并有记录', { photo: false }),
        item('dormitory.roll-call', '实行归寝点名，未按时归寝的学生能及时查明去向并通知家长', { photo: false }),
        item('dormitory.separation', '男女生宿舍分楼或分层，有隔离措施；异性和外来人员不能进入，来访有登记'),
      ],
    },
  ],
};
