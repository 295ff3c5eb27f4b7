import type { LawDocument } from '../contracts/document';
import { parseProvisions } from './provisions';
import { parseParagraphs, withPlainSpaces } from './structure';

/**
 * Parses a pasted passage or a single provision (CLI `check --input`, chat): with § headings it is split
 * into provisions, otherwise the whole text is one unlabelled provision.
 */
export function parseSnippet(input: string, abbreviation = 'Eingabe', title = 'Eingabe'): LawDocument {
  const text = withPlainSpaces(input);
  const provisions = parseProvisions(text);
  return {
    id: abbreviation,
    title,
    abbreviation,
    jurisdiction: 'Sonstige',
    text,
    provisions:
      provisions.length > 0
        ? provisions
        : [{ id: 'p-0', label: '', title: '', start: 0, end: text.length, paragraphs: parseParagraphs(text, 0, text.length) }],
  };
}
