import type { SearchHit } from '../../contracts/search';
import { conceptWords, fieldLaws, shippedExpansion } from '../../retrieval/expansion';
import { QUERY_STOP_WORDS, STOP_WORDS, stem, tokenize } from '../../retrieval/normalize';
import { memoByText } from '../../memo';

/**
 * Does a source fit the question? A card is chosen by one topic word and BM25 always returns something, so both
 * can answer a question they do not cover ("Digitalcheck … Drohnenflüge über Naturschutzgebieten" → the card on
 * the Digitalcheck procedure). The test: the question's specific words — what it is about, not where, for whom or
 * how it is asked — must stand in the source. Calibrated on test/fixtures/chat-weak-calibration.jsonl.
 */

/**
 * Words that say where, for whom or in which frame a question is asked, never what it is about. They decide
 * nothing about fit: every card and most provisions would share them.
 */
const FRAME_WORDS = (
  'digitalcheck digitalchecks gesetz gesetze gesetzes gesetzentwurf gesetzentwurfs entwurf entwurfs landesgesetz ' +
  'landesrecht bundesrecht recht verordnung rechtsverordnung satzung behörde behörden verwaltung amt land landes ' +
  'niedersachsen niedersächsisch niedersächsische niedersächsischen kommune kommunen gemeinde gemeinden landkreis ' +
  'landkreise stadt städte bund bürger bürgerin bürgerinnen leute menschen person personen mann männer frau frauen eheleute ehepaar ehepaare verlobte verlobten antragsteller ' +
  'regel regeln gelten gilt vorgabe vorgaben möglich möglichkeit möglichkeiten einfach immer neue neuen neu lange ' +
  'machen macht kriegen bekommen bekommt gehen lassen drin sache sachen fall fälle beispiel praxis digital ' +
  'digitale digitalen referentin referent referat ministerium ministerien rathaus ordnungsamt bürgeramt bürgerbüro ' +
  'amtsstube kreisverwaltung stadtverwaltung standesamt grundlage grundlagen rechtsgrundlage antwort hilfe antrag anträge ' +
  'antragstellung antragsteller antragstellerin verfahren verwaltungsverfahren unternehmen unternehmer firma firmen betrieb betriebe ' +
  'fachgesetz fachgesetze fachgesetzes fachgesetzen fachrecht bundesministerium landesministerium ' +
  'förderprogramm förderprogramme förderprogramms förderprogrammen förderrichtlinie förderrichtlinien landesprogramm ' +
  // the office the drafter works in ("Unser Bundesamt …", "bei uns im Haus"), and "am Ende" of a procedure
  'bundesamt bundesamts bundesämter landesamt landesamts landesämter haus hause hauses ende ' +
  // what kind of permit a told case is about ("für die Verlängerung einer Erlaubnis"), as "Antrag" says what kind of request
  'erlaubnis erlaubnisse verlängerung verlängerungen ' +
  // whether a text is "ein Problem" asks for hindrances, never what the text is about
  'problem probleme'
).split(/\s+/);
const FRAME = new Set(FRAME_WORDS.map((w) => stem(tokenize(w)[0] ?? w)));
/** Whether a word only frames the question ("Digitalcheck", "Gesetz", "Behörde"). */
export const isFrameWord = (word: string): boolean => FRAME.has(stem(tokenize(word)[0] ?? word));

/**
 * A compound of two frame words frames the question as its parts do: "Bundesbehörde" says who asks, as "Bund" and
 * "Behörde" do. A compound with a modifier of its own names the topic ("Bauaufsichtsbehörde", "Friedhofsverwaltung",
 * "Waffengesetz", "Nutzungsrecht"). "Landesbehörde" stays a word of the question: it asks for the Land's own law
 * (NDIG for the E-Akte, dev 8 cd8-07).
 */
function framesByParts(folded: string): boolean {
  if (folded.startsWith('landes')) return false;
  for (let i = 3; i <= folded.length - 4; i++) {
    const modifier = folded.slice(0, i).replace(/s$/, '');
    if (FRAME.has(stem(modifier)) && FRAME.has(stem(folded.slice(i)))) return true;
  }
  return false;
}

/**
 * Function words that German capitalises only at the start of a sentence ("Seit wann …?", "Ab wann …?", "Nachdem
 * …"): the noun test below reads every capital as a noun, and such an opener is none.
 */
const SENTENCE_OPENERS = new Set(
  (
    'seit seitdem ab bis während wegen trotz nachdem bevor sobald solange falls obwohl außerdem deshalb daher ' +
    'dennoch trotzdem jetzt heute bisher künftig inzwischen zudem ebenfalls nun sonst stattdessen'
  ).split(/\s+/),
);

/**
 * "dreißig Jahre lang", "mit der Zeit", "seit Jahren": how long or since when something is done, a circumstance of
 * the case, not what it is about (a "Wann …?" or "Wie lange …?" question asks for the time by its question word).
 */
const TIME_ADVERBIAL =
  /\bmit\s+der\s+zeit\b|(?<![\p{L}\d])(?:\d+|ein(?:ige)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|\p{L}+zig|dreißig|hundert|viele|mehrere)\s+(?:jahre|monate|wochen|tage|stunden)\s+(?:lang|später|zuvor)\b|\bseit\s+(?:vielen\s+|einigen\s+|mehreren\s+)?(?:jahren|monaten|wochen|tagen)\b/giu;

/**
 * "etwas Wichtiges", "nichts Neues", "alles Nötige": an adjective written as a noun after a quantifier (its ending
 * "-es", after "alles" "-e") says how the thing is, never what it is about (the told case names that: "im Antrag").
 * "etwas Geld", "wenig Zeit" keep their noun.
 */
const NOMINALISED_ADJECTIVE = /\b(?:(?:etwas|nichts|viel|wenig|allerlei)\s+\p{Lu}\p{Ll}+es|alles\s+\p{Lu}\p{Ll}+e)(?![\p{L}\d])/gu;

/** A question word that says what it is about, with its stem (for matching) and its spelling (for the answer). */
export interface Term {
  stem: string;
  word: string;
}

/**
 * The nouns of the question (German capitalises them) that are not frame words: what it is about. Verbs and
 * particles of lay wording ("schicken", "raus", "statt") say how it is asked. A message typed all in lower case
 * has no such signal; then every content word counts.
 */
export function specificTerms(raw: string): Term[] {
  // markup typed or pasted into the chat ("<img …>") is not what the question is about
  const question = raw.replace(/<[^<>]{0,300}>/g, ' ').replace(TIME_ADVERBIAL, ' ').replace(NOMINALISED_ADJECTIVE, ' ');
  const content = (w: string) => w.length >= 4 && !STOP_WORDS.has(w) && !QUERY_STOP_WORDS.has(w) && !/^\d/.test(w);
  // a bounded look back: a pasted text is long and has many capitals
  const opener = (w: string, at: number) => {
    if (!SENTENCE_OPENERS.has(tokenize(w)[0] ?? '')) return false;
    const before = question.slice(Math.max(0, at - 80), at).trimEnd();
    return before === '' ? at <= 80 : /[.!?:;–-]$/.test(before);
  };
  const nouns = [...question.matchAll(/(?<![\p{L}\d])\p{Lu}[\p{L}\d]*/gu)].filter((m) => !opener(m[0], m.index)).map((m) => m[0]);
  const words = nouns.some((w) => content(tokenize(w)[0] ?? '')) ? nouns : (question.match(/[\p{L}\d]+/gu) ?? []);
  const seen = new Set<string>();
  const out: Term[] = [];
  for (const w of words) {
    const folded = tokenize(w)[0] ?? '';
    if (!content(folded)) continue;
    const s = stem(folded);
    if (FRAME.has(s) || framesByParts(folded) || seen.has(s)) continue;
    seen.add(s);
    out.push({ stem: s, word: w });
  }
  return out;
}

/** The words of a source, ready for `uncovered`: lower case but not folded ("Förderung" is not "Forderung"). */
export interface Haystack {
  words: Set<string>;
  /** Word starts that count as the source's own ("kündig" of a card's topic covers "Kündigung"). */
  prefixes: string[];
  /** The laws the source belongs to or cites: a word naming their field ("Jobcenter" for SGB I) is covered. */
  laws?: readonly string[];
}

const WORD = /[\p{L}\d]+/gu;
const lowerWords = (text: string) => text.toLowerCase().match(WORD) ?? [];

export function haystack(text: string, prefixes: string[] = [], laws?: readonly string[]): Haystack {
  return { words: new Set(lowerWords(text)), prefixes: prefixes.map((p) => p.toLowerCase()).filter((p) => p.length >= 4), ...(laws ? { laws } : {}) };
}

/**
 * The statute words the concept map (corpus/thesaurus/rechtsbegriffe.tsv and weltwissen.tsv) gives for a lay word of a question:
 * "Kameras" is covered by "Bildaufzeichnung", "Mail" by "elektronisch" — the same map the search expands with, so
 * that a source found through a paraphrase is not then judged not to fit it.
 */
const statuteWordsOf = memoByText((word: string) => conceptWords(shippedExpansion().concepts, tokenize(word)), 20_000);
/** The laws of the field a word names (corpus/thesaurus/sachgebiete.tsv: "Jobcenter" → SGB I, SGB X). */
const fieldLawsOf = memoByText((word: string) => fieldLaws(shippedExpansion().fields ?? [], tokenize(word)), 20_000);

const commonPrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

const UMLAUT: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü' };
/** Endings of a plural that umlauts its stem vowel, with its case forms: "Auskünfte", "Anträgen", "Häuser". */
const UMLAUT_PLURAL_ENDING = /^(?:e|en|er|ern)?$/;

/**
 * Whether `plural` is the umlaut plural of `singular` ("auskunft"/"auskünfte", "antrag"/"anträgen"): the umlaut
 * falls on the singular's last vowel ("au" → "äu"), so "Förderung" is no form of "Forderung".
 */
function umlautPlural(singular: string, plural: string): boolean {
  const at = singular.search(/[aou][^aeiouäöü]*$/);
  if (at < 1 || singular.length < 4) return false;
  const i = singular[at] === 'u' && singular[at - 1] === 'a' ? at - 1 : at;
  const umlauted = `${singular.slice(0, i)}${UMLAUT[singular[i]!]}${singular.slice(i + 1)}`;
  return plural.startsWith(umlauted) && UMLAUT_PLURAL_ENDING.test(plural.slice(umlauted.length));
}
const umlautForms = (q: string, h: string) => umlautPlural(q, h) || umlautPlural(h, q);

/**
 * One word covers another when they are forms of one word (a long common start: "Kündigung"/"kündigen",
 * "unterschrieben"/"Unterschrift") or one is a part of the other's compound ("Geburtsurkunde"/"Urkunde",
 * "Schriftform"/"Schriftformerfordernis"), each part at least six letters.
 */
function sameWord(q: string, h: string): boolean {
  if (q === h || umlautForms(q, h)) return true;
  const common = commonPrefix(q, h);
  if (common >= 5 && common >= Math.min(q.length, h.length) - 3) return true;
  return (h.length >= 6 && q.includes(h) && !(q.endsWith(h) && GENERIC_HEADS.has(h))) || (q.length >= 6 && h.includes(q));
}

/**
 * Heads that say only that a thing is an office, a place, a right or a procedure: a "Friedhofsverwaltung" is no
 * topic of a card that speaks of "Verwaltung", a "Grabstelle" none of one that speaks of a "Stelle".
 */
const GENERIC_HEADS = new Set(
  'verwaltung verwaltungen stelle stellen behörde behörden recht rechte rechts verfahren bereich bereiche angelegenheit angelegenheiten'.split(' '),
);

/** "Zeugnisses" → "zeugnis": the word without its case ending, for finding it as a compound's head. */
const uninflected = (h: string) => (h.endsWith('nis') ? h : h.endsWith('nisses') ? h.slice(0, -3) : h.replace(/(?:es|en|er|e|n|s)$/, ''));

/**
 * Heads that only say that something is done, required or kept in a form: an "Umlaufverfahren" is a decision "im
 * Umlauf", a "Nachweispflicht" is about the "Nachweis", so the compound names its first part.
 */
const PROCEDURE_HEAD = /^(?:s|es|n|en|e)?(?:verfahren|pflicht|pflichten|erfordernis|erfordernisse|erfordernissen)$/;
const procedureOf = (q: string, h: string) => {
  const base = uninflected(q);
  return base.length >= 5 && h.startsWith(base) && PROCEDURE_HEAD.test(h.slice(base.length));
};

/**
 * "versehentlich" of "Versehen", "absichtlich" of "Absicht": the adjective a noun forms with "-lich" (a "t" between)
 * says what the noun says, "aus Versehen" is "versehentlich". Not for short nouns, whose adjectives drift ("Ort").
 */
const ADJECTIVE_ENDING = /^t?lich(?:e|en|er|es|em)?$/;
const adjectiveOf = (q: string, h: string) => q.length >= 6 && h.startsWith(q) && ADJECTIVE_ENDING.test(h.slice(q.length));

/**
 * The stricter reading for sentences of provisions: forms of one word differ only in their endings ("Arbeit" is
 * no form of "Arbeitszeugnis"), and a compound is covered by its head only where the source names its first part
 * too — "Arbeitszeugnis" by "Zeugnis" next to "Arbeitnehmer", "Schulzeugnis" not by the "Zeugnis" of § 630 BGB.
 */
function sameHead(q: string, h: string, words: Set<string>): boolean {
  if (q === h || umlautForms(q, h)) return true;
  // the cheap anchored test on the source word first: it rarely holds, and sameHead runs for every pair of words
  if (BODY.test(h) && BODY_HEAD.test(q)) return true;
  const common = commonPrefix(q, h);
  if (common >= 5 && Math.max(q.length, h.length) - common <= 4) return true;
  if (procedureOf(q, h) || adjectiveOf(q, h)) return true;
  const qBase = uninflected(q);
  // the source names a compound whose head the question word is: "Zeugnis" in "Arbeitszeugnisses"
  if (qBase.length >= 6 && (h.endsWith(q) || uninflected(h).endsWith(qBase))) return true;
  const hBase = uninflected(h);
  if (hBase.length < 6 || q.length <= hBase.length || !q.endsWith(h) && !q.endsWith(hBase)) return false;
  const head = q.endsWith(h) ? h : hBase;
  const modifier = q.slice(0, q.length - head.length).replace(/(?:s|n|en|es)$/, '');
  return modifier.length >= 3 && [...words].some((w) => w !== h && w.startsWith(modifier));
}

/**
 * A committee named for its subject ("Bauausschuss", "Schulausschüsse") is a committee: the rules on the Ausschüsse of
 * a council cover it, which no statute names by its subject.
 */
const BODY_HEAD = /^\p{L}{3,}aussch(?:uss|uß|üss)\p{L}*$/u;
const BODY = /^aussch(?:uss|uß|üss)\p{L}*$/u;

/**
 * Heads that say only which Gemeinde is meant: "Wohnortgemeinde", "Heimatgemeinde". Not the offices named for a
 * procedure ("Zulassungsstelle", "Meldebehörde"), whose modifier alone names any procedure of that kind.
 */
const OFFICE_HEAD = /(?:gemeinden?|kommunen?)$/;

/**
 * "Wohnortgemeinde" → "wohnort": a compound of such a head is about what its modifier names, which a source may
 * name alone ("die Meldebehörde des letzten früheren Wohnortes"); undefined for other words and short modifiers.
 */
function officeModifier(q: string): string | undefined {
  const head = OFFICE_HEAD.exec(q);
  if (!head) return undefined;
  const modifier = q.slice(0, head.index).replace(/(?:s|n|en)$/, '');
  return modifier.length >= 5 ? modifier : undefined;
}

/**
 * Terms the source does not mention. With `heads` (sentences of provisions) in the stricter reading of sameHead;
 * with `meaning` a word the source names by its statute term or its field (coveredByMeaning) is mentioned too.
 */
export function uncovered(terms: Term[], hay: Haystack, heads = false, meaning = false): Term[] {
  return terms.filter((t) => {
    const q = t.word.toLowerCase();
    if (hay.words.has(q) || hay.prefixes.some((p) => q.startsWith(p) || (p.length >= 6 && q.includes(p)))) return false;
    const office = officeModifier(q);
    if (office && [...hay.words].some((h) => h.startsWith(office) && h.length - office.length <= 3)) return false;
    for (const h of hay.words) if (heads ? sameHead(q, h, hay.words) : sameWord(q, h)) return false;
    return !meaning || !coveredByMeaning(q, hay);
  });
}

/**
 * Whether a question word names the field of a law (corpus/thesaurus/sachgebiete.tsv: "Umzug" → BMG, "Finanzgericht"
 * → FGO): a provision of that law is about what the word says, whatever words it uses ("Anmeldung").
 */
export const namesFieldOf = (word: string, law: string): boolean => fieldLawsOf(word.toLowerCase()).includes(law);

/** Whether a word names the field of any law of the corpus ("Sozialleistung" → SGB I). */
export const namesAnyField = (word: string): boolean => fieldLawsOf(word.toLowerCase()).length > 0;

/** A word the source puts in its own terms: the field the word names is the source's law, or a statute word for it stands there. */
function coveredByMeaning(q: string, hay: Haystack): boolean {
  if (hay.laws?.some((law) => namesFieldOf(q, law))) return true;
  const statute = statuteWordsOf(q).filter((s) => s.length >= 5 && s !== q);
  if (statute.length === 0) return false;
  for (const s of statute) {
    if (hay.words.has(s)) return true;
    for (const h of hay.words) if (sameHead(s, h, hay.words)) return true;
  }
  return false;
}

/**
 * Whether a source covers the question: nothing missing, or one word missing next to at least one it covers (lay
 * wording the source puts differently: "Häkchen", "Vollmacht"), or under a third of many. Two missing words of two
 * or three, and the source is about something else.
 */
export function fits(terms: Term[], missing: Term[]): boolean {
  if (missing.length === 0) return true;
  if (missing.length === 1) return terms.length >= 2;
  return missing.length / terms.length < 0.34;
}

/**
 * A retrieved hit has no card's judgement behind it, so it must cover more: every word of a short question, most
 * of a long one. ("Blockchain beim Grundbuch" is not answered by the Grundbuch rule of the BGB.)
 */
export function hitFits(terms: Term[], missing: Term[]): boolean {
  return missing.length === 0 || (terms.length >= 3 && fits(terms, missing));
}

/** The words of a hit's text, by that text (the same provisions come back for many questions). */
const hitHaystack = memoByText((text) => haystack(text));

/** The hits that cover the question; the rest are noise next to it, however they scored. */
export function fittingHits(question: string, hits: SearchHit[]): SearchHit[] {
  const terms = specificTerms(question);
  if (terms.length === 0) return hits;
  return hits.filter((h) => hitCovers(terms, h));
}

/** Whether a retrieved hit covers the terms as fittingHits requires (hitFits, literally or by meaning). */
export const hitCovers = (terms: Term[], h: SearchHit): boolean => hitFits(terms, hitMissing(terms, h));

/** The terms a retrieved hit does not cover, literally or by meaning. */
export function hitMissing(terms: Term[], h: SearchHit): Term[] {
  // the stricter reading of sentences: "Schulen" is no form of "Schulzeugnisse", a compound needs its first part too
  const hay = { ...hitHaystack(`${h.lawTitle ?? ''} ${h.title} ${h.text}`), laws: [h.law] };
  const literal = uncovered(terms, hay, true);
  // a whole provision is judged by what it means too, but it must name one word of the question itself: a
  // paraphrase alone ("Handy" → elektronisch) fits every provision on electronic anything
  return literal.length < terms.length ? uncovered(literal, hay, true, true) : literal;
}

/** "„Drohnenflüge“ und „Naturschutzgebieten“" — the words of the question that nothing covered. */
export function listWords(terms: Term[]): string {
  const quoted = [...new Set(terms.map((t) => t.word))].map((w) => `„${w}“`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} und ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/** Content words of the question (nouns and verbs), for finding the answering sentence. */
export function questionTerms(question: string): Term[] {
  const seen = new Set<string>();
  const out: Term[] = [];
  for (const w of question.match(/[\p{L}\d-]+/gu) ?? []) {
    const folded = tokenize(w)[0] ?? '';
    if (folded.length < 4 || STOP_WORDS.has(folded) || QUERY_STOP_WORDS.has(folded) || /^\d/.test(folded)) continue;
    const s = stem(folded);
    if (seen.has(s)) continue;
    seen.add(s);
    out.push({ stem: s, word: w });
  }
  return out;
}
