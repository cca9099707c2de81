import { flushPromises, mount, type ComponentMountingOptions } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { defineComponent, h, type Component } from 'vue';
import { RouterView, type Router } from 'vue-router';
import { provideDatabase } from '@/db/provide';
import type { XiaoanDatabase } from '@/db/types';
import { createAppI18n } from '@/i18n';
import { createAppRouter } from '@/router';
import { useSessionStore } from '@/stores/session';
import type { SessionUser } from '@/auth/sessionUser';

/**
 * Mount a component inside the real app plumbing: our database (in memory),
 * Pinia with a signed-in session (sign-in itself is not under test here),
 * zh-CN i18n and router. Element Plus is installed whole because the
 * app's on-demand resolver is a Vite plugin the test project does not run.
 *
 * el-auto-resizer measures its box with ResizeObserver, which happy-dom
 * cannot lay out; it is replaced by a fixed 1200×600 box so the virtualised
 * table renders rows. Nothing of ours is stubbed.
 */
export const FixedAutoResizer = defineComponent({
  name: 'ElAutoResizer',
  setup(_, { slots }) {
    return () => h('div', { style: 'width:1200px;height:600px' }, slots.default?.({ width: 1200, height: 600 }));
  },
});

export interface Mounted {
  router: Router;
  pinia: Pinia;
}

/** The school administrator every roster component test acts as. */
export const TEST_USER: SessionUser = {
  id: 'u-admin',
  username: 'admin',
  displayName: '管理员',
  role: 'county_admin',
  orgId: '411502',
  orgPath: '/41/4115/411502/',
  personId: '',
  mustChangePassword: false,
};

export async function mountWithApp<C extends Component>(
  db: XiaoanDatabase,
  component: C,
  options: ComponentMountingOptions<C> = {},
  path = '/roster/students',
) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const session = useSessionStore(pinia);
  session.user = TEST_USER;
  session.db = db;
  const router = createAppRouter(session);
  await router.push(path);
  await router.isReady();
  const wrapper = mount(component, {
    attachTo: document.body,
    ...options,
    global: {
      plugins: [ElementPlus, pinia, createAppI18n('zh-CN'), router, { install: (app) => provideDatabase(app, db) }],
      stubs: { ElAutoResizer: FixedAutoResizer },
      ...options.global,
    },
  } as ComponentMountingOptions<C>);
  await flushPromises();
  return { wrapper, router, pinia };
}

/** The whole app shell (layout, org tree, the page of `path`) through a RouterView; returns how to unmount it. */
export async function mountAppShell(db: XiaoanDatabase, path = '/roster/students'): Promise<{ unmount: () => void }> {
  const mounted = await mountWithApp(db, RouterView, {}, path);
  await settle(10);
  return { unmount: () => mounted.wrapper.unmount() };
}

/** Wait for RxDB queries and Vue to settle: a few macrotask turns plus flushes. */
export async function settle(turns = 5): Promise<void> {
  for (let i = 0; i < turns; i++) {
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Type into an input (found anywhere in the document, since dialogs teleport) and leave it. */
export async function typeInto(testId: string, value: string, blur = true): Promise<HTMLInputElement> {
  const root = document.querySelector(`[data-testid="${testId}"]`);
  const input = (root?.tagName === 'INPUT' || root?.tagName === 'TEXTAREA' ? root : root?.querySelector('input, textarea')) as
    | HTMLInputElement
    | null;
  if (!input) throw new Error(`no input for ${testId}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  if (blur) input.dispatchEvent(new FocusEvent('blur'));
  await settle(2);
  return input;
}

export function byTestId(testId: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  if (!el) throw new Error(`no element ${testId}`);
  return el;
}

export async function click(testId: string): Promise<void> {
  byTestId(testId).click();
  await settle();
}

/** Open the select's dropdown (teleported to <body>) and pick the option labelled `label`. */
export async function choose(testId: string, label: string): Promise<void> {
  byTestId(testId).querySelector<HTMLElement>('.el-select__wrapper')?.click();
  await settle(3);
  const option = [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find((o) => o.textContent?.trim() === label);
  if (!option) throw new Error(`no option ${label} in ${testId}`);
  option.click();
  await settle(3);
}
