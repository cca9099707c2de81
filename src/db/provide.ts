import { inject, type App, type InjectionKey } from 'vue';
import type { XiaoanDatabase } from './types';

const DB_KEY: InjectionKey<XiaoanDatabase> = Symbol('xiaoan-db');

/** Make one database instance available to every component of the app. */
export function provideDatabase(app: App, db: XiaoanDatabase): void {
  app.provide(DB_KEY, db);
}

export function useDatabase(): XiaoanDatabase {
  const db = inject(DB_KEY);
  if (!db) throw new Error('useDatabase() called outside an app with a database');
  return db;
}
