import { pinyin } from 'pinyin-pro';
import { normalizeCompact } from './normalizeText';

/**
 * Pinyin of personal names, for search keys and usernames. pinyin-pro is
 * large (≈ 300 KB): the app should load this module lazily, in the
 * features that need it (see DESIGN-NOTES "Bundle").
 *
 * `mode: 'surname', surname: 'head'` reads only the start of the name as a
 * surname (曾 zeng, 单 shan, 尉迟 yuchi, 欧阳 ouyang) and the given name
 * normally (李乐乐 → li le le, not li yue yue).
 */
export interface NameSyllables {
  /** One token per Han character (its toneless pinyin, ü as v) or per run of Latin letters. */
  tokens: string[];
}

export function nameSyllables(name: string): NameSyllables {
  const text = normalizeCompact(name);
  if (!text) return { tokens: [] };
  const items = pinyin(text, { toneType: 'none', mode: 'surname', surname: 'head', type: 'all', v: true });
  const tokens: string[] = [];
  let latin = '';
  const flushLatin = () => {
    if (latin) tokens.push(latin);
    latin = '';
  };
  for (const item of items) {
    if (item.isZh) {
      flushLatin();
      const syllable = item.pinyin.toLowerCase().replace(/[^a-z]/g, '');
      if (syllable) tokens.push(syllable);
    } else if (/^[a-z]$/i.test(item.origin)) {
      latin += item.origin.toLowerCase();
    } else {
      // Middle dots, characters outside pinyin-pro's dictionary: no sound to add.
      flushLatin();
    }
  }
  flushLatin();
  return { tokens };
}

/** Longest key the people schema accepts (people.nameSearch). */
const SEARCH_KEY_MAX = 200;

/**
 * '张三' → '张三 zhangsan zs': the name, its full pinyin and its initials,
 * lower-case, so one substring match serves all three ways people search.
 */
export function nameSearchKey(name: string): string {
  const text = normalizeCompact(name).toLowerCase();
  const { tokens } = nameSyllables(text);
  const full = tokens.join('');
  const initials = tokens.map((t) => t[0] ?? '').join('');
  const parts = [text, full, initials].filter((part, i, all) => part && all.indexOf(part) === i);
  return parts.join(' ').slice(0, SEARCH_KEY_MAX);
}
