import type { Lesson } from '../model';
import { illustration, options, paragraph, points, steps, tip, warning } from './build';

const ID = 'builtin-traffic-lower';

export const trafficLower: Lesson = {
  id: ID,
  title: '安全过马路',
  topic: 'traffic',
  body: {
    version: 1,
    bands: ['lower_primary'],
    summary: '认识红绿灯和斑马线，学会“一停二看三通过”，坐车时守规矩。',
    minutes: 20,
    pages: [
      {
        title: '红灯停，绿灯行',
        blocks: [
          illustration(ID, 'crossing', '小朋友牵着妈妈的手，在绿灯亮时走斑马线过马路，汽车停在停止线后。', '绿灯亮了，走斑马线。'),
          paragraph('过马路要走人行横道，也就是斑马线。有过街天桥或地下通道的地方，走天桥或地下通道。'),
          paragraph('红灯亮了要停下，绿灯亮了才能走。绿灯开始闪的时候，还没走上马路的小朋友，要等下一个绿灯。'),
        ],
      },
      {
        title: '一停二看三通过',
        blocks: [
          steps('停：走到路边停下来。', '看：先看左边，再看右边，再看一次左边。', '通过：确定没有车开过来，再快步走过去。'),
          points('过马路时不追跑，不打闹。', '不在马路上踢球、捡东西。', '不从停着的汽车前后突然跑出来。'),
        ],
      },
      {
        title: '坐车也要守规矩',
        blocks: [
          points('上车系好安全带。', '小朋友坐在后排的儿童安全座椅上。', '不把头和手伸出窗外。', '从靠路边的车门下车，下车前看看后面有没有车。'),
          warning('不要在汽车前后和车底下玩。司机坐在车里，看不见紧挨着车的小朋友。'),
        ],
      },
      {
        title: '满 12 岁才能骑车上路',
        blocks: [
          paragraph('国家规定：在马路上骑自行车，要年满 12 周岁。'),
          paragraph('小朋友不在马路上骑车，也不在马路上玩滑板车、轮滑。'),
          tip('放学路上，和同学排好队，走人行道。'),
        ],
      },
    ],
    test: {
      passPercent: 60,
      questions: [
        {
          type: 'single',
          id: 'q1',
          prompt: '人行横道的绿灯开始闪了，你还没走上马路，应该怎么做？',
          options: options('赶快跑过去', '停下来，等下一个绿灯'),
          correct: 'b',
          explanation: '绿灯闪说明马上要变红灯。跑过去时灯变了，车就开过来了，很危险。',
        },
        {
          type: 'true_false',
          id: 'q2',
          prompt: '过马路时可以和同学追着跑。',
          correct: false,
          explanation: '追跑时顾不上看车，还容易摔倒。过马路要看清楚，快步走。',
        },
        {
          type: 'multiple',
          id: 'q3',
          prompt: '坐汽车时，哪些做法是对的？',
          options: options('系好安全带', '坐在后排的儿童安全座椅上', '把手伸出窗外吹风', '从靠路边的车门下车'),
          correct: ['a', 'b', 'd'],
          explanation: '安全带和安全座椅能保护我们；手伸出窗外会被路边的东西或别的车碰伤。',
        },
        {
          type: 'true_false',
          id: 'q4',
          prompt: '司机坐在车里，有时看不见站在车后面的小朋友。',
          correct: true,
          explanation: '汽车前后和旁边都有司机看不见的地方，叫“盲区”。不要在车旁边玩。',
        },
        {
          type: 'single',
          id: 'q5',
          prompt: '小明今年 8 岁，他可以在马路上骑自行车吗？',
          options: options('可以', '不可以，要年满 12 周岁'),
          correct: 'b',
          explanation: '国家规定年满 12 周岁才能骑自行车上路。',
        },
      ],
    },
  },
};
