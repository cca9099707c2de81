import js from '@eslint/js';
import pluginVue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';

/**
 * Who may import whom in src/ (docs/architecture.md draws it): each folder
 * lists the folders it may import besides its own. Everything else in src/
 * is refused, which keeps the folders free of cycles. The shell — main.ts,
 * App.vue, router/ and app/ (the layout) — sits on top and may import
 * anything; tests and benchmarks are not restricted.
 *
 * Feature areas (features/<area>) never import one another, only
 * features/shared; FEATURE_EXCEPTIONS lists the one pair that still does.
 */
const LAYERS = {
  features: ['features/shared', 'stores', 'auth', 'api', 'import', 'db', 'i18n', 'domain'],
  'features/shared': ['stores', 'auth', 'api', 'db', 'i18n', 'domain'],
  stores: ['session', 'auth', 'api', 'sync', 'db', 'domain'],
  session: ['auth', 'api', 'sync', 'db', 'domain'],
  auth: ['api', 'domain'],
  sync: ['api', 'db', 'domain'],
  api: ['domain'],
  db: ['import', 'domain'],
  i18n: ['import', 'domain'],
  import: ['polyfills', 'domain'],
  // Shared with the sync server: no UI, no browser database.
  domain: [],
  // What Chromium 86 lacks; loaded first by the app and the import worker.
  polyfills: [],
};

/** The import wizard's result step prints and exports the accounts it opened with the accounts area's slips and list. */
const FEATURE_EXCEPTIONS = { import: ['accounts'] };

/** Packages the domain must not use (the server imports it). */
const DOMAIN_FORBIDDEN_PACKAGES = ['vue', 'vue-*', 'pinia', 'rxdb', 'rxdb/*', 'element-plus', 'dexie'];

/** The shell: imports anything, imported by nothing. */
const TOP = ['app', 'router', 'App.vue', 'main'];
const SOURCE = '{ts,vue}';

/** Directory levels below a folder's root that get a rule of their own (deeper files share the last one's). */
const MAX_DEPTH = 4;

/** The `no-restricted-imports` patterns for files of `folder`, `depth` directories below its root. */
function layerPatterns(folder, depth, otherAreas = ['shared']) {
  const allowed = new Set([folder, ...LAYERS[folder]]);
  const refused = [...TOP, ...Object.keys(LAYERS)].filter((f) => !allowed.has(f) && !(folder === 'features/shared' && f === 'features'));
  const others = LAYERS[folder].map((f) => `src/${f}`).join(', ');
  const message = others
    ? `src/${folder} may import only ${others} of src/ (docs/architecture.md).`
    : `src/${folder} imports nothing else of src/ (docs/architecture.md).`;
  const patterns = [
    { group: refused.flatMap((f) => [`@/${f}`, `@/${f}/**`]), message },
    // A relative path that leaves the folder would slip past the rule above.
    { regex: `^(\\.\\./){${depth + 1}}`, message: 'Outside its own folder, a module is imported through @/, not a relative path.' },
  ];
  if (folder === 'features' || folder === 'features/shared') {
    const open = folder === 'features' ? otherAreas : ['shared'];
    patterns.push({
      regex: `^@/features/(?!(${open.join('|')})/)`,
      message: 'A feature area imports another only through src/features/shared (docs/architecture.md).',
    });
  }
  if (folder === 'domain') {
    patterns.push({ group: DOMAIN_FORBIDDEN_PACKAGES, message: 'The domain is shared with the server: no Vue, Pinia, RxDB, Dexie or Element Plus.' });
  }
  return patterns;
}

/** The files `depth` directories below `root` (the last depth also takes everything deeper). */
function filesAt(root, depth) {
  const dirs = '*/'.repeat(depth);
  return depth < MAX_DEPTH ? `${root}/${dirs}*.${SOURCE}` : `${root}/${dirs}**/*.${SOURCE}`;
}

const DEPTHS = Array.from({ length: MAX_DEPTH + 1 }, (_, d) => d);

/** One config object per folder and depth: a file must match exactly one, since a later `no-restricted-imports` replaces an earlier one. */
function layerRules() {
  const rule = (files, patterns, ignores = []) => ({ files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } });
  const areas = ['src/features/shared/**', ...Object.keys(FEATURE_EXCEPTIONS).map((a) => `src/features/${a}/**`)];
  return [
    ...Object.keys(LAYERS)
      .filter((f) => f !== 'features')
      .flatMap((f) => DEPTHS.map((d) => rule([filesAt(`src/${f}`, d)], layerPatterns(f, d)))),
    ...DEPTHS.map((d) => rule([filesAt('src/features/*', d)], layerPatterns('features', d), areas)),
    ...Object.entries(FEATURE_EXCEPTIONS).flatMap(([area, others]) =>
      DEPTHS.map((d) => rule([filesAt(`src/features/${area}`, d)], layerPatterns('features', d, ['shared', ...others]))),
    ),
  ];
}

export default tseslint.config(
  { ignores: ['dist/**', 'dev-dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'data/**', 'src/components.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module', extraFileExtensions: ['.vue'] },
    },
  },
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', navigator: 'readonly', console: 'readonly', process: 'readonly',
        globalThis: 'readonly', crypto: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', fetch: 'readonly', Buffer: 'readonly',
        self: 'readonly', localStorage: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-undef': 'off', // TypeScript checks this, with the real environment types
      // Prettier-style formatting is not enforced by lint; these clash with it.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/attributes-order': 'off',
      'vue/multi-word-component-names': 'off',
    },
  },
  ...layerRules(),
);
