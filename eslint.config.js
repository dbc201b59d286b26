// ESLint flat config. Besides typescript-eslint's recommended rules, it enforces which code may
// import what (handbook §5.6): a file that reaches across a process boundary fails the lint.
//
//   shared/          runs in every process: no Node, no DOM, no Electron, no UI libraries
//   electron/core/   plain Node: never Electron, never the shell or the renderer
//   electron/preload sandboxed: Electron's renderer API and shared/ only
//   electron/main/   the shell: never the renderer's code
//   renderer/        untrusted web page: no Node, no Electron, nothing from electron/
//
// tests/unit/lint-boundaries.test.ts proves each rule with a failing and a passing file.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS_JS = '**/*.{ts,tsx,mts,cts,js,mjs,cjs}';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

/** One `no-restricted-imports` option built from named groups, each with the message a developer sees. */
function restrictImports(...groups) {
  return [
    'error',
    {
      paths: groups.flatMap((g) => (g.names ?? []).map((name) => ({ name, message: g.message }))),
      patterns: groups.flatMap((g) => (g.regexes ?? []).map((regex) => ({ regex, message: g.message }))),
    },
  ];
}

const NODE = (where) => ({ names: nodeBuiltins, regexes: ['^node:'], message: `${where} may not use Node built-in modules.` });
const ELECTRON = (where) => ({ regexes: ['^electron(/.*)?$'], message: `${where} may not import Electron.` });
const UI = (where) => ({
  regexes: ['^(react|react-dom|lexical|radix-ui)(/.*)?$', '^@(lexical|radix-ui)/'],
  message: `${where} may not import UI libraries.`,
});
// Import strings are checked as written, so these match any number of `../` before the folder.
const INTO = (folders, where, why) => ({
  regexes: [`^(\\.\\./)+(${folders.join('|')})(/.*)?$`],
  message: `${where} may not import from ${why}.`,
});

/** `require()` and `import('…')` of a forbidden module would slip past no-restricted-imports. */
function restrictDynamicImports(where, extra = []) {
  // [/] instead of \/: esquery reads the regex up to the first unescaped slash.
  const names = [...nodeBuiltins.map((n) => n.replaceAll('/', '[/]')), ...extra];
  const modules = `/^(node:.*|${names.join('|')})$/`;
  return [
    'error',
    {
      selector: "CallExpression[callee.type='Identifier'][callee.name='require']",
      message: `${where} uses ES imports only, not require().`,
    },
    {
      selector: `ImportExpression[source.type='Literal'][source.value=${modules}]`,
      message: `${where} may not load Node or Electron modules.`,
    },
  ];
}

const sharedGlobals = new Set([...Object.keys(globals['shared-node-browser']), ...Object.keys(globals.es2025)]);
const browserOnlyGlobals = Object.keys(globals.browser).filter((g) => !sharedGlobals.has(g));
const nodeOnlyGlobals = Object.keys(globals.node).filter((g) => !sharedGlobals.has(g));
const restrictGlobals = (names, message) => ['error', ...names.map((name) => ({ name, message }))];

export default defineConfig([
  globalIgnores(['out/', 'dist/', 'node_modules/', '.tmp/', '.electron-native/', 'test-results/', 'playwright-report/', 'bench/']),

  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: [TS_JS],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },

  {
    files: ['shared/**'],
    // Neither Node's nor the browser's globals: shared code must run in both.
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': restrictImports(
        NODE('shared/'),
        ELECTRON('shared/'),
        UI('shared/'),
        INTO(['electron', 'renderer'], 'shared/', 'electron/ or renderer/ (they import shared/, not the other way round)'),
      ),
      'no-restricted-syntax': restrictDynamicImports('shared/', ['electron([/].*)?']),
      'no-restricted-globals': restrictGlobals(
        [...browserOnlyGlobals, ...nodeOnlyGlobals, 'localStorage', 'sessionStorage', 'navigator'],
        'shared/ runs in Node and in the browser: it may not use globals of only one of them.',
      ),
    },
  },

  {
    // The one exception to "no UI libraries": Lexical's node classes and Markdown transformers run
    // headless (no DOM), and the editor and the core's import/export must share exactly one list.
    files: ['shared/lexical/**'],
    rules: {
      'no-restricted-imports': restrictImports(
        NODE('shared/'),
        ELECTRON('shared/'),
        { regexes: ['^(react|react-dom|radix-ui)(/.*)?$', '^@radix-ui/', '^@lexical/react'], message: 'shared/lexical may import only headless Lexical, never React or Radix.' },
        INTO(['electron', 'renderer'], 'shared/', 'electron/ or renderer/ (they import shared/, not the other way round)'),
      ),
    },
  },

  {
    files: ['electron/core/**'],
    rules: {
      'no-restricted-imports': restrictImports(
        ELECTRON('The core'),
        INTO(['main', 'preload'], 'The core', 'the Electron shell (electron/main, electron/preload); pass what it needs in as a port'),
        INTO(['renderer'], 'The core', 'the renderer'),
      ),
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportExpression[source.type='Literal'][source.value=/^electron([/].*)?$/]",
          message: 'The core may not import Electron.',
        },
      ],
    },
  },

  {
    files: ['electron/preload/**'],
    rules: {
      'no-restricted-imports': restrictImports(
        NODE('The sandboxed preload'),
        INTO(['core', 'main'], 'The preload', 'the core or the main process; it only forwards IPC'),
        INTO(['renderer'], 'The preload', 'the renderer'),
      ),
      'no-restricted-syntax': restrictDynamicImports('The preload'),
    },
  },

  {
    files: ['electron/main/**'],
    rules: {
      'no-restricted-imports': restrictImports(INTO(['renderer'], 'The main process', 'the renderer')),
    },
  },

  {
    files: ['renderer/**'],
    languageOptions: { globals: globals.browser },
    plugins: reactHooks.configs.flat.recommended.plugins,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'no-restricted-imports': restrictImports(
        NODE('The renderer'),
        ELECTRON('The renderer'),
        INTO(['electron'], 'The renderer', 'electron/; it talks to the app only through window.mend'),
      ),
      'no-restricted-syntax': restrictDynamicImports('The renderer', ['electron([/].*)?']),
      'no-restricted-globals': restrictGlobals(
        nodeOnlyGlobals,
        'The renderer is a web page: Node globals do not exist there (use import.meta.env).',
      ),
    },
  },
]);
