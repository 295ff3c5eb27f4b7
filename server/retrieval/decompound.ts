import { memoByText } from '../memo';
import { fold, STOP_WORDS } from './normalize';

/** Short words that are common heads/modifiers of legal compounds ("Bürgeramt", "Landtag", "Beirat"). */
const SHORT_PARTS = new Set(['amt', 'tag', 'rat', 'akt', 'zug', 'weg', 'eid', 'bau', 'typ']);
/** Fugenelemente between compound parts ("Amt-s-blatt", "Landes-daten-netz", "Kirche-n-steuer"). */
const LINKS = ['', 's', 'es', 'n', 'en', 'e'];
/**
 * Frequent parts of legal compounds, so that splitting also works on small corpora (a single imported law)
 * whose own vocabulary lacks them.
 */
export const LEGAL_PARTS = [
  'akte', 'akten', 'antrag', 'anzeige', 'aufsicht', 'auskunft', 'behörde', 'bekanntgabe', 'bescheid', 'beweis', 'daten',
  'dokument', 'einsicht', 'einwilligung', 'erfordernis', 'erklärung', 'form', 'formular', 'frist', 'führung', 'gebühr',
  'genehmigung', 'gesetz', 'identität', 'kommunikation', 'konto', 'nachweis', 'original', 'papier', 'pflicht', 'portal',
  'postfach', 'prüfung', 'recht', 'register', 'schrift', 'schriftform', 'signatur', 'stelle', 'textform', 'unterschrift',
  'urkunde', 'verfahren', 'verordnung', 'vertrag', 'verwaltung', 'vorschrift', 'zugang', 'zustellung', 'zuständigkeit',
];
/**
 * Separable verb particles that begin with a shorter word ("weit|er", "vor|an"): a verb with such a particle must not
 * be split inside it ("weitergibt" is weiter + gibt, never weit + ergibt).
 */
const PARTICLES = ['weiter', 'voran', 'vorbei', 'heran', 'herauf', 'heraus', 'herein', 'herum', 'hinaus', 'hinein', 'entgegen', 'zurück', 'zusammen'];
const MIN_WORD = 8;
const MIN_PART = 4;

/**
 * Dictionary-based decompounder: a word is split into parts that are themselves words of the corpus
 * vocabulary ("schriftformerfordernis" → schriftform + erfordernis). The dictionary is the corpus, so the
 * splitter adapts to whatever laws are indexed and never invents parts it has not seen standing alone.
 */
export class Decompounder {
  /** Splits by word (cached: the corpus and the questions repeat their words). */
  private readonly cachedSplit = memoByText((word: string) => {
    const best = this.search(word, 0, new Map());
    return best && best.parts.length > 1 ? best.parts : null;
  }, 200_000);

  private readonly words: ReadonlySet<string>;
  /** Every string that may stand before another part, precomputed: the split search asks it for each substring. */
  private readonly modifiers = new Set<string>();

  constructor(corpusWords: ReadonlySet<string>) {
    this.words = new Set([...corpusWords, ...LEGAL_PARTS]);
    const usable = (p: string) => (p.length >= MIN_PART || SHORT_PARTS.has(p)) && !STOP_WORDS.has(p);
    for (const w of this.words) {
      if (usable(w)) this.modifiers.add(w);
      // a modifier often drops its final -e ("Schul-gesetz" from "Schule"); a head carries the inflection
      if (w.endsWith('e') && usable(w.slice(0, -1))) this.modifiers.add(w.slice(0, -1));
    }
  }

  private isPart(p: string, final: boolean): boolean {
    if (!final) return this.modifiers.has(p);
    if (p.length < MIN_PART && !SHORT_PARTS.has(p)) return false;
    if (STOP_WORDS.has(p)) return false;
    if (this.words.has(p)) return true;
    // the head carries the inflection: "…erfordernisse", "…pflichten", "…behörden"
    return [p.replace(/nisse[ns]?$/, 'nis'), p.replace(/(?:ern|en|er|es|e|n|s)$/, '')].some(
      (base) => base.length >= MIN_PART && (this.words.has(base) || this.words.has(base + 'e')),
    );
  }

  /** The modifiers folded, for stems (which the analyzer folds): built at the first question that asks. */
  private foldedModifiers?: Set<string>;

  /**
   * Whether a folded string is a compound modifier, with or without its Fugenelement ("bau" of "Bauzaun", "amts" of
   * "Amtsblatt"): the part of a compound stem before a known head.
   */
  isModifier(folded: string): boolean {
    this.foldedModifiers ??= new Set([...this.modifiers].map(fold));
    return LINKS.some((link) => folded.endsWith(link) && this.foldedModifiers!.has(folded.slice(0, folded.length - link.length)));
  }

  /** Parts of a compound, or null when the word is not a compound of known words. */
  split(word: string): string[] | null {
    return word.length < MIN_WORD ? null : this.cachedSplit(word);
  }

  /** Best split of word[from..]: fewest, longest parts (sum of squared lengths). */
  private search(word: string, from: number, memo: Map<number, { parts: string[]; score: number } | null>) {
    if (memo.has(from)) return memo.get(from)!;
    let best: { parts: string[]; score: number } | null = null;
    const rest = word.length - from;
    if (from > 0 && this.isPart(word.slice(from), true)) best = { parts: [word.slice(from)], score: rest * rest };
    const particle = from === 0 ? PARTICLES.find((p) => word.startsWith(p) && word.length > p.length + 2) : undefined;
    for (let end = from + Math.min(MIN_PART, 3); end <= word.length - MIN_PART + 1; end++) {
      if (particle && end < particle.length) continue;
      const part = word.slice(from, end);
      if (!this.isPart(part, false)) continue;
      for (const link of LINKS) {
        if (link && word.slice(end, end + link.length) !== link) continue;
        const next = end + link.length;
        if (word.length - next < 3) continue;
        const tail = this.search(word, next, memo);
        if (!tail) continue;
        const score = part.length * part.length + tail.score - 1;
        if (!best || score > best.score) best = { parts: [part, ...tail.parts], score };
      }
    }
    memo.set(from, best);
    return best;
  }
}
