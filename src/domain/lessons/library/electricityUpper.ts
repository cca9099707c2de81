import type { Lesson } from '../model';
import { illustration, options, paragraph, points, steps, warning } from './build';

const ID = 'builtin-electricity-upper';

export const electricityUpper: Lesson = {
  id: ID,
  title: '安全用电',
  topic: 'electricity',
  body: {
    version: 1,
    bands: ['upper_primary'],
    summary: '知道触电的危险，养成安全用电的习惯，学会发现有人触电时正确施救。',
    minutes: 20,
    pages: [
      {
        title: '电看不见，却很危险',
        blocks: [
          illustration(ID, 'socket', '一只湿漉漉的手伸向插座，旁边画着红色的叉，表示不能这样做。', '湿手不碰插座和开关。'),
          paragraph('人的身体和水都能导电。家里插座的电压是 220 伏，远远超过人体能承受的安全电压（一般不超过 36 伏）。'),
          paragraph('触电会烧伤皮肤，还会让心脏停止跳动，严重时会失去生命。'),
        ],
      },
      {
        title: '在家用电要注意',
        blocks: [
          points(
            '不用湿手摸开关、插座和电器。',
            '不用手指或小刀、铁丝、钥匙等金属物品捅插座。',
            '拔插头时捏住插头拔，不拉着电线拔。',
            '一个插座上不插太多电器。',
            '发现电线破皮、插座冒火花或有焦味，马上告诉大人。',
          ),
          warning('电动自行车不要推进楼道和家里充电，电池起火非常危险。'),
        ],
      },
      {
        title: '在户外用电要注意',
        blocks: [
          points(
            '不在高压线、变压器附近放风筝、钓鱼、攀爬。',
            '看到断落在地上的电线，不要靠近，至少离开十米远，告诉大人联系供电部门。',
            '雷雨天不在大树下、电线杆下躲雨。',
          ),
        ],
      },
      {
        title: '有人触电怎么办',
        blocks: [
          steps(
            '千万不能直接用手去拉触电的人。',
            '马上关掉电源开关、拉下电闸，或拔掉插头。',
            '关不掉电源时，用干燥的木棍、竹竿、塑料棍把电线挑开。',
            '大声呼救，请大人拨打 120。',
          ),
          warning('直接拉触电的人，电会传到你身上，你也会触电。'),
        ],
      },
    ],
    test: {
      passPercent: 60,
      questions: [
        {
          type: 'true_false',
          id: 'q1',
          prompt: '刚洗完手，手还湿着，可以直接去按电灯开关。',
          correct: false,
          explanation: '水能导电，湿手碰开关容易触电。先把手擦干。',
        },
        {
          type: 'single',
          id: 'q2',
          prompt: '发现同学触电了，第一步应该怎么做？',
          options: options('用手把他拉开', '先切断电源', '往他身上泼水'),
          correct: 'b',
          explanation: '先断电，救人的人才不会触电。用手拉、泼水都会让电传到更多人身上。',
        },
        {
          type: 'multiple',
          id: 'q3',
          prompt: '下面哪些做法是安全的？',
          options: options('捏住插头把它拔下来', '用铁丝捅插座的孔', '发现电线破皮告诉大人', '在高压线下放风筝'),
          correct: ['a', 'c'],
          explanation: '捏住插头拔、发现隐患告诉大人是对的；铁丝导电，高压线下放风筝可能引电上身。',
        },
        {
          type: 'single',
          id: 'q4',
          prompt: '看到一根电线断了掉在地上，应该怎么做？',
          options: options('走过去捡起来', '远离它，告诉大人联系供电部门', '用脚把它踢开'),
          correct: 'b',
          explanation: '断落的电线可能还带电，靠近它的地面也会带电。要远离，让专业人员处理。',
        },
        {
          type: 'true_false',
          id: 'q5',
          prompt: '电源开关关不掉时，可以用干燥的木棍把电线从触电的人身上挑开。',
          correct: true,
          explanation: '干燥的木棍、竹竿、塑料不容易导电，可以用来挑开电线。',
        },
      ],
    },
  },
};
