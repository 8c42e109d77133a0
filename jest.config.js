/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // Transpile only: tsconfig.json sets isolatedModules, so ts-jest does not type-check
    // (`npm run typecheck` does, with both tsconfigs). One transformer for .ts and .tsx:
    // two ts-jest configs in one run share a cache and clash.
    '^.+\\.tsx?$': ['ts-jest', {}],
  },
  // The Chinese converters, installed as the command line installs them (run-on-files.ts).
  setupFiles: ['<rootDir>/test/setup/install-converters.ts'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    // office-addin-mock requires it only for an enum; the real one loads ESM-only modules.
    '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.js',
  },
};
