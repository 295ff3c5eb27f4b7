import { describe, expect, it } from 'vitest';
import { PROBE_CODES, loadProbes, type Probe } from '../../bench/lib/probes-laender';
import { checkText } from '../../server/rules/engine';

/**
 * The Landes probe battery (test/fixtures/probes-laender.jsonl): hand-written provisions in the drafting styles of the
 * Länder, labelled before the engine ran on them. Each probe must get exactly its labelled codes among the six probe
 * codes. A probe with `open` is a class left unfixed, with the reason; it is expected to fail, so a fix shows up as a
 * failing test until its `open` note is removed.
 */
const codes: readonly string[] = PROBE_CODES;
const decided = (p: Probe) =>
  [...new Set(checkText(p.text, { law: p.law, land: p.land }).map((f) => f.category as string))].filter((c) => codes.includes(c)).sort();
const expected = (p: Probe) => p.labels.filter((c) => codes.includes(c)).sort();

const probes = loadProbes();

describe('Landes probe battery', () => {
  it('holds positives and hard negatives for every probe code', () => {
    for (const code of PROBE_CODES) {
      expect(probes.filter((p) => p.labels.includes(code)).length, code).toBeGreaterThanOrEqual(8);
    }
    for (const group of ['post', 'pers', 'orig', 'vordruck', 'zahlung', 'akte'] as const) {
      expect(probes.filter((p) => p.group === group && p.labels.length === 0).length, group).toBeGreaterThanOrEqual(6);
    }
  });

  it.each(probes.filter((p) => !p.open).map((p) => [p.id, p] as const))('%s', (_id, p) => {
    expect(decided(p)).toEqual(expected(p));
  });

  it.fails.each(probes.filter((p) => p.open).map((p) => [p.id, p] as const))('%s (offen)', (_id, p) => {
    expect(decided(p)).toEqual(expected(p));
  });
});
