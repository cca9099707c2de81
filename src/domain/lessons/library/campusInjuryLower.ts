import type { Lesson } from '../model';
import { illustration, options, paragraph, points, steps, tip } from './build';

const ID = 'builtin-campus-injury-lower';

export const campusInjuryLower: Lesson = {
  id: ID,
  title: '课间活动不受伤',
  topic: 'accidental_injury',
  body: {
    version: 1,
    bands: ['lower_primary'],
    summary: '课间在走廊、楼梯上慢慢走，文具玩具用对方法，受伤了马上告诉老师。',
    minutes: 15,
    pages: [
      {
        title: '走廊楼梯慢慢走',
        blocks: [
          illustration(ID, 'corridor', '一个小朋友在走廊里靠右慢慢走，栏杆旁画着“不攀爬”的标志。', '靠右走，不攀爬。'),
          paragraph('下课了，在走廊和楼梯上要慢慢走，靠右走，不追跑打闹。'),
          points('不在楼梯扶手上滑。', '不爬栏杆、窗台。', '不从高处往下跳。'),
        ],
      },
      {
        title: '文具玩具用对方法',
        blocks: [
          points(
            '铅笔、剪刀不对着别人。',
            '把剪刀递给别人时，剪刀尖朝向自己，把手朝向对方。',
            '不把纽扣、珠子、小零件放进嘴巴、鼻子、耳朵里。',
          ),
          tip('玩游戏前，先看看周围有没有桌角、柱子这些容易碰到的地方。'),
        ],
      },
      {
        title: '受伤了怎么办',
        blocks: [
          steps(
            '马上告诉老师。',
            '擦破了皮：用干净的水冲一冲，再请老师帮忙处理。',
            '流鼻血：坐下，头稍微向前低，用手指捏住鼻子软软的地方，捏十分钟左右，不要仰头。',
          ),
          tip('同学受伤了，不要围着看，快去叫老师。'),
        ],
      },
    ],
    test: {
      passPercent: 60,
      questions: [
        {
          type: 'single',
          id: 'q1',
          prompt: '下课去厕所，走廊里人很多，你应该怎么做？',
          options: options('跑过去', '靠右慢慢走', '从楼梯扶手上滑下去'),
          correct: 'b',
          explanation: '人多的时候跑，容易撞到别人、摔倒。靠右慢慢走最安全。',
        },
        {
          type: 'true_false',
          id: 'q2',
          prompt: '流鼻血时要把头仰起来。',
          correct: false,
          explanation: '仰头会让血流进喉咙，可能呛到。应该头稍微向前低，捏住鼻子软的地方。',
        },
        {
          type: 'multiple',
          id: 'q3',
          prompt: '哪些是危险的行为？',
          options: options('爬窗台', '在楼梯上推挤', '把剪刀尖对着同学', '排好队慢慢下楼'),
          correct: ['a', 'b', 'c'],
          explanation: '爬窗台会摔下去，推挤会让人滚下楼梯，剪刀尖会扎伤人；排队慢慢走是对的。',
        },
        {
          type: 'single',
          id: 'q4',
          prompt: '把剪刀递给同学时，应该怎么递？',
          options: options('剪刀尖朝向同学', '把手朝向同学', '直接扔过去'),
          correct: 'b',
          explanation: '把手朝向对方，对方接得稳，尖的一头也不会扎到人。',
        },
        {
          type: 'true_false',
          id: 'q5',
          prompt: '同学摔伤了，要马上告诉老师。',
          correct: true,
          explanation: '老师知道怎么处理伤口，需要时会联系医生和家长。',
        },
      ],
    },
  },
};
