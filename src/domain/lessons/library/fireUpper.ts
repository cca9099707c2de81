import type { Lesson } from '../model';
import { illustration, options, paragraph, points, steps, warning } from './build';

const ID = 'builtin-fire-upper';

export const fireUpper: Lesson = {
  id: ID,
  title: '火灾中逃生',
  topic: 'fire',
  body: {
    version: 1,
    bands: ['upper_primary'],
    summary: '明白火灾中浓烟最危险，掌握低姿逃生、被困自救和拨打 119 的方法。',
    minutes: 25,
    pages: [
      {
        title: '浓烟比火更危险',
        blocks: [
          paragraph('火灾中最危险的往往不是火焰，而是浓烟。烟里有一氧化碳等有毒气体，吸进几口就可能让人头晕、昏倒。'),
          paragraph('热烟会往上飘，所以离地面越近，空气越好。这就是逃生时要弯腰低姿前进的原因。'),
          illustration(ID, 'escape', '一名学生用湿毛巾捂住口鼻，弯着腰，沿墙朝绿色的安全出口标志走去，头顶是灰色的浓烟。', '捂口鼻，低姿走，朝安全出口。'),
        ],
      },
      {
        title: '逃生要领',
        blocks: [
          steps(
            '听到火警或闻到烟味，马上告诉老师或大人，按平时演练的路线撤离。',
            '用湿毛巾或衣物捂住口鼻，弯腰低姿，沿着墙快速走。',
            '走楼梯，不乘电梯：着火时电梯可能断电，把人困在里面。',
            '不回去拿书包、玩具等东西。',
            '开门前先用手背碰一下门把手。如果很烫，说明门外有火，不要开门。',
          ),
          warning('不要躲进衣柜、床底下，那里烟进得来，消防员却很难找到你。'),
        ],
      },
      {
        title: '被困时怎么办',
        blocks: [
          points(
            '关紧房门，用湿毛巾、湿床单堵住门缝，不让烟进来。',
            '到窗口或阳台呼救：白天挥动颜色鲜艳的衣服，晚上用手电筒照。',
            '拨打 119，说清楚地址、什么东西着火、有没有人被困。',
            '身上的衣服着火了，不要跑，就地打滚把火压灭。',
          ),
        ],
      },
      {
        title: '预防火灾',
        blocks: [
          points(
            '不玩火，不玩打火机、火柴。',
            '离开房间时关掉电器。',
            '记住学校安全出口标志和灭火器放在哪里。',
            '楼道和安全出口不堆放杂物。',
          ),
        ],
      },
    ],
    test: {
      passPercent: 60,
      questions: [
        {
          type: 'single',
          id: 'q1',
          prompt: '火灾中最容易让人失去生命的是什么？',
          options: options('火焰烧伤', '浓烟中的有毒气体', '房屋漏水'),
          correct: 'b',
          explanation: '浓烟中的一氧化碳等有毒气体会让人很快昏倒，很多遇难者是被烟熏倒的。',
        },
        {
          type: 'multiple',
          id: 'q2',
          prompt: '从着火的楼里逃生，哪些做法正确？',
          options: options('用湿毛巾捂住口鼻', '弯腰低姿前进', '乘电梯快速下楼', '走安全出口和楼梯'),
          correct: ['a', 'b', 'd'],
          explanation: '湿毛巾能挡住一部分烟，低处空气好；电梯可能断电或进烟，不能乘坐。',
        },
        {
          type: 'true_false',
          id: 'q3',
          prompt: '开门前摸到门把手很烫，应该马上用力把门打开冲出去。',
          correct: false,
          explanation: '门把手烫说明门外有火，开门会让火和烟冲进来。应关紧门，堵住门缝，呼救求援。',
        },
        {
          type: 'single',
          id: 'q4',
          prompt: '火警电话是多少？',
          options: options('110', '119', '120'),
          correct: 'b',
          explanation: '119 是火警电话，110 是报警电话，120 是急救电话。',
        },
        {
          type: 'true_false',
          id: 'q5',
          prompt: '身上的衣服着火了，应该就地打滚，把火压灭。',
          correct: true,
          explanation: '奔跑会带来更多空气，让火烧得更旺；打滚能把火压灭。',
        },
        {
          type: 'true_false',
          id: 'q6',
          prompt: '逃生时应该先回教室拿上书包。',
          correct: false,
          explanation: '火势和烟蔓延得很快，多耽误几秒都可能走不出来。生命最重要。',
        },
      ],
    },
  },
};
