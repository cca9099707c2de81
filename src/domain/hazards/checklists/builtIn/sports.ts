import type { ChecklistTemplate } from '../types';
import { item } from './define';

export const sportsChecklist: ChecklistTemplate = {
  type: 'template',
  templateId: 'sports',
  version: 1,
  title: '体育设施器材排查表',
  category: 'sports',
  summary: '运动场地、固定和移动体育器材、体育馆和游泳池。每月排查一次，运动会和大型活动前加查。',
  sections: [
    {
      id: 'fixed',
      title: '固定与大型器材',
      items: [
        item('sports.goals-anchored', '足球门、手球门、篮球架等底座稳固，可移动球门有配重或地锚固定，推拉不倾倒', {
          guidance: '用力推拉门柱检查；球门倾倒压伤学生的事故多发生在无人看管的课间。',
          major: true,
        }),
        item('sports.basketball', '篮板、篮圈安装牢固，篮球架立柱有防护软包'),
        item('sports.gymnastics', '单杠、双杠、肋木、攀爬架等无锈蚀、开焊、松动，下方有保护垫或沙坑'),
        item('sports.hanging', '体育馆、风雨操场的灯具、篮板、吊挂物固定牢固，无坠落风险', { major: true }),
        item('sports.stands', '看台、主席台结构稳固，栏杆完好'),
      ],
    },
    {
      id: 'grounds',
      title: '场地',
      items: [
        item('sports.track', '跑道和场地平整，无坑洼、破损、翘起，塑胶面层无大面积脱落'),
        item('sports.obstacles', '运动场内及周边无突出的井盖、桩柱、台阶等障碍物，距离过近的有防护'),
        item('sports.sandpit', '沙坑沙子松软，无石块、玻璃等杂物'),
        item('sports.surface-odour', '塑胶跑道、人造草坪无明显刺激性气味，有有害物质检测报告'),
      ],
    },
    {
      id: 'management',
      title: '管理',
      items: [
        item('sports.storage', '器材室物品摆放有序，铅球、标枪等投掷器材单独存放，借还有登记'),
        item('sports.inspection-records', '固定器材有使用说明和警示标识，有定期检查维护记录', { photo: false }),
        item('sports.pool', '游泳池（如有）开放时有救生员和救生器材，水深标识清楚，不开放时封闭管理', {
          major: true,
        }),
      ],
    },
  ],
};
