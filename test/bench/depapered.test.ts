import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DepaperedItemSchema, depaperedHalf, reconstructOldWording } from '../../bench/lib/depapered';

describe('de-papered proxy: reconstruction of the old wording', () => {
  it.each([
    ['Der Antrag ist schriftlich oder elektronisch zu stellen.', 'Der Antrag ist schriftlich zu stellen.', 'oder-elektronisch'],
    ['Die Erlaubnis wird auf schriftlichen oder elektronischen Antrag erteilt.', 'Die Erlaubnis wird auf schriftlichen Antrag erteilt.', 'oder-elektronisch'],
    ['Die Anzeige ist elektronisch oder schriftlich zu erstatten.', 'Die Anzeige ist schriftlich zu erstatten.', 'elektronisch-oder'],
    ['Der Widerspruch ist schriftlich oder in elektronischer Form einzulegen.', 'Der Widerspruch ist schriftlich einzulegen.', 'oder-in-elektronischer-form'],
    ['Die Erklärung ist schriftlich, elektronisch oder zur Niederschrift abzugeben.', 'Die Erklärung ist schriftlich oder zur Niederschrift abzugeben.', 'komma-elektronisch'],
    ['Die Kündigung bedarf der Textform.', 'Die Kündigung bedarf der Schriftform.', 'textform'],
    ['Der Mieter ist in Textform zu unterrichten.', 'Der Mieter ist schriftlich zu unterrichten.', 'textform'],
  ])('%s → %s', (now, old, kind) => {
    const r = reconstructOldWording(now);
    expect(r?.old).toBe(old);
    expect(r?.kinds).toContain(kind);
  });

  it('skips provisions without an alternative, with a bare written form left, or that only restate a duty', () => {
    expect(reconstructOldWording('Der Antrag ist schriftlich zu stellen.')).toBeNull();
    expect(reconstructOldWording('Der Antrag ist schriftlich oder elektronisch zu stellen; die Vollmacht ist schriftlich nachzuweisen.')).toBeNull();
    expect(reconstructOldWording('Ordnungswidrig handelt, wer eine Anzeige nicht schriftlich oder elektronisch erstattet.')).toBeNull();
    expect(reconstructOldWording('Die Prüfung wird schriftlich oder elektronisch durchgeführt.')).toBeNull();
  });

  it('marks old wordings the rubric would not call a form requirement', () => {
    expect(reconstructOldWording('Auskünfte können mündlich, schriftlich oder elektronisch erteilt werden.')?.rubricForm).toBe(false);
    expect(reconstructOldWording('Der Vorstand kann Beschlüsse im schriftlichen oder elektronischen Umlaufverfahren fassen.')?.rubricForm).toBe(false);
    expect(reconstructOldWording('Der Antrag ist schriftlich oder elektronisch zu stellen.')?.rubricForm).toBe(true);
  });

  it('the committed proxy set is valid, federal a–m only, and every old wording differs from the 2022 wording', () => {
    const lines = readFileSync(resolve(import.meta.dirname, '../fixtures/rules-depapered-proxy.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(200);
    const ids = new Set<string>();
    for (const line of lines) {
      const item = DepaperedItemSchema.parse(JSON.parse(line));
      expect(ids.has(item.id), item.id).toBe(false);
      ids.add(item.id);
      expect(item.old).not.toBe(item.new);
      // the old wording is the 2022 wording with the same reconstruction, so the set can be rebuilt
      expect(reconstructOldWording(item.new)?.old).toBe(item.old);
    }
  });

  it('the tuning / held-out split is fixed by the item id, so the held-out half stays the one nobody tuned on', () => {
    const lines = readFileSync(resolve(import.meta.dirname, '../fixtures/rules-depapered-proxy.jsonl'), 'utf8').split('\n').filter(Boolean);
    const halves = lines.map((l) => depaperedHalf(DepaperedItemSchema.parse(JSON.parse(l)).id));
    // the sizes at the time of the split (issue 8 schriftform round); a changed hash or set would move items
    expect(halves.filter((h) => h === 'tune')).toHaveLength(163);
    expect(halves.filter((h) => h === 'heldout')).toHaveLength(184);
  });
});
