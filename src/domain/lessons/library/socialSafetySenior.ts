import type { Lesson } from '../model';
import { illustration, options, paragraph, points, steps } from './build';

const ID = 'builtin-social-safety-senior';

export const socialSafetySenior: Lesson = {
  id: ID,
  title: '遭遇暴力侵害怎么办',
  topic: 'social_safety',
  body: {
    version: 1,
    bands: ['senior'],
    summary: '提高日常警惕，掌握遇到暴力袭击时“跑、躲、报”的方法，遇到抢劫勒索时保命第一，学会正确报警。',
    minutes: 30,
    pages: [
      {
        title: '提高警惕',
        blocks: [
          paragraph('社会安全事件包括暴力犯罪、抢劫、拐骗和公共场所的暴力袭击等。它们发生的概率不高，但后果严重。平时多留心周围环境，能大大降低风险。'),
          points(
            '外出结伴而行，告诉家人去向和返回时间。',
            '不走偏僻、昏暗的小路，夜间尽量不单独外出。',
            '到一个新地方，先留意安全出口和疏散通道。',
            '不炫耀财物，手机和钱包放在身前。',
          ),
        ],
      },
      {
        title: '遭遇暴力袭击：跑、躲、报',
        blocks: [
          illustration(ID, 'run-hide-tell', '一个人朝绿色的安全出口跑去，另一边是拨打 110 的手机。', '先跑，跑不了就躲，安全后报警。'),
          steps(
            '跑：迅速远离危险，往人多、有保安和警察的方向跑，不围观，不拍照。',
            '躲：无法逃离时，躲进能锁门的房间，关灯，手机调成静音，用桌椅堵住门，远离门窗。',
            '报：安全后立即拨打 110，说清地点、人数、袭击者的特征和凶器。',
          ),
          paragraph('警察到达后，听从指挥，双手张开、让警察看清手里没有东西。'),
        ],
      },
      {
        title: '遇到抢劫、勒索',
        blocks: [
          points(
            '生命安全第一，不为财物和对方搏斗。',
            '记住对方的长相、衣着、口音、逃跑方向和车牌号。',
            '事后立即报警，不因为害怕报复而隐瞒。',
            '校外有人长期纠缠、勒索，要告诉家长和学校。',
          ),
        ],
      },
      {
        title: '报警与求助',
        blocks: [
          points(
            '拨打 110 时说清：在什么地方、发生了什么、有没有人受伤、你的电话。',
            '有人受伤拨打 120，发生火灾拨打 119。',
            '不参与打架斗殴，不替朋友“出头”。',
            '见义勇为也要讲方法：在保证自身安全的前提下报警、求助。',
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
          prompt: '在商场遇到有人持刀伤人，首先应该怎么做？',
          options: options('上前围观拍视频', '迅速远离，往安全出口和有保安、警察的方向跑', '回去拿落下的东西'),
          correct: 'b',
          explanation: '离危险越远越安全。围观和回头都会把自己置于危险之中。',
        },
        {
          type: 'multiple',
          id: 'q2',
          prompt: '无法逃离、只能躲藏时，正确的做法有哪些？',
          options: options('躲进能锁门的房间', '关灯，手机调成静音', '用桌椅堵住门', '大声打电话告诉朋友你在哪里'),
          correct: ['a', 'b', 'c'],
          explanation: '锁门、堵门、保持安静能避免被发现；大声说话会暴露位置，可以发消息或安全后再报警。',
        },
        {
          type: 'true_false',
          id: 'q3',
          prompt: '遇到抢劫时，应该拼命保护财物，和对方搏斗。',
          correct: false,
          explanation: '财物可以追回，生命不能重来。记住对方特征，事后报警。',
        },
        {
          type: 'true_false',
          id: 'q4',
          prompt: '报警时要说清地点、发生了什么、有没有人受伤。',
          correct: true,
          explanation: '信息清楚，警察和急救人员才能最快赶到、做好准备。',
        },
        {
          type: 'single',
          id: 'q5',
          prompt: '“跑、躲、报”中的“报”是指什么？',
          options: options('在安全的情况下拨打 110 报警', '事后找人报复'),
          correct: 'a',
          explanation: '报警让警察及时处置，报复只会带来新的伤害，也是违法的。',
        },
      ],
    },
  },
};
