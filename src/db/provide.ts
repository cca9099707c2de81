import { inject, isRef, shallowRef, type App, type InjectionKey, type Ref } from 'vue';
import type { XiaoanDatabase } from './types';

const DB_KEY: InjectionKey<Ref<XiaoanDatabase | null>> = Symbol('xiaoan-db');

/**
 * Make the signed-in user's database available app-wide. The app passes
 * the session's ref (the database changes with the user); tests may pass
 * a database directly.
 */
export function provideDatabase(app: App, db: XiaoanDatabase | Ref<XiaoanDatabase | null>): void {
  app.provide(DB_KEY, isRef(db) ? db : shallowRef(db));
}

/** The current database; only called in views that require a signed-in user. */
export function useDatabase(): XiaoanDatabase {
  const db = inject(DB_KEY)?.value;
  if (!db) throw new Error('useDatabase() called without an open database');
  return db;
}
