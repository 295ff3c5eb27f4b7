import type { LawDocument, Provision } from '../contracts/document';
import type { Location } from '../contracts/finding';

const within = (o: number, s: { start: number; end: number }) => o >= s.start && o < s.end;

export interface RefParts {
  section?: string;
  paragraph?: string;
  sentence?: number;
  number?: string;
  letter?: string;
}

/** "§ 5 Abs. 2 Satz 1 Nr. 3 Buchst. a" (citation style of legal practice). */
export function formatRef(p: RefParts): string {
  const parts: string[] = [];
  if (p.section) parts.push(p.section);
  if (p.paragraph) parts.push(`Abs. ${p.paragraph}`);
  if (p.sentence) parts.push(`Satz ${p.sentence}`);
  if (p.number) parts.push(`Nr. ${p.number}`);
  if (p.letter) parts.push(`Buchst. ${p.letter}`);
  return parts.join(' ');
}

export function findProvision(doc: LawDocument, offset: number): Provision | undefined {
  return doc.provisions.find((p) => within(offset, p));
}

/** Resolves a character range of the document to its citation. */
export function locate(doc: LawDocument, start: number, end: number): Location {
  const prov = findProvision(doc, start);
  const parts: RefParts = {};
  if (prov) {
    parts.section = prov.label || undefined;
    const para = prov.paragraphs.find((p) => within(start, p));
    if (para) {
      if (para.number) parts.paragraph = para.number;
      const sentence = para.sentences.find((s) => within(start, s));
      if (sentence && para.sentences.length > 1) parts.sentence = sentence.index;
      const items = para.items.filter((it) => within(start, it));
      const num = items.find((it) => it.level === 1);
      const letter = items.find((it) => it.level === 2);
      if (num) parts.number = num.label;
      if (letter) parts.letter = letter.label;
    }
  }
  return {
    law: prov?.targetLaw ?? doc.abbreviation,
    ...(prov?.article ? { article: prov.article } : {}),
    ...parts,
    ref: formatRef(parts) || doc.abbreviation,
    start,
    end,
  };
}
