import type { Lesson } from '../model';
import { illustration, options, paragraph, points, steps, tip, warning } from './build';

const ID = 'builtin-drowning-lower';

export const drowningLower: Lesson = {
  id: ID,
  title: '远离危险水域',
  topic: 'drowning',
  body: {
    version: 1,
    bands: ['lower_primary'],
    summary: '认识水边的危险，记住防溺水“六不”，知道同伴落水时该怎么做。',
    minutes: 20,
    pages: [
      {
        title: '水边有危险',
        blocks: [
          illustration(ID, 'pond', '一个小朋友站在离池塘很远的草地上，池塘边立着“水深危险”的警示牌。', '看到警示牌，离水远一点。'),
          paragraph('河流、池塘、水库、水坑，看起来很平静。可是水下可能很深，还有淤泥和水草，会缠住脚。'),
          paragraph('人掉进深水里，一两分钟就会有生命危险。'),
          warning('看到“禁止游泳”“水深危险”的牌子，要马上离开。'),
        ],
      },
      {
        title: '记住“六不”',
        blocks: [
          points(
            '不私自下水游泳。',
            '不和同学结伴去游泳。',
            '没有家长或老师带着，不去游泳。',
            '不到没有安全设施、没有救生员的地方游泳。',
            '不到不熟悉的河边、塘边玩。',
            '不会游泳的小朋友，不下水救人。',
          ),
          tip('想游泳时，请爸爸妈妈带你去正规的游泳馆。'),
        ],
      },
      {
        title: '同伴落水怎么办',
        blocks: [
          steps(
            '大声喊：“救命！有人落水了！”',
            '马上找附近的大人来帮忙，请大人打 110 或 120。',
            '把竹竿、绳子、救生圈或木板递过去、扔过去。',
            '自己不要下水，也不要手拉手去救。',
          ),
          warning('手拉手下水救人很危险：一个人滑倒，大家都会被拉进水里。'),
        ],
      },
      {
        title: '自己落水怎么办',
        blocks: [
          paragraph('不要慌，不要把手举起来乱扑腾，那样会沉得更快。'),
          paragraph('头向后仰，让嘴巴和鼻子露出水面呼吸，看到有人时大声呼救。'),
          tip('抓住身边能浮起来的东西，比如木板、球，等大人来救。'),
        ],
      },
    ],
    test: {
      passPercent: 60,
      questions: [
        {
          type: 'single',
          id: 'q1',
          prompt: '放学路上，看到池塘边有“水深危险”的牌子，你应该怎么做？',
          options: options('走近看看水有多深', '马上走开，不在塘边玩', '扔石头试一试'),
          correct: 'b',
          explanation: '警示牌告诉我们这里很危险。离开水边，才能不掉下去。',
        },
        {
          type: 'true_false',
          id: 'q2',
          prompt: '天气很热，几个同学一起去河里游泳，人多就安全。',
          correct: false,
          explanation: '人多也不安全。一个人出事，其他小朋友救不了，还可能一起落水。',
        },
        {
          type: 'multiple',
          id: 'q3',
          prompt: '发现同伴掉进水里，哪些做法是对的？',
          options: options('大声呼救', '找大人来帮忙', '把竹竿或绳子递过去', '自己跳下水去拉'),
          correct: ['a', 'b', 'c'],
          explanation: '呼救、找大人、递东西都能帮助同伴；自己跳下水，可能连自己也救不了。',
        },
        {
          type: 'true_false',
          id: 'q4',
          prompt: '不会游泳的小朋友看到有人落水，不能自己下水去救。',
          correct: true,
          explanation: '不会游泳的人下水救人，很容易自己也溺水。应该呼救、找大人。',
        },
        {
          type: 'single',
          id: 'q5',
          prompt: '哪种情况下可以去游泳？',
          options: options('和同学偷偷去水库', '家长陪着，去有救生员的游泳馆', '一个人去河边'),
          correct: 'b',
          explanation: '有家长陪伴、有救生员的正规游泳场所才安全。',
        },
        {
          type: 'single',
          id: 'q6',
          prompt: '自己不小心落水了，应该怎么做？',
          options: options('把手举起来拼命扑腾', '不慌张，头向后仰，让口鼻露出水面，大声呼救'),
          correct: 'b',
          explanation: '乱扑腾会沉得更快。头向后仰，口鼻露出水面，才能呼吸和呼救。',
        },
      ],
    },
  },
};
