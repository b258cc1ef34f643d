/**
 * Jest projects:
 *  - core:   the pure domain core (plugins/claim-review/shared), milliseconds per file
 *  - plugin: pure server-side modules of the plugin that need no Strapi (pdf rendering…)
 *  - api:    Strapi booted in-process (test/helpers/strapi.ts), HTTP through supertest; each
 *            file on a copy of a template database its global setup makes once per run
 *  - portal: React components with Testing Library + msw (portal/jest.config.js)
 */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', isolatedModules: true, diagnostics: false }];
const fs = require('fs');
const path = require('path');

const projects = [
  {
    displayName: 'core',
    rootDir: __dirname,
    testEnvironment: 'node',
    transform: { '^.+\\.tsx?$': tsJest },
    testMatch: ['<rootDir>/plugins/claim-review/shared/**/__tests__/**/*.test.ts'],
  },
  {
    displayName: 'plugin',
    rootDir: __dirname,
    testEnvironment: 'node',
    transform: { '^.+\\.tsx?$': tsJest },
    testMatch: ['<rootDir>/plugins/claim-review/server/**/__tests__/**/*.test.ts'],
  },
  {
    displayName: 'api',
    rootDir: __dirname,
    testEnvironment: 'node',
    transform: { '^.+\\.tsx?$': tsJest },
    testMatch: ['<rootDir>/test/api/**/*.test.ts', '<rootDir>/test/reliability/**/*.test.ts'],
    globalSetup: '<rootDir>/test/helpers/global-setup.ts',
    globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  },
];
if (fs.existsSync(path.join(__dirname, 'plugins/claim-review/admin/jest.config.js')) && !process.env.SANBAO_SKIP_PORTAL_TESTS) {
  projects.push('<rootDir>/plugins/claim-review/admin/jest.config.js');
}
if (fs.existsSync(path.join(__dirname, 'portal/jest.config.js')) && !process.env.SANBAO_SKIP_PORTAL_TESTS) {
  projects.push('<rootDir>/portal/jest.config.js');
}
// Booting Strapi and the concurrency tests need more than jest's 5 s default.
// In CI (CI=true, as .ci/run runs) a skipped test fails the run.
const reporters = process.env.CI ? ['default', '<rootDir>/test/helpers/no-skips-reporter.js'] : ['default'];
module.exports = { projects, testTimeout: 120000, reporters };
