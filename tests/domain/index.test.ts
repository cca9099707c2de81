import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as domain from '@/domain';

/** Every module specifier reachable from `entry` through static imports and re-exports. */
function staticImportGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    // `import … from '…'` and `export … from '…'`, not `import type` (erased at build time).
    for (const match of source.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)) {
      const specifier = match[1] ?? '';
      if (!specifier.startsWith('.')) packages.add(specifier);
      else {
        const base = resolve(dirname(file), specifier);
        visit(existsSync(`${base}.ts`) ? `${base}.ts` : resolve(base, 'index.ts'));
      }
    }
  };
  visit(resolve(entry));
  return { files, packages };
}

describe('src/domain/index.ts', () => {
  it('pulls in no third-party package (pinyin-pro stays out of the first screen)', () => {
    const { packages } = staticImportGraph('src/domain/index.ts');
    expect([...packages]).toEqual([]);
  });

  it('is checked by a walker that does see pinyin-pro behind the username module', () => {
    expect([...staticImportGraph('src/domain/accounts/username.ts').packages]).toEqual(['pinyin-pro']);
  });

  it('does not reach the lazily loaded modules', () => {
    const { files } = staticImportGraph('src/domain/index.ts');
    const reached = [...files].map((f) => f.replace(/^.*\/src\/domain\//, ''));
    expect(reached).not.toContain('roster/pinyin.ts');
    expect(reached).not.toContain('accounts/username.ts');
    expect(reached).not.toContain('demo/demoDataset.ts');
    expect(reached).toContain('sync/merge.ts');
  });

  it('exposes the working functions', () => {
    expect(domain.validateIdNumber('11010519491231002X').ok).toBe(true);
    expect(domain.parseGrade('七年级')).toBe('J1');
    expect(domain.maskPhone('13812345678')).toBe('138****5678');
    expect(Object.keys(domain.COLLECTIONS).length).toBeLessThanOrEqual(domain.MAX_COLLECTIONS);
  });
});
