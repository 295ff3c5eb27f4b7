import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Global setup: one cache folder per test run for what every file would otherwise make anew, the search index of the
 * shipped corpus (some seconds of CPU per file; the first file builds it, the others load it) and the built client of
 * the browser tests. The folder ends with the run, so a run never sees another run's artifacts.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'dc-run-'));
  project.provide('runCacheDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    runCacheDir: string;
  }
}
