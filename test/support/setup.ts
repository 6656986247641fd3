import { removeTempDirs } from './paths.js';

/** Root hooks for every test file (loaded by mocha --require, see .mocharc.json). */
export const mochaHooks = {
  afterAll(): void {
    removeTempDirs();
  },
};
