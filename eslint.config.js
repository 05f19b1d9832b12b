// Flat config. The engine rules enforce determinism: the simulation may not touch
// the clock, Math.random, the DOM, Node or Phaser (docs/ARCHITECTURE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import globals from 'globals';

const nondeterminism = [
  { object: 'Math', property: 'random', message: 'Use the keyed random streams (src/engine/random.ts).' },
  { object: 'Date', property: 'now', message: 'The engine has no clock.' },
  { object: 'performance', property: 'now', message: 'The engine has no clock.' },
];

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
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
    files: ['src/engine/**/*.ts', 'src/scenario/**/*.ts', 'src/replay/**/*.ts', 'src/history/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-properties': ['error', ...nondeterminism],
      'no-restricted-globals': ['error', 'Date', 'window', 'document', 'process', 'localStorage', 'setTimeout', 'setInterval', 'performance', 'require'],
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'worker_threads', 'child_process'], message: 'The core is pure: no Node APIs.' },
          { group: ['phaser', 'phaser/*'], message: 'The core knows nothing of rendering.' },
          { group: ['**/ui/**', '**/cli/**'], message: 'No import upwards: the core may not depend on a shell.' },
        ],
      }],
    },
  },
  {
    // The classroom room yields to its worker between chunks: a timer, nothing else.
    files: ['src/classroom/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-properties': ['error', ...nondeterminism],
      'no-restricted-globals': ['error', 'Date', 'window', 'document', 'process', 'localStorage', 'performance', 'require'],
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'phaser', '**/ui/**', '**/cli/**'], message: 'The classroom room is pure: no Node, no rendering, no shells.' }] }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'worker_threads', 'child_process'], message: 'The engine is pure: no Node APIs.' },
          { group: ['phaser', 'phaser/*'], message: 'The engine knows nothing of rendering.' },
          { group: ['**/ui/**', '**/cli/**', '**/replay/**', '**/history/**'], message: 'No import upwards from the engine.' },
        ],
      }],
    },
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/cli/**', 'node:*'], message: 'The browser shell does not import the command line or Node.' }] }] },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/**', 'phaser'], message: 'The command line does not import the browser shell.' }] }] },
  },
);
