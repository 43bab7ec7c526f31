// Lint for TypeScript, Lit templates and their accessibility. lit-analyzer
// (in `npm run lint`) type-checks the templates themselves.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
import {configs as wcConfigs} from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import noOnlyTests from 'eslint-plugin-no-only-tests';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    extends: [litConfigs['flat/recommended'], wcConfigs['flat/recommended']],
    plugins: {'lit-a11y': litA11y},
    rules: {
      ...litA11y.configs.recommended.rules,
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['test/**'],
    plugins: {'no-only-tests': noOnlyTests},
    // Chai's `expect(x).to.be.true` is an expression by design.
    rules: {'no-only-tests/no-only-tests': 'error', '@typescript-eslint/no-unused-expressions': 'off'},
  },
  {
    files: ['**/*.mjs', '**/*.js', 'bin/**'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    // Scripts that run in the browser: the demo page and the pages tests and the benchmark serve.
    files: ['demo/**/*.js', 'test/**/pages/**/*.js', 'scripts/bench/pages/**/*.js', 'scripts/bench/entries/**/*.js'],
    languageOptions: {globals: {...globals.browser}},
  },
);
