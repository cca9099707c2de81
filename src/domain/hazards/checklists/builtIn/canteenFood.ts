import type { ChecklistTemplate } from '../types';
import { item } from './define';

export const canteenFoodChecklist: ChecklistTemplate = {
  type: 'template',
  templateId: 'canteen_food',
  version: 1,
  title: '食堂与食品安全排查表',
  category: 'canteen_food',
  summary: '学校食堂（含校外供餐）的证照人员、原料采购贮存、加工留样、环境设施和防投毒。每周排查一次。',
  sections: [
    {
      id: 'licences',
      title: '证照与人员',
      items: [
        item('canteen_food.licence', '食品经营许可证在有效期内并在醒目位置公示，经营项目与实际相符', { major: true }),
        item('canteen_food.health-certificates', '从业人员持有效健康证明上岗；每日晨检有记录，有发热、腹泻、手部伤口的人员未上岗', {
          photo: false,
        }),
        item('canteen_food.accompanying-meals', '学校负责人陪餐并有陪餐记录', { photo: false }),
        item('canteen_food.supplier', '校外供餐单位证照齐全，送餐时间、温度符合要求，有验收记录', { photo: false }),
      ],
    },
    {
      id: 'purchase-storage',
      title: '原料采购与贮存',
      items: [
        item('canteen_food.traceability', '食品及原料索证索票齐全，进货查验记录完整，能追溯到供货单位', { photo: false }),
        item('canteen_food.expired', '库房和操作间无过期、变质、标签不全的食品和原料', { major: true }),
        item('canteen_food.storage', '食品分类分架、离地离墙存放，生熟分开；冷藏、冷冻设备温度符合要求', {
          guidance: '离地离墙10厘米以上；冷藏0至8℃，冷冻-12℃以下（GB 31654）。',
        }),
        item('canteen_food.additives', '食品添加剂专人、专柜、专册管理；无亚硝酸盐', { major: true }),
      ],
    },
    {
      id: 'processing',
      title: '加工与留样',
      items: [
        item('canteen_food.high-risk-food', '不制售冷荤类、生食类食品和裱花蛋糕，不加工四季豆、鲜黄花菜、野生蘑菇、发芽土豆等高风险食品', {
          major: true,
        }),
        item('canteen_food.raw-cooked', '生熟食品的刀具、砧板、容器分开使用并有标识，食品烧熟煮透', {
          guidance: '加工后中心温度不低于70℃。',
        }),
        item('canteen_food.samples', '每餐次每个品种留样不少于125克，冷藏保存48小时以上，留样记录完整', {
          guidance: '专用留样冰箱，标明餐次、品名、留样时间和留样人。',
        }),
        item('canteen_food.tableware', '餐用具清洗消毒设施正常使用，消毒后保洁存放，有消毒记录'),
      ],
    },
    {
      id: 'environment',
      title: '环境与设施',
      items: [
        item('canteen_food.pests', '操作间和库房有挡鼠板、纱窗、灭蝇灯等设施，无鼠迹、蝇虫'),
        item('canteen_food.floor-drains', '操作间地面无积水，排水沟有盖板'),
        item('canteen_food.hood', '灶台、排烟罩和烟道无厚积油垢，定期清洗有记录', { category: 'fire' }),
        item('canteen_food.kitchen-fire', '厨房配有灭火毯和灭火器，员工会使用', { category: 'fire' }),
        item('canteen_food.closed-access', '操作间、库房封闭管理，无关人员不能进入', {
          guidance: '防投毒：查看门禁、监控和出入登记。',
        }),
      ],
    },
  ],
};
