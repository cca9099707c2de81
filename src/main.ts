// First: built-ins older browsers lack, before any module that uses them runs.
import './polyfills';
import { createPinia, storeToRefs } from 'pinia';
import { createApp } from 'vue';
import 'element-plus/theme-chalk/base.css';
import App from './App.vue';
import { requestPersistentStorage } from '@/features/settings/storage';
import { provideDatabase } from '@/db/provide';
import { createAppI18n } from '@/i18n';
import { createAppRouter } from '@/router';
import { useSessionStore } from '@/stores/session';
import './styles/app.css';

async function start(): Promise<void> {
  const app = createApp(App);
  const pinia = createPinia();
  app.use(pinia);
  const session = useSessionStore(pinia);
  // Re-open the last session (offline too) before the first route resolves.
  await session.restore();
  provideDatabase(app, storeToRefs(session).db);
  app.use(createAppI18n());
  app.use(createAppRouter(session));
  app.mount('#app');
  // Ask the browser not to evict our data under storage pressure: for a
  // school whose only copy of today's work is this device, that matters.
  void requestPersistentStorage();
}

void start();
