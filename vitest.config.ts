import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The package test (npm pack, install, run from the tarball) takes a minute or more:
    // it has its own script, `npm run test:package`, which .ci/run calls after `npm test`.
    exclude: process.env.COLLABSIM_PACKAGE_TEST ? configDefaults.exclude : [...configDefaults.exclude, 'test/package.test.ts'],
    testTimeout: 60_000,
  },
});
