import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BatchJobResponseSchema } from '../../server/contracts/api';
import { BatchSummarySchema } from '../../server/batch/summary';
import { command } from '../../server/cli/commands/batch';
import { makeZip } from '../fixtures/web/zip-writer';
import { makeApp, type TestApp } from '../http/harness';
import { FIXTURE_DIR } from './helpers';

/** The CLI batch and the web batch screen the same folder through one pipeline and report the same totals. */

const filesBelow = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesBelow(p) : [p];
  });

let t: TestApp;
let tmp: string;
/** The batch fixtures (laws, broken files, a non-law file) plus a law in plain text. */
let input: string;
beforeAll(async () => {
  t = await makeApp({}, { batchThreads: 2 });
  tmp = mkdtempSync(join(tmpdir(), 'cli-web-'));
  input = join(tmp, 'in');
  cpSync(FIXTURE_DIR, input, { recursive: true });
  mkdirSync(join(input, 'txt'));
  writeFileSync(join(input, 'txt', 'antragsgesetz.txt'), '§ 1 Antrag\n\nDer Antrag ist schriftlich zu stellen. Die Antragstellerin hat persönlich zu erscheinen.\n');
});
afterAll(async () => {
  await t.dispose();
  rmSync(tmp, { recursive: true, force: true });
});

describe('CLI and web batch', () => {
  it('give the same totals for the same input folder', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await command.run([input, '--out', join(tmp, 'out'), '--jobs', '2'])).toBe(0);
    } finally {
      write.mockRestore();
      stderr.mockRestore();
    }
    const cli = BatchSummarySchema.parse(JSON.parse(readFileSync(join(tmp, 'out', 'summary.json'), 'utf8')));

    const zip = makeZip(filesBelow(input).map((p) => ({ name: relative(input, p), data: readFileSync(p) })));
    const agent = request.agent(t.app);
    await agent.get('/api/me');
    const { jobId } = (await agent.post('/api/batch').attach('file', zip, 'laws.zip').expect(202)).body;
    let job = BatchJobResponseSchema.parse((await agent.get(`/api/batch/${jobId}`).expect(200)).body);
    for (let i = 0; i < 600 && !['done', 'failed'].includes(job.status); i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = BatchJobResponseSchema.parse((await agent.get(`/api/batch/${jobId}`).expect(200)).body);
    }
    expect(job.status).toBe('done');
    const web = job.summary!;

    // a folder with skipped files, several laws and findings in several categories: the comparison has teeth
    expect(cli.errors.length).toBeGreaterThan(0);
    expect(cli.laws).toBeGreaterThan(2);
    expect(cli.byLaw['antragsgesetz']?.findings ?? Object.values(cli.byLaw).find((l) => l.path.endsWith('.txt'))?.findings).toBeGreaterThan(0);
    expect(Object.values(cli.byCategory).filter((n) => n > 0).length).toBeGreaterThan(1);

    expect({ laws: web.laws, provisions: web.provisions, findings: web.findings }).toEqual({ laws: cli.laws, provisions: cli.provisions, findings: cli.findings });
    expect(web.byCategory).toEqual(cli.byCategory);
    expect(web.byPrinciple).toEqual(cli.byPrinciple);
    expect(web.bySeverity).toEqual(cli.bySeverity);
    expect(Object.fromEntries(web.byLaw.map((l) => [l.law, l.findings]))).toEqual(Object.fromEntries(Object.values(cli.byLaw).map((l) => [l.law, l.findings])));
    expect(job.done).toBe(cli.laws + cli.errors.length);
  }, 120_000);
});
