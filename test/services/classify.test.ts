import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../server/services/chat/classify';

describe('classifyMessage', () => {
  it.each([
    ['Wie ersetze ich die Schriftform elektronisch?'],
    ['Was regelt § 3a VwVfG?'],
    ['Schriftform ersetzen'],
    ['Und bei Unterschriften?'],
    ['Welche Rechtsgrundlage erlaubt elektronische Akten in Niedersachsen?'],
    ['Darf die Behörde das persönliche Erscheinen verlangen'],
  ])('question: %s', (text) => {
    expect(classifyMessage(text)).toEqual({ kind: 'question', question: text });
  });

  it.each([
    ['Ist diese Formulierung digitaltauglich: „Der Antrag ist schriftlich bei der Behörde zu stellen.“', 'Der Antrag ist schriftlich bei der Behörde zu stellen.'],
    ['Prüfe bitte: Die Bescheinigung ist im Original vorzulegen.', 'Die Bescheinigung ist im Original vorzulegen.'],
    ['Der Antrag ist schriftlich zu stellen.', 'Der Antrag ist schriftlich zu stellen.'],
    ['Die Behörde kann das persönliche Erscheinen des Antragstellers anordnen.', 'Die Behörde kann das persönliche Erscheinen des Antragstellers anordnen.'],
    ['§ 5 Antrag\n(1) Der Antrag ist auf dem amtlichen Vordruck zu stellen.', '§ 5 Antrag\n(1) Der Antrag ist auf dem amtlichen Vordruck zu stellen.'],
    ['(1) Die Anzeige ist der Gemeinde zu erstatten.', '(1) Die Anzeige ist der Gemeinde zu erstatten.'],
  ])('passage: %s', (text, passage) => {
    const c = classifyMessage(text);
    expect(c.kind).toBe('passage');
    expect(c.passage).toBe(passage);
  });

  it('treats long unquestioned text as a passage', () => {
    const text = 'Die zuständige Stelle entscheidet über die Zulassung. '.repeat(8).trim();
    expect(classifyMessage(text).kind).toBe('passage');
  });
});
