import type { Lesson } from '../model';
import { illustration, options, paragraph, points, steps, warning } from './build';

const ID = 'builtin-crowd-crush-junior';

export const crowdCrushJunior: Lesson = {
  id: ID,
  title: '拥挤中保护自己',
  topic: 'crowd_crush',
  body: {
    version: 1,
    bands: ['junior'],
    summary: '了解踩踏事故是怎样发生的，守好上下楼梯的规矩，学会在拥挤人群中和摔倒后保护自己。',
    minutes: 25,
    pages: [
      {
        title: '踩踏是怎样发生的',
        blocks: [
          paragraph('在楼梯、走廊、出入口这些狭窄的地方，人多的时候，如果前面有人突然摔倒、停下或逆行，后面的人看不见、收不住脚，就会一层层压上去，造成踩踏。'),
          paragraph('校园踩踏常发生在放学、集会、课间操等大家集中上下楼的时候。有人恶作剧大喊、推搡，也会引起恐慌和拥挤。'),
        ],
      },
      {
        title: '上下楼梯的规矩',
        blocks: [
          illustration(ID, 'stairs', '学生们在楼梯上排成一列靠右行走，墙上有向右的箭头。', '上下楼梯，靠右慢行。'),
          points(
            '靠右行走，不逆行，不并排推搡。',
            '不在楼梯上弯腰系鞋带、捡东西，需要时先靠边。',
            '不在楼梯和走廊追逐打闹，不突然停下。',
            '不起哄，不制造恐慌；人多时等一等，不抢行。',
          ),
        ],
      },
      {
        title: '被挤在人群中',
        blocks: [
          points(
            '发现前方拥挤，先停下来，不往人多的地方去。',
            '顺着人流走，不逆行，尽量靠边，抓住扶手等牢固的东西。',
            '双手握拳，手臂在胸前架起，给胸口留出呼吸的空间。',
            '听说前面有人摔倒，大声呼喊“后面停下！不要挤！”，让后面的人知道。',
          ),
        ],
      },
      {
        title: '如果摔倒了',
        blocks: [
          steps(
            '设法靠近墙角或墙边。',
            '侧身躺下，身体蜷成球形。',
            '双手十指交叉扣住后颈，双臂护住头的两侧。',
            '双膝尽量向胸前弯曲，护住胸部和腹部。',
          ),
          warning('不要脸朝下趴着，也不要仰面躺着：胸部容易被压住，头部也容易受伤。'),
        ],
      },
    ],
    test: {
      passPercent: 60,
      questions: [
        {
          type: 'single',
          id: 'q1',
          prompt: '放学时楼梯上人很多，你的鞋带开了，应该怎么做？',
          options: options('马上蹲下来系', '先靠边，到人少的安全地方再系'),
          correct: 'b',
          explanation: '在人流中突然蹲下，后面的人会被绊倒，可能引发踩踏。',
        },
        {
          type: 'multiple',
          id: 'q2',
          prompt: '为了防止踩踏，上下楼梯时应该做到哪些？',
          options: options('靠右行', '不逆行', '不在楼梯上追逐打闹', '人多时抢先挤过去'),
          correct: ['a', 'b', 'c'],
          explanation: '有序、同向、不打闹，人流才不会乱；抢行会让拥挤更严重。',
        },
        {
          type: 'true_false',
          id: 'q3',
          prompt: '在拥挤的人群中摔倒，应该侧身蜷成球形，双手扣住后颈保护头部。',
          correct: true,
          explanation: '这个姿势能保护头、颈、胸、腹这些最要紧的部位。',
        },
        {
          type: 'single',
          id: 'q4',
          prompt: '在人群中被挤得喘不过气时，正确的做法是什么？',
          options: options('双臂在胸前架起，留出呼吸的空间', '用力推开前面的人', '蹲下来休息'),
          correct: 'a',
          explanation: '挤压会让人无法呼吸；推人会让前面的人摔倒；蹲下容易被踩。',
        },
        {
          type: 'true_false',
          id: 'q5',
          prompt: '在人多的楼道里大喊“着火了”开玩笑，只是好玩，不会有危险。',
          correct: false,
          explanation: '这样的玩笑会引起恐慌，大家争相逃跑，很容易发生踩踏。',
        },
      ],
    },
  },
};
