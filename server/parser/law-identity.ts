/**
 * How a law is named and dated, the same for every view (search hits, citations, batch results, exports, the
 * corpus list): one abbreviation per law, a title without the abbreviation appended, one version line.
 */

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV'];

/**
 * The abbreviation drafters cite: "AO 1977", "VwZG 2005", "BDSG 2018" → the year only distinguishes historic
 * versions; "SGB 10" → "SGB X" (Roman numerals for the SGB books).
 */
export function canonicalAbbreviation(abbr: string): string {
  const t = abbr.trim().replace(/^(\S+) (?:19|20)\d\d$/, '$1');
  const m = /^SGB (\d+)$/.exec(t);
  return m ? `SGB ${ROMAN[Number(m[1])] ?? m[1]}` : t;
}

/** "Niedersächsische Bauordnung (NBauO)" → "Niedersächsische Bauordnung": the abbreviation is shown on its own. */
export function titleWithoutAbbreviation(title: string, abbreviation: string): string {
  const m = /^(.*\S)\s*\(([^()]+)\)$/.exec(title.trim());
  return m && canonicalAbbreviation(m[2]!) === canonicalAbbreviation(abbreviation) ? m[1]! : title.trim();
}

/** Version line of a Land law in the collection format: its note, else the date from which the text applies. */
export function landStand(meta: Record<string, string>): string | undefined {
  if (meta.version_note) return meta.version_note;
  if (meta.stand) return meta.stand;
  const from = /^(\d{4})-(\d{2})-(\d{2})$/.exec(meta.valid_from ?? '');
  return from ? `Fassung ab ${from[3]}.${from[2]}.${from[1]}` : undefined;
}
