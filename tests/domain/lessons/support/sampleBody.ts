import type { LessonBody } from '@/domain/lessons/model';

export const SAMPLE_SHA = 'ab'.repeat(32);

/** A valid lesson body using every block and question type; a fresh copy per call. */
export function sampleBody(): LessonBody {
  return {
    version: 1,
    bands: ['junior'],
    summary: '示例课程',
    minutes: 20,
    pages: [
      {
        title: '第一页',
        blocks: [
          { type: 'heading', text: '标题' },
          { type: 'paragraph', text: '正文。' },
          { type: 'list', ordered: true, items: ['第一步', '第二步'] },
          { type: 'image', media: { source: 'bundled', path: '/lessons/sample/pond.svg', mime: 'image/svg+xml' }, alt: '池塘' },
          {
            type: 'image',
            media: { source: 'stored', sha256: SAMPLE_SHA, mime: 'image/png', bytes: 2048 },
            alt: '照片',
            caption: '说明',
          },
        ],
      },
      {
        title: '第二页',
        blocks: [
          { type: 'audio', media: { source: 'stored', sha256: 'cd'.repeat(32), mime: 'audio/mpeg', bytes: 100_000 }, title: '儿歌' },
          {
            type: 'video',
            media: { source: 'stored', sha256: 'ef'.repeat(32), mime: 'video/mp4', bytes: 5_000_000 },
            title: '演示',
            poster: { source: 'stored', sha256: SAMPLE_SHA, mime: 'image/png', bytes: 2048 },
            transcript: '旁白文字',
          },
          { type: 'callout', tone: 'warning', title: '注意', text: '不要独自下水。' },
        ],
      },
    ],
    test: {
      passPercent: 60,
      questions: [
        {
          type: 'single',
          id: 'q1',
          prompt: '单选题',
          options: [{ id: 'a', text: '甲' }, { id: 'b', text: '乙' }],
          correct: 'b',
          explanation: '因为乙。',
        },
        {
          type: 'multiple',
          id: 'q2',
          prompt: '多选题',
          options: [{ id: 'a', text: '甲' }, { id: 'b', text: '乙' }, { id: 'c', text: '丙' }],
          correct: ['a', 'c'],
          explanation: '甲和丙。',
        },
        { type: 'true_false', id: 'q3', prompt: '判断题', correct: false, explanation: '错误。' },
      ],
    },
  };
}
