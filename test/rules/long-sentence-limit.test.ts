import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS } from '../../server/ingest/extract';
import { checkText } from '../../server/rules/engine';

/**
 * One sentence as long as an upload may be: each hit reads only a window around it (clause bounds come from the
 * document index), so filler words far from the hits change no finding of the short sentence. The quote and the
 * suggestion are cut around the hit in a long sentence, so the findings are compared by what they report.
 */
const FILLER = 'die Behörde sieht sich den Fall in Ruhe an und ';

const reported = (text: string) => checkText(text).map((f) => `${f.ruleId}:${f.severity}:${f.quote.match}`);

/** `parts` joined into one sentence with filler words before each part, as many as make the text about `chars` long. */
function padded(parts: string[], chars: number): string {
  const head = '§ 1 Antrag\n\n(1) ';
  const room = chars - head.length - parts.join('').length - 1;
  const each = Math.max(1, Math.floor(room / parts.length / FILLER.length));
  return `${head}${parts.map((p) => FILLER.repeat(each) + p).join('')}.`;
}

// a check of 8 million characters takes seconds; the timeout only keeps a loaded machine from failing it
describe('a sentence at the upload limit gives the findings of its short version', { timeout: 120_000 }, () => {
  it.each([
    [
      'clauses between commas',
      ['der Antrag ist schriftlich zu stellen, ', 'wobei die Erklärung keiner Schriftform bedarf, ', 'die Vollmacht ist im Original vorzulegen, ', 'die Anzeige bedarf nicht der Schriftform'],
    ],
    [
      'no punctuation at all',
      ['der Antrag ist schriftlich zu stellen ', 'die Vollmacht ist im Original vorzulegen ', 'die Erklärung bedarf keiner Schriftform'],
    ],
  ])('%s', (_name, parts) => {
    const short = reported(padded(parts, 0));
    // the two negated "Schriftform" are no findings, in the short sentence as in the long one
    expect(short).toEqual(['schriftform:hoch:schriftlich', 'original-beglaubigung:hoch:Original']);
    const long = padded(parts, MAX_TEXT_CHARS);
    expect(long.length).toBeGreaterThan(MAX_TEXT_CHARS - FILLER.length * parts.length);
    expect(long.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(reported(long)).toEqual(short);
  });
});
