import type { ChecklistTemplate } from '../types';
import { item } from './define';

export const fireChecklist: ChecklistTemplate = {
  type: 'template',
  templateId: 'fire',
  version: 1,
  title: '消防安全排查表',
  category: 'fire',
  summary: '疏散通道与安全出口、消防设施器材、用火管理和消防组织。每月至少排查一次，寄宿制学校和冬季加密。',
  sections: [
    {
      id: 'evacuation',
      title: '疏散通道与安全出口',
      items: [
        item('fire.exits-clear', '疏散通道、安全出口畅通，无堆放杂物、无上锁、无封堵', {
          guidance: '上课和住宿期间安全出口不得上锁；确需管控的，使用推闩等从内部一推即开的装置。',
          major: true,
        }),
        item('fire.exit-doors', '安全出口门向疏散方向开启，闭门器、推闩完好'),
        item('fire.exit-signs', '安全出口标志和疏散指示标志完好，指向正确，无遮挡'),
        item('fire.emergency-lighting', '应急照明灯和疏散指示标志断电后能自动点亮', {
          guidance: '按下测试按钮或断开电源逐个检查。',
        }),
        item('fire.window-bars', '教室、宿舍外窗未设影响逃生和灭火救援的铁栅栏、广告牌；确需防护的留有从内部可开启的逃生窗'),
        item('fire.lanes', '消防车通道畅通，无停放车辆、堆放物品或设置障碍', { major: true }),
      ],
    },
    {
      id: 'equipment',
      title: '消防设施器材',
      items: [
        item('fire.extinguishers-placed', '灭火器按楼层和场所配置，数量充足，放在明显易取的位置，未被遮挡或上锁'),
        item('fire.extinguishers-valid', '灭火器压力表指针在绿区，瓶体无锈蚀，喷管无老化开裂，在维修期和报废期内', {
          guidance: '干粉灭火器出厂满5年首次维修，以后每满2年维修一次，出厂满10年报废（GB 50444）。',
        }),
        item('fire.hydrant-cabinets', '室内消火栓箱门能正常开启，水带、水枪、卷盘齐全，无圈占、遮挡'),
        item('fire.hydrant-water', '消火栓有水且压力正常，消防水泵能正常启动', {
          guidance: '在最高层或最远端的消火栓试水检查。',
        }),
        item('fire.alarm-system', '设有火灾自动报警系统的，控制室有持证人员值守，系统无故障、无屏蔽点位', {
          guidance: '查看控制器的故障和屏蔽记录、值班记录。',
          photo: false,
        }),
      ],
    },
    {
      id: 'management',
      title: '用火管理与消防组织',
      items: [
        item('fire.materials', '教室、礼堂、图书馆等场所未用易燃可燃材料装修，无大量易燃物品堆放'),
        item('fire.open-flame', '校内无吸烟、违规动火、焚烧垃圾和燃放烟花爆竹'),
        item('fire.patrol', '每日开展防火巡查并签名记录，寄宿制学校有夜间巡查', { photo: false }),
        item('fire.staff-skills', '教职工会报警、会使用灭火器和消火栓', {
          guidance: '现场随机请1至2名教职工演示。',
          photo: false,
        }),
        item('fire.drills', '有灭火和应急疏散预案，本学期已组织消防疏散演练并留有记录', { photo: false }),
      ],
    },
  ],
};
