// Flat config for the whole repo; run from the root with `pnpm lint`.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { fileURLToPath } from 'node:url'
import featureBoundaries from './rules/feature-boundaries.js'

const root = fileURLToPath(new URL('..', import.meta.url))

export default tseslint.config(
  {
    // The config lives in .lint/ (its own TypeScript 5.9); it applies to the whole repository.
    basePath: root,
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-server/**',
      'web/public/**',
      'test-results/**',
      '**/.scratch/**',
      'db/migrations/**',
      '.lint/**',
      '**/*.config.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
      globals: { ...globals.node },
    },
    rules: {
      // Fastify plugins and handlers are async by contract even when they await nothing.
      '@typescript-eslint/require-await': 'off',
      // Repositories and reports are plain objects of closures, not classes: no `this` to lose.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, ldld: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'ldld/feature-boundaries': 'error',
      // The web never touches the database: only the browser-safe contracts.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@ldld/db/client', '@ldld/db/schema', 'better-sqlite3', 'drizzle-orm*'],
              message: 'web/ imports only the contracts.',
            },
            { group: ['**/server/**', '@ldld/server*'], message: 'web/ never imports server code.' },
          ],
        },
      ],
    },
  },
  {
    // One home for figures' wording (db/src/contracts/format.ts) and for what a write makes stale
    // (web/src/lib/invalidation.ts): nothing else formats a number or lists query keys to invalidate.
    files: ['web/src/**/*.{ts,tsx}', 'server/src/**/*.ts', 'db/src/**/*.ts', 'seed/src/**/*.ts'],
    ignores: [
      'db/src/contracts/format.ts',
      'web/src/lib/invalidation.ts',
      // The import feature (issue 9) moves to invalidateAfter(client, 'figures') at its next commit.
      'web/src/features/import/api/imports.ts',
      '**/*.test.{ts,tsx}',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.object.name='Intl'][callee.property.name='NumberFormat']",
          message:
            'Format figures with db/src/contracts/format.ts (formatCount, formatMoney, formatPercent…).',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(toLocaleString|toFixed)$/]',
          message:
            'Format figures with db/src/contracts/format.ts (formatCount, formatMoney, formatPercent…).',
        },
        {
          selector: "CallExpression[callee.property.name='invalidateQueries']",
          message:
            'What a write makes stale is listed once: invalidateAfter(client, kind) from web/src/lib/invalidation.ts.',
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
