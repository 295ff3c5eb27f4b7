import type { LawDocument } from '../contracts/document';
import { Analyzer, isDictionaryWord, type AnalyzerOptions } from './analyzer';
import { CasingCounter } from './casing';
import { displayText, EXCERPT_GAP_TEXT, type IndexData, type LawRecord, type SectionRecord } from './index-data';
import { forEachToken, tokenize } from './normalize';
import { TUNING } from './tuning';

/** A parsed document with the corpus metadata the index shows with every hit. */
export interface IndexDocument {
  doc: LawDocument;
  kind: 'law' | 'guidance';
  jurisdiction: string;
  path: string;
  keywords?: string[];
  /** § label → lay keywords (section-keywords.ts): a third BM25F field, indexed but never shown. */
  sectionKeywords?: Map<string, string[]>;
}


class GrowInt32 {
  a = new Int32Array(1 << 16);
  n = 0;
  push(v: number) {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
}

class GrowUint8 {
  a = new Uint8Array(1 << 20);
  n = 0;
  appendText(t: string) {
    // worst case 3 bytes per UTF-16 unit; encodeInto writes in place without a temporary array
    if (this.n + t.length * 3 > this.a.length) {
      const c = new Uint8Array(Math.max(this.a.length * 2, this.n + t.length * 3));
      c.set(this.a.subarray(0, this.n));
      this.a = c;
    }
    this.n += enc.encodeInto(t, this.a.subarray(this.n)).written;
  }
}

class GrowFloat32 {
  a = new Float32Array(1 << 16);
  n = 0;
  push(v: number) {
    if (this.n === this.a.length) {
      const b = new Float32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
}

const enc = new TextEncoder();

/** Stubs like "(weggefallen)" carry no content worth a hit. */
function isStub(raw: string): boolean {
  if (raw.length > 40) return false;
  const t = displayText(raw);
  return t.length < 3 || /^\(?weggefallen\)?\.?$/i.test(t);
}

/**
 * Builds postings with precomputed BM25F impacts (score of a unit = Σ query weight × idf × impact).
 * Documents are consumed one by one, so a lazy iterable keeps only one parsed law in memory at a time.
 */
export function buildIndexData(docs: Iterable<IndexDocument>, options: AnalyzerOptions = { decompound: true, synonyms: true }): IndexData {
  const laws: LawRecord[] = [];
  const sections: SectionRecord[] = [];
  const unitSectionList: number[] = [];
  const unitPara: string[] = [];
  // pass 1, one document at a time: Absatz texts go straight into the UTF-8 blob and become surface-token ids
  const surfaceId = new Map<string, number>();
  const surfaces: string[] = [];
  const counts: number[] = [];
  const idOf = (w: string) => {
    let id = surfaceId.get(w);
    if (id === undefined) {
      id = surfaces.length;
      surfaceId.set(w, id);
      surfaces.push(w);
      counts.push(0);
    }
    counts[id]!++;
    return id;
  };
  const blob = new GrowUint8();
  const byteOffsets: number[] = [0];
  const tokens = new GrowInt32();
  const pushToken = (w: string) => tokens.push(idOf(w));
  const tokenStarts: number[] = [0];
  // lay keywords of each § (surface-token ids), empty for §§ without any
  const keywordTokens: number[][] = [];
  // the casing is read from each Absatz with its law and § as the chat shows them (unitContext)
  const casing = new CasingCounter();
  for (const { doc, kind, jurisdiction, path, keywords, sectionKeywords } of docs) {
    const law = laws.length;
    laws.push({
      abbreviation: doc.abbreviation,
      title: doc.title,
      jurisdiction,
      kind,
      ...(keywords?.length ? { keywords } : {}),
      ...(doc.stand ? { stand: doc.stand } : {}),
      ...(doc.excerpt ? { excerpt: true } : {}),
      path,
    });
    for (const prov of doc.provisions) {
      const sec: SectionRecord = { law, label: prov.label, title: prov.title, first: unitPara.length, count: 0 };
      for (const p of prov.paragraphs) {
        const t = doc.text.slice(p.start, p.end);
        if (isStub(t)) continue;
        blob.appendText(t);
        byteOffsets.push(blob.n);
        // the Absatz number "(2)" is no word of the text
        forEachToken(t.charCodeAt(0) === 40 ? t.replace(/^\(\d+[a-z]?\)/, '') : t, pushToken);
        tokenStarts.push(tokens.n);
        unitPara.push(p.number ?? '');
        unitSectionList.push(sections.length);
        casing.add(`${doc.title} (${doc.abbreviation}) ${prov.label} ${prov.title}: ${displayText(t)}`);
        sec.count++;
      }
      if (sec.count === 0 && doc.excerpt && prov.title && !/weggefallen/i.test(prov.title)) {
        // An excerpt that lacks the text of a § (most of the shipped NDIG) still tells where the matter is
        // regulated: the § title stands in for the missing text in the index, and the hit shows a notice
        // instead of invented wording.
        blob.appendText(EXCERPT_GAP_TEXT);
        byteOffsets.push(blob.n);
        forEachToken(prov.title, pushToken);
        tokenStarts.push(tokens.n);
        unitPara.push('');
        unitSectionList.push(sections.length);
        sec.count = 1;
      }
      if (sec.count === 0) sec.first = 0;
      sections.push(sec);
      const lay = sectionKeywords?.get(prov.label);
      keywordTokens.push(lay ? tokenize(lay.join(' ')).map(idOf) : []);
    }
  }
  const N = unitPara.length;
  const unitSection = Int32Array.from(unitSectionList);
  const tokenStart = Uint32Array.from(tokenStarts);
  // A § without an official heading (the NVwVfG and NVwZG have none) is described by its lay keyword row in the
  // title field instead: otherwise the short field that names each § stays empty for exactly these §§.
  const titleTokens = sections.map((s, i) => {
    if (s.title.trim() || keywordTokens[i]!.length === 0) return tokenize(s.title).map(idOf);
    const row = keywordTokens[i]!;
    keywordTokens[i] = [];
    return row;
  });

  const dictionary = surfaces.filter((w, i) => isDictionaryWord(w, counts[i]!));
  const analyzer = new Analyzer(new Set(dictionary), options);

  // pass 2: analysed terms per surface word, then per-unit term frequencies
  const termId = new Map<string, number>();
  const terms: string[] = [];
  // analysed terms of surface word i: stTerm/stWeight[stStart[i] .. stStart[i + 1]] (flat typed arrays: no objects per word)
  const stStart = new Uint32Array(surfaces.length + 1);
  const stTermList = new GrowInt32();
  const stWeightList = new GrowFloat32();
  surfaces.forEach((w, i) => {
    for (const { term, weight } of analyzer.analyzeWord(w)) {
      let t = termId.get(term);
      if (t === undefined) {
        t = terms.length;
        termId.set(term, t);
        terms.push(term);
      }
      stTermList.push(t);
      stWeightList.push(weight);
    }
    stStart[i + 1] = stTermList.n;
  });
  const stTerm = stTermList.a;
  const stWeight = stWeightList.a;
  const fieldLen = (ids: ArrayLike<number>) => {
    let n = 0;
    for (let i = 0; i < ids.length; i++) if (stStart[ids[i]! + 1]! > stStart[ids[i]!]!) n++;
    return n;
  };
  const titleLen = titleTokens.map(fieldLen);
  const keywordLen = keywordTokens.map(fieldLen);
  let textLenSum = 0;
  const textLen = new Uint32Array(N);
  for (let u = 0; u < N; u++) {
    textLen[u] = fieldLen(tokens.a.subarray(tokenStart[u], tokenStart[u + 1]));
    textLenSum += textLen[u]!;
  }
  let titleLenSum = 0;
  for (let u = 0; u < N; u++) titleLenSum += titleLen[unitSection[u]!]!;
  const avgText = Math.max(1, textLenSum / Math.max(1, N));
  const avgTitle = Math.max(1, titleLenSum / Math.max(1, N));
  const avgKeywords = TUNING.keywordAvgLength;

  const K1 = TUNING.k1;
  const TEXT = { weight: TUNING.textWeight, b: TUNING.textB };
  const TITLE = { weight: TUNING.titleWeight, b: TUNING.titleB };
  const KEYWORDS = { weight: TUNING.keywordWeight, b: TUNING.keywordB };
  const flatTerm = new GrowInt32();
  const flatImpact = new GrowFloat32();
  const unitTermStart = new Uint32Array(N + 1);
  const df = new Uint32Array(terms.length);
  // dense accumulators indexed by term id plus the list of touched terms: no per-unit Map/Set allocation
  const tfText = new Float64Array(terms.length);
  const tfTitle = new Float64Array(terms.length);
  const tfKeywords = new Float64Array(terms.length);
  const seen = new Uint8Array(terms.length);
  const touched = new Int32Array(terms.length);
  for (let u = 0; u < N; u++) {
    unitTermStart[u] = flatTerm.n;
    let n = 0;
    const add = (acc: Float64Array, id: number) => {
      for (let k = stStart[id]!, end = stStart[id + 1]!; k < end; k++) {
        const t = stTerm[k]!;
        if (!seen[t]) {
          seen[t] = 1;
          touched[n++] = t;
        }
        acc[t] = acc[t]! + stWeight[k]!;
      }
    };
    for (let i = tokenStart[u]!, end = tokenStart[u + 1]!; i < end; i++) add(tfText, tokens.a[i]!);
    const sec = unitSection[u]!;
    for (const id of titleTokens[sec]!) add(tfTitle, id);
    for (const id of keywordTokens[sec]!) add(tfKeywords, id);
    const normText = 1 - TEXT.b + (TEXT.b * Math.min(textLen[u]!, TUNING.textLengthCap * avgText)) / avgText;
    const normTitle = 1 - TITLE.b + (TITLE.b * titleLen[sec]!) / avgTitle;
    const normKeywords = 1 - KEYWORDS.b + (KEYWORDS.b * keywordLen[sec]!) / avgKeywords;
    for (let j = 0; j < n; j++) {
      const t = touched[j]!;
      const tf =
        (TEXT.weight * tfText[t]!) / normText +
        (TITLE.weight * tfTitle[t]!) / normTitle +
        (KEYWORDS.weight * tfKeywords[t]!) / normKeywords;
      flatTerm.push(t);
      flatImpact.push((tf * (K1 + 1)) / (tf + K1));
      df[t]!++;
      tfText[t] = 0;
      tfTitle[t] = 0;
      tfKeywords[t] = 0;
      seen[t] = 0;
    }
  }
  unitTermStart[N] = flatTerm.n;

  const postOffsets = new Uint32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) postOffsets[t + 1] = postOffsets[t]! + df[t]!;
  const fill = postOffsets.slice(0, terms.length);
  const postUnits = new Int32Array(flatTerm.n);
  const postImpact = new Float32Array(flatTerm.n);
  for (let u = 0; u < N; u++) {
    for (let i = unitTermStart[u]!; i < unitTermStart[u + 1]!; i++) {
      const t = flatTerm.a[i]!;
      const at = fill[t]!++;
      postUnits[at] = u;
      postImpact[at] = flatImpact.a[i]!;
    }
  }
  const idf = new Float32Array(terms.length);
  for (let t = 0; t < terms.length; t++) idf[t] = Math.log(1 + (N - df[t]! + 0.5) / (df[t]! + 0.5));

  const textOffsets = Uint32Array.from(byteOffsets);
  const textBlob = blob.a.slice(0, blob.n);

  return {
    laws,
    sections,
    unitSection,
    unitPara,
    textBlob,
    textOffsets,
    terms,
    idf,
    postOffsets,
    postUnits,
    postImpact,
    dictionary,
    decompound: options.decompound,
    ...casing.lists(),
  };
}
