import { describe, expect, it } from 'vitest';
import { corpusCasing } from '../../server/retrieval/casing';
import { recaseNouns } from '../../server/services/chat/recase';

const casing = corpusCasing([
  'Der Antrag ist schriftlich zu stellen. Die Behörde kann verlangen, dass der Bevollmächtigte seine Vollmacht nachweist.',
  'Wer den Antrag stellt, muss kommen. Die Vollmacht wird nicht aufgehoben.',
]);

describe('recasing a lower-case message by the corpus', () => {
  it('capitalises the words the corpus writes as nouns, and long words it does not know', () => {
    expect(recaseNouns('muss ich die vollmacht für den antrag schriftlich nachweisen?', casing)).toBe('muss ich die Vollmacht für den Antrag schriftlich nachweisen?');
    expect(recaseNouns('gilt das für anwohnerparkausweise?', casing)).toBe('gilt das für Anwohnerparkausweise?');
    expect(recaseNouns('muss ich extra kommen?', casing)).toBe('muss ich extra kommen?');
  });

  it('leaves a message with capitalised words as typed', () => {
    expect(recaseNouns('Muss die vollmacht schriftlich sein?', casing)).toBe('Muss die vollmacht schriftlich sein?');
  });
});
