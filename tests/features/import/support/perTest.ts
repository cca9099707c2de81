import { afterEach, beforeEach } from 'vitest';
import { createImportWorld, type ImportWorldFixture } from './importFixture';

/**
 * A fresh import world (createImportWorld) for each test of the file, and
 * whatever a test mounted (`track`) unmounted after it, the document
 * emptied and the database closed.
 */
export function importWorldPerTest() {
  let fixture: ImportWorldFixture | undefined;
  let unmount: () => void = () => undefined;
  beforeEach(async () => {
    fixture = await createImportWorld();
  });
  afterEach(async () => {
    unmount();
    unmount = () => undefined;
    document.body.innerHTML = '';
    await fixture?.db.close();
  });
  return {
    world: (): ImportWorldFixture => {
      if (!fixture) throw new Error('no import world outside a test');
      return fixture;
    },
    /** Unmount this after the test. */
    track(mounted: { wrapper: { unmount(): void } }): void {
      unmount = () => mounted.wrapper.unmount();
    },
  };
}
