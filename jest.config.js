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
};
