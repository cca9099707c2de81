import type { CalloutBlock, ChoiceOption, ImageBlock, ListBlock, ParagraphBlock } from '../model';

/**
 * Small constructors that keep the built-in lessons readable as text.
 * Each built-in lesson's illustrations are shipped under
 * `public/lessons/<lesson-id>/` and precached with the app shell.
 */
export function illustration(lessonId: string, name: string, alt: string, caption?: string): ImageBlock {
  const media = { source: 'bundled', path: `/lessons/${lessonId}/${name}.svg`, mime: 'image/svg+xml' } as const;
  return caption === undefined ? { type: 'image', media, alt } : { type: 'image', media, alt, caption };
}

export const paragraph = (text: string): ParagraphBlock => ({ type: 'paragraph', text });
export const points = (...items: string[]): ListBlock => ({ type: 'list', ordered: false, items });
export const steps = (...items: string[]): ListBlock => ({ type: 'list', ordered: true, items });
export const tip = (text: string, title?: string): CalloutBlock =>
  title === undefined ? { type: 'callout', tone: 'tip', text } : { type: 'callout', tone: 'tip', title, text };
export const warning = (text: string, title?: string): CalloutBlock =>
  title === undefined ? { type: 'callout', tone: 'warning', text } : { type: 'callout', tone: 'warning', title, text };

/** Options with ids a, b, c … in the order given. */
export function options(...texts: string[]): ChoiceOption[] {
  return texts.map((text, index) => ({ id: String.fromCharCode(97 + index), text }));
}
