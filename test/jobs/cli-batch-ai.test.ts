import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BatchSummarySchema } from '../../server/batch/summary';
import { FIXTURE_DIR } from '../batch/helpers';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai';
import { REVIEW_USAGE, isReviewRequest, reviewAnswer } from '../support/fake-reviewer';

/** `cli batch --ai` as a real process against the fake OpenAI-compatible server (async: the server runs here). */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function cli(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  // the developer's own model configuration must not leak into the test
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(OPENAI_|LLM_|EMBEDDING_MODEL)/.test(k)));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', 'batch', ...args], {
      cwd: ROOT,
      env: { ...base, LOG_LEVEL: 'silent', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

let fake: FakeOpenAI;
let out: string;
beforeEach(async () => {
  fake = await startFakeOpenAI({ fallback: reviewAnswer });
  out = mkdtempSync(join(tmpdir(), 'cli-batch-ai-'));
});
afterEach(async () => {
  await fake.close();
  rmSync(out, { recursive: true, force: true });
});

const modelEnv = () => ({ OPENAI_BASE_URL: fake.url, LLM_MODEL: 'fake-model', LLM_MAX_RETRIES: '0' });

describe('cli batch --ai', () => {
  it('writes KI findings with their source and the tokens per law and in total into summary.json and summary.md', async () => {
    const res = await cli([FIXTURE_DIR, '--out', out, '--jobs', '2', '--ai'], modelEnv());
    expect(res.stderr).not.toMatch(/Fehler/);
    expect(res.status).toBe(0);
    const reviews = fake.chatRequests().filter((r) => isReviewRequest(r.body)).length;
    expect(reviews).toBeGreaterThan(0);

    const summary = BatchSummarySchema.parse(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')));
    const ai = summary.ai!;
    expect(ai).toMatchObject({ model: 'fake-model', prompt: REVIEW_USAGE.prompt * reviews, completion: REVIEW_USAGE.completion * reviews, estimated: false, notices: [] });
    const perLaw = Object.values(summary.byLaw).filter((l) => l.ai && l.ai.provisions > 0);
    expect(perLaw).toHaveLength(ai.laws);
    expect(perLaw.reduce((n, l) => n + l.ai!.prompt, 0)).toBe(ai.prompt);
    expect(perLaw.reduce((n, l) => n + l.ai!.completion, 0)).toBe(ai.completion);

    const jsonl = readFileSync(join(out, 'findings.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(jsonl).toHaveLength(summary.findings);
    expect(jsonl.filter((f) => f.source === 'KI')).toHaveLength(ai.findings);
    expect(ai.findings).toBeGreaterThan(0);
    const csv = readFileSync(join(out, 'findings.csv'), 'utf8').trimEnd().split('\r\n');
    expect(csv[0]!.split(';').at(-1)).toBe('Quelle');
    expect(csv.filter((l) => l.endsWith(';KI'))).toHaveLength(ai.findings);

    const md = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(md).toContain('## KI-Prüfung (Modell: fake-model)');
    expect(md).toContain(`| Prompt-Tokens | ${ai.prompt.toLocaleString('de-DE')} |`);
    const first = perLaw[0]!;
    expect(md).toContain(`| ${first.law} | ${first.ai!.provisions} | ${first.ai!.findings} | ${first.ai!.prompt.toLocaleString('de-DE')} | ${first.ai!.completion.toLocaleString('de-DE')} |`);
    expect(res.stdout).toContain(`KI-Prüfung (fake-model): ${ai.laws} Gesetz(e)`);
  }, 60_000);

  it('a failing model leaves the rule findings and notes the reason per law', async () => {
    const failing = await startFakeOpenAI({ fallback: () => ({ kind: 'error', status: 503 }) });
    try {
      const res = await cli([FIXTURE_DIR, '--out', out, '--ai'], { ...modelEnv(), OPENAI_BASE_URL: failing.url });
      expect(res.status).toBe(0);
      const summary = BatchSummarySchema.parse(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')));
      expect(summary.ai!.findings).toBe(0);
      expect(summary.ai!.notices.length).toBeGreaterThan(0);
      expect(summary.findings).toBeGreaterThan(0);
      expect(readFileSync(join(out, 'summary.md'), 'utf8')).toContain('### Hinweise zur KI-Prüfung');
    } finally {
      await failing.close();
    }
  }, 60_000);

  it('without --ai nothing goes to the model and the outputs keep the plain contract', async () => {
    const res = await cli([FIXTURE_DIR, '--out', out], modelEnv());
    expect(res.status).toBe(0);
    expect(fake.requests).toHaveLength(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary).not.toHaveProperty('ai');
    expect(readFileSync(join(out, 'findings.csv'), 'utf8').split('\r\n')[0]).not.toContain('Quelle');
    expect(res.stdout).not.toContain('KI-Prüfung');
  }, 60_000);

  it('--ai without a configured model fails with a German message and exit code 1', async () => {
    const res = await cli([FIXTURE_DIR, '--out', out, '--ai'], {});
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('Für --ai muss ein Sprachmodell konfiguriert sein');
  }, 30_000);
});
