import { afterEach, beforeEach } from 'vitest';
import { defineComponent, h } from 'vue';
import { RouterView } from 'vue-router';
import { createRosterFixture, type RosterFixture } from '../../../db/support/rosterFixture';
import { mountWithApp, settle, type Mounted } from './mountWithApp';

/**
 * A fresh roster fixture for each test of the file, and whatever a test
 * mounted (with `open`) unmounted after it, the document emptied and the
 * database closed.
 */
export function rosterFixturePerTest() {
  let fixture: RosterFixture | undefined;
  let unmount: () => void = () => undefined;
  beforeEach(async () => {
    fixture = await createRosterFixture();
  });
  afterEach(async () => {
    unmount();
    unmount = () => undefined;
    document.body.innerHTML = '';
    await fixture?.db.close();
  });
  const f = (): RosterFixture => {
    if (!fixture) throw new Error('no fixture outside a test');
    return fixture;
  };
  return {
    f,
    /** The app's router view at `path`, as the app shows it. */
    async open(path: string): Promise<Mounted> {
      const Root = defineComponent({ setup: () => () => h(RouterView) });
      const mounted = await mountWithApp(f().db, Root, {}, path);
      unmount = () => mounted.wrapper.unmount();
      await settle(10);
      return mounted;
    },
    /** Mount something else; it is unmounted after the test. */
    track(mounted: { wrapper: { unmount(): void } }): void {
      unmount = () => mounted.wrapper.unmount();
    },
  };
}
