import type { Lesson } from '../model';
import { illustration, options, paragraph, points, steps, tip } from './build';

const ID = 'builtin-bullying-junior';

export const bullyingJunior: Lesson = {
  id: ID,
  title: '对欺凌说不',
  topic: 'bullying',
  body: {
    version: 1,
    bands: ['junior'],
    summary: '认识欺凌的几种形式，知道被欺凌时怎样保护自己、旁观者能做什么，以及欺凌要承担的责任。',
    minutes: 30,
    pages: [
      {
        title: '什么是欺凌',
        blocks: [
          paragraph('《中华人民共和国未成年人保护法》规定：学生欺凌，是指发生在学生之间，一方蓄意或者恶意通过肢体、语言及网络等手段实施欺压、侮辱，造成另一方人身伤害、财产损失或者精神损害的行为。'),
          points(
            '肢体欺凌：打、踢、推搡，抢夺或损坏别人的东西。',
            '言语欺凌：起侮辱性的外号，嘲笑、威胁、恐吓。',
            '关系欺凌：故意孤立、排挤某个同学，散布谣言。',
            '网络欺凌：在网上发布侮辱、诽谤的信息或照片，建群嘲讽。',
          ),
          paragraph('同学之间偶尔的争吵、玩笑不等于欺凌。欺凌通常是故意的、反复发生的，而且双方力量不对等。'),
        ],
      },
      {
        title: '如果我被欺凌',
        blocks: [
          steps(
            '保持冷静，尽快离开，到有老师或人多的地方去。',
            '不以暴制暴，避免受到更大的伤害。',
            '及时告诉老师和家长，不要一个人承受。',
            '记下时间、地点和经过，保存聊天记录、截图等证据。',
            '受到严重伤害或威胁时，可以拨打 110 报警。',
          ),
          tip('被欺凌不是你的错。说出来，是勇敢的表现。'),
        ],
      },
      {
        title: '旁观者的力量',
        blocks: [
          illustration(ID, 'support', '一名同学陪着难过的同学，一起走向老师寻求帮助。', '不围观，陪同学去找老师。'),
          paragraph('欺凌常常因为有人围观、起哄而变得更严重。旁观者不沉默，欺凌就难以继续。'),
          points(
            '不围观，不起哄，不拍视频转发。',
            '不加入，不跟着孤立别人。',
            '在保证自己安全的前提下，及时告诉老师。',
            '事后关心被欺凌的同学，陪他去找老师。',
          ),
        ],
      },
      {
        title: '欺凌要承担责任',
        blocks: [
          paragraph('欺凌不是“开玩笑”。学校会对欺凌者进行批评教育和处分；造成伤害的，监护人要依法承担赔偿责任；情节严重的，公安机关会依法处理。'),
          paragraph('如果你曾经做过让别人难受的事，主动道歉、改正，就是最好的开始。'),
        ],
      },
    ],
    test: {
      passPercent: 60,
      questions: [
        {
          type: 'multiple',
          id: 'q1',
          prompt: '下面哪些属于欺凌？',
          options: options('反复给同学起侮辱性外号', '故意孤立某个同学，不让别人和他玩', '在网上发帖嘲笑同学的照片', '两个同学对一道题的答案意见不同'),
          correct: ['a', 'b', 'c'],
          explanation: '言语、关系、网络上的欺压都是欺凌；对题目有不同意见是正常的讨论。',
        },
        {
          type: 'single',
          id: 'q2',
          prompt: '被几个同学堵在厕所里要钱，事后最好的做法是什么？',
          options: options('谁也不说，下次带钱', '找人报复', '尽快告诉老师和家长'),
          correct: 'c',
          explanation: '忍让只会让欺凌继续，报复会让伤害升级。告诉老师和家长，才能真正解决。',
        },
        {
          type: 'true_false',
          id: 'q3',
          prompt: '看到同学被欺凌，拍下视频发到群里，是在帮助他。',
          correct: false,
          explanation: '传播视频会让被欺凌的同学再次受到伤害。应该告诉老师，必要时把证据交给老师，而不是公开。',
        },
        {
          type: 'true_false',
          id: 'q4',
          prompt: '偶尔一次的争吵不一定是欺凌，欺凌通常是故意、反复、力量不对等的。',
          correct: true,
          explanation: '区分冲突和欺凌，才能正确处理：冲突可以沟通化解，欺凌需要大人介入。',
        },
        {
          type: 'single',
          id: 'q5',
          prompt: '作为旁观者，最恰当的做法是什么？',
          options: options('围观看热闹', '在保证自身安全的前提下告诉老师', '跟着一起起哄'),
          correct: 'b',
          explanation: '旁观者既要保护好自己，也要及时求助，不让欺凌继续。',
        },
      ],
    },
  },
};
