/**
 * How a verb of a question stands in a statute sentence: split around its object ("aufzeichnen" → "zeichnet … auf"),
 * inflected ("beantworten" → "beantwortet") or with "zu" ("bereitzustellen").
 */
/** Particles a German verb puts at the end of its clause: "aufzeichnen" → "zeichnet … auf", "bereitstellen" → "stellt … bereit". */
export const PARTICLES = 'ab|an|auf|aus|bei|bereit|ein|fest|fort|her|hin|los|mit|nach|sicher|vor|weg|zu|zurück|zusammen';
const SEPARABLE = new RegExp(`^(${PARTICLES})(\\p{L}{3,}?)e?n$`, 'u');

/**
 * Whether a text uses a separable verb of the question in its split form: "Darf die Leitstelle … aufzeichnen?" is
 * what "Die Rettungsleitstelle zeichnet die … Telekommunikation auf" rules, in the same clause.
 */
export function splitVerbIn(word: string, text: string): boolean {
  const m = SEPARABLE.exec(word.toLowerCase());
  if (!m) return false;
  const [, particle, root] = m;
  return new RegExp(`(?<![\\p{L}])${root}(?:e|t|en|et|st)?(?![\\p{L}])[^.;:,]{0,120}?(?<![\\p{L}])${particle}(?![\\p{L}-])`, 'iu').test(text);
}

/**
 * Whether a text uses a verb of the question in any form: split ("stellt … bereit"), inflected ("beantworten" →
 * "beantwortet werden") or with "zu" ("bereitzustellen"). A numbered list inside the sentence stands between a verb
 * and its particle ("stellt den Behörden Basisdienste 1. … 7. … bereit"), so it is left out first.
 */
export function verbIn(word: string, text: string): boolean {
  const clause = text.replace(/\s\d{1,2}\.\s[\s\S]*\s(?=\S+[.;]?$)/, ' ');
  if (splitVerbIn(word, clause)) return true;
  const m = /^(\p{Ll}{4,}?)e?n$/u.exec(word.toLowerCase());
  if (!m) return false;
  const sep = SEPARABLE.exec(word.toLowerCase());
  const forms = sep ? `${sep[1]}(?:zu|ge)?${sep[2]}` : `(?:ge)?${m[1]}`;
  return new RegExp(`(?<![\\p{L}])${forms}(?:e|t|en|et|st|end)?(?![\\p{L}])`, 'iu').test(text);
}
