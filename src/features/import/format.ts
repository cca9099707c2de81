/** A file size as people read it: 812 KB, 3.4 MB. */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A file name without its extension, for names derived from it. */
export function fileStem(name: string): string {
  return name.replace(/\.[^.]+$/, '');
}
