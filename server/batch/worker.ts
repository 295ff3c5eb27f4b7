import { analyzeLawFile } from './analyze-law';
import type { LawResult } from './law-result';

/**
 * Piscina worker: only the path crosses the thread boundary on the way in and only the compact
 * LawResult on the way out; the worker reads the file itself so the main thread never holds law text.
 */
export default function analyze(task: { path: string }): LawResult {
  return analyzeLawFile(task.path);
}

/** Used by the pool to prove at start-up that workers can load TypeScript at all. */
export function ping(): string {
  return 'pong';
}
