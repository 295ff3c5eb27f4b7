import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { checkDocument } from '../../server/rules/engine';

/**
 * The shipped NPOG glues "Die Anordnung ergeht schriftlich." to the last item of the list before it
 * ("6. eine Begründung.Die Anordnung …"). Read as one sentence, the finding was cited as the last Nummer, quoted
 * the whole list and lost its severity to a hedge inside an item ("sofern sich nicht …").
 */
const path = new URL('../../corpus/laws/npog.md', import.meta.url).pathname;
const doc = parseLawMarkdown(readFileSync(path, 'utf8'), { path });
const findings = checkDocument(doc, { land: 'nds' });

describe('findings after a sentence glued to a list item (NPOG)', () => {
  it.each([
    ['§ 17b Abs. 3', 'Satz 3'],
    ['§ 33a Abs. 5', 'Satz 3'],
    ['§ 33d Abs. 3', 'Satz 3'],
  ])('%s: the written order is %s, quoted alone and severe', (absatz, satz) => {
    const f = findings.find((x) => x.category === 'schriftform' && x.location.ref.startsWith(`${absatz} `) && x.quote.sentence === 'Die Anordnung ergeht schriftlich.');
    expect(f?.location.ref).toBe(`${absatz} ${satz}`);
    expect(f?.location.number).toBeUndefined();
    expect(f?.severity).toBe('hoch');
    expect(f?.amendment).toContain(`${satz} werden nach dem Wort „schriftlich“`);
  });
});
