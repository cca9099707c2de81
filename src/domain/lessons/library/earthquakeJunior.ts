import type { Lesson } from '../model';
import { illustration, options, paragraph, points, steps, warning } from './build';

const ID = 'builtin-earthquake-junior';

export const earthquakeJunior: Lesson = {
  id: ID,
  title: '地震来了怎么办',
  topic: 'earthquake',
  body: {
    version: 1,
    bands: ['junior'],
    summary: '理解地震伤害从何而来，掌握“伏地、遮挡、手抓牢”、震后有序撤离和被压埋时的自救方法。',
    minutes: 30,
    pages: [
      {
        title: '认识地震',
        blocks: [
          paragraph('我国是地震多发的国家。强烈地震发生时，从感到晃动到房屋可能损坏，往往只有十几秒。'),
          paragraph('地震中的伤亡，大多来自建筑物损毁和坠落物砸伤。所以，关键是就近保护好头部和身体，避开会掉落、倒下的东西。'),
          paragraph('一些地区的手机、电视和学校广播能发出地震预警，在强烈晃动到达前几秒到几十秒提醒大家。听到预警，立刻就近避险。'),
        ],
      },
      {
        title: '室内避险：伏地、遮挡、手抓牢',
        blocks: [
          illustration(ID, 'desk', '一名学生蹲在结实的课桌下，一只手护住头颈，另一只手抓牢桌腿。', '伏地、遮挡、手抓牢。'),
          steps(
            '伏地：就近蹲下或趴下，降低重心，免得被晃倒。',
            '遮挡：躲到结实的课桌下，或用书包护住头和颈部。',
            '手抓牢：抓住桌腿，桌子移动时跟着移动，直到晃动停止。',
          ),
          warning('晃动时不要跳楼，不要乘电梯，不要往外冲、挤在楼梯上。远离窗户、玻璃、吊灯和高大的柜子。'),
        ],
      },
      {
        title: '震后有序撤离',
        blocks: [
          points(
            '晃动停止后，听从老师指挥，用书包护头，沿着演练过的路线走楼梯撤离到空旷场地。',
            '下楼时靠右、不推挤，防止踩踏。',
            '余震可能随时发生，撤离后不要返回教室取东西。',
            '到达操场后按班级集合，报告老师自己已安全，配合清点人数。',
          ),
        ],
      },
      {
        title: '在户外，或不幸被压埋时',
        blocks: [
          points(
            '在户外：远离高楼、广告牌、电线杆和围墙，跑到空旷处蹲下护头。',
            '在山区：注意山上的滚石和滑坡，不在陡坡下停留。',
            '被压埋时：保持冷静，用衣物捂住口鼻挡住粉尘，设法扩大身边的空间，移开压在身上的东西。',
            '不要一直大声喊叫，保存体力；听到外面有人时，用石块敲击管道或墙壁求救。',
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
          prompt: '上课时突然发生强烈地震，首先应该怎么做？',
          options: options('立刻冲出教室', '就近躲到课桌下，护住头颈，抓牢桌腿', '从窗户跳出去'),
          correct: 'b',
          explanation: '强烈晃动时人很难站稳，往外冲容易摔倒、被砸伤或发生踩踏。就近避险最安全。',
        },
        {
          type: 'multiple',
          id: 'q2',
          prompt: '地震时在室内，应该远离哪些地方？',
          options: options('窗户和玻璃', '吊灯下面', '高大的柜子旁', '结实的课桌下'),
          correct: ['a', 'b', 'c'],
          explanation: '玻璃会碎裂，吊灯和柜子可能砸下或倒下；结实的课桌能挡住坠落物。',
        },
        {
          type: 'true_false',
          id: 'q3',
          prompt: '地震晃动时，乘电梯下楼是最快的逃生办法。',
          correct: false,
          explanation: '地震可能导致停电或电梯损坏，人会被困在电梯里。',
        },
        {
          type: 'true_false',
          id: 'q4',
          prompt: '被压埋后，听到外面有人时再敲击管道或墙壁求救，比一直大喊更能保存体力。',
          correct: true,
          explanation: '等待救援可能需要很长时间。敲击声传得远，又能节省体力。',
        },
        {
          type: 'single',
          id: 'q5',
          prompt: '撤离到操场后，发现书包忘在教室里，应该怎么做？',
          options: options('赶快回去拿', '不回去，余震随时可能发生'),
          correct: 'b',
          explanation: '大地震后常有余震，受损的建筑可能在余震中倒塌。',
        },
        {
          type: 'single',
          id: 'q6',
          prompt: '“伏地、遮挡、手抓牢”中的“手抓牢”是什么意思？',
          options: options('抓住身边的同学', '抓牢桌腿等牢固的遮挡物，直到晃动停止'),
          correct: 'b',
          explanation: '晃动会让桌子移动，抓牢它才能一直待在遮挡物下面。',
        },
      ],
    },
  },
};
