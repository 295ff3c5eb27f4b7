
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

/** Builds the lookup over the indexed laws: their own abbreviation and title plus the built-in aliases. */
export function lawNameTable(laws: { abbreviation: string; title: string }[]): LawNameTable {
  const byKey = new Map<string, string>();
  const add = (name: string, abbr: string) => {
    const k = nameKey(name);
    if (k.length >= 2 && !byKey.has(k)) byKey.set(k, abbr);
  };
  const known = new Set(laws.map((l) => l.abbreviation));
  for (const l of laws) add(l.abbreviation, l.abbreviation);
  for (const [abbr, names] of Object.entries(ALIASES)) {
    add(abbr, abbr);
    for (const n of names) add(n, abbr);
  }
  for (const l of laws) add(l.title, l.abbreviation);
  // alias targets that are not indexed still resolve (citations of "Art. 5 DSGVO" must not hit another law)
  const longNames = [...byKey.keys()].filter((k) => k.length >= 8 && known.has(byKey.get(k)!));
  return {
    resolve: (name) => byKey.get(nameKey(name)),
    mentioned(text) {
      const found = new Set<string>();
      // abbreviations: compare single tokens and token pairs ("SGB X", "BITV 2.0", "De-Mail-G")
      const tokens = text.split(/[\s,;:()?!„“"]+/).filter(Boolean);
      for (let i = 0; i < tokens.length; i++) {
        for (const cand of [tokens[i]!, `${tokens[i]} ${tokens[i + 1] ?? ''}`]) {
          const hit = byKey.get(nameKey(cand.replace(/[.]$/, '')));
          if (hit && known.has(hit) && (nameKey(cand).length >= 8 || /[A-ZÄÖÜ]/.test(cand.slice(1)) || /\d/.test(cand))) found.add(hit);
        }
      }
      const flat = nameKey(text);
      for (const k of longNames) if (flat.includes(k)) found.add(byKey.get(k)!);
      return [...found];
    },
  };
}
