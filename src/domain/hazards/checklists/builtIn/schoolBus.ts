import type { ChecklistTemplate } from '../types';
import { item } from './define';

export const schoolBusChecklist: ChecklistTemplate = {
  type: 'template',
  templateId: 'school_bus',
  version: 1,
  title: '校车安全排查表',
  category: 'school_bus',
  summary: '按《校车安全管理条例》检查校车车辆和手续、驾驶人与照管人员、运行管理，以及学校周边非法接送学生的车辆。每月排查一次。',
  sections: [
    {
      id: 'vehicle',
      title: '车辆与手续',
      items: [
        item('school_bus.licence', '校车取得校车标牌，行驶证、保险在有效期内，按期检验', { major: true }),
        item('school_bus.markings', '车身有校车标志，停车指示标志和车内外照明完好'),
        item('school_bus.seats', '每个座位有安全带，座椅牢固，无加装座位'),
        item('school_bus.safety-kit', '配有灭火器、安全锤和急救箱，应急出口和安全锤位置有标识'),
        item('school_bus.tracking', '行驶记录仪、卫星定位装置工作正常'),
        item('school_bus.roadworthy', '轮胎、制动、灯光、雨刮状况良好，每日出车前检查并记录'),
      ],
    },
    {
      id: 'people',
      title: '驾驶人与照管人员',
      items: [
        item('school_bus.driver', '驾驶人取得校车驾驶资格，无饮酒驾驶、记满12分等不良记录', {
          major: true,
          photo: false,
        }),
        item('school_bus.driver-check', '每次出车前对驾驶人做酒精检测和身体状况询问并记录', { photo: false }),
        item('school_bus.attendant', '每车配有随车照管人员，上下车清点人数并记录', { photo: false }),
      ],
    },
    {
      id: 'operation',
      title: '运行管理',
      items: [
        item('school_bus.capacity', '载客人数不超过核定人数', {
          guidance: '现场清点，或核对乘车名单与乘车记录。',
          major: true,
        }),
        item('school_bus.route', '按审批的线路、站点和时间行驶，停靠站点设在安全位置'),
        item('school_bus.left-behind', '到站后照管人员逐排查看，确认无学生滞留车内并签字', { major: true, photo: false }),
        item('school_bus.illegal-transport', '学校周边无超载面包车、三轮车、农用车等非法接送学生的车辆', { major: true }),
      ],
    },
  ],
};
