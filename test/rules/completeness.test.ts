import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORE_CATEGORIES } from '../../server/contracts/finding';
import { legalBasisFor } from '../../server/rules/legal-basis';
import { RULES } from '../../server/rules/index';
import { RuleSchema } from '../../server/rules/types';

const docs = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');

describe('catalogue completeness', () => {
  it('registry ids are sorted and unique', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...new Set(ids)].sort());
  });

  it('covers all nine core categories', () => {
    const covered = new Set(RULES.map((r) => r.category));
    for (const c of CORE_CATEGORIES) expect(covered.has(c), c).toBe(true);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has metadata, examples, legal basis and a doc entry', (id, rule) => {
    expect(RuleSchema.safeParse(rule).success).toBe(true);
    expect(rule.examples.flagged.length).toBeGreaterThanOrEqual(3);
    expect(rule.examples.accepted.length).toBeGreaterThanOrEqual(3);
    expect(rule.explanation.length).toBeGreaterThan(40);
    for (const level of ['bund', 'land'] as const) {
      expect(legalBasisFor(rule.category, { law: 'X', level, domain: 'verwaltung' }).length).toBeGreaterThan(0);
    }
    expect(docs).toContain(`\`${rule.category}\``);
    expect(docs).toContain(id);
  });

  it('uses the 2025 principle numbering', () => {
    for (const r of RULES) {
      const expected = r.category === 'nachweis_vorlage' ? 2 : r.category === 'unbestimmter_begriff' ? 4 : r.category === 'basisdienst' ? 3 : 1;
      expect(r.principle, r.id).toBe(expected);
    }
  });
});
