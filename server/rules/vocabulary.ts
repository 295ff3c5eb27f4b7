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

/** One word of an entry → regex source ("~" is expanded by `termSources` before). */
function wordSource(w: string): string {
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
  return out;
}

/** One entry (word or phrase) → regex sources without boundaries; "~wort" gives "wort" and "Wort". */
export function termSources(term: string): string[] {
  const t = term.trim();
  if (!t || t.startsWith('*')) throw new Error(`Triggerwort „${term}“ muss mit einem Buchstaben beginnen`);
  const source = (s: string) => s.split(/\s+/).map(wordSource).join('\\s+');
  if (!t.startsWith('~')) return [source(t)];
  const w = t.slice(1);
  return [source(w[0]!.toUpperCase() + w.slice(1)), source(w[0]!.toLowerCase() + w.slice(1))];
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Regex remainders of the entries whose literal head ends here ('' = the entry ends here). */
  tails: string[];
}

/** The literal head of a source: letters, digits and hyphens up to the first regex construct. */
function splitHead(source: string): [string, string] {
  const m = /^[\p{L}\d-]*/u.exec(source)!;
  return [m[0], source.slice(m[0].length)];
}

/**
 * Factors common literal prefixes out of the alternatives ("Eingangsstempel|Einreisestempel" →
 * "Ein(?:gangsstempel|reisestempel)"): the joined scan tries every alternative at every word start, and a trie
 * lets it give up after the first differing letter. Longer continuations are tried before shorter ones, as a greedy
 * hand-written regex would.
 */
function trieSource(sources: string[]): string {
  const root: TrieNode = { children: new Map(), tails: [] };
  for (const s of sources) {
    const [head, tail] = splitHead(s);
    let node = root;
    for (const c of head) {
      let next = node.children.get(c);
      if (!next) node.children.set(c, (next = { children: new Map(), tails: [] }));
      node = next;
    }
    node.tails.push(tail);
  }
  const emit = (node: TrieNode): string => {
    const parts = [...node.children].map(([c, child]) => escapeRegex(c) + emit(child));
    const tails = [...new Set(node.tails)].sort((a, b) => b.length - a.length);
    parts.push(...tails.filter((t) => t !== ''));
    const optional = tails.includes('');
    if (parts.length === 0) return '';
    const grouped = `(?:${parts.join('|')})`;
    if (optional) return `${grouped}?`;
    return parts.length === 1 ? parts[0]! : grouped;
  };
  return emit(root);
}

/**
 * All entries → one global regex, bounded by word boundaries. Longer entries come first so that a phrase
 * ("Einschreiben mit Rückschein") wins over its first word, as a greedy hand-written regex would.
 */
export function compileVocabulary(terms: readonly string[]): RegExp {
  const sources = [...new Set(terms.flatMap(termSources))];
  // \b does not see a boundary before an umlaut ("Überweisungsträger"): those words get an explicit look-behind
  const umlaut = (s: string) => /^[ÄÖÜäöü]/.test(s);
  const plain = sources.filter((s) => !umlaut(s));
  const initialUmlaut = sources.filter(umlaut);
  const alternatives = [
    ...(plain.length ? [`\\b(?:${trieSource(plain)})\\b`] : []),
    // the umlaut comes first and the look-behind second, so the scan rejects other positions on one character
    ...initialUmlaut.map((s) => `${s[0]}(?<![\\wÄÖÜäöüß]${s[0]})${s.slice(1)}\\b`),
  ];
  return new RegExp(alternatives.join('|'), 'g');
}

/** German adjective endings, for entries such as `adjective('schriftlich')`. */
export const ADJECTIVE_ENDINGS = '{e,en,em,er,es}';
