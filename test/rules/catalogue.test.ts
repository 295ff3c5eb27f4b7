import { describe, expect, it } from 'vitest';
import { FindingSchema } from '../../server/contracts/finding';
import { checkText } from '../../server/rules/engine';
import { RULES } from '../../server/rules/index';
import { parseMarkedExample } from '../../server/rules/types';

/**
 * Every rule's own examples are its test cases. A flagged example marks the reported words in [brackets]: the rule's
 * category must be reported at exactly those spans (location offsets and quote), nothing more, nothing less.
 * Accepted ones (hard negatives) must yield no finding of the category.
 */
describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it.each(rule.examples.flagged)('flags: %s', (marked) => {
    const { text, spans } = parseMarkedExample(marked);
    const hits = checkText(text).filter((f) => f.category === rule.category);
    expect(hits.map((f) => [f.location.start, f.location.end])).toEqual(spans.map((s) => [s.start, s.end]));
    expect(hits.map((f) => f.quote.match)).toEqual(spans.map((s) => s.quote));
    for (const f of hits) {
      expect(FindingSchema.safeParse(f).success).toBe(true);
      expect(f.quote.sentence).toContain(f.quote.match);
    }
  });
  it.each(rule.examples.accepted)('accepts: %s', (text) => {
    expect(checkText(text).filter((f) => f.category === rule.category)).toEqual([]);
  });
});
