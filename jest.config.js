/** Pure unit tests run without servers; integration and end-to-end (browser) tests run
 * against the real Temporal and MongoDB-wire servers that test/harness/globalSetup starts;
 * the fault suite starts, kills and restarts its own servers and processes. */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest'] };
const realServers = {
  globalSetup: '<rootDir>/test/harness/globalSetup.ts',
  globalTeardown: '<rootDir>/test/harness/globalTeardown.ts',
};

/** @type {import('jest').Config} */
module.exports = {
  modulePathIgnorePatterns: ['<rootDir>/dist', '<rootDir>/web/dist'],
  // Integration tests wait on real servers; a slow shared machine must not fail them.
  testTimeout: 60000,
  // Test files run in a worker process that is replaced once it holds more than this after a
  // file: each file's Temporal workers and connections leave some memory behind, and on two
  // cores Jest would otherwise run every file in its main process until its heap runs out.
  workerIdleMemoryLimit: '1GB',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      ...realServers,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      ...realServers,
      // The same servers, after (re)building the web app if its sources changed.
      globalSetup: '<rootDir>/test/e2e/harness/globalSetup.ts',
    },
    {
      displayName: 'fault',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/fault/**/*.test.ts'],
    },
  ],
};
