// Setup of the `component` vitest project (happy-dom).
//
// - fake-indexeddb gives RxDB's Dexie storage an IndexedDB in Node.
// - Element Plus touches a few browser APIs at mount time; happy-dom 20 has
//   most of them, the rest are stubbed here only when missing, so a newer
//   happy-dom with the real thing wins.

import 'fake-indexeddb/auto';

type Callback = (...args: never[]) => void;

/** Observer stub: observes nothing, never calls back. */
class NoopObserver {
  constructor(_callback?: Callback, _options?: unknown) {}
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
  takeRecords(): [] {
    return [];
  }
}

const g = globalThis as Record<string, unknown>;

if (typeof g.ResizeObserver === 'undefined') g.ResizeObserver = NoopObserver;
if (typeof g.IntersectionObserver === 'undefined') g.IntersectionObserver = NoopObserver;

if (typeof window !== 'undefined') {
  if (typeof window.matchMedia !== 'function') {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (typeof window.scrollTo !== 'function') window.scrollTo = () => undefined;
  if (typeof Element.prototype.scrollTo !== 'function') Element.prototype.scrollTo = () => undefined;
  if (typeof Element.prototype.scrollIntoView !== 'function') Element.prototype.scrollIntoView = () => undefined;
  if (typeof window.requestIdleCallback !== 'function') {
    window.requestIdleCallback = (cb: IdleRequestCallback): number =>
      window.setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 50 }), 0);
    window.cancelIdleCallback = (id: number): void => window.clearTimeout(id);
  }
  // Downloads (Excel export, account slips) create object URLs.
  if (typeof URL.createObjectURL !== 'function') URL.createObjectURL = () => 'blob:happy-dom/stub';
  if (typeof URL.revokeObjectURL !== 'function') URL.revokeObjectURL = () => undefined;
}

// vite.config.ts `define`s this for the app; the vitest projects do not.
// RxDB dev-mode loads a page from rxdb.info: off in tests.
if (typeof g.__RXDB_DEV_MODE__ === 'undefined') g.__RXDB_DEV_MODE__ = false;
