import { createPinia } from 'pinia';
import { createApp } from 'vue';
import 'element-plus/theme-chalk/base.css';
import App from './App.vue';
import { openAppDatabase } from './app/openAppDatabase';
import { requestPersistentStorage } from './app/storage';
import { provideDatabase } from './db/provide';
import { createAppI18n } from './i18n';
import { createAppRouter } from './router';
import './styles/app.css';

async function start(): Promise<void> {
  const db = await openAppDatabase();
  const app = createApp(App);
  provideDatabase(app, db);
  app.use(createPinia());
  app.use(createAppI18n());
  app.use(createAppRouter(db));
  app.mount('#app');
  // Ask the browser not to evict our data under storage pressure: for a
  // school whose only copy of today's work is this device, that matters.
  void requestPersistentStorage();
}

void start();
