// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Modules that do IO or belong to a framework: `shared` must stay free of them (house style §1). */
const ioAndFrameworkModules = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'crypto',
  'react',
  'react-dom',
  'react/*',
  'react-dom/*',
  'fastify',
  '@fastify/*',
  'better-sqlite3',
  'ws',
  'zustand',
  '@tanstack/*',
  '@xyflow/*',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.tools/**',
      '.pipewright/**',
      '**/test-results/**',
      '**/playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/src/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ioAndFrameworkModules,
              message:
                '`shared` holds pure logic only: no IO and no framework (see HOUSE_STYLE §1). Move this to `server` or `web`.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: '`shared` must not read the process environment.' },
        { name: 'fetch', message: '`shared` must not do network IO.' },
        { name: 'window', message: '`shared` must not touch the browser.' },
        { name: 'document', message: '`shared` must not touch the browser.' },
        { name: 'localStorage', message: '`shared` must not touch the browser.' },
      ],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
