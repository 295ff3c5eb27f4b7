import { describe, expect, it } from 'vitest';
import { explainText } from '../../server/rules/engine';
import { RULES } from '../../server/rules/index';

/**
 * Walks the registry: every named exception's example must be a candidate of its rule, must not be reported, and
 * must be suppressed by exactly that exception (the first check that applied), so a lawyer who reads the example
 * sees the case the exception is for.
 */
const cases = RULES.flatMap((rule) => rule.exceptions.map((e) => [`${rule.id} / ${e.id}`, rule, e] as const));

describe.each(cases)('exception %s', (_name, rule, exception) => {
  it('accepts its example and is the reason', () => {
    const { findings, decisions } = explainText(exception.example, exception.exampleLaw ? { law: exception.exampleLaw } : {});
    expect(findings.filter((f) => f.ruleId === rule.id)).toEqual([]);
    const mine = decisions.filter((d) => d.ruleId === rule.id);
    expect(mine.length, 'the example has no trigger word of the rule').toBeGreaterThan(0);
    expect(mine.map((d) => d.suppressedBy?.id)).toContain(exception.id);
  });
});

describe('notarial law', () => {
  // NotAktVV (2022) replaced the DONot: the notaries' rules on their own files are notarial procedure like the BeurkG
  const text = 'Anstelle der Urschrift ist eine Ausfertigung oder eine beglaubigte Abschrift in der Urkundensammlung zu verwahren.';
  it('leaves originals in the notaries\' file rules to the notarial procedure', () => {
    const ids = (law: string) => explainText(text, { law }).findings.filter((f) => f.category === 'original_beglaubigung');
    expect(ids('NotAktVV')).toEqual([]);
    expect(ids('Eingabe').length).toBeGreaterThan(0);
  });
});
