/**
 * Trigger vocabulary as word lists. A lawyer writes the words; this module turns them into one regex per rule, and
 * the engine joins all rules into a single scan. Notation of one entry (documented in docs/rules.md):
 *
 *   Schriftform                 exactly this word (the case of the first letter as written)
 *   ~schriftlich                first letter in either case ("schriftlich", "Schriftlich")
 *   schriftlich{e,en,em,er,es}  the word alone or with one of the listed endings
 *   Telefax*                    the word and any continuation (compounds and inflections: "Telefaxe", "Telefaxgerät")
 *   *stempel*                   not allowed: a word must start with a literal, so that the scan stays fast
 *   Einschreiben mit Rückschein a phrase; a space matches any whitespace
 *
 * A phrase may use the notation in each of its words ("eingeschriebe{n,ne,nen} Brief*").
 */

const ENDINGS = /\{([^{}]*)\}/g;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** One word of an entry → regex source. */
function wordSource(word: string): string {
  let w = word;
  let prefix = '';
  if (w.startsWith('~')) {
    w = w.slice(1);
    const first = w[0]!;
    prefix = `[${first.toUpperCase()}${first.toLowerCase()}]`;
    w = w.slice(1);
  }
  let out = '';
  let last = 0;
  for (const m of w.matchAll(ENDINGS)) {
    out += escapeRegex(w.slice(last, m.index));
    // longest ending first: the alternation is ordered, and the trailing \b would otherwise force backtracking
    const endings = m[1]!.split(',').map((e) => e.trim()).filter(Boolean).sort((a, b) => b.length - a.length);
    out += `(?:${endings.map(escapeRegex).join('|')})?`;
    last = m.index! + m[0].length;
  }
  let rest = w.slice(last);
  const open = rest.endsWith('*');
  if (open) rest = rest.slice(0, -1);
  out += escapeRegex(rest) + (open ? '\\w*' : '');
  return prefix + out;
}

/** One entry (word or phrase) → regex source without boundaries. */
export function termSource(term: string): string {
  const t = term.trim();
  if (!t || t.startsWith('*')) throw new Error(`Triggerwort „${term}“ muss mit einem Buchstaben beginnen`);
  return t.split(/\s+/).map(wordSource).join('\\s+');
}

/**
 * All entries → one global regex, bounded by word boundaries. Longer entries come first so that a phrase
 * ("Einschreiben mit Rückschein") wins over its first word, as a greedy hand-written regex would.
 */
export function compileVocabulary(terms: readonly string[]): RegExp {
  const sources = [...new Set(terms.map(termSource))].sort((a, b) => b.length - a.length);
  // \b does not see a boundary before an umlaut ("Überweisungsträger"): those words get an explicit look-behind
  const umlaut = (s: string) => /^[ÄÖÜäöü]/.test(s);
  const plain = sources.filter((s) => !umlaut(s));
  const initialUmlaut = sources.filter(umlaut);
  const alternatives = [
    ...(plain.length ? [`\\b(?:${plain.join('|')})\\b`] : []),
    ...(initialUmlaut.length ? [`(?<![\\wÄÖÜäöüß])(?:${initialUmlaut.join('|')})\\b`] : []),
  ];
  return new RegExp(alternatives.join('|'), 'g');
}

/** German adjective endings, for entries such as `adjective('schriftlich')`. */
export const ADJECTIVE_ENDINGS = '{e,en,em,er,es}';
