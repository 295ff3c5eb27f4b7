/**
 * Parses legal citations in a query: "§ 3a Abs. 2 VwVfG", "§ 3a Absatz 2 VwVfG", "§§ 9 ff. NDIG",
 * "§§ 3, 4 EGovG", "Art. 5 DSGVO", "NDIG § 7", "§ 7 des NDIG", "Paragraf 7 NDIG", "§ 126 I BGB".
 * The law name is returned as written; resolving it against the index is the caller's job.
 */
export interface ParsedCitation {
  /** Law name as written ("VwVfG", "SGB X", "Verwaltungsverfahrensgesetz"). */
  law: string;
  /** "§ 3a" or "Art. 5". */
  section: string;
  /** Absatz number when given ("2"). */
  paragraph?: string;
  /** "ff."/"f." – the following provisions are meant too. */
  following?: 'f' | 'ff';
  /** One of several provisions of one list or range ("§§ 89 bis 93"): a provision cited alone is the more specific. */
  inList?: true;
}

const SECTION_WORD = String.raw`(?<word>§§?|Paragrafen|Paragraphen|Paragraf|Paragraph|Par\.|Artikel|Art\.?)`;
const NUM = String.raw`\d+\s?[a-z]?(?![\p{L}\d])`;
const ABS_NC = String.raw`(?:\s*(?:Abs\.?|Absatz|Absätze)\s*\d+[a-z]?|\s+[IVX]{1,5}(?![\p{L}]))?`;
const ABS = String.raw`(?:\s*(?:Abs\.?|Absatz|Absätze)\s*(\d+[a-z]?)|\s+([IVX]{1,5})(?![\p{L}]))?`;
const TRAIL = String.raw`(?:\s*(?:Satz|S\.|Nr\.?|Nummer|Buchst\.?|Halbsatz|Hs\.?)\s*\d+[a-z]?)*`;
/**
 * A law name: an abbreviation-like token ("VwVfG", "SGB X", "BITV 2.0", "De-Mail-G") or a capitalised compound.
 * The compound is bounded (the longest law names have some 60 letters): unbounded, every capital of a long run of
 * letters in a chat message re-read the whole run (quadratic, bench:redos).
 */
const LAW = String.raw`(?<law>(?:SGB|BITV)\s+(?:[IVX]{1,4}|\d+(?:\.\d)?)(?![\p{L}\d])|[A-ZÄÖÜ][\p{L}\d.\-]{0,80}[\p{L}\d])`;
const LIST = String.raw`(?<list>${NUM}${ABS_NC}${TRAIL}(?:\s*(?:,|und|bis|u\.)\s*${NUM}${ABS_NC}${TRAIL})*)\s*(?<ff>ff?\.)?`;

const FORWARD = new RegExp(String.raw`${SECTION_WORD}\s*${LIST}\s*(?:(?:des|der|dem|im|aus dem|nach dem)\s+)?${LAW}`, 'gu');
const BACKWARD = new RegExp(String.raw`${LAW}\s*${SECTION_WORD}\s*${LIST}`, 'gu');
const BARE = new RegExp(String.raw`${SECTION_WORD}\s*${LIST}`, 'gu');

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
function roman(s: string): string {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return String(n);
}

/** Words that look like a law name after a § list but are not one. */
const NOT_A_LAW = /^(?:Abs|Absatz|Satz|Nr|Nummer|Buchst|Halbsatz|Hs|Art|Artikel|Ff|F|Und|Bis|Des|Der|Dem|Im|In|Gilt|Regelt|Sagt|Besagt|Verlangt|Ist|Wird|Was|Wie|Sind)$/i;

function sectionsOf(list: string, word: string): { section: string; paragraph?: string; range?: boolean }[] {
  const prefix = /^Art/i.test(word) ? 'Art.' : '§';
  const out: { section: string; paragraph?: string; range?: boolean }[] = [];
  const re = new RegExp(String.raw`(bis\s*)?(${NUM})${ABS}`, 'gu');
  const bare = list.replace(/(?:Satz|S\.|Nr\.?|Nummer|Buchst\.?|Halbsatz|Hs\.?)\s*\d+[a-z]?/gu, ' ');
  for (const m of bare.matchAll(re)) {
    const num = m[2]!.replace(/\s/g, '');
    const paragraph = m[3] ?? (m[4] ? roman(m[4]) : undefined);
    out.push({ section: `${prefix} ${num}`, ...(paragraph ? { paragraph } : {}), ...(m[1] ? { range: true } : {}) });
  }
  return out;
}

/** The provisions of one matched § list ("§§ 2 bis 5", "§ 3a Abs. 2 ff."), ranges expanded, "f."/"ff." on the last. */
function refsOfList(word: string, list: string, ff: string | undefined): Omit<ParsedCitation, 'law'>[] {
  const secs = sectionsOf(list, word);
  const following = ff === 'ff.' ? 'ff' : ff === 'f.' ? 'f' : undefined;
  const refs: Omit<ParsedCitation, 'law'>[] = [];
  secs.forEach((s, i) => {
    const prev = secs[i - 1];
    if (s.range && prev) {
      // "§§ 2 bis 5" and "§§ 27a bis 27c": expand the range between the two ends
      const [, pa = '', na = '', la = ''] = /^(\S+) (\d+)([a-z]?)$/.exec(prev.section) ?? [];
      const [, , nb = '', lb = ''] = /^(\S+) (\d+)([a-z]?)$/.exec(s.section) ?? [];
      const a = parseInt(na, 10);
      const b = parseInt(nb, 10);
      if (a === b && la && lb) {
        for (let ch = la.charCodeAt(0) + 1; ch < lb.charCodeAt(0); ch++) refs.push({ section: `${pa} ${a}${String.fromCharCode(ch)}` });
      } else {
        for (let n = a + 1; n < b && n - a < 50; n++) refs.push({ section: `${pa} ${n}` });
      }
    }
    refs.push({ section: s.section, ...(s.paragraph ? { paragraph: s.paragraph } : {}) });
  });
  if (following && refs.length > 0) refs[refs.length - 1] = { ...refs[refs.length - 1]!, following };
  return refs.length > 1 ? refs.map((r) => ({ ...r, inList: true as const })) : refs;
}

export function parseCitations(query: string): ParsedCitation[] {
  const found: { at: number; c: ParsedCitation[] }[] = [];
  const taken: [number, number][] = [];
  for (const re of [FORWARD, BACKWARD]) {
    for (const m of query.matchAll(re)) {
      const g = m.groups!;
      const [at, len, law] = [m.index!, m[0].length, g.law!];
      if (NOT_A_LAW.test(law) || taken.some(([s, e]) => at < e && s < at + len)) continue;
      taken.push([at, at + len]);
      found.push({ at, c: refsOfList(g.word!, g.list!, g.ff).map((r) => ({ law, ...r })) });
    }
  }
  return found.sort((a, b) => a.at - b.at).flatMap((f) => f.c);
}

/**
 * § references whatever law they belong to ("§ 4" in "Niedersächsisches Gesetz über digitale Verwaltung
 * § 4"), for queries that name the law in words the citation grammar does not take as a law name.
 */
export function parseSectionRefs(query: string): Omit<ParsedCitation, 'law'>[] {
  return [...query.matchAll(BARE)].flatMap((m) => refsOfList(m.groups!.word!, m.groups!.list!, m.groups!.ff));
}
