// Where e2e output goes: test-results/ is gitignored.

import { join } from 'node:path';
import { repoRoot } from './build.mjs';

export const resultsDir = join(repoRoot, 'test-results', 'e2e');
export const screenshotsDir = join(resultsDir, 'screenshots');
