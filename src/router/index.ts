import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteRecordRaw } from 'vue-router';
import AppLayout from '@/app/AppLayout.vue';
import type { useSessionStore } from '@/stores/session';

type Session = ReturnType<typeof useSessionStore>;

const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('@/features/auth/LoginView.vue'), meta: { public: true } },
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
      { path: 'review', name: 'review', component: () => import('@/features/roster/ReviewQueueView.vue') },
      { path: 'people/:id', name: 'person', component: () => import('@/features/roster/PersonDetailView.vue') },
      { path: 'orgs', name: 'orgs', component: () => import('@/features/org/OrgManageView.vue') },
      { path: 'accounts', name: 'accounts', component: () => import('@/features/accounts/AccountsView.vue') },
      { path: 'import', name: 'import', component: () => import('@/features/import/ImportView.vue') },
      { path: 'sync', name: 'sync', component: () => import('@/features/sync/SyncView.vue') },
      { path: 'conflicts', name: 'conflicts', component: () => import('@/features/conflicts/ConflictsView.vue') },
      { path: 'settings', name: 'settings', component: () => import('@/features/settings/SettingsView.vue') },
      { path: 'password', name: 'password', component: () => import('@/features/auth/ChangePasswordView.vue') },
    ],
  },
  // Account slips print as shown: a page of their own, without the app's header and tree.
  { path: '/import/slips', name: 'import-slips', component: () => import('@/features/accounts/AccountSlipsView.vue') },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/app/NotFoundView.vue'),
    meta: { public: true },
  },
];

/** Where a navigation must go instead, or true to let it through. */
async function guard(session: Session, to: RouteLocationNormalized) {
  if (to.meta.public) return true;
  const db = session.db;
  if (!session.user || !db) return { name: 'login', query: to.fullPath === '/' ? {} : { next: to.fullPath } };
  // An initial password must be changed before anything else (the server enforces it too).
  if (session.user.mustChangePassword) return to.name === 'password' ? true : { name: 'password' };
  if (to.name === 'welcome' || to.name === 'password') return true;
  const anyUnit = async () => (await db.orgs.findOne({ selector: { deletedAt: 0 } }).exec()) !== null;
  if (await anyUnit()) return true;
  await session.awaitInitialOrgs(8000);
  return (await anyUnit()) ? true : { name: 'welcome' };
}

export function createAppRouter(session: Session) {
  const router = createRouter({ history: createWebHistory(), routes });
  router.beforeEach((to) => guard(session, to));
  return router;
}
