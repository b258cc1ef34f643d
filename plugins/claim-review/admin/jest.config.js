/**
 * The plugin admin's jest project (the root jest.config.js adds it): pages rendered
 * with the real design system and Testing Library, the staff API answered by msw.
 * `@strapi/strapi/admin` is replaced by tests/strapi-admin.tsx, which keeps Strapi's
 * real fetch client and gives the page helpers, notifications and permissions the
 * pages use without booting the whole admin app.
 * jest-fixed-jsdom keeps Node's fetch/streams, which msw 2 needs; customExportConditions
 * [''] stops jsdom from picking msw's browser build (as portal/jest.config.js).
 */
module.exports = {
  displayName: 'admin',
  rootDir: __dirname,
  testEnvironment: 'jest-fixed-jsdom',
  testEnvironmentOptions: { customExportConditions: [''] },
  testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts?(x)'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }],
    '^.+\\.m?js$': '<rootDir>/jest.esm-transform.js',
  },
  // node_modules stays untransformed except msw's ESM-only dependencies.
  transformIgnorePatterns: ['/node_modules/(?!until-async/).+(?<!\\.mjs)$'],
  moduleNameMapper: {
    '^@strapi/strapi/admin$': '<rootDir>/tests/strapi-admin.tsx',
  },
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
};
