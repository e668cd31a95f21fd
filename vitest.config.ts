import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Several tests spawn the real CLI, several times each (about a second a run on this 2-core machine, two to
    // three times that when test files run in parallel on a busy host). The limit only catches hangs.
    testTimeout: 90_000,
  },
});
