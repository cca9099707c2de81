import type { Lesson } from '../model';
import { illustration, options, paragraph, points, warning } from './build';

const ID = 'builtin-natural-disaster-senior';

export const naturalDisasterSenior: Lesson = {
  id: ID,
  title: '暴雨、雷电与山洪',
  topic: 'natural_disaster',
  body: {
    version: 1,
    bands: ['senior'],
    summary: '读懂气象预警信号，掌握暴雨洪水、雷电、山洪泥石流和滑坡中的避险方法。',
    minutes: 35,
    pages: [
      {
        title: '读懂预警信号',
        blocks: [
          illustration(ID, 'storm', '乌云下闪电劈下，旁边是蓝、黄、橙、红四个颜色的预警色块。', '预警颜色越靠后，灾害越严重。'),
          paragraph('气象部门发布的暴雨等预警信号，一般按蓝色、黄色、橙色、红色分级，红色最严重。'),
          paragraph('收到预警后，关注学校和当地政府的通知，减少外出，远离危险地带。'),
        ],
      },
      {
        title: '暴雨和洪水',
        blocks: [
          points(
            '不在低洼地带、地下通道和地下车库停留。',
            '不涉水过河、过桥。水流湍急时，即使只到小腿，也可能把人冲倒。',
            '积水中可能有被冲开的井盖，必须涉水时用木棍探路。',
            '远离电线杆、变压器和掉落的电线，防止触电。',
            '被洪水围困时，向高处转移，等待救援。',
          ),
        ],
      },
      {
        title: '雷电',
        blocks: [
          points(
            '在户外遇到雷雨，迅速进入有防雷设施的建筑物，或关好门窗的汽车里。',
            '不在大树、电线杆、高塔下避雨，远离山顶、水面和空旷的运动场。',
            '不打金属骨架的伞，不手持金属球拍、鱼竿等长杆。',
            '来不及躲避时，双脚并拢蹲下，低头，尽量降低身体高度。',
            '在室内关好门窗，不靠近门窗和金属水管。',
          ),
        ],
      },
      {
        title: '山洪、泥石流和滑坡',
        blocks: [
          points(
            '暴雨时和暴雨后，不在沟谷、河道旁停留或露营。',
            '听到山谷里传来异常的轰鸣声，或看到河水突然变浑浊、断流，可能是泥石流的前兆，要立即离开。',
            '遇到泥石流，向沟谷两侧的高处跑，不要顺着沟谷往上游或下游跑。',
            '遇到滑坡，向滑坡体的两侧逃离，不要顺着滑动的方向跑。',
          ),
          warning('灾害过后不要急着回家查看财物，次生灾害可能接连发生。'),
        ],
      },
    ],
    test: {
      passPercent: 60,
      questions: [
        {
          type: 'single',
          id: 'q1',
          prompt: '气象预警信号中最严重的是哪个颜色？',
          options: options('蓝色', '黄色', '红色'),
          correct: 'c',
          explanation: '预警信号按蓝、黄、橙、红的顺序越来越严重，红色表示最严重。',
        },
        {
          type: 'true_false',
          id: 'q2',
          prompt: '雷雨天在大树下躲雨比较安全。',
          correct: false,
          explanation: '大树高而孤立，容易遭雷击，电流还会传到树下的人身上。',
        },
        {
          type: 'multiple',
          id: 'q3',
          prompt: '暴雨时，下面哪些地方要尽量避开？',
          options: options('地下通道', '低洼地带', '河道和沟谷', '地势较高、结构坚固的建筑'),
          correct: ['a', 'b', 'c'],
          explanation: '低处会积水，河道沟谷可能暴发山洪；地势高、结构坚固的建筑是避险的地方。',
        },
        {
          type: 'single',
          id: 'q4',
          prompt: '在山谷中遇到泥石流，应该往哪里跑？',
          options: options('顺着沟谷往下游跑', '向沟谷两侧的高处跑', '躲到河道里的大石头后面'),
          correct: 'b',
          explanation: '泥石流沿沟谷流动，速度很快；往两侧高处跑才能离开它的路径。',
        },
        {
          type: 'true_false',
          id: 'q5',
          prompt: '水流湍急时，即使水不深，也不要涉水过河。',
          correct: true,
          explanation: '湍急的水流力量很大，不深的水也能把人冲倒、卷走。',
        },
      ],
    },
  },
};
