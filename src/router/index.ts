import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteLocationRaw, type RouteRecordRaw } from 'vue-router';
import type { Role } from '@/domain/auth/roles';
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
      { path: '', name: 'home', component: { render: () => null } },
      { path: 'today', name: 'today', component: () => import('@/features/lessons/TodayView.vue') },
      { path: 'lessons', name: 'library', component: () => import('@/features/lessons/LibraryView.vue') },
      { path: 'lessons/new', name: 'lesson-new', component: () => import('@/features/lessons/editor/LessonEditorView.vue') },
      { path: 'lessons/:id/edit', name: 'lesson-edit', component: () => import('@/features/lessons/editor/LessonEditorView.vue') },
      { path: 'lessons/:id', name: 'lesson', component: () => import('@/features/lessons/LessonReaderView.vue') },
      { path: 'activities', name: 'activities', component: () => import('@/features/lessons/ActivitiesView.vue') },
      { path: 'drills', name: 'drills', component: () => import('@/features/lessons/DrillsView.vue') },
      { path: 'results', name: 'results', component: () => import('@/features/lessons/ResultsView.vue') },
      { path: 'my-lessons', name: 'my-lessons', component: () => import('@/features/lessons/MyLessonsView.vue') },
      { path: 'class-device', name: 'class-device', component: () => import('@/features/lessons/ClassDeviceView.vue') },
      {
        path: 'roster/:kind(students|teachers)',
        name: 'roster',
        component: () => import('@/features/roster/RosterView.vue'),
      },
      { path: 'review', name: 'review', component: () => import('@/features/roster/ReviewQueueView.vue') },
      { path: 'people/:id', name: 'person', component: () => import('@/features/roster/PersonDetailView.vue') },
      { path: 'orgs', name: 'orgs', component: () => import('@/features/org/OrgManageView.vue') },
      { path: 'stats', name: 'stats', component: () => import('@/features/stats/DashboardView.vue') },
      { path: 'accounts', name: 'accounts', component: () => import('@/features/accounts/AccountsView.vue') },
      { path: 'import', name: 'import', component: () => import('@/features/import/ImportView.vue') },
      { path: 'sync', name: 'sync', component: () => import('@/features/sync/SyncView.vue') },
      { path: 'conflicts', name: 'conflicts', component: () => import('@/features/conflicts/ConflictsView.vue') },
      { path: 'safety', name: 'safety-home', component: () => import('@/features/hazards/SafetyHomeView.vue') },
      { path: 'inspections', name: 'inspections', component: () => import('@/features/hazards/InspectionsView.vue') },
      { path: 'inspections/:id', name: 'inspection', component: () => import('@/features/hazards/InspectionRunView.vue') },
      { path: 'hazards', name: 'hazards', component: () => import('@/features/hazards/HazardListView.vue') },
      { path: 'checklists', name: 'checklists', component: () => import('@/features/hazards/ChecklistPublishView.vue') },
      { path: 'accidents', name: 'accidents', component: () => import('@/features/hazards/AccidentsView.vue') },
      { path: 'hazards/:id', name: 'hazard', component: () => import('@/features/hazards/HazardDetailView.vue') },
      { path: 'settings', name: 'settings', component: () => import('@/features/settings/SettingsView.vue') },
      { path: 'password', name: 'password', component: () => import('@/features/auth/ChangePasswordView.vue') },
    ],
  },
  // Classroom mode fills the projector's screen: no header, no tree.
  { path: '/classroom/:id', name: 'classroom-mode', component: () => import('@/features/lessons/ClassroomModeView.vue') },
  { path: '/slips/:id', name: 'slips', component: () => import('@/features/lessons/SlipsView.vue') },
  // Account slips print as shown: a page of their own, without the app's header and tree.
  { path: '/import/slips', name: 'import-slips', component: () => import('@/features/accounts/AccountSlipsView.vue') },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/app/NotFoundView.vue'),
    meta: { public: true },
  },
];

/**
 * Where each role lands (issues 10.9, 11.7): a teacher on "today", a classroom computer on its name list, a student on
 * their lessons, the safety leader (分管安全校长) at their desk.
 */
function homeOf(role: Role): RouteLocationRaw {
  if (role === 'teacher') return { name: 'today' };
  if (role === 'safety_leader') return { name: 'safety-home' };
  if (role === 'classroom') return { name: 'class-device' };
  if (role === 'student') return { name: 'my-lessons' };
  return { name: 'roster', params: { kind: 'students' } };
}

/** A classroom computer shows its class's lessons and nothing else: no roster, no exports. */
const CLASSROOM_ROUTES = new Set(['class-device', 'lesson', 'password', 'sync']);

/** Where a navigation must go instead, or true to let it through. */
async function guard(session: Session, to: RouteLocationNormalized) {
  if (to.meta.public) return true;
  const db = session.db;
  if (!session.user || !db) return { name: 'login', query: to.fullPath === '/' ? {} : { next: to.fullPath } };
  // An initial password must be changed before anything else (the server enforces it too).
  if (session.user.mustChangePassword) return to.name === 'password' ? true : { name: 'password' };
  if (to.name === 'welcome' || to.name === 'password') return true;
  if (to.name === 'home') return homeOf(session.user.role);
  if (session.user.role === 'classroom' && !CLASSROOM_ROUTES.has(String(to.name))) return homeOf('classroom');
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
