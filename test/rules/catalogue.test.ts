import { describe, expect, it } from 'vitest';
import { FindingSchema } from '../../server/contracts/finding';
import { checkText } from '../../server/rules/engine';
import { RULES } from '../../server/rules/index';

/** Every rule's own examples are its test cases: flagged ones must hit, accepted ones (hard negatives) must not. */
describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it.each(rule.examples.flagged)('flags: %s', (text) => {
    const hits = checkText(text).filter((f) => f.category === rule.category);
    expect(hits.length).toBeGreaterThanOrEqual(1);
    for (const f of hits) expect(FindingSchema.safeParse(f).success).toBe(true);
  });
  it.each(rule.examples.accepted)('accepts: %s', (text) => {
    expect(checkText(text).filter((f) => f.category === rule.category)).toEqual([]);
  });
});
