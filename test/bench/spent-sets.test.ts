import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBlindFile, spentRuleSetPaths } from '../../bench/lib/blind-draw';

/** check:rewrites reads the Land items of these sets; a regex over file names had missed blind set 12 and later. */
describe('spentRuleSetPaths (the labelled sets development tools may read)', () => {
  const names = spentRuleSetPaths().map((p) => basename(p));

  it('never names a file of the current blind set; none is left, blind set 14 is spent', () => {
    expect(names.filter((n) => isBlindFile(n))).toEqual([]);
    expect(isBlindFile('/x/rules-laender-blind14.jsonl')).toBe(false);
    expect(isBlindFile('/x/rules-laender-blind13.jsonl')).toBe(false);
  });

  it('holds every Landesrecht set in the fixtures but the blind one, the newest included', () => {
    // only file names are listed here; no blind file is opened
    const laender = readdirSync(resolve(import.meta.dirname, '../fixtures')).filter((f) => /^rules-(?:laender|nds)-.*\.jsonl$/.test(f) && !isBlindFile(f));
    expect(laender.filter((f) => !names.includes(f))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['rules-laender-blind14.jsonl', 'rules-federal-blind14.jsonl', 'rules-laender-blind13.jsonl', 'rules-laender-dev12.jsonl', 'rules-nds-fulldoc-dev.jsonl']));
    expect(new Set(names).size).toBe(names.length);
  });
});
