import type { Lesson } from '../model';
import { illustration, options, paragraph, points, warning } from './build';

const ID = 'builtin-cyber-safety-junior';

export const cyberSafetyJunior: Lesson = {
  id: ID,
  title: '守护网上的自己',
  topic: 'cyber_safety',
  body: {
    version: 1,
    bands: ['junior'],
    summary: '保护个人信息和账号密码，辨别网络谣言和可疑链接，安全交友、合理上网。',
    minutes: 30,
    pages: [
      {
        title: '个人信息要保护',
        blocks: [
          illustration(ID, 'lock', '一部手机的屏幕上有一把锁和一面盾牌，表示保护好个人信息。', '个人信息，锁好再上网。'),
          paragraph('姓名、身份证号、家庭住址、学校班级、手机号、照片和定位，都是个人信息。坏人可能用这些信息冒充你、骗你的家人，甚至找到你。'),
          points(
            '不在网上公开真实姓名、学校和住址。',
            '发照片前看看有没有校服校牌、门牌号、车牌号。',
            '关闭不需要的定位权限。',
            '不随便填写网上的“问卷”和“抽奖”。',
          ),
        ],
      },
      {
        title: '账号和密码',
        blocks: [
          points(
            '密码要长一些，字母、数字、符号混合，不用生日和电话号码。',
            '不同的网站和应用用不同的密码。',
            '密码和验证码不告诉任何人，包括自称“客服”的人。',
            '在公共电脑上用完要退出登录。',
            '连接公共 Wi-Fi 时，不登录重要账号，不付款。',
          ),
          warning('验证码就是账号的“钥匙”。谁向你要验证码，谁就可能是骗子。'),
        ],
      },
      {
        title: '辨别网络信息',
        blocks: [
          points(
            '看到惊人的消息，先看来源是否可靠，等待官方通报。',
            '不信谣，不传谣。编造、故意传播谣言是违法行为。',
            '不点击来历不明的链接，不扫陌生的二维码。',
            '不下载来路不明的软件和游戏“外挂”。',
          ),
        ],
      },
      {
        title: '网上交友和合理上网',
        blocks: [
          points(
            '网上认识的人，不一定是他说的那个人。',
            '不单独和网友见面。',
            '网友向你要照片、视频或钱时，马上告诉家长。',
            '合理安排上网时间，不沉迷网络游戏。',
            '遇到网络欺凌和不良信息，保存截图，告诉家长和老师，也可以向平台或拨打 12377 举报。',
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
          prompt: '下面哪个密码最安全？',
          options: options('123456', '自己的生日 20120815', '一串包含字母、数字和符号的较长密码'),
          correct: 'c',
          explanation: '简单数字和生日很容易被猜中；长而混合的密码最难破解。',
        },
        {
          type: 'multiple',
          id: 'q2',
          prompt: '下面哪些信息不应该随便在网上公开？',
          options: options('家庭住址', '就读的学校和班级', '身份证号', '喜欢的一本书的书名'),
          correct: ['a', 'b', 'c'],
          explanation: '住址、学校、身份证号能让陌生人找到你或冒充你；喜欢的书不会暴露你的身份。',
        },
        {
          type: 'true_false',
          id: 'q3',
          prompt: '自称“游戏客服”的人要你的短信验证码，说要帮你找回账号，可以告诉他。',
          correct: false,
          explanation: '正规客服不会索要验证码。把验证码告诉别人，账号和钱都可能被盗。',
        },
        {
          type: 'true_false',
          id: 'q4',
          prompt: '看到一条没有来源的惊人消息，不确定真假时，不要转发。',
          correct: true,
          explanation: '转发未经证实的消息可能在传播谣言，造成恐慌，甚至违法。',
        },
        {
          type: 'single',
          id: 'q5',
          prompt: '网上认识的朋友约你见面，你应该怎么做？',
          options: options('偷偷去', '告诉家长，不单独见面', '叫上同学一起去，不告诉大人'),
          correct: 'b',
          explanation: '网友的真实身份无法确认。告诉家长，由家长判断和陪同，才能避免危险。',
        },
      ],
    },
  },
};
