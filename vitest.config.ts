import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/run-cache.ts'],
    // vitest's default (cores - 1) runs one file at a time on the two-core CI machine, where most files wait on
    // worker threads, PostgreSQL, Redis, Chromium or sockets: two files at a time keep both cores busy
    maxWorkers: Math.max(2, availableParallelism() - 1),
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { TZ: 'Europe/Berlin' },
  },
});
