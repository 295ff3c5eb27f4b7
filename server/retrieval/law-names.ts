
/**
 * Names under which drafters refer to a law: abbreviation variants and long titles. Keys are canonical
 * abbreviations as in the manifest; long titles of indexed laws are added from the manifest at run time.
 */
const ALIASES: Record<string, string[]> = {
  VwVfG: ['Verwaltungsverfahrensgesetz', 'Verwaltungsverfahrensgesetzes', 'VwVfG-Bund'],
  EGovG: ['E-Government-Gesetz', 'E-Government-Gesetzes', 'EGovG Bund', 'Egov-Gesetz'],
  OZG: ['Onlinezugangsgesetz', 'Onlinezugangsgesetzes', 'Online-Zugangsgesetz'],
  VwZG: ['Verwaltungszustellungsgesetz', 'Verwaltungszustellungsgesetzes'],
  PAuswG: ['Personalausweisgesetz', 'Personalausweisgesetzes', 'PAuswG'],
  VDG: ['Vertrauensdienstegesetz', 'Vertrauensdienstegesetzes'],
  'De-Mail-G': ['De-Mail-Gesetz', 'De-Mail-Gesetzes', 'DeMailG'],
  'SGB I': ['SGB 1', 'SGB I', 'Erstes Buch Sozialgesetzbuch', 'SGB-I'],
  'SGB X': ['SGB 10', 'SGB X', 'Zehntes Buch Sozialgesetzbuch', 'SGB-X'],
  AO: ['Abgabenordnung', 'AO 1977'],
  BGB: ['Bürgerliches Gesetzbuch', 'Bürgerlichen Gesetzbuch', 'Bürgerlichen Gesetzbuchs', 'Bürgerlichen Gesetzbuches'],
  BDSG: ['Bundesdatenschutzgesetz', 'Bundesdatenschutzgesetzes'],
  BGG: ['Behindertengleichstellungsgesetz', 'Behindertengleichstellungsgesetzes'],
  'BITV 2.0': ['BITV', 'BITV 2', 'Barrierefreie-Informationstechnik-Verordnung'],
  NDIG: ['Niedersächsisches Gesetz über digitale Verwaltung und Informationssicherheit', 'NDIG'],
  NKomVG: ['Kommunalverfassungsgesetz', 'Niedersächsisches Kommunalverfassungsgesetz'],
  NBauO: ['Niedersächsische Bauordnung', 'Bauordnung'],
  NVwVfG: ['Niedersächsisches Verwaltungsverfahrensgesetz', 'Niedersächsischen Verwaltungsverfahrensgesetz'],
  NVwZG: ['Niedersächsisches Verwaltungszustellungsgesetz'],
  NPOG: ['Niedersächsisches Polizei- und Ordnungsbehördengesetz', 'Polizeigesetz'],
  NKWG: ['Niedersächsisches Kommunalwahlgesetz', 'Kommunalwahlgesetz'],
  NKWO: ['Niedersächsische Kommunalwahlordnung', 'Kommunalwahlordnung'],
  NGastG: ['Niedersächsisches Gaststättengesetz', 'Gaststättengesetz'],
  NPersVG: ['Niedersächsisches Personalvertretungsgesetz', 'Personalvertretungsgesetz'],
  NV: ['Niedersächsische Verfassung', 'Landesverfassung'],
  NGelVerk: ['Gesetz über die Verkündung', 'Verkündungsgesetz'],
  DSGVO: ['Datenschutz-Grundverordnung', 'DS-GVO', 'GDPR'],
};

/**
 * Normalised form for name comparison: lower case, umlauts spelled out, letters/digits only. (Unlike the
 * search analyser it does not reduce "ae" to "a": "AEG" and "AÜG" are different laws.)
 */
export function nameKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\d]+/gu, '');
}

export interface LawNameTable {
  /** Canonical abbreviation for any spelling of a law's abbreviation or title, if known. */
  resolve(name: string): string | undefined;
  /** Canonical abbreviations of laws named anywhere in free text. */
  mentioned(text: string): string[];
}

/**
 * Name key that ignores the inflection of law titles, so that "des Niedersächsischen Gesetzes über digitale
 * Verwaltung" meets "Niedersächsisches Gesetz über digitale Verwaltung". Only for long names: short
 * abbreviations must match exactly.
 */
export function looseNameKey(s: string): string {
  // the stem starts where the word starts: tried inside a word, a long run of letters was re-read from every letter
  return nameKey(s.replace(/(?<!\p{L})(\p{L}{5,}?)(?:e[nmrs]|e|s)(?![\p{L}\d])/gu, '$1'));
}

/** Words by which a query restricts itself to Land law ("in Niedersachsen", "niedersächsische Behörden", "Nds."). */
const NIEDERSACHSEN = /(?<![\p{L}])(?:niedersachsen|niedersächsisch\p{L}*|niedersaechsisch\p{L}*|nds)(?![\p{L}])/iu;

/**
 * A federal authority as the actor ("ein Bundesamt", "die Bundesbehörde", "das Bundesministerium"): it proceeds under
 * federal law, never under a Land's statutes. „des Bundes“ alone is no such word: „Landesbehörden, die Bundesrecht
 * ausführen“ are Land authorities; nor is a law's name („Bundesverwaltungsverfahrensgesetz“).
 */
const FEDERAL_AUTHORITY = /(?<![\p{L}])bundes(?:amt|ämter|behörde|ministeri|regierung|agentur|anstalt|verwaltung|zentralamt|oberbehörde|polizei|dienststelle)(?!\p{L}*(?:gesetz|ordnung))\p{L}*/iu;

/** Jurisdictions whose authority the text names as the actor (a federal office → "Bund"). */
export function mentionedAuthorityJurisdictions(text: string): string[] {
  return FEDERAL_AUTHORITY.test(text) ? ['Bund'] : [];
}

/** Fields of law drafters name instead of the law ("im Zivilrecht", "steuerrechtlich") and the laws that codify them. */
const AREAS: [RegExp, string[]][] = [
  [/(?:zivil|privat|bürgerlich)(?:recht|rechtlich)/iu, ['BGB']],
  [/steuer(?:recht|rechtlich|verfahren)|besteuerungsverfahren/iu, ['AO']],
  [/sozial(?:recht|rechtlich|verwaltungsverfahren)/iu, ['SGB I', 'SGB X']],
  [/kommunal(?:recht|verfassung)/iu, ['NKomVG']],
  [/bauordnungsrecht|bauaufsicht/iu, ['NBauO']],
  [/datenschutzrecht/iu, ['BDSG']],
  [/zustellungsrecht/iu, ['VwZG']],
];

/**
 * A field named only to exclude it ("nicht Steuer- oder Sozialrecht", "außer im Zivilrecht"): up to three words
 * between the negation and the field, so that an elided compound chain ("Steuer- oder") still counts as excluded.
 */
const EXCLUDED = /(?<![\p{L}])(?:nicht|kein\p{L}*|außer|ausgenommen)(?:\s+[\p{L}-]+){0,3}?\s+$/iu;

/** Laws whose field of law the text names, unless it names the field only to exclude it. */
export function mentionedAreas(text: string): string[] {
  const named = ([re]: [RegExp, string[]]) => {
    const all = new RegExp(re.source, `${re.flags}g`);
    return [...text.matchAll(all)].some((m) => !EXCLUDED.test(text.slice(Math.max(0, m.index - 60), m.index)));
  };
  return AREAS.filter(named).flatMap(([, laws]) => laws);
}

/**
 * Words by which a question borrows another law's rules: „das BGB heranziehen“, „auf die ZPO zurückgreifen“,
 * „Rückgriff auf …“, „verweist auf …“; „entsprechend“, „ergänzend“ or „analog“ only together with gelten or anwenden
 * („gilt das BGB entsprechend“, „ergänzend anwenden“). Plain „anwenden“ asks whether the law itself applies (its scope).
 */
const BORROWING_CUE = /(?<!\p{L})(?:heranzieh\p{L}*|heranzuziehen|herangezogen|zurückgreif\p{L}*|zurückzugreifen|zurückgegriffen|rückgriff\p{L}*|verweis\p{L}*)(?!\p{L})/iu;
const LIKEWISE = /(?<!\p{L})(?:entsprechend|ergänzend|analog)(?!\p{L})/iu;
const APPLIES = /(?<!\p{L})(?:gilt|gelten|galt|geltend|anwend\p{L}*|anzuwenden|angewend\p{L}*|angewandt\p{L}*|Anwendung)(?!\p{L})/iu;
/**
 * A law named after these words is the frame the question stands in („nach dem VwVfG“, „im Sozialrecht“): the noun
 * phrase up to the next article („im Verwaltungsverfahren das BGB …“ frames only the Verwaltungsverfahren).
 */
const ARTICLE = '(?:dem|der|den|des|das|die|ein|eine|einem|einen|einer|eines)(?!\\p{L})';
const PHRASE_WORD = `(?!${ARTICLE})[\\p{L}\\d.-]+`;
const FRAME_PHRASE = new RegExp(`(?<!\\p{L})(?:nach|gemäß|laut|im|in|innerhalb)\\s+(?:${ARTICLE}\\s+)?(${PHRASE_WORD}(?:\\s+${PHRASE_WORD}){0,2})`, 'giu');
/**
 * … and so is a law named right before a finite „verweist“: the referring law („Das VwVfG verweist auf …“). Matches
 * start at a word start only: from every character of a long word the search would be quadratic.
 */
const REFERRING_SUBJECT = /(?<![\p{L}\d.-])((?:[\p{L}\d.-]+\s+){0,3}[\p{L}\d.-]+)\s+verweis(?:t|en)(?!\p{L})/giu;

/**
 * Laws a question names only as the source it borrows from: in a clause with a borrowing cue, each law or field of
 * law named outside a frame phrase. What is asked is then the provision that borrows (§ 62 VwVfG for „darf man das
 * BGB heranziehen?“), not the borrowed law, whose name must not lift its own §§.
 */
export function borrowedLaws(text: string, names: LawNameTable): string[] {
  const out = new Set<string>();
  // the clause of the cue: a law named in another clause („…, die das VwVfG nicht regelt, auf das BGB zurückgreifen“) is
  // the question's own frame
  for (const clause of text.split(/[.?!;:,–—]|\s-\s/)) {
    if (!BORROWING_CUE.test(clause) && !(LIKEWISE.test(clause) && APPLIES.test(clause))) continue;
    const frames = [...clause.matchAll(FRAME_PHRASE), ...clause.matchAll(REFERRING_SUBJECT)].map((m) => m[1]!);
    const framed = new Set(frames.flatMap((f) => [...names.mentioned(f), ...mentionedAreas(f)]));
    for (const law of [...names.mentioned(clause), ...mentionedAreas(clause)]) if (!framed.has(law)) out.add(law);
  }
  return [...out];
}

/** Whether a single (lower-cased) word names the Land; such words select laws and are no search words. */
export function isJurisdictionWord(word: string): boolean {
  return NIEDERSACHSEN.test(word);
}

/** Jurisdictions the text names; hits in their laws are preferred. */
export function mentionedJurisdictions(text: string): string[] {
  return NIEDERSACHSEN.test(text) ? ['Niedersachsen'] : [];
}

/** Builds the lookup over the indexed laws: their own abbreviation and title plus the built-in aliases. */
export function lawNameTable(laws: { abbreviation: string; title: string }[]): LawNameTable {
  const byKey = new Map<string, string>();
  const byLooseKey = new Map<string, string>();
  const add = (name: string, abbr: string) => {
    const k = nameKey(name);
    if (k.length >= 2 && !byKey.has(k)) byKey.set(k, abbr);
    const loose = looseNameKey(name);
    if (loose.length >= 8 && !byLooseKey.has(loose)) byLooseKey.set(loose, abbr);
  };
  const known = new Set(laws.map((l) => l.abbreviation));
  for (const l of laws) add(l.abbreviation, l.abbreviation);
  for (const [abbr, names] of Object.entries(ALIASES)) {
    add(abbr, abbr);
    for (const n of names) add(n, abbr);
  }
  for (const l of laws) add(l.title, l.abbreviation);
  // alias targets that are not indexed still resolve (citations of "Art. 5 DSGVO" must not hit another law)
  const longNames = [...byLooseKey.keys()].filter((k) => known.has(byLooseKey.get(k)!));
  return {
    resolve: (name) => byKey.get(nameKey(name)) ?? (nameKey(name).length >= 8 ? byLooseKey.get(looseNameKey(name)) : undefined),
    mentioned(text) {
      const found = new Map<string, string>();
      // abbreviations: compare single tokens and token pairs ("SGB X", "BITV 2.0", "De-Mail-G")
      const tokens = text.split(/[\s,;:()?!„“"]+/).filter(Boolean);
      for (let i = 0; i < tokens.length; i++) {
        for (const cand of [tokens[i]!, `${tokens[i]} ${tokens[i + 1] ?? ''}`]) {
          const hit = byKey.get(nameKey(cand.replace(/[.]$/, '')));
          if (hit && known.has(hit) && (/[A-ZÄÖÜ]/.test(cand.slice(1)) || /\d/.test(cand))) found.set(nameKey(cand), hit);
        }
      }
      const flat = looseNameKey(text);
      for (const k of longNames) if (flat.includes(k)) found.set(k, byLooseKey.get(k)!);
      // the longest name wins: "niedersächsisches Verwaltungsverfahrensgesetz" names the NVwVfG, not the VwVfG
      const keys = [...found.keys()];
      const shadowed = (k: string) => k.length >= 8 && keys.some((o) => o !== k && o.includes(k) && found.get(o) !== found.get(k));
      return [...new Set(keys.filter((k) => !shadowed(k)).map((k) => found.get(k)!))];
    },
  };
}
