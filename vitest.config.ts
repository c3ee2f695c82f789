import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Corpus-wide tests walk 130 real pages through jsdom: minutes on a slow two-core CI machine.
    testTimeout: 900_000,
    hookTimeout: 300_000,
    // Real-browser suites share one Chromium build; keep files from fighting over the two cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
