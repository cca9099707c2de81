import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import type { XiaoanDatabase } from '@/db/types';
import AppLayout from '@/features/layout/AppLayout.vue';

const routes: RouteRecordRaw[] = [
  { path: '/welcome', name: 'welcome', component: () => import('@/features/welcome/WelcomeView.vue') },
  {
    path: '/',
    component: AppLayout,
    children: [
      { path: '', redirect: { name: 'roster', params: { kind: 'students' } } },
      {
        path: 'roster/:kind(students|teachers)',
        name: 'roster',
        component: () => import('@/features/roster/RosterView.vue'),
      },
      { path: 'people/:id', name: 'person', component: () => import('@/features/roster/PersonDetailView.vue') },
      { path: 'orgs', name: 'orgs', component: () => import('@/features/org/OrgManageView.vue') },
      { path: 'settings', name: 'settings', component: () => import('@/features/settings/SettingsView.vue') },
    ],
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/features/layout/NotFoundView.vue') },
];

/** The router; a device with no organisation yet is sent to the first-run page. */
export function createAppRouter(db: XiaoanDatabase) {
  const router = createRouter({ history: createWebHistory(), routes });
  router.beforeEach(async (to) => {
    if (to.name === 'welcome' || to.name === 'not-found') return true;
    const units = await db.orgs.count({ selector: { deletedAt: 0 } }).exec();
    return units > 0 ? true : { name: 'welcome' };
  });
  return router;
}
