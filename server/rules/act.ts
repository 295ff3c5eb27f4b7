/**
 * Which act a sentence is about, as far as the electronic-alternative guard needs it (issue 8): an electronic route
 * opened in one sentence of an Absatz ("Die Auskunft kann elektronisch erteilt werden") relaxes a form in another
 * sentence only when both concern the same act — the same noun or verb ("Die Erklärung kann auch elektronisch
 * abgegeben werden" next to "… schriftlich zu erklären"), an explicit reference ("Die Erklärung nach Satz 1 …"), a
 * pronoun or "Dies gilt" that takes up the sentence before, or a sentence that names no act of its own ("Eine
 * elektronische Übermittlung ist zulässig", "§ 3a des Verwaltungsverfahrensgesetzes gilt entsprechend").
 */

/**
 * Word families the law uses for one act or thing under different words ("ist zu unterschreiben" next to "Die
 * Unterzeichnung kann auch elektronisch erfolgen"). Edit here: each stem (umlauts folded, lower case) on the left stands for the
 * family named on the right.
 */
const ACT_FAMILIES: Record<string, string> = {
  unterschrift: 'unterschrift',
  unterschreib: 'unterschrift',
  unterschrieb: 'unterschrift',
  unterzeichn: 'unterschrift',
  eigenhand: 'unterschrift',
  handschriftlich: 'unterschrift',
  namenszeich: 'unterschrift',
  abzuzeichn: 'unterschrift',
  abgezeichn: 'unterschrift',
  abzeichn: 'unterschrift',
  gegengezeichn: 'unterschrift',
  gegenzuzeichn: 'unterschrift',
  gegenzeichn: 'unterschrift',
  // the template of a document: "zwei Zeugnisse nach Maßgabe der Anlage 2. Das Muster ist auch als elektronisches Formular bereitzustellen"
  muster: 'vordruck',
  vordruck: 'vordruck',
  formular: 'vordruck',
  formblatt: 'vordruck',
  anlag: 'vordruck',
};

/**
 * Nouns that name the form or the paper thing as such, not an act ("Die Schriftform kann durch die elektronische Form
 * ersetzt werden", "Statt des Papierdokuments genügt ein elektronisches Dokument", "An die Stelle des Siegels oder
 * Stempels kann ein qualifiziertes elektronisches Siegel treten", "Das Schriftstück kann auch elektronisch übermittelt
 * werden"): a sentence about them concerns every form of its
 * Absatz. A stem anywhere in the noun counts; `PAPER_AS_SUCH` only at its start ("Papierform", not "Wertpapier").
 */
const FORM_AS_SUCH = ['schriftform', 'formerfordernis', 'formvorschrift', 'stempel'];
const PAPER_AS_SUCH = /^(?:papier|schriftstuck)/;

/**
 * Nouns that name no act: the route or medium ("Übermittlung", "Datenfernübertragung", "Dokument", "Signatur"),
 * actors and authorities ("Behörde", "Bundesamt"), and the frame of a rule ("Fall", "Verlangen"). A stem of the first
 * lists anywhere in the noun counts; the last list holds whole nouns (umlauts folded, lower case).
 */
const ROUTE_NOUN_STEMS = [
  'dokument', 'signatur', 'siegel', 'zeitstempel', 'ubermittl', 'ubertrag', 'ubersend', 'versand', 'versend', 'kommunikation',
  'rechtsverkehr', 'einreich', 'medium', 'medien', 'portal', 'plattform', 'konto', 'daten', 'verfahren', 'system', 'technik',
  'bereitstell', 'abruf', 'endgerat',
];
const FRAME_NOUN_STEMS = [
  'mittel', 'identi', 'voraussetzung', 'behord', 'amt', 'anstalt', 'gericht', 'stelle', 'kammer', 'ministerium', 'agentur',
  'kommission', 'verlangen', 'absatz', 'nummer', 'gesetz', 'verordnung', 'vorschrift', 'zeitpunkt', 'frist', 'maßgabe',
  'anwendung',
];
const NO_ACT_NOUNS = new Set([
  'form', 'formen', 'weg', 'wege', 'weges', 'zugang', 'person', 'personen', 'fall', 'falle', 'fallen', 'falls', 'satz',
  'satze', 'satzes', 'sinne', 'zweck', 'zwecke', 'rahmen', 'grund', 'grunde', 'weise', 'tag', 'tage', 'tages', 'jahr',
  'jahres', 'monat', 'monats',
]);

/** Agent nouns ("Arbeitgeber", "Antragsteller", "Versicherungsnehmerin") name who acts, not the act. */
const AGENT_NOUN = /(?:er|erin|erinnen|ern|ers)$/;

/** Function words that stand capitalised at the start of a sentence. */
const FUNCTION_WORDS = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen er sie es dies diese dieser dieses diesem diesen soweit ' +
    'wenn sofern falls sobald ist sind wird werden hat haben kann können darf dürfen muss müssen soll sollen im in auf ' +
    'bei nach für mit von vom zu zur zum aus über unter vor hierbei dabei hierfür dafür gleiches entsprechendes dasselbe ' +
    'auch ihr ihre ihrem ihren ihrer sein seine seinem seinen seiner jede jeder jedes alle andere anderen abweichend ' +
    'insbesondere zusätzlich außerdem ferner gegen ohne durch als wer was hat bedarf bedürfen'
  ).split(' '),
);

/** Verbs that carry no act of their own ("Die Erklärung kann elektronisch erfolgen"), as stems. */
const GENERIC_VERBS = new Set(['erfolg', 'werd', 'word', 'gelt', 'gilt', 'find', 'bleib', 'hab', 'sein', 'konn', 'durf', 'muss', 'soll', 'mach', 'lass', 'gestatt', 'zulass', 'zugelass']);

const SEPARABLE_PREFIX = /^(?:ab|an|auf|aus|bei|bereit|dar|ein|fest|her|hin|mit|nach|um|vor|weiter|zuruck|zu)/;

const fold = (w: string) => w.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/-/g, '');

/** Read once: the families are looked up for every word of every sentence an act is read from. */
const FAMILY_PREFIXES = Object.entries(ACT_FAMILIES);

function familyOf(stem: string): string | undefined {
  for (const [prefix, name] of FAMILY_PREFIXES) if (stem.startsWith(prefix)) return name;
  return undefined;
}
const family = (stem: string) => familyOf(stem) ?? stem;

/**
 * Noun stem: "Anträge" → "antrag", "Erklärung" → "erklar" (so that it meets the verb "erklären"). A final "s" stays
 * ("Nachweis"); the genitive "Antrags" still begins with "antrag" (`sameStem`).
 */
function nounStem(word: string): string {
  return family(fold(word).replace(/(?:ungen|ung|en|es|e|n)$/, '').replace(/el$/, 'l'));
}

/** Verb stem with its separable prefix: "einzureichen", "eingereicht" → "einreich"; "gestellt", "zu stellen" → "stell". */
function verbStem(word: string): string {
  const w = fold(word);
  const prefix = SEPARABLE_PREFIX.exec(w)?.[0] ?? '';
  let base = w.slice(prefix.length);
  // the "zu" of the infinitive and the "ge" of the participle: "zuzustellen", "zugestellt" and "zustellen" meet
  if (/^(?:zu|ge)/.test(base) && base.length >= 6) base = base.slice(2);
  // "übermitteln" meets "Übermittlung"
  return family((prefix + base.replace(/(?:ten|te|en|et|st|t|n|e)$/, '')).replace(/el$/, 'l'));
}

// not "-igen": "anzukündigen", "zu bestätigen" are verbs
const ADJECTIVE = /(?:(?:lich|isch|bar|sam|haft|los)(?:e|en|er|es|em)?|ig(?:e|er|es|em)?)$/;

export interface ActWords {
  /** Nouns that may name an act ("Antrag", "Erklärung"). */
  nouns: string[];
  /** Nouns of a route or medium ("Übermittlung", "Einreichung"): they take up the act whose verb names that route. */
  routes: string[];
  verbs: string[];
  /** The sentence names the form as such ("Die Schriftform kann … ersetzt werden"). */
  formAsSuch: boolean;
}

/** Stems of the act words of a text: nouns without actors and frame words, route nouns apart, and verbs. */
export function actWords(text: string): ActWords {
  const out = { nouns: new Set<string>(), routes: new Set<string>(), verbs: new Set<string>() };
  let formAsSuch = false;
  for (const m of text.matchAll(/[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß-]*/g)) {
    const word = m[0];
    if (FUNCTION_WORDS.has(word.toLowerCase())) continue;
    if (/^[A-ZÄÖÜ]/.test(word)) {
      // an adjective of a name ("des Bürgerlichen Gesetzbuchs"); "Anzeige", "Genehmigung" are nouns
      if (/(?:lich|isch)(?:e|en|er|es|em)?$/.test(word)) continue;
      const f = fold(word);
      if (FORM_AS_SUCH.some((s) => f.includes(s)) || PAPER_AS_SUCH.test(f)) formAsSuch = true;
      if (f.length < 5 || NO_ACT_NOUNS.has(f) || (f.length >= 8 && AGENT_NOUN.test(f))) continue;
      if (ROUTE_NOUN_STEMS.some((s) => f.includes(s))) out.routes.add(nounStem(word));
      else if (!FRAME_NOUN_STEMS.some((s) => f.includes(s))) out.nouns.add(nounStem(word));
    } else if (familyOf(fold(word))) {
      // a participle or adjective of a family ("eigenhändig unterschriebene", "unterschriftliche Bestätigung")
      out.verbs.add(familyOf(fold(word))!);
    } else if (word.length >= 5 && !ADJECTIVE.test(word)) {
      const stem = verbStem(word);
      if (stem.length >= 4 && !GENERIC_VERBS.has(stem)) out.verbs.add(stem);
    }
  }
  return { nouns: [...out.nouns], routes: [...out.routes], verbs: [...out.verbs], formAsSuch };
}

/**
 * Two stems name the same act: equal, one (at least five letters) begins or ends the other ("antrag", "bauantrag"), or
 * compounds meet in a part of at least six letters ("bauantrag" and "antragstell", "bauantrag" and "verlangerungsantrag").
 */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 5 && (long.startsWith(short) || long.endsWith(short))) return true;
  for (let n = 6; n <= short.length; n++) {
    const tail = a.slice(-n);
    if (b.startsWith(tail) || b.endsWith(tail) || a.startsWith(b.slice(-n))) return true;
  }
  return false;
}

/** A sentence that takes up the one before: a pronoun as subject, "Dies gilt", "In diesem Fall". */
const TAKES_UP_PREVIOUS =
  /^\s*(?:\(\d+[a-z]?\)\s*)?(?:\d+\s+)?(?:(?:Er|Sie|Dieser|Diese|Dieses)\s+(?:kann|können|darf|dürfen|ist|sind|wird|werden|hat|haben|muss|müssen|soll|sollen|bedarf|bedürfen)\b|(?:Dies|Das|Gleiches|Das\s+Gleiche|Dasselbe|Entsprechendes)\s+gilt\b|In\s+(?:diesem\s+Fall|diesen\s+Fällen)\b)/;

/**
 * An electronic route demanded in addition ("Zusätzlich soll die Ankündigung … auch auf elektronischem Wege in
 * Textform erfolgen"): the letter of the other sentence stays due, so it is no alternative to it.
 */
const IN_ADDITION = /^\s*(?:\(\d+[a-z]?\)\s*)?(?:\d+\s+)?Zusätzlich\b|\bzusätzlich\s+(?:zu|auch)\b/;

/**
 * A sentence whose subject is a citation ("§ 3a des Verwaltungsverfahrensgesetzes bleibt unberührt", "Die §§ 126 und
 * 126a des Bürgerlichen Gesetzbuchs finden entsprechende Anwendung") names no act: it takes up those of its Absatz.
 */
const CITATION_SUBJECT = /^\s*(?:\(\d+[a-z]?\)\s*)?(?:\d+\s+)?(?:(?:Die|Der)\s+)?(?:§§?|Art\.|Artikel)\s*\d/;

/** "Satz 1", "Sätze 1 und 2", "Satz 2 bis 4", "Absatz 2 Satz 1" (of this Absatz only), "§ 5 Satz 2" (another §, ignored). */
const SATZ_REFERENCE = /(§\s*\d+[a-z]?\s+)?(?:(?:Absatz|Absatzes|Abs\.)\s*(\d+[a-z]?)\s+)?(?:Satz|Sätze|Sätzen|Satzes)\s+(\d+)((?:\s*(?:,|und|bis|oder)\s*\d+)*)/g;

/** Numbers of the sentences of its own Absatz (`absatz`, "2"; null when unnumbered) that `text` cites. */
export function citedSentences(text: string, absatz: string | null): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(SATZ_REFERENCE)) {
    if (m[1] !== undefined || (m[2] !== undefined && m[2] !== absatz)) continue;
    const numbers = [Number(m[3])];
    let last = numbers[0]!;
    for (const part of (m[4] ?? '').matchAll(/(,|und|bis|oder)\s*(\d+)/g)) {
      const n = Number(part[2]);
      if (part[1] === 'bis') for (let i = last + 1; i < n; i++) numbers.push(i);
      numbers.push(n);
      last = n;
    }
    numbers.forEach((n) => out.add(n));
  }
  return out;
}

export interface ActSentence {
  /** 1-based number of the sentence in its Absatz. */
  index: number;
  text: string;
}

/** What the guard reads of one sentence, once per sentence: every pair of sentences of a long Absatz is compared. */
export interface ActReading {
  index: number;
  /** Sentences of its own Absatz it cites ("nach Satz 1"). */
  cited: Set<number>;
  /** Its subject is a citation ("§ 3a … bleibt unberührt"). */
  citationSubject: boolean;
  /** It takes up the sentence before ("Er kann …", "Dies gilt …"). */
  takesUp: boolean;
  /** It demands the electronic route in addition ("Zusätzlich …"). */
  inAddition: boolean;
  words: ActWords;
}

/** Reads a sentence of the Absatz numbered `absatz` (null when unnumbered). */
export function readAct(sentence: ActSentence, absatz: string | null): ActReading {
  return {
    index: sentence.index,
    cited: citedSentences(sentence.text, absatz),
    citationSubject: CITATION_SUBJECT.test(sentence.text),
    takesUp: TAKES_UP_PREVIOUS.test(sentence.text),
    inAddition: IN_ADDITION.test(sentence.text),
    words: actWords(sentence.text),
  };
}

/**
 * Whether the electronic route that sentence `offer` opens concerns the act of sentence `hit` in the same Absatz. An
 * explicit citation decides; then a sentence that takes up the one before or names no act of its own; then the words.
 */
export function concernsSameAct(offer: ActReading, hit: ActReading): boolean {
  if (offer.inAddition) return false;
  if (offer.cited.size > 0) return offer.cited.has(hit.index);
  if (offer.citationSubject) return true;
  if (offer.index === hit.index + 1 && offer.takesUp) return true;
  if (hit.index === offer.index + 1 && hit.takesUp) return true;
  const own = offer.words;
  if (own.formAsSuch || own.nouns.length === 0) return true;
  const theirs = hit.words;
  // a hit sentence without an act noun of its own ("Bei papiergebundener Einreichung gilt § 1") takes up the Absatz's act
  if (theirs.nouns.length === 0) return true;
  const theirStems = [...theirs.nouns, ...theirs.routes, ...theirs.verbs];
  return [...own.nouns, ...own.verbs].some((a) => theirStems.some((b) => sameStem(a, b)));
}

/**
 * The offering sentences of one Absatz, indexed so that a hit sentence is judged against all of them without reading
 * each pair: a hostile Absatz with thousands of offers and hits stays linear. Same decision as `concernsSameAct` for
 * any of the offers.
 */
export class AbsatzActs {
  /** Offers that concern every act (a citation as subject, the form as such, no act noun): their starts. */
  private readonly general: number[] = [];
  /** Offers citing sentences: cited number → starts. */
  private readonly cited = new Map<number, number[]>();
  /** Offers by number (for "takes up the sentence before"). */
  private readonly byIndex = new Map<number, { start: number; act: ActReading }>();
  /** Offers judged by their words, one entry per distinct set of words. */
  private readonly worded = new Map<string, { act: ActReading; starts: number[] }>();

  constructor(offers: { start: number; act: ActReading }[]) {
    for (const o of offers) {
      if (o.act.inAddition) continue;
      this.byIndex.set(o.act.index, o);
      if (o.act.cited.size > 0) {
        for (const n of o.act.cited) this.cited.set(n, [...(this.cited.get(n) ?? []), o.start]);
      } else if (o.act.citationSubject || o.act.words.formAsSuch || o.act.words.nouns.length === 0) {
        this.general.push(o.start);
      } else {
        const key = [...o.act.words.nouns, '|', ...o.act.words.verbs].join(' ');
        const entry = this.worded.get(key);
        if (entry) entry.starts.push(o.start);
        else this.worded.set(key, { act: o.act, starts: [o.start] });
      }
    }
  }

  /** Whether an offer other than the hit's own sentence (`hitStart`) opens the route for the hit's act. */
  concerns(hit: ActReading, hitStart: number): boolean {
    const other = (starts: number[] | undefined) => (starts ?? []).some((s) => s !== hitStart);
    if (other(this.cited.get(hit.index)) || other(this.general)) return true;
    const next = this.byIndex.get(hit.index + 1);
    if (next && next.act.cited.size === 0 && next.act.takesUp) return true;
    const before = this.byIndex.get(hit.index - 1);
    if (before && before.act.cited.size === 0 && hit.takesUp) return true;
    if (this.worded.size === 0) return false;
    if (hit.words.nouns.length === 0) return [...this.worded.values()].some((w) => other(w.starts));
    return [...this.worded.values()].some((w) => other(w.starts) && concernsSameAct(w.act, hit));
  }
}
