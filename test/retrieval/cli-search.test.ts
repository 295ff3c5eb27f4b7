import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'dc-cli-search-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('CLI search contract', () => {
  it('answers a JSONL batch in order, one line per input, malformed lines with an error', () => {
    const input = join(work, 'q.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({ id: 'a', query: '§ 3a Abs. 2 VwVfG' }),
        'kein json',
        JSON.stringify({ id: 'c', query: 'Ab wann müssen Landesbehörden Akten elektronisch führen?' }),
        JSON.stringify({ id: 'd' }),
      ].join('\n') + '\n',
    );
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'server/cli/main.ts', 'search', '--input', input, '--k', '3', '--format', 'jsonl',
        '--corpus', join(root, 'test/fixtures/retrieval-corpus'), '--cache', join(work, 'cache')],
      { cwd: root, encoding: 'utf8', env: { ...process.env, DATA_DIR: join(work, 'data') } },
    );
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].id).toBe('a');
    expect(lines[0].results).toHaveLength(3);
    expect(Object.keys(lines[0].results[0]).sort()).toEqual(['law', 'ref', 'score', 'text', 'title']);
    expect(lines[0].results[0]).toMatchObject({ law: 'VwVfG', ref: '§ 3a Abs. 2', title: 'Elektronische Kommunikation' });
    expect(lines[1]).toMatchObject({ id: null, results: [] });
    expect(lines[1].error).toEqual(expect.any(String));
    expect(lines[2].id).toBe('c');
    expect(lines[2].results[0]).toMatchObject({ law: 'NDIG', ref: expect.stringMatching(/^§ 10/) });
    expect(lines[2].results[0].score).toBeGreaterThan(lines[2].results[1].score);
    expect(lines[3]).toMatchObject({ id: 'd', results: [], error: expect.any(String) });
  });
});
