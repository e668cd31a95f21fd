import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Several tests spawn the real CLI (about a second each on this 2-core machine, more when files run in parallel).
    testTimeout: 30_000,
  },
});
