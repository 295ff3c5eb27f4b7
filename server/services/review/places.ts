import type { ReviewResponse, ReviewStructureItem } from '../../contracts/api';
import type { LawDocument } from '../../contracts/document';
import type { Finding } from '../../contracts/finding';
import { formatRef } from '../../parser/locate';
import { bareLawName } from './law-name';

/**
 * Where a finding sits in the reviewed document: in the new wording of an amending draft (Artikel, Nummer, Buchstabe
 * of the instruction, and the amended law), in a draft of its own, or in a statute in force. Built on the review's
 * structure items (label, article, targetLaw, offsets), so a finer outline of the draft can replace the scan later.
 */

/** Where in a draft an instruction sits: "Artikel 1 Nummer 3 Buchstabe a Doppelbuchstabe aa". */
export interface DraftAddress {
  article: string;
  number?: string;
  letter?: string;
  doubleLetter?: string;
}

/** What the places need of a review: its text, its structure items and its title. */
export type ReviewedDocument = Pick<ReviewResponse, 'title' | 'text' | 'structure'>;

/** The structure items a review keeps of a parsed draft. */
export const structureItems = (doc: LawDocument): ReviewStructureItem[] =>
  doc.provisions.map((p) => ({
    id: p.id,
    label: p.label,
    title: p.title,
    start: p.start,
    end: p.end,
    ...(p.targetLaw ? { targetLaw: p.targetLaw } : {}),
    ...(p.article ? { article: p.article } : {}),
    ...(p.number ? { number: p.number } : {}),
    ...(p.letter ? { letter: p.letter } : {}),
    ...(p.doubleLetter ? { doubleLetter: p.doubleLetter } : {}),
  }));

const within = (o: number, s: { start: number; end: number }) => o >= s.start && o < s.end;

export function addressPhrase(a: DraftAddress): string {
  return [a.article, a.number && `Nummer ${a.number}`, a.letter && `Buchstabe ${a.letter}`, a.doubleLetter && `Doppelbuchstabe ${a.doubleLetter}`]
    .filter(Boolean)
    .join(' ');
}

/**
 * The instruction of an amending draft whose quotation holds `offset`: its Artikel, Nummer, Buchstabe and
 * Doppelbuchstabe as the draft parser read them (server/parser/amendments.ts).
 */
export function draftAddressAt(structure: ReviewStructureItem[], offset: number): { address: DraftAddress; targetLaw: string } | undefined {
  const amended = structure.find((s) => s.targetLaw && s.article && within(offset, s));
  const instruction = amended && structure.find((s) => s.label === amended.article && !s.targetLaw && within(offset, s));
  if (!amended || !instruction) return undefined;
  const { number, letter, doubleLetter } = amended;
  const address: DraftAddress = { article: amended.article!, ...(number ? { number } : {}), ...(letter ? { letter } : {}), ...(doubleLetter ? { doubleLetter } : {}) };
  return { address, targetLaw: amended.targetLaw! };
}

const DRAFT_WORDS = /\b(?:Entwurf|Gesetzentwurf|Referentenentwurf|Drucksache|Änderungsantrag|Formulierungshilfe)\b/;

/** A draft is changed directly; a statute in force is changed by a law that names it. */
export const isDraft = (r: ReviewedDocument) => r.structure.some((s) => s.article) || DRAFT_WORDS.test(`${r.title}\n${r.text.slice(0, 3000)}`);

/** The law a finding's place belongs to, for the Fundstelle: the amended law, else the statute, else the draft. */
export function lawOf(r: ReviewedDocument, f: Finding): string {
  const amended = draftAddressAt(r.structure, f.location.start);
  if (amended) return amended.targetLaw;
  if (isDraft(r)) return 'Entwurf';
  return /\(([A-ZÄÖÜ][\wÄÖÜäöüß-]*)\)/.exec(r.title)?.[1] ?? bareLawName(r.title);
}

/** "Artikel 1 Nr. 3 Buchst. a (§ 175 Abs. 4 SGB VIII)", "§ 12 Abs. 2 Satz 1 NBauO", "§ 1 Abs. 1 des Entwurfs". */
export function fundstelle(r: ReviewedDocument, f: Finding): string {
  const amended = draftAddressAt(r.structure, f.location.start);
  if (amended) {
    const a = amended.address;
    const draftRef = [a.article, formatRef({ number: a.number, letter: a.letter }), a.doubleLetter && `Doppelbuchst. ${a.doubleLetter}`].filter(Boolean).join(' ');
    return `${draftRef} (${f.location.ref} ${amended.targetLaw})`;
  }
  const law = lawOf(r, f);
  // a § of an Artikelgesetz is cited with its Artikel: several Artikel may have a § 3
  const { article, ref } = f.location;
  const full = article && !ref.startsWith(article) ? `${article} ${ref}` : ref;
  return law === 'Entwurf' ? `${full} des Entwurfs` : `${full} ${law}`;
}
