// Tests are written in TypeScript under test/, compiled with the rest of the project by `npm run build`
// (run by `pretest`), and run here as native ES modules (node --experimental-vm-modules): lowdb and franc-all
// are ESM-only, and testing the compiled output is testing what `npm start` runs.
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/dist/test'],
  testMatch: ['**/*.test.js'],
  transform: {},
  testTimeout: 180000,
  maxWorkers: 2,
  // A worker keeps what each test file loaded (many understanders, native ES modules): measured at 2.6 GB, slow to
  // exit at the end ("failed to exit gracefully") and once killed mid-run in a fresh clone. A worker past this after a
  // test file is replaced by a fresh one.
  workerIdleMemoryLimit: '1GB',
};
