import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../server/parser/snippet';
import { checkDocument } from '../../server/rules/engine';
import { rewriteFindings } from '../../server/rules/rewrite';
import { rewriteProvision } from '../../server/services/chat/rewrite';

/** The chat's rewrite is the rule engine's per-Absatz rewrite, put back into the whole pasted provision. */
describe('rewriteProvision (chat adapter over server/rules/rewrite)', () => {
  it('rewrites a whole § with several Absätze: each Absatz as the rule engine words it, one Neufassung command', () => {
    const passage =
      '§ 4 Anzeige\n(1) Die Anzeige ist auf dem amtlichen Vordruck per Post einzureichen.\n(2) Der Anzeige ist eine beglaubigte Abschrift des Gesellschaftsvertrags beizufügen.';
    const r = rewriteProvision(passage);
    const doc = parseSnippet(passage);
    const perAbsatz = rewriteFindings(doc, checkDocument(doc));
    expect(perAbsatz).toHaveLength(2);
    // every Absatz of the answer is exactly the engine's new wording, in order, after the unchanged heading
    expect(r.text).toBe(`§ 4 Anzeige\n${perAbsatz[0]!.text}\n${perAbsatz[1]!.text}`);
    expect(r.text).not.toContain('per Post');
    expect(r.amendment).toMatch(/^§ 4 wird wie folgt gefasst:\n„§ 4 Anzeige\n\(1\) /);
    expect(r.absatzCommands).toEqual(perAbsatz.map((a) => a.command));
    expect(r.remaining).toEqual([]);
  });

  it('gives the Absatz command of the engine when one Absatz changes', () => {
    const r = rewriteProvision('Der Antrag ist schriftlich bei der Behörde zu stellen und eigenhändig zu unterschreiben.');
    expect(r.text).toContain('schriftlich oder elektronisch');
    expect(r.text).toMatch(/Unterschrift kann durch eine elektronische Form/);
    expect(r.amendment).toMatch(/^Die Vorschrift wird wie folgt geändert:\na\) Nach dem Wort „schriftlich“/);
    expect(r.absatzCommands).toEqual([]);
  });

  it('names a lone Absatz in the Änderungsbefehl', () => {
    const r = rewriteProvision('(2) Die Satzung wird durch Aushang an der Amtstafel öffentlich bekannt gemacht.');
    expect(r.text).toMatch(/^\(2\) Die Satzung .* Internet/);
    expect(r.amendment).toMatch(/^Dem Absatz 2 wird folgender Satz angefügt: „/);
  });

  it('leaves a provision without hindrances as it is, with no command', () => {
    const text = 'Die Behörde entscheidet innerhalb von drei Monaten über den Antrag.';
    const r = rewriteProvision(text);
    expect(r.text).toBe(text);
    expect(r.amendment).toBe('');
    expect(r.remaining).toEqual([]);
  });
});
