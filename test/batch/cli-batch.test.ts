import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { command } from '../../server/cli/commands/batch';
import { UsageError } from '../../server/cli/command';
import { isAppError } from '../../server/errors';
import { BatchSummarySchema } from '../../server/batch/summary';
import { CSV_BOM } from '../../server/batch/writers';
import { RuleTracesSchema } from '../../server/contracts/finding';
import { FIXTURE_DIR } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('cli batch', () => {
  it('screens a directory in one run, writes the four outputs and skips malformed files', () => {
    const out = mkdtempSync(join(tmpdir(), 'cli-batch-'));
    try {
      const res = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', 'batch', FIXTURE_DIR, '--out', out, '--jobs', '2'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, LOG_LEVEL: 'silent' },
      });
      expect(res.stderr).toContain('Übersprungen: kaputt/binaer.md: Die Datei enthält Binärdaten');
      expect(res.status).toBe(0);
      expect(res.stdout).toMatch(/Gesetze untersucht: 4, Vorschriften: \d+, Befunde: \d+\./);
      expect(res.stdout).toContain('Übersprungen: 3 Datei(en)');
      expect(res.stdout).toContain('2 Worker-Threads');

      for (const f of ['findings.jsonl', 'findings.csv', 'summary.json', 'summary.md']) expect(existsSync(join(out, f))).toBe(true);
      const summary = BatchSummarySchema.parse(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')));
      expect(summary.laws).toBe(4);
      expect(summary.errors.map((e) => e.path)).toEqual(['kaputt/binaer.md', 'kaputt/latin1.md', 'kaputt/leer.md']);
      const jsonl = readFileSync(join(out, 'findings.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(jsonl).toHaveLength(summary.findings);
      expect(jsonl.some((f) => f.law === 'BArchBV' && f.file === 'b/barchbv/index.md' && f.category === 'schriftform')).toBe(true);
      // what each rule checked is written once for the batch, not on every line
      expect(jsonl.some((f) => 'trace' in f)).toBe(false);
      const rules = RuleTracesSchema.parse(JSON.parse(readFileSync(join(out, 'rules.json'), 'utf8')));
      expect(Object.keys(rules).sort()).toEqual([...new Set(jsonl.map((f) => f.ruleId as string))].sort());
      expect(rules.schriftform!.exceptions).toContain('jede-form-genuegt');
      const csv = readFileSync(join(out, 'findings.csv'), 'utf8');
      expect(csv.startsWith(CSV_BOM + 'Gesetz;Titel;Fundstelle;')).toBe(true);
      expect(readFileSync(join(out, 'summary.md'), 'utf8')).toContain('| kaputt/leer.md | Die Datei ist leer. |');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('rejects wrong usage (exit code 2 via UsageError) and a missing directory (exit code 1 via AppError)', async () => {
    await expect(command.run([])).rejects.toBeInstanceOf(UsageError);
    await expect(command.run([FIXTURE_DIR])).rejects.toThrow(/--out/);
    await expect(command.run([FIXTURE_DIR, '--out', 'x', '--jobs', 'null'])).rejects.toBeInstanceOf(UsageError);
    await expect(command.run([FIXTURE_DIR, '--out', 'x', '--frobnicate'])).rejects.toBeInstanceOf(UsageError);
    const missing = await command.run([join(FIXTURE_DIR, 'fehlt'), '--out', 'x']).catch((e: unknown) => e);
    expect(isAppError(missing) && missing.status).toBe(404);
    const outIsFile = await command.run([FIXTURE_DIR, '--out', join(FIXTURE_DIR, 'notes.csv')]).catch((e: unknown) => e);
    expect(isAppError(outIsFile) && outIsFile.userMessage).toMatch(/Ausgabeverzeichnis .* kann nicht angelegt/);
  });
});
