import type { ChecklistTemplate } from '../types';
import { item } from './define';

export const drinkingWaterChecklist: ChecklistTemplate = {
  type: 'template',
  templateId: 'drinking_water',
  version: 1,
  title: '饮用水安全排查表',
  category: 'drinking_water',
  summary: '自备水源、二次供水设施、饮水设备和桶装水。每月排查一次，汛期和停水复供后加查。',
  sections: [
    {
      id: 'supply',
      title: '水源与供水设施',
      items: [
        item('drinking_water.permits', '自备水源或二次供水有卫生许可，水质检测报告在有效期内', { photo: false }),
        item('drinking_water.tank-covered', '二次供水水箱（池）加盖加锁，通气孔和溢流管有防护网，周边无污染源', { major: true }),
        item('drinking_water.tank-cleaning', '水箱（池）每年至少全面清洗消毒一次，有记录和清洗后的水质检测报告', { photo: false }),
        item('drinking_water.well', '自备井井口高出地面，有井台和井盖，周围30米内无厕所、垃圾堆、养殖场等污染源', {
          major: true,
        }),
        item('drinking_water.pump-room', '水泵房、水箱间上锁，专人管理，无关人员不能进入', {
          guidance: '防投毒：查看钥匙管理和出入登记。',
        }),
        item('drinking_water.pipes', '供水管道无跑冒滴漏，未与非饮用水管道连接'),
      ],
    },
    {
      id: 'dispensing',
      title: '饮水设备与桶装水',
      items: [
        item('drinking_water.water-quality', '现场出水无异色、异味和肉眼可见物', { major: true }),
        item('drinking_water.dispensers', '饮水机、直饮水设备有卫生许可批件，按期更换滤芯、清洗消毒并有记录'),
        item('drinking_water.hot-water', '开水器接地良好，出水口有防烫警示，低年级学生不直接使用开水', {
          category: 'electricity_gas',
        }),
        item('drinking_water.bottled', '桶装水有生产许可和合格证明，在保质期内，不直接放在地面，空桶满桶分开存放'),
      ],
    },
    {
      id: 'management',
      title: '管理与应急',
      items: [
        item('drinking_water.sufficient', '饮水供应满足需要，学生在校期间能随时喝到开水或合格的直饮水'),
        item('drinking_water.incident-plan', '有饮用水污染应急预案，出现学生集体腹泻等异常时能立即停用供水并报告', {
          photo: false,
        }),
      ],
    },
  ],
};
