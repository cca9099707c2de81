import type { Lesson } from '../model';
import { illustration, options, paragraph, points, steps, tip, warning } from './build';

const ID = 'builtin-food-upper';

export const foodUpper: Lesson = {
  id: ID,
  title: '吃得安全又放心',
  topic: 'food',
  body: {
    version: 1,
    bands: ['upper_primary'],
    summary: '学会看食品标签，远离“三无”食品和野生蘑菇，知道吃坏肚子时该怎么做。',
    minutes: 20,
    pages: [
      {
        title: '买食品，先看标签',
        blocks: [
          illustration(ID, 'label', '一只放大镜照着食品包装上的生产日期和保质期。', '买之前，看日期。'),
          points(
            '看生产日期和保质期：过期的不买，不吃。',
            '看有没有厂名、厂址和生产许可证编号（以 SC 开头）。三样都没有的是“三无”食品，不要买。',
            '包装鼓起来、破了的不买。',
            '闻着有怪味、颜色不正常的不吃。',
          ),
        ],
      },
      {
        title: '少吃路边摊和“五毛食品”',
        blocks: [
          paragraph('校门口流动小摊的食品，来源不清楚，卫生条件也难保证。'),
          paragraph('有些颜色特别鲜艳的辣条、糖果，可能加了过量的色素和添加剂。少吃零食，好好吃饭，身体才会棒。'),
        ],
      },
      {
        title: '好习惯，防止病从口入',
        blocks: [
          points(
            '饭前便后用肥皂和流动的水洗手。',
            '生吃的瓜果要洗干净。',
            '不喝生水。',
            '剩饭剩菜放进冰箱，吃之前要热透。',
          ),
          warning('不采、不买、不吃野生蘑菇。有毒的蘑菇和能吃的蘑菇很难分辨，煮熟了也照样有毒。'),
        ],
      },
      {
        title: '吃坏肚子怎么办',
        blocks: [
          steps(
            '吃东西后出现肚子痛、呕吐、腹泻、头晕，马上告诉老师或家长。',
            '尽快去医院看医生。',
            '把吃剩的食物和包装留下来，帮助医生查找原因。',
          ),
          tip('一起吃饭的同学也不舒服时，要一起告诉老师，这可能是食物中毒。'),
        ],
      },
    ],
    test: {
      passPercent: 60,
      questions: [
        {
          type: 'single',
          id: 'q1',
          prompt: '买饼干时，发现已经过了保质期，应该怎么做？',
          options: options('便宜就买', '不买', '买回家热一热再吃'),
          correct: 'b',
          explanation: '过期食品可能已经变质，加热也不能让它变得安全。',
        },
        {
          type: 'multiple',
          id: 'q2',
          prompt: '“三无”食品缺少哪些信息？',
          options: options('生产日期', '厂名和厂址', '生产许可证编号', '好看的图案'),
          correct: ['a', 'b', 'c'],
          explanation: '正规食品包装上都有生产日期、厂名厂址和生产许可证编号，没有这些的食品来源不明。',
        },
        {
          type: 'true_false',
          id: 'q3',
          prompt: '野生蘑菇只要煮熟了，就可以放心吃。',
          correct: false,
          explanation: '很多毒蘑菇的毒素耐高温，煮熟了也有毒，还很难和能吃的蘑菇区分。',
        },
        {
          type: 'true_false',
          id: 'q4',
          prompt: '吃完东西后肚子痛、呕吐，应该马上告诉老师或家长，并留下剩下的食物。',
          correct: true,
          explanation: '及时就医最重要；剩下的食物能帮助医生判断是不是食物中毒。',
        },
        {
          type: 'single',
          id: 'q5',
          prompt: '下面哪个习惯最能预防“病从口入”？',
          options: options('饭前便后洗手', '用饮料代替喝水', '边走边吃'),
          correct: 'a',
          explanation: '手上有很多看不见的细菌，饭前便后洗手能把它们洗掉。',
        },
      ],
    },
  },
};
