// Flat config. The engine rules enforce determinism: the simulation may not touch
// the clock, Math.random, the DOM, Node or Phaser (docs/ARCHITECTURE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';

// The rooms of src/, each standing only on the rooms below it (docs/ARCHITECTURE.md).
// A room may import itself and what is listed here; anything else is an error.
const ROOMS = {
  lib: [],
  i18n: ['lib'],
  scenario: ['lib'],
  engine: ['scenario', 'lib'],
  history: ['engine', 'scenario', 'i18n', 'lib'],
  replay: ['engine', 'scenario', 'lib'],
  // Reading the scenarios' files in Node, for the command line and the server.
  disk: ['scenario', 'i18n', 'lib'],
  classroom: ['history', 'replay', 'engine', 'scenario', 'i18n', 'lib'],
  cli: ['disk', 'classroom', 'history', 'replay', 'engine', 'scenario', 'i18n', 'lib'],
  ui: ['classroom', 'history', 'replay', 'engine', 'scenario', 'i18n', 'lib'],
  server: ['disk', 'classroom', 'history', 'replay', 'engine', 'scenario', 'i18n', 'lib'],
};

const zoneRules = {
  plugins: { boundaries },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.mjs', '.js', '.json'] } },
    'boundaries/elements': [
      ...Object.keys(ROOMS).map((room) => ({ type: room, pattern: `src/${room}`, })),
      { type: 'types', pattern: 'src/types' },
      { type: 'scripts', pattern: 'scripts' },
      { type: 'tests', pattern: 'tests' },
    ],
  },
  rules: {
    'boundaries/dependencies': ['error', {
      default: 'allow',
      policies: [
        ...Object.entries(ROOMS).map(([room, below]) => ({
          from: { element: { type: room } },
          disallow: { to: { element: { types: { noneOf: [room, ...below, 'types'] } } } },
          message: `the ${room} room may import only ${[room, ...below].join(', ')} (docs/ARCHITECTURE.md)`,
        })),
        { from: { element: { type: 'scripts' } }, disallow: { to: { element: { type: 'tests' } } }, message: 'scripts never import tests (tests may import scripts/lib)' },
      ],
    }],
  },
};

const PURE_ROOMS = ['lib', 'i18n', 'scenario', 'engine', 'history', 'replay'];
const DOM_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'HTMLElement', 'Element', 'Node', 'customElements', 'requestAnimationFrame', 'alert', 'indexedDB'];
const NO_NODE = { group: ['node:*'], message: 'This room is pure or runs in the browser: no Node APIs.' };
// Node's modules by their bare names too (exact names: a module of ours called path.ts is fine).
const NODE_NAMES = ['fs', 'path', 'os', 'worker_threads', 'child_process'].map((name) => ({ name, message: NO_NODE.message }));
const NO_PHASER = { group: ['phaser', 'phaser/*'], message: 'Only the browser shell knows Phaser.' };

const nondeterminism = [
  { object: 'Math', property: 'random', message: 'Use the keyed random streams (src/engine/random.ts).' },
  { object: 'Date', property: 'now', message: 'The engine has no clock.' },
  { object: 'performance', property: 'now', message: 'The engine has no clock.' },
];

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  zoneRules,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-properties': ['error', ...nondeterminism.slice(0, 1)] },
  },
  {
    // No room but the browser's touches the page.
    files: ['src/**/*.ts'],
    ignores: ['src/ui/**'],
    rules: { 'no-restricted-globals': ['error', ...DOM_GLOBALS] },
  },
  {
    // The pure rooms: no clock, no Node, no rendering, no timers.
    files: [...PURE_ROOMS.map((r) => `src/${r}/**/*.ts`)],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-properties': ['error', ...nondeterminism],
      'no-restricted-globals': ['error', ...DOM_GLOBALS, 'Date', 'process', 'setTimeout', 'setInterval', 'performance', 'require'],
      'no-restricted-imports': ['error', { paths: NODE_NAMES, patterns: [NO_NODE, NO_PHASER] }],
    },
  },
  {
    // The classroom room yields to its worker between chunks: a timer, nothing else.
    files: ['src/classroom/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-properties': ['error', ...nondeterminism],
      'no-restricted-globals': ['error', ...DOM_GLOBALS, 'Date', 'process', 'performance', 'require'],
      'no-restricted-imports': ['error', { paths: NODE_NAMES, patterns: [NO_NODE, NO_PHASER] }],
    },
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: NODE_NAMES, patterns: [NO_NODE] }] },
  },
  {
    files: ['src/cli/**/*.ts', 'src/server/**/*.ts', 'src/disk/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_PHASER] }] },
  },
);
