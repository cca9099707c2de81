import type { Gender } from '../schemas/people';
import type { Random } from './random';

/**
 * Common Chinese surnames with rough relative frequencies, plus a few whose
 * surname reading differs from the everyday one (曾 zeng, 单 shan, 仇 qiu)
 * and compound surnames, so the demo exercises the pinyin rules.
 */
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 72], ['李', 71], ['张', 68], ['刘', 53], ['陈', 46], ['杨', 32], ['黄', 25], ['赵', 20], ['吴', 20], ['周', 19],
  ['徐', 15], ['孙', 14], ['马', 13], ['朱', 12], ['胡', 12], ['郭', 11], ['何', 11], ['高', 10], ['林', 10], ['罗', 10],
  ['郑', 9], ['梁', 9], ['谢', 8], ['宋', 7], ['唐', 7], ['许', 7], ['韩', 7], ['冯', 7], ['邓', 7], ['曹', 6],
  ['彭', 6], ['曾', 6], ['肖', 6], ['田', 5], ['董', 5], ['袁', 5], ['潘', 5], ['于', 5], ['蒋', 5], ['蔡', 5],
  ['余', 5], ['杜', 4], ['叶', 4], ['程', 4], ['魏', 4], ['吕', 4], ['丁', 4], ['任', 4], ['姚', 3], ['卢', 3],
  ['付', 3], ['熊', 3], ['孟', 3], ['秦', 3], ['单', 2], ['仇', 1], ['查', 1], ['欧阳', 1], ['司马', 1], ['诸葛', 1],
];

const MALE_CHARS = '浩宇轩子涵博文杰俊明伟强磊鹏泽睿晨阳嘉铭豪凯宏志天翔鑫昊然诚远航建国军华平斌超辉勇毅';
const FEMALE_CHARS = '欣怡梓萱涵雨佳琪婷静丽敏雪梦瑶诗悦可馨妍彤晓颖莹娜慧婉芳秀玲红霞燕洁倩';

export function randomName(random: Random, gender: Gender): string {
  const surname = random.weighted(SURNAMES);
  const pool = Array.from(gender === 'M' ? MALE_CHARS : FEMALE_CHARS);
  // Two-character given names are the norm; about 30% have one.
  const length = random.chance(0.3) ? 1 : 2;
  let given = '';
  for (let i = 0; i < length; i++) given += random.pick(pool);
  return surname + given;
}
