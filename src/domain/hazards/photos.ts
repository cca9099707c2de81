/**
 * A photo as documents refer to it: by the SHA-256 of its bytes, so the same
 * photo uploaded twice is stored once and a document never carries image
 * data through replication. The bytes travel separately (upload queue).
 */
export interface PhotoRef {
  /** SHA-256 of the file, 64 lower-case hex digits. */
  hash: string;
  mime: PhotoMime;
  bytes: number;
  width: number;
  height: number;
}

export const PHOTO_MIMES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoMime = (typeof PHOTO_MIMES)[number];

/**
 * Hard limits the server enforces. The browser downscales well below them
 * (about 1600 px and 300 KB); these leave room for a PNG screenshot.
 */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
export const PHOTO_MAX_EDGE = 4096;
/** Photos per checklist answer and per timeline entry. */
export const PHOTOS_PER_ENTRY = 9;

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** A well-formed reference within the hard limits (the upload checks the bytes themselves). */
export function isValidPhotoRef(ref: PhotoRef): boolean {
  const within = (n: number, max: number) => Number.isInteger(n) && n >= 1 && n <= max;
  return (
    SHA256_HEX.test(ref.hash) &&
    (PHOTO_MIMES as readonly string[]).includes(ref.mime) &&
    within(ref.bytes, PHOTO_MAX_BYTES) &&
    within(ref.width, PHOTO_MAX_EDGE) &&
    within(ref.height, PHOTO_MAX_EDGE)
  );
}


/**
 * Collections whose documents refer to photos (answers, hazards and their
 * timeline entries, drill records' `data.photos`): the server keeps each
 * document's references (`file_refs`) so a photo is readable by whoever may
 * read a document that refers to it.
 */
export const PHOTO_COLLECTIONS = ['inspections', 'hazards', 'activities', 'content'] as const;
/**
 * Whether a document of `collection` can refer to photos: of activities only
 * drills do, so the many attempts and completions cost no reference upkeep;
 * of content only lessons (their pictures, audio and video, `StoredMedia`),
 * so a lesson's media are read by whoever reads the lesson (a draft's only
 * by its author unit).
 */
export function mayReferToPhotos(collection: string, doc: Readonly<Record<string, unknown>>): boolean {
  if (collection === 'activities') return doc.kind === 'drill';
  if (collection === 'content') return doc.kind === 'lesson';
  return (PHOTO_COLLECTIONS as readonly string[]).includes(collection);
}

/**
 * Who may upload photos: those who write hazard records. Drills are recorded
 * by school administrators, who write hazards too; students and classroom
 * computers write activities but have no photos to upload.
 */
export const PHOTO_UPLOAD_COLLECTIONS = ['inspections', 'hazards'] as const;

/** Every photo (or lesson medium) hash a document refers to, anywhere in it, each once. */
export function photoHashesOf(doc: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.hash === 'string' && typeof record.mime === 'string' && SHA256_HEX.test(record.hash)) found.add(record.hash);
      // A lesson's stored medium (lessons/media.ts) names its file `sha256`.
      if (record.source === 'stored' && typeof record.sha256 === 'string' && SHA256_HEX.test(record.sha256)) found.add(record.sha256);
      Object.values(record).forEach(walk);
    }
  };
  walk(doc);
  return [...found];
}

/** The image type of `bytes` by their first bytes (JPEG, PNG, WebP), or null: the server stores nothing else. */
export function sniffPhotoMime(bytes: Uint8Array): PhotoMime | null {
  const starts = (sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}
