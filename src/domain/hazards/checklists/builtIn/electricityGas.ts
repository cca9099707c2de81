import type { ChecklistTemplate } from '../types';
import { item } from './define';

export const electricityGasChecklist: ChecklistTemplate = {
  type: 'template',
  templateId: 'electricity_gas',
  version: 1,
  title: '用电用气安全排查表',
  category: 'electricity_gas',
  summary: '配电设施、电气线路和用电设备，电动自行车充电，燃气管道和液化石油气钢瓶。每月排查一次，夏季用电高峰和冬季取暖前加查。',
  sections: [
    {
      id: 'distribution',
      title: '配电与线路',
      items: [
        item('electricity_gas.switch-room', '配电室门锁完好，有警示标志，室内无杂物堆放、无渗漏'),
        item('electricity_gas.boxes', '配电箱、开关箱箱门完好并加锁，内部无裸露带电体，回路标识清楚'),
        item('electricity_gas.rcd', '教室、宿舍、食堂等插座回路装有漏电保护器，按试验按钮能正常跳闸', {
          guidance: '每月按一次试验按钮；不跳闸的应立即更换。',
        }),
        item('electricity_gas.wiring', '电气线路穿管或线槽敷设，无私拉乱接，无老化破损和裸露接头'),
        item('electricity_gas.outdoor', '变压器、室外配电设施有围栏和警示标志，学生无法攀爬接近', { major: true }),
        item('electricity_gas.lightning', '防雷装置完好，接闪器和引下线无锈蚀断裂，有年度检测报告'),
      ],
    },
    {
      id: 'appliances',
      title: '用电设备',
      items: [
        item('electricity_gas.sockets', '开关、插座面板完好，无松动和烧焦痕迹；学生可触及的低位插座为安全门插座'),
        item('electricity_gas.power-strips', '无插排串接使用；空调、开水器等大功率电器使用专用回路和插座'),
        item('electricity_gas.after-hours', '放学后教室、办公室的多媒体设备、饮水机等电器已断电', {
          guidance: '放学后抽查。',
        }),
        item('electricity_gas.e-bikes', '电动自行车在室外或独立场所集中停放充电，不在楼道、门厅、宿舍内停放和充电', {
          category: 'fire',
          major: true,
        }),
      ],
    },
    {
      id: 'gas',
      title: '燃气',
      items: [
        item('electricity_gas.gas-pipes', '燃气管道、阀门完好；连接软管不超过2米、两端卡箍固定、不穿墙，无老化', {
          guidance: '用肥皂水涂抹接口检查是否漏气，严禁用明火检漏。现场有燃气异味的，立即关阀、开窗、疏散。',
          major: true,
        }),
        item('electricity_gas.gas-alarm', '用气场所装有可燃气体报警器，与紧急切断阀联动，在有效期内'),
        item('electricity_gas.cylinders', '液化石油气钢瓶在检验期内，直立放置，与灶具水平净距不小于0.5米，不存放在地下室', {
          major: true,
        }),
        item('electricity_gas.ventilation', '用气场所通风良好，浴室内未安装燃气热水器', { major: true }),
      ],
    },
  ],
};
