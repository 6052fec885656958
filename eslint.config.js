// @ts-check
/**
 * ESLint flat config: @eslint/js recommended + typescript-eslint recommended, plus
 *
 * - promises: `no-floating-promises` and `no-misused-promises` for TypeScript files, with type
 *   information from tsconfig.json (`projectService`), so a rejected promise is always awaited, caught
 *   or marked `void` on purpose;
 * - boundaries: `flows/` imports nothing from `src/` (flows are pure machines), and only the channel
 *   adapters import their library: grammY (`grammy`, `@grammyjs/*`) in `src/channels/telegram/`, Baileys
 *   (`baileys`, `@hapi/boom`) in `src/channels/whatsapp/`. `test/` and `bench/` are harnesses and may
 *   import both.
 *
 * Unused names starting with `_` are allowed. Plain JavaScript files (this one) are linted without type
 * information.
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Node.js globals for plain JavaScript files (TypeScript files get them from @types/node). */
const nodeGlobals = Object.fromEntries(
  [
    'process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'AbortController', 'AbortSignal', 'TextEncoder',
    'TextDecoder', 'structuredClone', 'fetch', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
    'setImmediate', 'clearImmediate', 'queueMicrotask', 'globalThis',
  ].map((name) => [name, /** @type {const} */ ('readonly')]),
);

const grammy = {
  group: ['grammy', 'grammy/*', '@grammyjs/*'],
  message: 'Only the Telegram adapter (src/channels/telegram/) uses grammY: translate to core/messages.ts types there.',
};
const baileys = {
  group: ['baileys', 'baileys/*', '@hapi/boom'],
  message: 'Only the WhatsApp adapter (src/channels/whatsapp/) uses Baileys: translate to core/messages.ts types there.',
};
const src = {
  regex: '^(\\.\\./)+src(/|$)',
  message: 'Flows are pure machines: their side effects are named actions that src/ provides, never imports.',
};

export default defineConfig(
  globalIgnores(['node_modules/', 'data/', 'reports/', 'coverage/', 'dist/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    // The web desk's one browser script (src/web/assets/desk.js): the browser's globals, not Node's.
    files: ['src/web/assets/**/*.js'],
    languageOptions: { globals: Object.fromEntries(['document', 'location', 'fetch', 'EventSource', 'URLSearchParams', 'setTimeout'].map((name) => [name, 'readonly'])) },
  },
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  // Boundaries. A later block's no-restricted-imports replaces an earlier one's for the files it matches.
  { files: ['src/**'], rules: { 'no-restricted-imports': ['error', { patterns: [grammy, baileys] }] } },
  { files: ['src/channels/telegram/**'], rules: { 'no-restricted-imports': ['error', { patterns: [baileys] }] } },
  { files: ['src/channels/whatsapp/**'], rules: { 'no-restricted-imports': ['error', { patterns: [grammy] }] } },
  { files: ['flows/**'], rules: { 'no-restricted-imports': ['error', { patterns: [src, grammy, baileys] }] } },
);
