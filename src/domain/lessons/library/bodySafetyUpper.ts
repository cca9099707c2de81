import type { Lesson } from '../model';
import { illustration, options, paragraph, points, steps, tip } from './build';

const ID = 'builtin-body-safety-upper';

export const bodySafetyUpper: Lesson = {
  id: ID,
  title: '我的身体我做主',
  topic: 'body_safety',
  body: {
    version: 1,
    bands: ['upper_primary'],
    summary: '认识身体的隐私部位，分清让人舒服和不舒服的接触，遇到危险会说“不”、会离开、会求助。',
    minutes: 25,
    pages: [
      {
        title: '认识隐私部位',
        blocks: [
          paragraph('我们的身体属于自己。背心和短裤遮住的地方，是我们的隐私部位。'),
          paragraph('别人不可以随便看、随便摸你的隐私部位，也不能要求你看或摸别人的隐私部位。'),
          tip('医生给你检查身体时，应该有爸爸妈妈或其他你信任的大人在场。'),
        ],
      },
      {
        title: '好的接触，不好的接触',
        blocks: [
          paragraph('爸爸妈妈的拥抱、和朋友击掌，让你觉得温暖、开心，这是好的接触。'),
          paragraph('如果有人的接触让你觉得害怕、难受、不舒服，或者他要你保守秘密，这就是不好的接触。不管他是陌生人，还是你认识的人、熟悉的人，都一样。'),
        ],
      },
      {
        title: '说“不”，快离开，告诉大人',
        blocks: [
          illustration(ID, 'say-no', '一个孩子伸出手掌大声说“不”，然后跑向张开双臂的老师。', '说“不”，离开，去找信任的大人。'),
          steps(
            '大声说：“不！”',
            '马上离开，到人多的地方去。',
            '告诉爸爸妈妈、老师或其他信任的大人。第一个人不相信，就再告诉另一个人。',
            '也可以拨打 110 报警。',
          ),
          tip('这不是你的错。不管对方说了什么、送了你什么，这种事都不要保密。'),
        ],
      },
      {
        title: '保护自己的好习惯',
        blocks: [
          points(
            '不一个人去别人家，不给陌生人开门。',
            '不接受陌生人的礼物和零食，不跟陌生人走。',
            '不在网上发自己的隐私照片；网上认识的人约你见面，要告诉家长。',
            '出门时告诉家长去哪里、和谁在一起、什么时候回来。',
          ),
          paragraph('好的秘密可以保守，比如给妈妈准备生日惊喜。让你不舒服的坏秘密，一定要说出来。'),
        ],
      },
    ],
    test: {
      passPercent: 60,
      questions: [
        {
          type: 'true_false',
          id: 'q1',
          prompt: '如果是认识的人碰了你的隐私部位，让你不舒服，你也可以说“不”，并告诉家长。',
          correct: true,
          explanation: '不管对方是谁，你都有权拒绝。很多伤害来自熟悉的人，所以一定要说出来。',
        },
        {
          type: 'single',
          id: 'q2',
          prompt: '一个大人摸了你的隐私部位，让你不要告诉别人，还给你买零食。你应该怎么做？',
          options: options('保守秘密', '告诉爸爸妈妈或老师', '自己把这件事忘掉'),
          correct: 'b',
          explanation: '要求你保密、用礼物收买你，正说明他做的是错事。告诉信任的大人，他们会保护你。',
        },
        {
          type: 'multiple',
          id: 'q3',
          prompt: '遇到让你不舒服的接触，应该怎么做？',
          options: options('大声说“不”', '马上离开', '告诉信任的大人', '觉得是自己的错，不敢说'),
          correct: ['a', 'b', 'c'],
          explanation: '说“不”、离开、求助，是保护自己的三步。发生这种事不是你的错。',
        },
        {
          type: 'true_false',
          id: 'q4',
          prompt: '网上认识的“好朋友”约你单独见面，可以不告诉家长偷偷去。',
          correct: false,
          explanation: '网上的人可能隐瞒了真实身份。见网友一定要告诉家长，不单独去。',
        },
        {
          type: 'single',
          id: 'q5',
          prompt: '下面哪个是可以保守的“好秘密”？',
          options: options('给妈妈准备的生日惊喜', '有人让你别说出他碰了你的身体'),
          correct: 'a',
          explanation: '好秘密会让人开心，很快就会揭晓；让你害怕、难受的秘密要告诉大人。',
        },
      ],
    },
  },
};
