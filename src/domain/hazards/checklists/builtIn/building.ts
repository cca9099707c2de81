import type { ChecklistTemplate } from '../types';
import { item } from './define';

export const buildingChecklist: ChecklistTemplate = {
  type: 'template',
  templateId: 'building',
  version: 1,
  title: '校舍安全排查表',
  category: 'building',
  summary: '教学楼、宿舍楼、食堂等校舍主体结构，楼梯走廊，附属设施和校园环境。每学期开学前、汛期前后和大风暴雨后各排查一次。',
  sections: [
    {
      id: 'structure',
      title: '主体结构',
      items: [
        item('building.structure-cracks', '墙体、梁柱、楼板无明显裂缝、倾斜、下沉，无钢筋外露锈蚀', {
          guidance: '重点查看承重墙、梁柱节点和楼板底面。新出现或持续扩展的裂缝，记录位置、长度和宽度，请专业机构鉴定。',
          major: true,
        }),
        item('building.condemned', '无经鉴定为C级、D级的危房仍在使用；停用的危房设有围挡和警示标志，无人进入', {
          guidance: '对照校舍安全鉴定报告逐栋核对。',
          major: true,
        }),
        item('building.roof', '屋面、天沟无渗漏和积水，吊顶无松动、脱落、霉变'),
        item('building.facade', '外墙面砖、抹灰、装饰构件和空调外机支架牢固，无空鼓、松动，无坠落风险', {
          guidance: '重点查看出入口上方和学生经过的通道上方，可用望远镜观察。',
        }),
        item('building.retaining-walls', '挡土墙、护坡、围墙稳固，无开裂、倾斜、鼓胀，泄水孔畅通', { major: true }),
      ],
    },
    {
      id: 'circulation',
      title: '楼梯、走廊与门窗',
      items: [
        item('building.railings', '楼梯、走廊、阳台、上人屋面的栏杆牢固，高度不低于1.10米，无可供攀爬的横向构件', {
          guidance: '用手推拉检查是否松动；竖向杆件净距不大于0.11米（GB 50099《中小学校设计规范》）。',
          major: true,
        }),
        item('building.stairs', '楼梯踏步完好、防滑，无破损松动；扶手连续牢固'),
        item('building.passages-clear', '楼梯口、走廊转角无堆放杂物，无台阶、门槛等绊脚物，通行宽度未被占用', {
          guidance: '上下学、课间操时人流集中的楼梯是防踩踏的重点。',
        }),
        item('building.stair-lighting', '楼梯间、走廊灯具齐全有效，阴雨天和傍晚光线充足'),
        item('building.peak-duty', '上下学、课间操等人流高峰时段楼梯口有教师值守疏导', {
          guidance: '查看值守安排表，并在高峰时段现场查看。',
          photo: false,
        }),
        item('building.windows', '门窗和玻璃完好、开关灵活；三层及以上可开启的窗扇有限位器或防护栏', {
          guidance: '限位后的开启宽度不宜超过10厘米，防止学生攀爬坠落。',
        }),
      ],
    },
    {
      id: 'grounds',
      title: '附属设施与校园环境',
      items: [
        item('building.fixtures', '宣传栏、广告牌、雨棚、连廊、旗杆等附属设施安装牢固，无锈蚀、变形'),
        item('building.manholes', '井盖、排水沟盖板齐全，无缺失、破损、松动'),
        item('building.construction', '校内施工区域与教学、生活区域用硬质围挡隔离，有警示标志，施工车辆不在上下学时段进出', {
          major: true,
        }),
        item('building.trees', '校园树木无悬挂的枯枝、断枝，靠近建筑和通道的大树无倾倒风险'),
      ],
    },
  ],
};
