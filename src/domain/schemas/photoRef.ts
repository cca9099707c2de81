import { shortText, timestamp } from './base';
import type { JsonSchemaProperty } from './jsonSchema';

/**
 * A photo as a document refers to it: the SHA-256 of its bytes and what the
 * device measured. The bytes travel apart from replication (PUT /api/files),
 * so a document never carries image data. Limits: src/domain/hazards/photos.ts.
 */
const photoRef: JsonSchemaProperty = {
  type: 'object',
  properties: {
    hash: { type: 'string', maxLength: 64, minLength: 64, pattern: '^[0-9a-f]{64}$' },
    mime: { type: 'string', enum: ['image/jpeg', 'image/png', 'image/webp'], maxLength: 16 },
    bytes: timestamp,
    width: timestamp,
    height: timestamp,
  },
  required: ['hash', 'mime', 'bytes', 'width', 'height'],
  additionalProperties: false,
};

/** Photos of one answer or timeline entry (PHOTOS_PER_ENTRY). */
export const photoList: JsonSchemaProperty = { type: 'array', maxItems: 9, items: photoRef };

export const note = shortText(500);
