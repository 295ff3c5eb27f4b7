import { describe, expect, it } from 'vitest';
import { checkText } from '../../server/rules/engine';
import { rewriteProvision } from '../../server/services/chat/rewrite';

const check = (t: string) => checkText(t);

describe('rewriteProvision (adapter over the rule suggestions)', () => {
  it('rewrites a whole § with several Absätze and gives one Änderungsbefehl for it', () => {
    const passage =
      '§ 4 Anzeige\n(1) Die Anzeige ist auf dem amtlichen Vordruck per Post einzureichen.\n(2) Der Anzeige ist eine beglaubigte Abschrift des Gesellschaftsvertrags beizufügen.';
    const r = rewriteProvision(passage, check);
    expect(r.text).toMatch(/^§ 4 Anzeige\n\(1\) /);
    expect(r.text).not.toContain('per Post');
    expect(r.text).toMatch(/\n\(2\) /);
    expect(r.amendment).toMatch(/^§ 4 wird wie folgt gefasst:\n„§ 4 Anzeige/);
    expect(r.singleAmendments.length).toBeGreaterThanOrEqual(2);
    expect(r.remaining).toEqual([]);
  });

  it('works in every hindrance of one sentence, not only the first', () => {
    const r = rewriteProvision('Der Antrag ist schriftlich bei der Behörde zu stellen und eigenhändig zu unterschreiben.', check);
    expect(r.text).toContain('schriftlich oder elektronisch');
    expect(r.text).toMatch(/Unterschrift kann durch eine elektronische Form/);
    expect(r.amendment).toMatch(/^Die Vorschrift wird wie folgt gefasst:/);
  });

  it('names a lone Absatz in the Änderungsbefehl', () => {
    const r = rewriteProvision('(2) Die Satzung wird durch Aushang an der Amtstafel öffentlich bekannt gemacht.', check);
    expect(r.amendment).toMatch(/^Absatz 2 wird wie folgt gefasst:\n„\(2\) Die Satzung/);
  });

  it('leaves a provision without hindrances as it is', () => {
    const text = 'Die Behörde entscheidet innerhalb von drei Monaten über den Antrag.';
    const r = rewriteProvision(text, check);
    expect(r.text).toBe(text);
    expect(r.singleAmendments).toEqual([]);
  });
});
