import type { Plugin } from 'vite';

/** Writes `file.br` and `file.gz` beside each compressible file under `dir`; resolves to how many files were compressed. */
export declare function precompressDir(dir: string): Promise<number>;
/** Vite plugin: brotli and gzip copies of the whole output, once everything else (the service worker too) is written. */
export declare function precompress(): Plugin;
