/**
 * The portal's own jest project (the root jest.config.js adds it when present).
 * jest-fixed-jsdom keeps Node's fetch/streams/TextEncoder, which msw v2 needs, and
 * customExportConditions [''] stops jsdom from picking msw's browser build.
 */
module.exports = {
  displayName: 'portal',
  rootDir: __dirname,
  testEnvironment: 'jest-fixed-jsdom',
  testEnvironmentOptions: { customExportConditions: [''] },
  testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts?(x)', '<rootDir>/src/**/*.test.ts?(x)'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false },
    ],
    '^.+\\.m?js$': '<rootDir>/jest.esm-transform.js',
  },
  // node_modules stays untransformed except msw's ESM-only dependencies: `.mjs` builds
  // and until-async, which ships ESM under a `.js` name.
  transformIgnorePatterns: ['/node_modules/(?!until-async/).+(?<!\\.mjs)$'],
  moduleNameMapper: {
    '^@shared$': '<rootDir>/../plugins/claim-review/shared/index.ts',
    '^@shared/(.*)$': '<rootDir>/../plugins/claim-review/shared/$1',
    '\\.css$': 'identity-obj-proxy',
  },
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
};
