import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Global setup: one search-index cache folder per test run, shared by every test file. Each file used to index the
 * shipped corpus into a folder of its own, some seconds of CPU per file; now the first file builds the index and the
 * others load it (the cache key is the corpus fingerprint and analyzer version, so a run never sees another's index:
 * the folder ends with the run).
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'dc-index-'));
  project.provide('indexCacheDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    indexCacheDir: string;
  }
}
