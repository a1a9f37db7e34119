import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'

const features = [
  'auth',
  'dashboard',
  'storage-systems',
  'policies',
  'resource-groups',
  'backups',
  'restore',
  'mounts',
  'jobs',
  'reports',
  'schedules',
  'audit',
]

/** A feature never imports another feature: shared things live in src/components or src/lib. */
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./)+features/(?!${feature}/)`,
            message: 'A feature may not import another feature; move the shared piece to src/components or src/lib.',
          },
          {
            regex: `^@/features/(?!${feature}/)`,
            message: 'A feature may not import another feature; move the shared piece to src/components or src/lib.',
          },
          { group: ['openapi-fetch'], message: 'Only src/api talks to openapi-fetch.' },
          { group: ['msw', 'msw/*', 'openapi-msw'], message: 'Only src/mocks and tests import msw.' },
        ],
      },
    ],
  },
}))

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-e2e*',
    'test-results',
    'playwright-report',
    'public/mockServiceWorker.js',
    'src/api/schema.d.ts',
  ]),
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, reactRefresh.configs.vite],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['openapi-fetch'], message: 'Only src/api talks to openapi-fetch.' },
            { group: ['msw', 'msw/*', 'openapi-msw'], message: 'Only src/mocks and tests import msw.' },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
  {
    files: ['src/api/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/mocks/**/*.{ts,tsx}', 'src/test/**/*.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off', 'react-refresh/only-export-components': 'off' },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'e2e/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
])
