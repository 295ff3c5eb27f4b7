import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The bench scripts run outside vitest (npm run bench:chat / eval:chat); a helper they import must not need the test
 * runner. A wrong argument makes them stop right after their imports have loaded.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('bench scripts load outside vitest', () => {
  it('bench:chat reaches its argument check', () => {
    const r = run('bench/bench-chat.ts', '--instances', '99');
    expect(r.stderr).toContain('Aufruf: npm run bench:chat');
    expect(r.status).toBe(2);
  });

  it('eval:chat reaches its case file', () => {
    const r = run('bench/eval-chat.ts', 'test/fixtures/gibt-es-nicht.jsonl');
    expect(r.stderr).not.toMatch(/vitest/i);
    expect(r.stderr).toContain('gibt-es-nicht.jsonl');
  });
});
