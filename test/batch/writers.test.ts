import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSV_BOM, FINDING_COLUMNS, csvField, defuseFormula, csvLine, openBatchOutputs } from '../../server/batch/writers';
import { BatchSummarySchema, SummaryAccumulator } from '../../server/batch/summary';
import type { LawResult } from '../../server/batch/law-result';
import { makeFinding } from './helpers';

/** Minimal RFC 4180 reader (";" separated, CRLF records) so the test checks what Excel would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else if (ch === '\n') throw new Error(`bare LF outside quotes at ${i}`);
    else field += ch;
  }
  if (field || row.length) throw new Error('last record not terminated by CRLF');
  return rows;
}

describe('csvField', () => {
  it('quotes separators, quotes and line breaks only when needed', () => {
    expect(csvField('schriftlich')).toBe('schriftlich');
    expect(csvField('a; b')).toBe('"a; b"');
    expect(csvField('Wort „x“ und "y"')).toBe('"Wort „x“ und ""y"""');
    expect(csvField('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
    expect(csvField('a,b')).toBe('a,b');
  });

  it('defuses cells that Excel would evaluate as formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    // the XLSX export uses the same check, also for a tab or carriage return in front
    expect(defuseFormula('\t=SUM(A1)')).toBe("'\t=SUM(A1)");
    expect(defuseFormula('Der Antrag = schriftlich')).toBe('Der Antrag = schriftlich');
  });

  it('ends every record with CRLF', () => {
    expect(csvLine(['a', 'b;c'])).toBe('a;"b;c"\r\n');
  });
});

describe('openBatchOutputs', () => {
  it('streams findings to JSONL and Excel-ready CSV and writes both summaries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'batch-writers-'));
    try {
      const out = await openBatchOutputs(join(dir, 'out'));
      const tricky = makeFinding({
        quote: { match: 'schriftlich', sentence: 'Er ist; so heißt es, „schriftlich“ zu "stellen"\nund zu begründen.' },
        legalBasis: ['§ 3a VwVfG', '§ 126b BGB'],
      });
      const results: LawResult[] = [
        { path: 'a/ag/index.md', law: 'AG', title: 'Gesetz; mit Semikolon', jurisdiction: 'Bund', provisions: 4, findings: [tricky, makeFinding({ id: 'b' })] },
        { path: 'b/bg/index.md', law: 'BG', title: 'Ohne Befund', jurisdiction: 'Bund', provisions: 2, findings: [] },
        { path: 'k/leer.md', law: 'leer', title: '', jurisdiction: 'Sonstige', provisions: 0, findings: [], error: 'Die Datei ist leer.' },
      ];
      const acc = new SummaryAccumulator();
      for (const r of results) {
        acc.add(r);
        await out.add(r);
      }
      await out.finish(acc.toSummary(0.5));

      const csv = readFileSync(out.files.csv, 'utf8');
      expect(csv.startsWith(CSV_BOM)).toBe(true);
      const rows = readCsv(csv.slice(CSV_BOM.length));
      expect(rows[0]).toEqual(FINDING_COLUMNS.map((c) => c.header));
      expect(rows[0]).toEqual(['Gesetz', 'Titel', 'Fundstelle', 'Kategorie', 'Prinzip', 'Schwere', 'Zitat', 'Satz', 'Erläuterung', 'Vorschlag', 'Rechtsgrundlage', 'Änderungsbefehl']);
      expect(rows).toHaveLength(3);
      expect(rows[1]).toMatchObject({ 0: 'AG', 1: 'Gesetz; mit Semikolon', 2: '§ 3 Abs. 1', 3: 'Schriftform', 5: 'Hoch', 6: 'schriftlich' });
      expect(rows[1]![7]).toBe(tricky.quote.sentence);
      expect(rows[1]![10]).toBe('§ 3a VwVfG; § 126b BGB');
      expect(rows[1]![4]).toMatch(/^1 – Digitale Angebote/);

      const lines = readFileSync(out.files.jsonl, 'utf8').trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      const first = JSON.parse(lines[0]!);
      expect(first).toMatchObject({ law: 'AG', lawTitle: 'Gesetz; mit Semikolon', file: 'a/ag/index.md', category: 'schriftform' });
      expect(first.quote.sentence).toBe(tricky.quote.sentence);

      const summary = BatchSummarySchema.parse(JSON.parse(readFileSync(out.files.summaryJson, 'utf8')));
      expect(summary).toMatchObject({ laws: 2, provisions: 6, findings: 2, errors: [{ path: 'k/leer.md' }] });
      expect(readFileSync(out.files.summaryMd, 'utf8')).toContain('| k/leer.md | Die Datei ist leer. |');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the findings of the laws delivered before an abort', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'batch-writers-'));
    try {
      const out = await openBatchOutputs(join(dir, 'out'));
      await out.add({ path: 'a/ag/index.md', law: 'AG', title: 'Gesetz', jurisdiction: 'Bund', provisions: 1, findings: [makeFinding({})] });
      await out.abort();
      expect(readFileSync(out.files.jsonl, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l).law)).toEqual(['AG']);
      expect(readCsv(readFileSync(out.files.csv, 'utf8').slice(CSV_BOM.length))).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
