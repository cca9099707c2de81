import type { GradeCode } from '../roster/grades';
import { matchesSaltedHash, saltedHash } from './pins';
import type { StudentPinData } from './records';

/**
 * Picture passwords (图片密码) for lower primary (grades 1–3) on the classroom
 * computer: three of nine simple pictures, in order, no picture twice
 * (9 × 8 × 7 = 504 sequences). A child who cannot yet type four digits
 * from memory taps 太阳 → 小鱼 → 大树. Kept beside the PIN in the student's
 * `student_pin` record (`pictures`), as a salted PBKDF2 hash of the
 * sequence like the PIN; verification is local (works offline) and wrong
 * tries count in the same per-student throttle as wrong PINs.
 */
export const PICTURES = [
  { id: 'sun', name: '太阳' },
  { id: 'moon', name: '月亮' },
  { id: 'star', name: '星星' },
  { id: 'apple', name: '苹果' },
  { id: 'fish', name: '小鱼' },
  { id: 'cat', name: '小猫' },
  { id: 'car', name: '汽车' },
  { id: 'flower', name: '花朵' },
  { id: 'tree', name: '大树' },
] as const;
export type PictureId = (typeof PICTURES)[number]['id'];
export const PICTURE_PASSWORD_LENGTH = 3;

const IDS: readonly string[] = PICTURES.map((p) => p.id);

/** Grades whose classes sign in with pictures. */
export const PICTURE_GRADES: readonly GradeCode[] = ['P1', 'P2', 'P3'];

export function usesPictures(grade: GradeCode | '' | undefined): boolean {
  return grade !== undefined && grade !== '' && PICTURE_GRADES.includes(grade);
}

/** A well-formed sequence: three known pictures, none twice. */
export function isPictureSequence(seq: readonly string[]): seq is PictureId[] {
  return seq.length === PICTURE_PASSWORD_LENGTH && seq.every((id) => IDS.includes(id)) && new Set(seq).size === seq.length;
}

// The text that is hashed: a prefix keeps it apart from any PIN.
const secretOf = (seq: readonly string[]) => `pictures:${seq.join('-')}`;

export async function hashPictures(seq: readonly string[]): Promise<StudentPinData> {
  if (!isPictureSequence(seq)) throw new Error('a picture password is three different pictures');
  return saltedHash(secretOf(seq));
}

export async function verifyPictures(seq: readonly string[], stored: StudentPinData): Promise<boolean> {
  return isPictureSequence(seq) && matchesSaltedHash(secretOf(seq), stored);
}

/** A random sequence for a printed card. */
export function randomPictures(): PictureId[] {
  const pool = [...PICTURES.map((p) => p.id)];
  const out: PictureId[] = [];
  while (out.length < PICTURE_PASSWORD_LENGTH) {
    const [n = 0] = crypto.getRandomValues(new Uint32Array(1));
    out.push(...pool.splice(n % pool.length, 1));
  }
  return out;
}

export function pictureOf(id: string): (typeof PICTURES)[number] | undefined {
  return PICTURES.find((p) => p.id === id);
}
