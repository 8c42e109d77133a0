import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'examples/**', '*.js', '*.mjs'] },
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
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'core is pure: no Node imports.' },
            { group: ['exceljs', 'react', 'react-dom', '@fluentui/*', 'office-js'], message: 'core is pure: no host imports.' },
            { group: ['**/host/**', '**/app/**', '**/cli/**', '**/taskpane/**'], message: 'core never calls a host.' },
          ],
        },
      ],
    },
  },
);
