import type { Lesson } from '../model';
import { illustration, options, paragraph, points, steps, tip } from './build';

const ID = 'builtin-public-health-senior';

export const publicHealthSenior: Lesson = {
  id: ID,
  title: '预防传染病',
  topic: 'public_health',
  body: {
    version: 1,
    bands: ['senior'],
    summary: '理解传染病流行的三个环节，掌握七步洗手法和日常防护，生病时及时报告、就医。',
    minutes: 30,
    pages: [
      {
        title: '传染病怎样传播',
        blocks: [
          paragraph('传染病由病毒、细菌等病原体引起，能在人与人之间传播。学校人员密集，一人患病，容易在班级和宿舍中扩散。'),
          paragraph('传染病流行需要三个环节：传染源、传播途径和易感人群。切断任何一个环节，都能阻止它传播。'),
          points(
            '呼吸道传播：如流感、水痘、肺结核，通过飞沫和空气传播。',
            '消化道传播：如诺如病毒感染、细菌性痢疾，通过被污染的食物、水和手传播。',
            '接触传播：如急性出血性结膜炎（红眼病），通过接触病人或被污染的物品传播。',
          ),
        ],
      },
      {
        title: '七步洗手法',
        blocks: [
          illustration(ID, 'handwash', '一双手在流动的水下搓出肥皂泡。', '流动水加肥皂，揉搓至少 20 秒。'),
          paragraph('用流动的水和肥皂或洗手液洗手，整个揉搓过程至少 20 秒。口诀是“内、外、夹、弓、大、立、腕”：'),
          steps(
            '内：掌心相对，手指并拢揉搓。',
            '外：手心对手背，手指交叉揉搓，两手交换。',
            '夹：掌心相对，手指交叉揉搓指缝。',
            '弓：弯曲手指，指关节在另一只手的掌心旋转揉搓。',
            '大：一只手握住另一只手的大拇指旋转揉搓。',
            '立：指尖并拢，在另一只手的掌心旋转揉搓。',
            '腕：揉搓手腕。',
          ),
        ],
      },
      {
        title: '日常防护',
        blocks: [
          points(
            '咳嗽、打喷嚏时用纸巾或手肘遮住口鼻。',
            '教室、宿舍勤开窗通风。',
            '按时接种疫苗。',
            '呼吸道传染病流行季节，身体不适时在人多的地方戴口罩。',
            '不共用毛巾、水杯和餐具。',
            '规律作息，坚持锻炼，增强抵抗力。',
          ),
        ],
      },
      {
        title: '生病了怎么做',
        blocks: [
          points(
            '出现发热、咳嗽、呕吐、腹泻、皮疹等症状，及时告诉老师并就医，不带病上课。',
            '连续咳嗽、咳痰两周以上，要到医院检查，排查肺结核。',
            '如实告诉医生最近接触过的人和去过的地方。',
            '确诊传染病后遵照医嘱居家休息或隔离，痊愈后凭医生证明返校。',
            '同学呕吐时不围观，远离呕吐物，报告老师，由老师用含氯消毒剂处理。',
          ),
          tip('主动报告不是“打小报告”，而是保护大家。'),
        ],
      },
    ],
    test: {
      passPercent: 60,
      questions: [
        {
          type: 'multiple',
          id: 'q1',
          prompt: '下面哪些是预防呼吸道传染病的有效措施？',
          options: options('勤开窗通风', '咳嗽时用手肘遮住口鼻', '按时接种疫苗', '和同学共用水杯'),
          correct: ['a', 'b', 'c'],
          explanation: '通风、遮挡飞沫和接种疫苗都能减少传播；共用水杯会传播病原体。',
        },
        {
          type: 'single',
          id: 'q2',
          prompt: '七步洗手法口诀的最后一步“腕”指的是什么？',
          options: options('揉搓手腕', '甩干双手', '冲洗水龙头'),
          correct: 'a',
          explanation: '手腕也会接触各种物品，同样要揉搓清洁。',
        },
        {
          type: 'true_false',
          id: 'q3',
          prompt: '发烧了但不想耽误课程，可以吃点退烧药继续上课，不用告诉老师。',
          correct: false,
          explanation: '带病上课可能把病传给同学，也会耽误自己的治疗。应该报告老师并就医。',
        },
        {
          type: 'true_false',
          id: 'q4',
          prompt: '传染病流行需要传染源、传播途径和易感人群三个环节，切断其中任何一个都能阻止传播。',
          correct: true,
          explanation: '隔离病人、洗手通风、接种疫苗，分别针对这三个环节。',
        },
        {
          type: 'single',
          id: 'q5',
          prompt: '诺如病毒主要通过哪种途径传播？',
          options: options('被污染的食物、水和手', '蚊虫叮咬'),
          correct: 'a',
          explanation: '诺如病毒经消化道传播，病人的呕吐物和粪便中有大量病毒，所以洗手和消毒很重要。',
        },
        {
          type: 'single',
          id: 'q6',
          prompt: '连续咳嗽、咳痰超过两周，应该怎么做？',
          options: options('自己买止咳药吃', '及时就医检查，排查肺结核'),
          correct: 'b',
          explanation: '咳嗽咳痰两周以上是肺结核的可疑症状，早发现、早治疗，也能避免传染他人。',
        },
      ],
    },
  },
};
