/** In-memory (and persisted) form of a search index; see store.ts for the file layout. */

/** Display text of a § whose wording the shipped excerpt lacks; such a unit is indexed by its § title only. */
export const EXCERPT_GAP_TEXT =
  'Der Wortlaut dieser Vorschrift ist im mitgelieferten Auszug nicht enthalten. Den vollständigen, aktuellen Text bitte aus VORIS übernehmen (Korpus-Import).';
/**
 * Display form of a stored Absatz: the index keeps the source slice as it is (cleaning 240,000 federal
 * Absätze at build time costs seconds) and hits are cleaned when shown: "(2) " marker dropped, a line
 * wrapped after a hyphen ("De-\nMail-Gesetz") joined, white space collapsed.
 */
export function displayText(raw: string): string {
  const t = raw.replace(/^\s*\(\d+[a-z]?\)\s*/, '');
  return t.replace(/(\p{L})-\n[ \t]*(?=\p{Lu})/gu, '$1-').replace(/\s+/g, ' ').trim();
}

export interface LawRecord {
  abbreviation: string;
  title: string;
  jurisdiction: string;
  kind: 'law' | 'guidance';
  stand?: string;
  excerpt?: boolean;
  path: string;
  /** Subject words of the manifest, searched with the title. */
  keywords?: string[];
}

export interface SectionRecord {
  law: number;
  /** "§ 4" / "Art. 3" / guidance section title. */
  label: string;
  title: string;
  /** First unit of this section and how many units (Absätze) it has; one title-only unit when an excerpt lacks its text. */
  first: number;
  count: number;
}

export interface IndexData {
  laws: LawRecord[];
  sections: SectionRecord[];
  /** Per unit (Absatz): its section and its Absatz number ("" when unnumbered). */
  unitSection: Int32Array;
  unitPara: string[];
  /** UTF-8 Absatz texts, concatenated; unit i spans textOffsets[i]..textOffsets[i+1]. */
  textBlob: Uint8Array;
  textOffsets: Uint32Array;
  terms: string[];
  idf: Float32Array;
  /** Postings of term t: postOffsets[t]..postOffsets[t+1] in postUnits/postImpact (BM25F impacts). */
  postOffsets: Uint32Array;
  postUnits: Int32Array;
  postImpact: Float32Array;
  /** Decompounding dictionary (surface words of the corpus), needed again at query time. */
  dictionary: string[];
  /** Whether the index was built with compound parts (ablation). */
  decompound: boolean;
  /** How the corpus writes its words (casing.ts): its nouns, and its long words. */
  nouns: string[];
  longWords: string[];
}
