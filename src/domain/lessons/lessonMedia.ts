import type { MediaRef } from './media';
import type { ContentBlock, LessonBody } from './model';

function blockMedia(block: ContentBlock): MediaRef[] {
  switch (block.type) {
    case 'image':
    case 'audio':
      return [block.media];
    case 'video':
      return block.poster ? [block.media, block.poster] : [block.media];
    case 'heading':
    case 'paragraph':
    case 'list':
    case 'callout':
      return [];
  }
}

/** Every media reference in a lesson, in reading order (repeats included). */
export function lessonMediaRefs(body: LessonBody): MediaRef[] {
  return body.pages.flatMap((page) => page.blocks.flatMap(blockMedia));
}
