import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The `no-restricted-imports` errors ESLint reports for `source` as if it were the file at `path`. */
async function refusals(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: resolve(root, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const importOf = (specifier: string) => `import { x } from '${specifier}';\nexport const y = x;\n`;

// ESLint loads its config and parsers on the first file: seconds on a busy machine.
describe('the import direction (eslint.config.js)', { timeout: 30_000 }, () => {
  beforeAll(() => refusals('src/db/warm-up.ts', ''), 60_000);

  it('refuses an import upwards: the database may not reach the session store', async () => {
    const errors = await refusals('src/db/planted.ts', importOf('@/stores/session'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('src/db may import only src/import, src/domain');
  });

  it('accepts an import downwards', async () => {
    expect(await refusals('src/db/repositories/planted.ts', importOf('@/domain/schemas'))).toEqual([]);
    expect(await refusals('src/stores/planted.ts', importOf('@/session/userWorkspace'))).toEqual([]);
  });

  it('refuses the cycles this layout removed', async () => {
    expect(await refusals('src/db/planted.ts', importOf('@/sync/conflictHandler'))).toHaveLength(1);
    expect(await refusals('src/stores/planted.ts', importOf('@/features/auth/LoginView.vue'))).toHaveLength(1);
    expect(await refusals('src/import/planted.ts', importOf('@/i18n/locales/zh-CN/import'))).toHaveLength(1);
    expect(await refusals('src/sync/planted.ts', importOf('@/session/userWorkspace'))).toHaveLength(1);
  });

  it('refuses a relative path out of the folder, at any depth', async () => {
    expect(await refusals('src/db/planted.ts', importOf('../stores/session'))).toHaveLength(1);
    expect(await refusals('src/db/repositories/planted.ts', importOf('../../stores/session'))).toHaveLength(1);
    expect(await refusals('src/db/repositories/planted.ts', importOf('../types'))).toEqual([]);
  });

  it('keeps feature areas apart, except through features/shared', async () => {
    const [error] = await refusals('src/features/roster/planted.ts', importOf('@/features/org/OrgTree.vue'));
    expect(error).toContain('only through src/features/shared');
    expect(await refusals('src/features/roster/planted.ts', importOf('@/features/shared/useOrgTree'))).toEqual([]);
    expect(await refusals('src/features/shared/planted.ts', importOf('@/features/roster/rosterScope'))).toHaveLength(1);
    expect(await refusals('src/features/import/planted.ts', importOf('@/features/accounts/accountUnits'))).toEqual([]);
    expect(await refusals('src/features/import/planted.ts', importOf('@/features/roster/rosterScope'))).toHaveLength(1);
  });

  it('applies to .vue files too', async () => {
    const component = `<script setup lang="ts">\n${importOf('@/features/org/OrgTree.vue')}</script>\n`;
    expect(await refusals('src/features/roster/Planted.vue', component)).toHaveLength(1);
  });

  it('keeps the domain free of the UI and the browser database', async () => {
    expect(await refusals('src/domain/roster/planted.ts', importOf('vue'))).toHaveLength(1);
    expect(await refusals('src/domain/planted.ts', importOf('@/db/types'))).toHaveLength(1);
  });

  it('lets the shell import anything', async () => {
    expect(await refusals('src/app/planted.ts', importOf('@/features/org/OrgTree.vue'))).toEqual([]);
    expect(await refusals('src/router/planted.ts', importOf('@/stores/session'))).toEqual([]);
  });

  it('places every folder of code in src/, and the folders it allows form no cycle', async () => {
    const hasCode = (folder: string) =>
      readdirSync(resolve(root, 'src', folder), { recursive: true }).some((file) => /\.(ts|vue)$/.test(String(file)));
    const top = readdirSync(resolve(root, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'features' && hasCode(entry.name))
      .map((entry) => entry.name);
    // Feature areas are alike: one stands for all.
    const folders = [...top, 'features/roster', 'features/shared'];
    const allowed = new Map<string, string[]>();
    for (const from of folders) {
      const targets: string[] = [];
      for (const to of folders) {
        if (to !== from && !(await refusals(`src/${from}/planted.ts`, importOf(`@/${to}/planted`))).length) targets.push(to);
      }
      allowed.set(from, targets);
    }
    // Only the shell may import everything: a folder without a rule would too.
    const unrestricted = folders.filter((f) => allowed.get(f)?.length === folders.length - 1);
    expect(unrestricted.sort()).toEqual(['app', 'router']);

    const shell = new Set(unrestricted);
    const reaches = (from: string, target: string, seen = new Set<string>()): boolean =>
      (allowed.get(from) ?? []).some(
        (next) => !shell.has(next) && (next === target || (!seen.has(next) && (seen.add(next), reaches(next, target, seen)))),
      );
    expect(folders.filter((f) => !shell.has(f) && reaches(f, f))).toEqual([]);
  });
});
