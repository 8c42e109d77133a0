import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-addin/**',
      'certs/**',
      '.tmp/**',
      'node_modules/**',
      'coverage/**',
      'bench-out/**',
      'examples/**',
      '*.js',
      '*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    // The engine is pure: no host, UI or Node imports.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'core is pure: no Node imports.',
            },
            {
              group: ['exceljs', 'react', 'react-dom', '@fluentui/*', 'office-js'],
              message: 'core is pure: no host imports.',
            },
            {
              group: ['**/host/**', '**/app/**', '**/cli/**', '**/taskpane/**'],
              message: 'core never calls a host.',
            },
          ],
        },
      ],
    },
  },
  {
    // office-js code: the plugin's batching rules. Its own configs match no .tsx files, so
    // the files are listed here, .tsx included.
    files: [
      'src/host/office/**/*.ts',
      'src/commands/**/*.ts',
      'src/taskpane/**/*.{ts,tsx}',
      'src/app/office-actions.ts',
    ],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
);
