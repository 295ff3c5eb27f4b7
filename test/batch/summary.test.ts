import { describe, expect, it } from 'vitest';
import { BatchSummarySchema, SummaryAccumulator, topLaws } from '../../server/batch/summary';
import { renderSummaryMarkdown } from '../../server/batch/summary-markdown';
import type { LawResult } from '../../server/batch/law-result';
import { makeFinding } from './helpers';

const law = (name: string, path: string, findings = 0, extra: Partial<LawResult> = {}): LawResult => ({
  path,
  law: name,
  title: `Gesetz ${name}`,
  jurisdiction: 'Bund',
  provisions: 10,
  findings: Array.from({ length: findings }, (_, i) => makeFinding({ id: `f${i}`, ref: `§ ${i + 1}` })),
  ...extra,
});

describe('SummaryAccumulator', () => {
  const acc = new SummaryAccumulator();
  acc.add(law('AG', 'a/ag/index.md', 2));
  acc.add(
    law('BG', 'b/bg/index.md', 0, {
      findings: [makeFinding({ category: 'postalisch', severity: 'mittel' }), makeFinding({ category: 'unbestimmter_begriff', principle: 4, severity: 'hinweis' })],
    }),
  );
  acc.add(law('CG', 'c/cg/index.md', 0));
  acc.add(law('AG', 'x/ag/index.md', 5));
  acc.add(law('kaputt', 'k/kaputt.md', 0, { error: 'Die Datei ist leer.', provisions: 0 }));
  const s = acc.toSummary(1.23456);

  it('counts laws, provisions, findings and skipped files', () => {
    expect(BatchSummarySchema.parse(s)).toEqual(s);
    expect(s).toMatchObject({ laws: 4, provisions: 40, findings: 9, seconds: 1.23 });
    expect(s.errors).toEqual([{ path: 'k/kaputt.md', message: 'Die Datei ist leer.' }]);
  });

  it('breaks findings down by category, principle and severity with every key present', () => {
    expect(s.byCategory).toMatchObject({ schriftform: 7, postalisch: 1, unbestimmter_begriff: 1, nachweis_vorlage: 0 });
    expect(s.byPrinciple).toEqual({ '1': 8, '2': 0, '3': 0, '4': 1, '5': 0 });
    expect(s.bySeverity).toEqual({ hoch: 7, mittel: 1, hinweis: 1 });
  });

  it('keeps only laws with findings and disambiguates a duplicate abbreviation by path', () => {
    expect(Object.keys(s.byLaw)).toEqual(['AG', 'BG', 'AG (x/ag/index.md)']);
    expect(s.byLaw.BG?.byCategory).toEqual({ postalisch: 1, unbestimmter_begriff: 1 });
    expect(topLaws(s, 2).map((l) => l.path)).toEqual(['x/ag/index.md', 'a/ag/index.md']);
    expect(topLaws(s, 5, 'postalisch').map((l) => l.law)).toEqual(['BG']);
  });

  it('keeps the first examples of each category only', () => {
    expect(s.examples.schriftform).toHaveLength(3);
    expect(s.examples.schriftform?.[0]).toMatchObject({ law: 'AG', ref: '§ 1', match: 'schriftlich' });
  });

  it('renders a German Markdown report with top laws, category tables and skipped files', () => {
    const md = renderSummaryMarkdown(s);
    expect(md).toContain('| Untersuchte Gesetze | 4 |');
    expect(md).toContain('### Postweg (`postalisch`) – 1 Befunde');
    expect(md).toMatch(/## Die 20 Gesetze mit den meisten Befunden\n\n.*\n.*\n\| AG \| Gesetz AG \| 10 \| 5 \|/);
    expect(md).toContain('| k/kaputt.md | Die Datei ist leer. |');
    expect(md).not.toContain('### Nachweisvorlage');
  });
});
