import type { LawDocument, Provision } from '../contracts/document';
import type { Location } from '../contracts/finding';
import { quoteAt } from './quotes';

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

/**
 * The innermost provision at `offset`: in amending drafts the quoted new wording (its own provision) lies inside
 * the provision of the Artikel that holds the instruction, and the new wording is the better citation.
 */
export function findProvision(doc: LawDocument, offset: number): Provision | undefined {
  let best: Provision | undefined;
  for (const p of doc.provisions) {
    if (within(offset, p) && (!best || p.end - p.start < best.end - best.start)) best = p;
  }
  return best;
}

/** Short headings of unlabelled provisions ("Präambel", "II.") make a readable citation; long ones do not. */
const citableTitle = (p: Provision) => (p.label === '' && p.title.length > 0 && p.title.length <= 40 ? p.title : undefined);

/** Resolves a character range of the document to its citation. */
export function locate(doc: LawDocument, start: number, end: number): Location {
  const prov = findProvision(doc, start);
  const parts: RefParts = {};
  let prefix: string | undefined;
  if (prov) {
    // the provision of an Artikel's own text is labelled with the Artikel: cite it once, as the article
    if (prov.label && prov.label !== prov.article) parts.section = prov.label;
    else prefix = prov.article ?? citableTitle(prov);
    const para = prov.paragraphs.find((p) => within(start, p));
    if (para) {
      if (para.number) parts.paragraph = para.number;
      // sorted and disjoint: a binary search, not a scan per finding (an Absatz can hold thousands of sentences)
      const sentence = para.sentences[quoteAt(para.sentences, start)];
      // quoted new wording may start at "Satz 3" of the amended Absatz, so a lone sentence can still need its number
      if (sentence && (para.sentences.length > 1 || sentence.index > 1)) parts.sentence = sentence.index;
      const items = para.items.filter((it) => within(start, it));
      const num = items.find((it) => it.level === 1);
      const letter = items.find((it) => it.level === 2);
      if (num) parts.number = num.label;
      if (letter) parts.letter = letter.label;
    }
  }
  const ref = [prefix, formatRef(parts)].filter(Boolean).join(' ');
  return {
    law: prov?.targetLaw ?? doc.abbreviation,
    ...(prov?.article ? { article: prov.article } : {}),
    ...parts,
    ref: ref || doc.abbreviation,
    start,
    end,
  };
}
