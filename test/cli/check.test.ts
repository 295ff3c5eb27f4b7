import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { OutlineEntrySchema } from '../../server/contracts/document';
import { FindingSchema, RuleTracesSchema } from '../../server/contracts/finding';
import { AbsatzRewriteSchema } from '../../server/contracts/rewrite';
import { UsageError } from '../../server/cli/command';
import { command, formatDecisions, formatReport } from '../../server/cli/commands/check';
import { isAppError } from '../../server/errors';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { checkDocument, explainDocument } from '../../server/rules/engine';
import { readFileSync } from 'node:fs';

/**
 * The JSON and JSONL contracts run through the real CLI as child processes (two spawns in all); the text report and
 * the error mapping are checked in-process on the same command module, which main.ts maps to exit codes 1 and 2.
 */
const dir = mkdtempSync(join(tmpdir(), 'check-cli-'));
const law = join(dir, 'gesetz.md');
const jsonl = join(dir, 'vorschriften.jsonl');

writeFileSync(
  law,
  [
    '---',
    'Title: Testgesetz',
    'jurabk: TestG',
    '---',
    '',
    '# Testgesetz (TestG)',
    '',
    '## § 5 Antrag',
    '',
    '(1) Der Antrag ist schriftlich zu stellen.',
    '',
    '(2) Die Entscheidung wird durch Einschreiben übersandt.',
    '',
    '## § 6 Prüfung',
    '',
    'Die Prüfung besteht aus einem schriftlichen und einem mündlichen Teil.',
    '',
  ].join('\n'),
);
writeFileSync(
  jsonl,
  [
    JSON.stringify({ id: 'a', text: 'Der Antrag ist schriftlich zu stellen.' }),
    '{kaputt',
    JSON.stringify({ id: 'c' }),
    JSON.stringify({ id: 'd', text: 'Der Antrag ist schriftlich oder elektronisch zu stellen.' }),
    JSON.stringify({ id: 7, text: 'Die Satzung ist ortsüblich bekannt zu machen.', law: 'NKomVG' }),
  ].join('\n') + '\n',
);

const cli = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'server/cli/main.ts', 'check', ...args], { encoding: 'utf8', cwd: process.cwd(), timeout: 60_000 });

describe('cli check', () => {
  let json: ReturnType<typeof cli>;
  let lines: ReturnType<typeof cli>;
  beforeAll(() => {
    json = cli(law, '--format', 'json');
    lines = cli('--input', jsonl);
  });

  it('prints a German report grouped by §', () => {
    const doc = parseLawMarkdown(readFileSync(law, 'utf8'), { path: law });
    const report = formatReport(law, doc, checkDocument(doc));
    expect(report).toContain('Fundstellen: 2 (hoch 2, mittel 0, Hinweise 0)');
    expect(report).toContain('§ 5 Antrag');
    expect(report).toContain('Schriftform [hoch] – § 5 Abs. 1');
    expect(report).toContain('Änderungsbefehl: In § 5 Absatz 1 werden nach dem Wort „schriftlich“ die Wörter „oder elektronisch“ eingefügt.');
    expect(report).toContain('Postweg [hoch] – § 5 Abs. 2');
    expect(report).not.toContain('§ 6 Prüfung');
  });

  it('--explain lists every candidate with the guard or exception that decided it', () => {
    const doc = parseLawMarkdown(readFileSync(law, 'utf8'), { path: law });
    const lines = formatDecisions(explainDocument(doc).decisions).split('\n');
    expect(lines.find((l) => l.startsWith('§ 5 Abs. 1'))).toMatch(/schriftform\s+„schriftlich“ → gemeldet \(schriftform:\d+-\d+\)/);
    expect(lines.find((l) => l.startsWith('§ 6'))).toMatch(
      /„schriftlichen“ → unterdrückt – Ausnahme „pruefungsrecht“: Im Prüfungsrecht meint „schriftlich“ die Art der Leistung/,
    );
  });

  it('prints one JSON document with valid findings', () => {
    expect(json.status).toBe(0);
    const doc = JSON.parse(json.stdout) as { file: string; law: string; provisions: number; findings: unknown[] };
    expect(doc.law).toBe('TestG');
    expect(doc.provisions).toBe(2);
    expect(doc.findings.map((f) => FindingSchema.parse(f).category)).toEqual(['schriftform', 'postalisch']);
    // what each rule checked, once per rule
    const rules = RuleTracesSchema.parse((JSON.parse(json.stdout) as { rules: unknown }).rules);
    expect(Object.keys(rules).sort()).toEqual(['postalisch', 'schriftform']);
    // one coherent rewrite per Absatz, each with one Änderungsbefehl, covering every finding
    const rewrites = z.array(AbsatzRewriteSchema).parse((JSON.parse(json.stdout) as { rewrites: unknown }).rewrites);
    expect(rewrites.flatMap((r) => r.findingIds).sort()).toEqual(doc.findings.map((f) => FindingSchema.parse(f).id).sort());
    for (const r of rewrites) expect(r.command).toMatch(/^(?:In|Dem|§) .*(?:eingefügt|ersetzt|gestrichen|angefügt|geändert|gefasst)/s);
  });

  it('gives the outline of a Drucksache in JSON, with findings only in law text', () => {
    const out = cli('test/fixtures/drafts/drucksache-verfahrensdigitalisierung.txt', '--format', 'json');
    expect(out.status).toBe(0);
    const doc = JSON.parse(out.stdout) as { title: string; findings: unknown[]; outline: unknown[] };
    const outline = doc.outline.map((e) => OutlineEntrySchema.parse(e));
    expect(outline.map((e) => e.kind)).toEqual(expect.arrayContaining(['vorblatt', 'inhaltsuebersicht', 'law', 'amendment', 'begruendung']));
    expect(outline.filter((e) => !e.checked).reduce((n, e) => n + e.findings, 0)).toBe(0);
    expect(outline.reduce((n, e) => n + e.findings, 0)).toBe(doc.findings.length);
    expect(outline.find((e) => e.section === '§ 110')).toMatchObject({ article: 'Artikel 3', number: '1', targetLaw: 'Achtes Buch Sozialgesetzbuch' });
  });

  it('answers every JSONL line in order, malformed ones with a German error', () => {
    expect(lines.status).toBe(0);
    const out = lines.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: unknown; findings: { category: string }[]; error?: string });
    expect(out.map((o) => o.id)).toEqual(['a', null, 'c', 'd', 7]);
    expect(out[0]!.findings.map((f) => f.category)).toEqual(['schriftform']);
    expect(out[1]!.error).toMatch(/kein gültiges JSON/);
    expect(out[2]!.error).toMatch(/„text“/);
    expect(out[3]!.findings).toEqual([]);
    expect(out[4]!.findings.map((f) => f.category)).toEqual(['aushang_bekanntmachung']);
  });

  it('reports an unreadable file as AppError (exit 1) and wrong arguments as UsageError (exit 2)', async () => {
    const missing = await command.run([join(dir, 'fehlt.md')]).catch((e: unknown) => e);
    expect(isAppError(missing) && missing.userMessage).toMatch(/kann nicht gelesen werden/);
    await expect(command.run(['--format', 'jsonl', law])).rejects.toBeInstanceOf(UsageError);
    await expect(command.run([])).rejects.toBeInstanceOf(UsageError);
    await expect(command.run(['--input', jsonl, law])).rejects.toBeInstanceOf(UsageError);
    await expect(command.run(['--input', jsonl, '--explain'])).rejects.toBeInstanceOf(UsageError);
  });
});
