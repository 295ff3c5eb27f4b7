/**
 * A literal prefilter for the joined trigger regex, in the manner of ripgrep. The joined regex tries an alternation of
 * several hundred trigger words with their inflections and guards at every word start of a law, and that was the
 * largest single cost of batch screening, while only one word in a few hundred can start a trigger. The prefilter is
 * a much smaller regex made of the heads of the triggers (their first literal characters, e.g. "Aushang", "an\s+der")
 * that finds the few candidate positions; the full regex then decides at each of them alone.
 *
 * It is exact, not heuristic: every position where the full regex matches is a match of the prefilter. Whatever the
 * reader does not understand ends a head early (a shorter head admits more positions, never fewer), and when a
 * trigger could start with any character there is nothing to filter on and no prefilter is built.
 */

/**
 * Characters per head: enough to pass over "an", "zu" and "Die" unless a trigger phrase follows, and over the first
 * part of a compound ("Prüfungs…", "Leistungs…") whose trigger ends it ("Prüfungszeugnis"): with eight, nine of ten
 * candidates of the federal corpus were no trigger.
 */
const HEAD_CHARS = 12;
/** Heads beyond this many (optional parts and alternatives multiply them) are cut shorter. */
const MAX_HEADS = 16384;

/**
 * A head is a sequence of regex tokens: a literal character or small set of them ("[Ss]", one token, so that sets do
 * not multiply the heads), a zero-width word boundary, a whitespace run, or a run of a small character set (counted
 * as no character, as it may be empty). Only these are copied into the prefilter, so its matches are a superset of
 * the full regex's.
 */
type Token = { src: string; width: 0 | 1; literal: boolean; chars?: string[]; run?: string[] };

type Node =
  | { kind: 'chars'; chars: string[] | null } // null: a large or negated set (\w, ., [^…]): the head ends here
  | { kind: 'token'; token: Token }
  | { kind: 'empty' } // look-around: does not consume, so the head goes on after it
  | { kind: 'run'; chars: string[] } // a repeated small set ("[a-zäöüß]+"): the head goes on through it
  | { kind: 'group'; alternatives: Node[][] };

interface Term {
  node: Node;
  min: number;
  /** More than one repetition possible. */
  repeats: boolean;
}

const CONTROLS: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', b: '\b' };

/** Reads the subset of regex syntax the trigger catalogue uses; unknown syntax throws (then: no prefilter). */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  alternation(): Term[][] {
    const alternatives: Term[][] = [[]];
    while (this.i < this.src.length && this.src[this.i] !== ')') {
      if (this.src[this.i] === '|') {
        this.i++;
        alternatives.push([]);
      } else alternatives[alternatives.length - 1]!.push(this.term());
    }
    return alternatives;
  }

  private term(): Term {
    const node = this.atom();
    const q = /^(?:[*+?]|\{(\d+)(?:(,)(\d*))?\})\??/.exec(this.src.slice(this.i));
    if (!q) return { node, min: 1, repeats: false };
    this.i += q[0].length;
    const op = q[0][0];
    if (op === '*') return { node, min: 0, repeats: true };
    if (op === '+') return { node, min: 1, repeats: true };
    if (op === '?') return { node, min: 0, repeats: false };
    const max = q[2] ? (q[3] ? Number(q[3]) : Infinity) : Number(q[1]);
    return { node, min: Number(q[1]), repeats: max > 1 };
  }

  private atom(): Node {
    const c = this.src[this.i++]!;
    if (c === '(') {
      const m = /^\?(?::|<?[=!]|<[A-Za-z_$][\w$]*>)/.exec(this.src.slice(this.i));
      if (this.src[this.i] === '?' && !m) throw new Error(`unknown group at ${this.i}`);
      this.i += m?.[0].length ?? 0;
      const alternatives = this.alternation().map(sequenceOf);
      if (this.src[this.i++] !== ')') throw new Error('unbalanced group');
      return m && /[=!]$/.test(m[0]) ? { kind: 'empty' } : { kind: 'group', alternatives };
    }
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') return { kind: 'empty' };
    if (c === '.') return { kind: 'chars', chars: null };
    return { kind: 'chars', chars: [c] };
  }

  private escape(): Node {
    const c = this.src[this.i++]!;
    if (c === 'b' || c === 'B') return { kind: 'token', token: { src: `\\${c}`, width: 0, literal: false } };
    if (c === 's') return { kind: 'token', token: { src: '\\s', width: 1, literal: false } };
    if (/[dDwWSpPkcux0-9]/.test(c)) {
      // classes, code points, back-references: read past their argument, end the head
      const arg = /^(?:\{[^}]*\}|<[^>]*>|[0-9A-Fa-f]{2,4}|[A-Za-z])/.exec(this.src.slice(this.i));
      if (arg && 'pPkuxc'.includes(c)) this.i += arg[0].length;
      return { kind: 'chars', chars: null };
    }
    return { kind: 'chars', chars: [CONTROLS[c] ?? c] };
  }

  private charClass(): Node {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const chars: string[] = [];
    let open = negated;
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let c = this.src[this.i++]!;
      if (c === '\\') {
        const e = this.src[this.i++]!;
        if (/[dDwWsSpPxuc0-9]/.test(e)) {
          // classes and code points: read past the argument, take the set as open
          const arg = /^(?:\{[^}]*\}|[0-9A-Fa-f]{2,4}|[A-Za-z])/.exec(this.src.slice(this.i));
          if (arg && 'pPxuc'.includes(e)) this.i += arg[0].length;
          open = true;
          continue;
        }
        c = CONTROLS[e] ?? e;
      }
      if (this.src[this.i] === '-' && this.i + 1 < this.src.length && this.src[this.i + 1] !== ']') {
        let to = this.src[this.i + 1]!;
        this.i += 2;
        if (to === '\\') to = this.src[this.i++]!;
        const [from, end] = [c.charCodeAt(0), to.charCodeAt(0)];
        if (end - from > 64) open = true;
        else for (let k = from; k <= end; k++) chars.push(String.fromCharCode(k));
        continue;
      }
      chars.push(c);
    }
    this.i++; // ']'
    return { kind: 'chars', chars: open ? null : chars };
  }
}

/** What a quantified term can stand for at the start of a head. */
function quantified(t: Term): Node[][] {
  const { node } = t;
  // a whitespace run stays one token: "an\s+der" keeps its second word
  if (node.kind === 'token' && node.token.width === 1 && t.repeats) {
    const run: Node = { kind: 'token', token: { src: `${node.token.src}+`, width: 1, literal: false } };
    return t.min === 0 ? [[], [run]] : [[run]];
  }
  // a repeated small set stays in the head as a run: "[a-zäöüß]+rechtliche" keeps its word "rechtlic", where the head
  // "d" admitted every lowercase word start of a law (half the candidates of the whole catalogue, each tried in vain)
  if (t.repeats && node.kind === 'chars' && node.chars !== null) {
    return [[...Array.from({ length: t.min }, () => node), { kind: 'run', chars: node.chars }]];
  }
  const alternatives: Node[][] = t.min === 0 ? [[]] : [];
  // beyond the first repetition the head ends (the repetition reads as any character)
  if (t.repeats) alternatives.push([node, { kind: 'chars', chars: null }]);
  else alternatives.push(Array.from({ length: Math.max(1, t.min) }, () => node));
  return alternatives;
}

function sequenceOf(terms: Term[]): Node[] {
  return terms.map((t) => (t.min === 1 && !t.repeats ? t.node : { kind: 'group', alternatives: quantified(t) }));
}

/**
 * The nodes still to read: `nodes` from `at` on, then what follows the group they belong to. Read by position, not
 * copied: copying the rest of the sequence at every node made the prefilter a noticeable part of each worker's start.
 */
interface Rest {
  nodes: readonly Node[];
  at: number;
  then: Rest | null;
}

/** The heads a node sequence can start with, of at most `budget` characters. */
function heads(seq: Rest | null, budget: number, limit: { left: number }): Token[][] {
  while (seq && seq.at === seq.nodes.length) seq = seq.then;
  if (budget === 0 || !seq) return [[]];
  const node = seq.nodes[seq.at]!;
  const rest: Rest = { nodes: seq.nodes, at: seq.at + 1, then: seq.then };
  switch (node.kind) {
    case 'empty':
      return heads(rest, budget, limit);
    case 'token':
      return heads(rest, budget - node.token.width, limit).map((h) => [node.token, ...h]);
    case 'run': {
      // a run at the end of a head admits nothing the head without it does not: it is left out
      const run: Token = { src: `[${node.chars.map(escapeChar).join('')}]*`, width: 0, literal: false, run: node.chars };
      return heads(rest, budget, limit).map((h) => (h.some((t) => t.width === 1) ? [run, ...h] : []));
    }
    case 'chars': {
      if (node.chars === null) return [[]];
      const tails = heads(rest, budget - 1, limit);
      if ((limit.left -= tails.length) < 0) throw new RangeError('too many heads');
      const src = node.chars.length === 1 ? escapeChar(node.chars[0]!) : `[${node.chars.map(escapeChar).join('')}]`;
      const token: Token = { src, width: 1, literal: true, chars: node.chars };
      return tails.map((h) => [token, ...h]);
    }
    case 'group':
      return node.alternatives.flatMap((a) => heads({ nodes: a, at: 0, then: rest }, budget, limit));
  }
}

const escapeChar = (c: string): string =>
  /[.*+?^${}()|[\]\\/-]/.test(c) ? `\\${c}` : /[\p{L}\p{N} ]/u.test(c) ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** A head is useful only when it consumes a literal character before anything else. */
const startsLiterally = (h: Token[]): boolean => h.find((t) => t.width === 1)?.literal === true;

interface Trie {
  end: boolean;
  children: Map<string, Trie>;
}

/**
 * The heads as one regex with common prefixes factored out ("\b(?:Aus(?:hang|zug)|…)"): irregexp tries a flat
 * alternation one literal after the other at every position, which is slower than the full trigger regex itself.
 * A head that ends where another goes on makes the longer one redundant: it matches wherever the longer one does.
 */
function trieSource(found: Token[][]): string {
  const root: Trie = { end: false, children: new Map() };
  for (const h of found) {
    let node = root;
    for (const t of h) {
      if (node.end) break;
      let next = node.children.get(t.src);
      if (!next) node.children.set(t.src, (next = { end: false, children: new Map() }));
      node = next;
    }
    node.end = true;
    node.children.clear();
  }
  const emit = (node: Trie): string => {
    if (node.end) return '';
    const parts = [...node.children].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([src, child]) => src + emit(child));
    return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  };
  return emit(root);
}

/** Literal characters after a run that make it worth finding the head from them. */
const ANCHOR_CHARS = 4;

/**
 * A head that opens a word and runs through a class before its literal ("\bA[a-zäöüß]*urkund", from
 * "[A-ZÄÖÜ][a-zäöüß]*urkunde"): in the head regex it is tried at every capitalised word start and reads the word
 * (it doubled the scan of the federal corpus). Found from its literal ("urkund") instead, and tried at the word
 * starts before it. Its literal is returned, or null when the head is not of that kind.
 */
function anchorOf(h: Token[]): Token[] | null {
  if (h[0]?.src !== '\\b') return null;
  const last = h.findLastIndex((t) => t.run !== undefined);
  if (last === -1) return null;
  const end = h.findIndex((t, i) => i > last && !t.literal);
  const literal = h.slice(last + 1, end === -1 ? h.length : end);
  // what the head reads before its literal must be letters the scan can walk back over (no whitespace run)
  const before = h.slice(1, last + 1);
  return literal.length >= ANCHOR_CHARS && before.every((t) => t.literal || t.run !== undefined) ? literal : null;
}

/** The prefilter as regex sources: heads tried everywhere, and heads found from their literal (see Prefilter). */
export interface PrefilterParts {
  heads: string | null;
  anchored: { heads: string; literals: string; before: string[] } | null;
}

/**
 * The heads of a regex, or null when some trigger could start with any character, the regex ignores case or uses
 * syntax the reader does not know: then there is nothing to filter on.
 */
export function prefilterParts(re: RegExp): PrefilterParts | null {
  if (/[iv]/.test(re.flags)) return null;
  let alternatives: Node[][];
  try {
    alternatives = new Reader(re.source).alternation().map(sequenceOf);
  } catch {
    return null;
  }
  for (let budget = HEAD_CHARS; budget > 0; budget--) {
    let found: Token[][];
    try {
      found = alternatives.flatMap((a) => heads({ nodes: a, at: 0, then: null }, budget, { left: MAX_HEADS }));
    } catch (e) {
      if (e instanceof RangeError) continue;
      throw e;
    }
    if (!found.every(startsLiterally)) return null;
    const plain: Token[][] = [];
    const anchored: Token[][] = [];
    const literals: Token[][] = [];
    const before = new Set<string>();
    for (const h of found) {
      const literal = anchorOf(h);
      if (!literal) {
        plain.push(h);
        continue;
      }
      anchored.push(h);
      literals.push(literal);
      for (const t of h.slice(1, h.length - literal.length)) for (const c of t.run ?? t.chars ?? []) before.add(c);
    }
    return {
      heads: plain.length ? trieSource(plain) : null,
      anchored: anchored.length ? { heads: trieSource(anchored), literals: trieSource(literals), before: [...before].sort() } : null,
    };
  }
  return null;
}

/**
 * The characters a match of `re` can start with (UTF-16 code units), or null when it could start with any: the heads of
 * one character, with the characters of a run before it ("[a-zäöüß]*urkunde" starts with a small letter or "u").
 * The engine tries a rule's trigger only where the text's character is one of them.
 */
export function firstChars(re: RegExp): Set<number> | null {
  if (/[iv]/.test(re.flags)) return null;
  let found: Token[][];
  try {
    const alternatives = new Reader(re.source).alternation().map(sequenceOf);
    found = alternatives.flatMap((a) => heads({ nodes: a, at: 0, then: null }, 1, { left: MAX_HEADS }));
  } catch {
    return null;
  }
  if (!found.every(startsLiterally)) return null;
  const out = new Set<number>();
  for (const h of found) {
    for (const t of h) {
      for (const c of t.run ?? t.chars ?? []) out.add(c.charCodeAt(0));
      if (t.width === 1) break;
    }
  }
  return out;
}

/** The heads regex source alone (tests, and the reader of a regex without anchored heads). */
export function prefilterSource(re: RegExp): string | null {
  return prefilterParts(re)?.heads ?? null;
}

/**
 * The candidate positions of a trigger regex in a text: every position where the regex matches is one. Heads that
 * start literally are one regex over the text; heads found from a later literal (anchorOf) are tried at the
 * positions before each occurrence of it, back over the characters they can read there.
 */
export class Prefilter {
  private readonly heads: RegExp | null;
  private readonly anchored: { heads: RegExp; literals: RegExp; before: Set<number> } | null;

  constructor(parts: PrefilterParts) {
    this.heads = parts.heads === null ? null : new RegExp(parts.heads, 'g');
    const a = parts.anchored;
    this.anchored = a && {
      heads: new RegExp(a.heads, 'y'),
      literals: new RegExp(a.literals, 'g'),
      before: new Set(a.before.map((c) => c.charCodeAt(0))),
    };
  }

  /** Every candidate position of `text`, ascending, each once. */
  candidates(text: string): number[] {
    const out: number[] = [];
    const heads = this.heads;
    if (heads) {
      heads.lastIndex = 0;
      for (let m = heads.exec(text); m; m = heads.exec(text)) {
        out.push(m.index);
        // a head that starts inside this match is a candidate too
        heads.lastIndex = m.index + 1;
      }
    }
    const found = this.anchoredCandidates(text);
    return found.length === 0 ? out : mergeAscending(out, found);
  }

  private anchoredCandidates(text: string): number[] {
    const out: number[] = [];
    if (!this.anchored) return out;
    const { heads, literals, before } = this.anchored;
    // positions below `floor` were tried for an earlier literal: each position once, however long the word
    let floor = 0;
    literals.lastIndex = 0;
    for (let m = literals.exec(text); m; m = literals.exec(text)) {
      const at = m.index;
      literals.lastIndex = at + 1;
      let p = at;
      while (p > floor && before.has(text.charCodeAt(p - 1))) p--;
      for (; p <= at; p++) {
        heads.lastIndex = p;
        if (heads.test(text)) out.push(p);
      }
      floor = at + 1;
    }
    return out;
  }
}

function mergeAscending(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/** The prefilter of `re`, or null when `re` offers nothing to filter on. */
export function compilePrefilter(re: RegExp): Prefilter | null {
  const parts = prefilterParts(re);
  return parts && new Prefilter(parts);
}
