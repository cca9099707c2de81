import type { PhotoRef } from '@/domain/hazards';

const MAX_EDGE = 1600;
const TARGET_BYTES = 300 * 1024;
const QUALITIES = [0.82, 0.7, 0.6, 0.5, 0.4];

function loadImage(file: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('not an image'));
    };
    img.src = url;
  });
}

function toJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('encode failed'))), 'image/jpeg', quality),
  );
}

export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A camera photo made small enough to upload on a slow link: the longest
 * edge at most 1600 px, JPEG quality lowered step by step until about
 * 300 KB. Returns the bytes and the reference documents carry.
 */
export async function downscalePhoto(file: Blob): Promise<{ ref: PhotoRef; blob: Blob }> {
  const img = await loadImage(file);
  const scale = Math.min(1, MAX_EDGE / Math.max(img.naturalWidth, img.naturalHeight));
  const width = Math.max(1, Math.round(img.naturalWidth * scale));
  const height = Math.max(1, Math.round(img.naturalHeight * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.fillStyle = '#fff'; // transparent PNG areas become white, not black
  context.fillRect(0, 0, width, height);
  context.drawImage(img, 0, 0, width, height);
  let blob = await toJpeg(canvas, QUALITIES[0]!);
  for (const quality of QUALITIES.slice(1)) {
    if (blob.size <= TARGET_BYTES) break;
    blob = await toJpeg(canvas, quality);
  }
  return { ref: { hash: await sha256Hex(blob), mime: 'image/jpeg', bytes: blob.size, width, height }, blob };
}
