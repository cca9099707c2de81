import type { ChecklistTemplate } from '../types';
import { item } from './define';

export const gatePerimeterChecklist: ChecklistTemplate = {
  type: 'template',
  templateId: 'gate_perimeter',
  version: 1,
  title: '门卫与周界安全排查表',
  category: 'gate_perimeter',
  summary: '人防（保安、值守、登记）、物防（器械、围墙、防冲撞设施）、技防（监控、一键报警）和上下学时段的校门口秩序。每月排查一次。',
  sections: [
    {
      id: 'people',
      title: '人防',
      items: [
        item('gate_perimeter.guards', '门卫室有专职保安员在岗，寄宿制学校夜间有保安值守', {
          guidance: '对照排班表查看在岗情况。',
        }),
        item('gate_perimeter.guard-training', '保安员持证上岗，经过培训，会使用防卫器械和报警装置', {
          guidance: '现场请保安员演示钢叉使用和一键报警。',
          photo: false,
        }),
        item('gate_perimeter.visitors', '外来人员和车辆进校核实身份、登记，经同意后方可进入'),
        item('gate_perimeter.escort-duty', '上下学时段校门口有护学岗（教师、保安或家长志愿者）值守', { photo: false }),
        item('gate_perimeter.blind-spots', '校园偏僻角落、厕所、楼梯间等欺凌易发部位纳入巡查或视频监控'),
      ],
    },
    {
      id: 'physical',
      title: '物防',
      items: [
        item('gate_perimeter.defence-tools', '门卫室配有防暴头盔、防割手套、钢叉、橡胶棍、强光手电等器械，完好可用'),
        item('gate_perimeter.anti-ram', '校门口设有隔离桩、升降柱等防冲撞设施，上下学时段处于防护状态', { major: true }),
        item('gate_perimeter.wall', '围墙或栅栏完整连续，无缺口，无可借以攀爬翻越的堆放物和树木'),
        item('gate_perimeter.lighting', '校门、围墙周边和校内主要通道夜间照明充足'),
      ],
    },
    {
      id: 'technical',
      title: '技防',
      items: [
        item('gate_perimeter.cctv', '视频监控覆盖校门、周界、主要通道、食堂、宿舍等重点部位，画面清楚，录像保存不少于30天'),
        item('gate_perimeter.alarm-button', '门卫室一键式紧急报警装置与公安机关联网，测试能正常报警', { major: true }),
        item('gate_perimeter.intrusion', '周界入侵报警装置（如有）布防正常，报警能及时响应'),
      ],
    },
    {
      id: 'surroundings',
      title: '校门口与周边',
      items: [
        item('gate_perimeter.traffic-signs', '校门口道路设有“注意儿童”警示标志、减速带和人行横道'),
        item('gate_perimeter.pick-up', '上下学接送区域秩序良好，车辆不在校门口随意停放'),
        item('gate_perimeter.nearby-venues', '校园周边200米内无网吧、歌舞娱乐场所，校门口无流动摊贩'),
      ],
    },
  ],
};
