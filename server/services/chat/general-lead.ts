import type { SearchHit } from '../../contracts/search';
import { sentenceTexts } from '../../parser/structure';
import type { ProvisionText } from '../../retrieval/index';
import { QUERY_STOP_WORDS, STOP_WORDS, stem, tokenize } from '../../retrieval/normalize';
import { SYNONYMS } from '../../retrieval/synonyms';
import { memoByText } from '../../memo';
import { askedSentence, asksYesNo } from './cards';
import { asksHowTo } from './classify';
import { namedCode } from './procedure-codes';
import { haystack, hitFits, namesFieldOf, specificTerms, uncovered, type Term } from './fit';
import { sectionOf } from './relevance';

/**
 * The answer path for questions no answer card covers: the lead is composed from the sentence of the retrieved
 * provisions that answers the question — for a yes/no question read through its modal wording ("kann", "ist
 * ausgeschlossen", "bedarf der schriftlichen Form", "nur … wenn …"), for a "Wann …?" question the sentence that
 * names the time, for other questions the sentence itself under the provision's title. The lead only ever says what
 * the quoted sentence says; when no sentence covers the question, there is no lead and the caller says so.
 */

/** What kind of answer the question asks for. */
export type AnswerKind = 'yesno' | 'time' | 'topic';

// an age is a time of life ("Ab welchem Alter …?", "Wie alt …?"): "sobald sie 16 Jahre alt sind" answers it
const TIME_QUESTION =
  /^\s*(?:und\s+)?(?:ab\s+wann|bis\s+wann|seit\s+wann|wann|wie\s+lange|wie\s+bald|innerhalb\s+welcher|in\s+welcher\s+frist|nach\s+wie\s+vielen|wie\s+alt|(?:ab|an|bis(?:\s+zu)?|zu|seit|von)\s+welche[mr]\s+(?:tag|zeitpunkt|datum|uhrzeit|frist|alter|lebensjahr))\b/i;
export const answerKind = (question: string): AnswerKind =>
  TIME_QUESTION.test(askedSentence(question)) ? 'time' : asksYesNo(question) ? 'yesno' : 'topic';

/**
 * A time, a period or a deadline in a provision ("am dritten Tag nach der Absendung", "unverzüglich"), or a date
 * ("ab dem 1. Januar 2026").
 */
export const TEMPORAL =
  /\b(?:tag|tage|tagen|tages|woche|wochen|monat|monate|monaten|monats|jahr|jahre|jahren|jahres|frist|sobald|unverzüglich|spätestens|frühestens|zeitpunkt|ablauf|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b/i;

/** "Ab welchem Alter …?", "Wie alt …?" */
const ASKS_AGE = /^\s*(?:und\s+)?(?:wie\s+alt|(?:ab|bis(?:\s+zu)?|von)\s+welche[mr]\s+(?:alter|lebensjahr))\b/i;
/** An age in a provision: "16 Jahre alt", "das 18. Lebensjahr vollendet", "volljährig". */
const AGE = /\bjahre\s+alt\b|\blebensjahr\w*|\bvolljährig\w*|\bminderjährig\w*|\balters\b/i;

/** Words that say how something is sent or kept, not what it is: one digital word stands for the others. */
const DIGITAL_WORD = /^(?:e-?mail\w*|mail\w*|online\w*|digital\w*|internet\w*|pdf\w*|elektronisch\w*|app|apps|portal\w*|webseite\w*|website\w*|whatsapp|messenger\w*|sms|threema|telegram)$/i;
/** What a how-to question asks to replace: the provision that replaces it need not name it. */
const REPLACED_WORD = /^(?:papier\w*|pflicht\w*)$/i;
/** The way a provision says "digital". */
const DIGITAL_TEXT = /elektronisch|textform|öffentlich zugängliche\w* netz|datenfernübertragung|internet/i;
/** The paper way in a question: "auf Papier", "per Post", "postalisch". */
const PAPER_WAY = /\b(?:auf|in)\s+papier\w*|\bper\s+(?:post|brief)\b|\bpostalisch\w*/;
const FORM_QUESTION = new RegExp(`\\b(?:schriftlich\\w*|schriftform\\w*|textform|unterschr\\w*|unterzeichn\\w*|eigenhändig\\w*|elektronisch\\w*)\\b|${PAPER_WAY.source}`, 'i');
/** "… per Post auf Papier …?": the question asks about the paper way, which a provision allowing the electronic one does not require. */
const ASKS_PAPER = new RegExp(`${PAPER_WAY.source}|\\bpapierform\\b`, 'i');
/**
 * A rule on the form of an act: what answers "… per E-Mail?" even where the provision does not say "elektronisch".
 * "form- und fristgerecht" speaks of complying with a form, not of which one; "in öffentlich-rechtlicher Form" and
 * "in Form einer Satzung" name a legal form (who acts, by which instrument), which hinders nothing digital.
 */
const FORM_TEXT = /elektronisch|textform|schriftlich|schriftform|\bform\b(?!-)/i;
const LEGAL_FORM = /\b(?:öffentlich-|privat)?rechtliche[nr]?\s+form\b|\bin\s+form\s+(?:von|einer|eines)\b/gi;
/** Whether a text rules on the form of an act. */
export const rulesOnForm = (text: string): boolean => FORM_TEXT.test(text.replace(LEGAL_FORM, ' '));

/**
 * The clauses of an Absatz that can answer on their own: its sentences as the parser reads them (a numbered list
 * stays with the sentence that introduces it, "Abs. 2" ends none; the splitter `askedSentence` reads the question
 * with), and, for statute text only, the halves of a sentence joined by ";" and no clause under 20 characters: a
 * question is one sentence however short, a clause of a provision answers alone only when it says something.
 */
export function sentencesOf(text: string): string[] {
  return sentenceTexts(text)
    .flatMap((s) => s.replace(/\s+/g, ' ').trim().split(/(?<=[^\d\s];)\s+(?=[A-ZÄÖÜ])/))
    .filter((s) => s.length >= 20);
}

export interface Candidate {
  hit: SearchHit;
  /** "§ 41 Abs. 2" */
  ref: string;
  sentence: string;
  /** The whole Absatz the sentence stands in. */
  absatz: string;
  score: number;
  /** How much of the question the sentence itself covers (nouns count double). */
  own: number;
  /** Specific words of the question this provision (its title and Absatz) does not cover. */
  missing: Term[];
}

/** Content words of the question (nouns and verbs), for finding the answering sentence. */
function questionTerms(question: string): Term[] {
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

const isDigital = (t: Term) => DIGITAL_WORD.test(t.word);

/**
 * The nouns a provision must cover to answer the question. "Wie ersetze ich … die Pflicht, … auf Papier …?": the
 * paper duty is what the answer replaces, not what the provision that replaces it names.
 */
export const askedNouns = (question: string): Term[] => withoutReplaced(question, specificTerms(question));

const withoutReplaced = (question: string, nouns: Term[]) => (asksHowTo(question) ? nouns.filter((t) => !REPLACED_WORD.test(t.word)) : nouns);

/** "Ab welchem Alter …?", "Zu welchem Zeitpunkt …?": the time asked for, which a provision gives as "16 Jahre alt", not by the noun. */
const ASKED_TIME = /^(?:alters?|lebensjahr\w*|zeitpunkt\w*|datums?|uhrzeit)$/i;

/**
 * The nouns a provision's sentence must cover to answer without a card: those the asked sentence itself names
 * (ownNouns), without the time a time question asks for.
 */
export const ownAskedNouns = (question: string): Term[] => {
  const nouns = withoutReplaced(question, ownNouns(question));
  return answerKind(question) === 'time' ? nouns.filter((t) => !ASKED_TIME.test(t.word)) : nouns;
};

/** ", oder genügt eine mündliche Einigung mit Aktenvermerk?": the other answer a question offers, after its last comma. */
const OFFERED_ALTERNATIVE = /,\s*oder\s+[^,?]*\?\s*$/i;
/** "Hat er darauf einen Anspruch?", "Geht das so?": the asked sentence points back to what the sentences before it say. */
// case-sensitive after the first letter: with the i flag \p{Lu} would match every word after the pronoun
const POINTS_BACK = /(?<![\p{L}])(?:darauf|dafür|dazu|damit|davon|dabei|darin|daran|dagegen|das|dies|diese[sm]?|es|sie|er|ihn|ihm|ihr)(?![\p{L}])(?![ \t]+\p{Lu})/u;

/**
 * What the question itself asks about. A message that tells the case first ("Unser Bundesamt will … einen Vertrag über
 * die Sanierung einer Altlast schließen. Muss dieser Vertrag schriftlich geschlossen werden?"), or a follow-up after
 * an earlier turn, asks in its last question: the nouns of the case before it (Sanierung, Altlast; the earlier turn's
 * Bescheid) are its circumstances, which no provision on the asked point names, and the other answer a question
 * offers („…, oder genügt eine mündliche Einigung mit Aktenvermerk?“) is what the answer rules out. Only where the
 * asked sentence names a noun of its own and does not point back with a pronoun („Hat er darauf einen Anspruch?“).
 */
function ownNouns(question: string): Term[] {
  const nouns = specificTerms(question);
  const asked = askedSentence(question);
  if (asked === question.trim() && !OFFERED_ALTERNATIVE.test(asked)) return nouns;
  const clause = asked.replace(OFFERED_ALTERNATIVE, '?');
  if (POINTS_BACK.test(clause.charAt(0).toLowerCase() + clause.slice(1))) return nouns;
  const own = new Set(specificTerms(clause).map((t) => t.stem));
  const kept = nouns.filter((t) => own.has(t.stem));
  return kept.length > 0 ? kept : nouns;
}

/** Words and stems of a provision text (the same provisions come back for many questions). */
const sentenceHay = memoByText((text) => ({ ...haystack(text), stems: new Set(tokenize(text).map(stem)) }));

/**
 * Which terms a text covers: by word form or compound part, by a synonym of the search ("Bescheid" →
 * Verwaltungsakt), a digital word ("E-Mail", "online") by any digital wording ("elektronisch", "Textform").
 */
function covered(terms: Term[], text: string): Term[] {
  const hay = sentenceHay(text);
  const plain = terms.filter((t) => !isDigital(t));
  const missing = new Set(uncovered(plain, hay, true));
  const bySynonym = (t: Term) => (SYNONYMS.get(t.stem) ?? []).some((s) => hay.stems.has(s));
  const digital = DIGITAL_TEXT.test(text) ? terms.filter(isDigital) : [];
  return [...plain.filter((t) => !missing.has(t) || bySynonym(t) || splitVerbIn(t.word, text)), ...digital];
}

/** Particles a German verb puts at the end of its clause: "aufzeichnen" → "zeichnet … auf", "bereitstellen" → "stellt … bereit". */
const PARTICLES = 'ab|an|auf|aus|bei|bereit|ein|fest|fort|her|hin|los|mit|nach|sicher|vor|weg|zu|zurück|zusammen';
const SEPARABLE = new RegExp(`^(${PARTICLES})(\\p{L}{4,}?)e?n$`, 'u');

/**
 * Whether a text uses a separable verb of the question in its split form: "Darf die Leitstelle … aufzeichnen?" is
 * what "Die Rettungsleitstelle zeichnet die … Telekommunikation auf" rules, in the same clause.
 */
function splitVerbIn(word: string, text: string): boolean {
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
function verbIn(word: string, text: string): boolean {
  const clause = text.replace(/\s\d{1,2}\.\s[\s\S]*\s(?=\S+[.;]?$)/, ' ');
  if (splitVerbIn(word, clause)) return true;
  const m = /^(\p{Ll}{4,}?)e?n$/u.exec(word.toLowerCase());
  if (!m) return false;
  const sep = SEPARABLE.exec(word.toLowerCase());
  const forms = sep ? `${sep[1]}(?:zu|ge)?${sep[2]}` : `(?:ge)?${m[1]}`;
  return new RegExp(`(?<![\\p{L}])${forms}(?:e|t|en|et|st|end)?(?![\\p{L}])`, 'iu').test(text);
}

/** An aside that closes a question ("…, etwa für gehörlose Menschen?"): an example, not the asked act. */
const CLOSING_ASIDE = /,\s*(?:etwa|z\.\s?b\.|zum\s+beispiel|beispielsweise|insbesondere|vor\s+allem)\b[^,?]*(?=\?\s*$)/i;
/** A finite verb opening the question that is no modal, auxiliary or copula: "Stellt das Land … bereit?" */
const FINITE_OPENING = /^\s*(?:und\s+)?(\p{Lu}\p{Ll}{2,}t)\s/u;
const NOT_FULL_VERB = /^(?:ist|hat|wird|gilt|gibt|geht|reicht|genügt|braucht|heißt|bedeutet|sollte|könnte|müsste|dürfte|würde|wäre|hätte)$/;

/**
 * The act a yes/no question asks about: the verb that closes the asked clause ("… annehmen und beantworten
 * können, etwa …?" → "beantworten"), or the verb it opens with and its particle ("Stellt … bereit?" →
 * "bereitstellen"). `indicative` says the question asks, in the indicative, whether something is done.
 */
function askedAct(question: string): { verb: string; indicative: boolean } | undefined {
  const asked = askedSentence(question).replace(CLOSING_ASIDE, '');
  const opening = FINITE_OPENING.exec(asked)?.[1]?.toLowerCase();
  if (opening && !NOT_FULL_VERB.test(opening)) {
    const particle = new RegExp(`\\b(${PARTICLES})\\s*\\?\\s*$`, 'i').exec(asked)?.[1]?.toLowerCase();
    return { verb: particle ? `${particle}${opening.slice(0, -1)}en` : `${opening.slice(0, -1)}en`, indicative: true };
  }
  const last = questionTerms(asked).at(-1)?.word;
  return last && /^\p{Ll}/u.test(last) ? { verb: last, indicative: false } : undefined;
}

const MAX_SECTIONS = 8;
/** What an answering sentence must cover of the question itself: a noun, or two other words. */
const MIN_OWN = 2;

/**
 * "Das Bundesministerium … wird ermächtigt, durch Rechtsverordnung nähere Bestimmungen zu … zu treffen": it answers
 * who may regulate, never whether a citizen or an authority may do something ("Kann ich … per Mail eine Auskunft
 * anfragen?" → not § 89 Abs. 2 AO). Only a question about ordinances or authorisations is answered by it.
 */
const ENABLING = /\b(?:wird|werden)\s+(?:\S+\s+){0,3}?ermächtigt\b|\bdurch\s+rechtsverordnung\s+(?:\S+\s+){0,12}?(?:zu\s+)?(?:regeln|bestimmen|treffen|festlegen|erlassen|vorschreiben)\b/i;
const REGULATION_QUESTION = /verordnung|ermächtig|regeln\s+(?:\S+\s+){0,3}?(?:per|durch)\s+verordnung/i;

/**
 * The sentence of the candidate provisions that answers the question best: it shares most of the question's
 * words (its nouns count double), the provision's title and Absatz share the rest, and it has the form of the
 * answer asked for (a time for "Wann …?", a modal wording for a yes/no question). Retrieval rank breaks ties.
 * Only sentences that are answers (isAnswer) compete; undefined when none is.
 */
export function answeringSentence(
  question: string,
  hits: SearchHit[],
  provision: ((law: string, section: string) => ProvisionText | undefined) | undefined,
  earlier: ReadonlySet<string> = new Set(),
): Candidate | undefined {
  // "Kann der Hauptausschuss … im Umlauf, etwa per E-Mail, beschließen?": the way is an aside when only a provision
  // that says nothing on the form covers what is asked; its sentence answers then, the way left open
  return bestSentence(question, hits, provision, true, earlier) ?? bestSentence(question, hits, provision, false, earlier);
}

/** The key of a provision in the set of those the previous answer quoted. */
export const provisionKey = (h: SearchHit): string => `${h.law}\u0000${sectionOf(h)}`;

function bestSentence(
  question: string,
  hits: SearchHit[],
  provision: ((law: string, section: string) => ProvisionText | undefined) | undefined,
  formFirst: boolean,
  earlier: ReadonlySet<string>,
): Candidate | undefined {
  const kind = answerKind(question);
  // an age question is answered by an age ("sobald sie 16 Jahre alt sind"), not by any time ("unverzüglich")
  const timeText = ASKS_AGE.test(askedSentence(question)) ? AGE : TEMPORAL;
  const terms = questionTerms(question);
  const nouns = askedNouns(question);
  const nounStems = new Set(nouns.map((t) => t.stem));
  if (terms.length === 0) return undefined;
  const laws = hits.filter((h) => h.kind !== 'guidance');
  const sections: SearchHit[] = [];
  for (const h of laws) {
    // the provisions the previous answer quoted are read whatever their rank
    if (sections.length >= MAX_SECTIONS && !earlier.has(provisionKey(h))) continue;
    if (!sections.some((s) => s.law === h.law && sectionOf(s) === sectionOf(h))) sections.push(h);
  }
  const top = Math.max(...sections.map((h) => h.score), 1e-9);
  // a question about the form ("per E-Mail", "schriftlich") is answered by a rule on the form
  const formQuestion = formFirst && (terms.some(isDigital) || FORM_QUESTION.test(question));
  // "Darf ein Mieter … per E-Mail kündigen?": the verb at the end is what is asked about, as much as a noun
  const predicate = terms.at(-1);
  const scopeOf = scopeObject(question);
  const asksRegulation = REGULATION_QUESTION.test(question);
  const asksConsequence = kind === 'yesno' && ASKS_INVALID.test(askedSentence(question));
  const earlierLaws = new Set([...earlier].map((k) => k.split('\u0000')[0]!));
  // the field map stands in for the question's words of a field only where no retrieved provision names any of
  // them: where one does ("Mieter" in § 568 BGB), a provision of the same broad field that does not name the
  // "Mietvertrag" (§ 623 BGB on employment) is about something else
  const namedInHits = new Set(sections.flatMap((h) => covered(terms, `${h.title} ${h.text}`)));
  const namesField = (t: Term, law: string) =>
    namesFieldOf(t.word, law) && !terms.some((u) => namedInHits.has(u) && namesFieldOf(u.word, law));
  let best: Candidate | undefined;
  for (const h of sections) {
    const p = provision?.(h.law, sectionOf(h));
    const absaetze = p ? p.paragraphs.map((x) => ({ ref: x.number ? `${p.section} Abs. ${x.number}` : p.section, text: x.text })) : [{ ref: h.ref, text: h.text }];
    // what the provision rules, without whom it authorises to regulate (their words are not its subject)
    const ruling = (text: string) => (asksRegulation ? text : sentencesOf(text).filter((x) => !ENABLING.test(x)).join(' '));
    const whole = `${h.lawTitle ?? ''} ${h.title} ${absaetze.map((a) => ruling(a.text)).join(' ')}`;
    const found = covered(nouns, whole);
    const formRule = rulesOnForm(whole);
    // "Wie ersetze ich im Steuerrecht die Pflicht, … auf Papier …?": the field is covered by its code, and the paper
    // duty is what the answer replaces, not what its provision must name
    // (as "Umzug" is by the BMG: the field map names the law of the field a word is about)
    const unnamed = nouns.filter((t) => !found.includes(t) && !(isDigital(t) && formRule) && namedCode(t.word) !== h.law && !namesField(t, h.law));
    // the provision as a whole may put a lay word in its own terms ("Bauvorhaben" → Baumaßnahme), as a retrieved hit
    // may (fittingHits); only where it names another noun of the question itself, not just the digital way (§ 623
    // BGB names "elektronisch", not the "Mietvertrag" of a question on tenants)
    const anchored = nouns.some((t) => !isDigital(t) && found.includes(t));
    const strictMissing = anchored && unnamed.length > 0 ? uncovered(unnamed, { ...sentenceHay(whole), laws: [h.law] }, true, true) : unnamed;
    // "… statt auf dem Vordruck aus dem Gaststättengesetz?": a question that names the law asks about it, and its
    // provisions may put one more of the question's lay nouns in their own terms ("Wirte" → Betreiber)
    // a provision the previous answer quoted is what a follow-up refers to: it need name only one of its nouns, the
    // rest ("Zettel an die Amtstafel") are the drafter's words for what it says in its own
    // ("und was heißt das für die Schulen?" asks the scope of the law quoted before, which another § of it sets)
    const referred = earlier.has(provisionKey(h)) || (scopeOf !== undefined && earlierLaws.has(h.law));
    // — it passes as an answer, but ranks by what it misses as every provision does
    const penalised = namesLaw(question, h) ? strictMissing.slice(1) : strictMissing;
    const missing = referred && anchored ? [] : penalised;
    // a word naming the provision's field ("Umzug" for the BMG) is one word each of its sentences covers: the field
    // is one topic however many of its words the question uses, and no noun of what the sentence itself rules
    const byField = terms.find((t) => namesField(t, h.law));
    absaetze.forEach((a, ai) => {
      const context = covered(terms, a.text);
      // the title says what the provision is about ("Form und Inhalt der Kündigung")
      const titled = covered(terms, h.title);
      const titleForm = rulesOnForm(h.title);
      sentencesOf(a.text).forEach((s, si) => {
        // an authorisation to regulate says who may make the rule, not what the rule is
        if (!asksRegulation && ENABLING.test(s)) return;
        const own = covered(terms, s);
        const weight = (ts: Term[]) => ts.reduce((n, t) => n + (t === predicate ? 3 : nounStems.has(t.stem) ? 2 : 1), 0);
        // retrieval knows how rare the shared words are in the corpus; a provision that misses a noun of the question is about something else
        // the rule comes first, its exceptions and details after it
        const ownWeight = weight(own) + (byField && !own.includes(byField) ? 1 : 0);
        let score = -0.25 * (ai + si) + ownWeight + 0.5 * weight(context.filter((t) => !own.includes(t))) + weight(titled) + 2 * (h.score / top) - 1.5 * penalised.length;
        if (kind === 'time' && timeText.test(s)) score += 2;
        if (kind === 'time' && !timeText.test(s)) score -= 2;
        if (kind === 'yesno' && modalOf(s) !== 'statement') score += 0.5;
        // a question on the consequence of a defect is answered by the sentence that states one (§ 550, not § 575 BGB)
        if (asksConsequence && CONSEQUENCE.test(s)) score += 2;
        // "Gilt … auch für die Hochschulen?" is answered by the provision on the scope that names them; a sentence
        // that does not name them is about the rule, not about whom it covers
        if (scopeOf) score += covered(scopeOf, s).length < scopeOf.length ? -2 : SCOPE_TEXT.test(s) ? 5 : 0;
        // a question about the digital way is answered by the sentence that speaks of it
        // (a provision on something else that only shares the nouns cannot answer it)
        if (formQuestion) score += (rulesOnForm(s) ? 1 : 0) + (titleForm ? 1 : 0) - (rulesOnForm(s) || titleForm ? 0 : 5);
        const candidate = { hit: h, ref: a.ref, sentence: s, absatz: a.text, score, own: ownWeight, missing };
        // only answers compete: a sentence that is none must not outscore one that is by its provision's title and
        // neighbours ("… in öffentlich-rechtlicher Form …" of § 49 BMG, § 3a VwVfG missing two nouns, over § 7 IFG)
        if ((!best || score > best.score) && isAnswer(question, candidate)) best = candidate;
      });
    });
  }
  return best;
}

/**
 * Whether the answering sentence is an answer and not a chance hit: it covers a noun of the question (or two other
 * words) itself, and its provision covers what the question is about (all but one of several nouns).
 */
export function isAnswer(question: string, c: Candidate | undefined): c is Candidate {
  if (!c || c.own < MIN_OWN) return false;
  if (answersScope(question, c)) return true;
  const nouns = askedNouns(question);
  // without a card the provision must cover the question as a retrieved hit must (hitFits); a digital word
  // ("per E-Mail") counts as covered where the provision rules on the form. It may cover the whole message, or
  // what its asked sentence names (ownAskedNouns): the case told before it is circumstance, not the asked point
  if (nouns.length === 0 || hitFits(nouns, c.missing)) return true;
  const own = ownAskedNouns(question);
  const asked = new Set(own.map((t) => t.stem));
  return own.length > 0 && own.length < nouns.length && hitFits(own, c.missing.filter((t) => asked.has(t.stem)));
}

/**
 * "Gilt das auch für …?", "Gelten die Pflichten … für …?", "und was heißt das für die Schulen?": the question asks
 * whom or what a rule covers.
 */
const SCOPE_QUESTION = /^\s*(?:und\s+)?(?:(?:gilt|gelten)\b[^?]*?|was\s+(?:heißt|bedeutet)\s+(?:das|dies)\s+)\bfür\s+([^?]+)/i;
/** A provision's sentence on its scope: "Dieser Teil gilt nicht für …", "findet keine Anwendung auf …". */
const SCOPE_TEXT = /\b(?:gilt|gelten)\s+(?:\S+\s+){0,3}?für\b|\b(?:findet|finden)\s+(?:\S+\s+){0,2}?anwendung\b/i;

/** The nouns after the last "für" of a scope question ("die Hochschulen des Landes" → Hochschulen, Landes). */
export function scopeObject(question: string): Term[] | undefined {
  // a follow-up is read after the earlier question: its own last sentence asks
  const m = SCOPE_QUESTION.exec(question.split(/(?<=[?.!])\s+/).at(-1) ?? question);
  const after = m?.[1]?.split(/\bfür\s+/i).at(-1);
  const nouns = after ? specificTerms(after).slice(0, 1) : [];
  return nouns.length ? nouns : undefined;
}

/**
 * The sentence that excludes what a scope question asks about ("Dieser Teil gilt nicht für 1. die Hochschulen …"):
 * it answers "Nein" whatever a card says about the rule in general.
 */
export function excludesScope(question: string, c: Candidate): boolean {
  return modalOf(c.sentence) === 'excluded' && answersScope(question, c);
}

/** A law name of the question ("Gaststättengesetz", "Meldegesetz"): it must end the law's title ("Bundesmeldegesetz"). */
const LAW_NAME = /^\p{L}{4,}(?:gesetz|gesetzes|ordnung)$/iu;

/**
 * Whether the question names the hit's law as a whole, by its abbreviation or by the last word of its title. A
 * question naming a § of it ("nach § 3a NBauO") is answered from that § (quoteLead), not by a looser sentence.
 */
export function namesLaw(question: string, h: SearchHit): boolean {
  if (question.includes('§')) return false;
  const abbreviation = new RegExp(`(?<![\\p{L}])${h.law.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
  if (abbreviation.test(question)) return true;
  const titleWord = (h.lawTitle ?? '').split(/\s+/).at(-1)?.toLowerCase().replace(/es$/, '') ?? '';
  return (question.match(/\p{L}+/gu) ?? []).some((w) => LAW_NAME.test(w) && titleWord.length > 0 && titleWord.endsWith(w.toLowerCase().replace(/es$/, '')));
}

/**
 * A sentence on the scope of the law the question names ("des niedersächsischen Gesetzes über digitale
 * Verwaltung", "NDIG") that names what the question asks about: whatever else the question says ("die Pflichten")
 * is the law itself.
 */
function answersScope(question: string, c: Candidate): boolean {
  const object = scopeObject(question);
  if (!object || !SCOPE_TEXT.test(c.sentence) || covered(object, c.sentence).length < object.length) return false;
  const abbreviation = new RegExp(`(?<![\\p{L}])${c.hit.law.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
  const terms = questionTerms(question);
  return abbreviation.test(question) || terms.length - uncovered(terms, haystack(c.hit.lawTitle ?? ''), true).length >= 3;
}

/** How a provision's sentence rules: what a yes/no question reads from it. */
export type Modal = 'excluded' | 'textform' | 'electronic' | 'written' | 'permission' | 'obligation' | 'statement';

const EXCLUDED = /\bist\s+(?:\S+\s+){0,3}?ausgeschlossen\b|\bsind\s+(?:\S+\s+){0,3}?ausgeschlossen\b|\bunzulässig\b|\bnicht\s+zulässig\b|\b(?:darf|dürfen)\s+(?:\S+\s+){0,8}?nicht\b|\bverboten\b|\b(?:gilt|gelten)\s+nicht\b|\b(?:findet|finden)\s+keine\s+anwendung\b/i;
const TEXTFORM = /\btextform\b/i;
/**
 * "schriftlich oder elektronisch", also with words between: "schriftlich oder durch ein elektronisches Dokument",
 * "schriftlich oder auf elektronischem Weg" — the electronic way stands next to the written one.
 */
const ELECTRONIC = /\b(?:schriftlich|schriftlichen?)\s+oder\s+(?:(?!schriftlich)\S+\s+){0,3}?elektronisch\w*|\belektronisch\w*\s+oder\s+schriftlich\w*|\bin\s+elektronischer\s+form\b|\belektronisch\w*\s+(?:\S+\s+){0,4}?(?:übermittelt|abgewickelt|einzureichen|erteilt|erfolgen|gestellt|zugelassen|abgegeben)\b/i;
const WRITTEN = /\bbedarf\s+(?:\S+\s+){0,4}?der\s+(?:schriftlichen\s+form|schriftform)\b|\bschriftlich\w*\b|\bschriftform\b/i;
const PERMISSION = /\b(?:kann|können|darf|dürfen)\b|\b(?:ist|sind)\s+zulässig\b|\bgenügt\b|\breicht\b/i;
const OBLIGATION = /\b(?:muss|müssen|soll|sollen|bedarf|bedürfen)\b|\b(?:ist|sind)\s+(?:\S+\s+){0,2}?verpflichtet\b|\b(?:ist|sind|hat|haben)\b[^.;]{0,200}?\b(?:zu\s+\p{L}+en|\p{L}+zu\p{L}+en)\b/iu;

export function modalOf(sentence: string): Modal {
  if (EXCLUDED.test(sentence)) return 'excluded';
  if (TEXTFORM.test(sentence)) return 'textform';
  if (ELECTRONIC.test(sentence)) return 'electronic';
  if (WRITTEN.test(sentence)) return 'written';
  if (PERMISSION.test(sentence)) return 'permission';
  if (OBLIGATION.test(sentence)) return 'obligation';
  return 'statement';
}

/**
 * The condition a sentence attaches to its rule, as it stands there: "nur … mit Zustimmung des Ausweisinhabers",
 * "auf Verlangen", "wenn dies durch Rechtsvorschrift angeordnet … ist". "auch wenn sie nicht Bundesrecht ausführt"
 * widens the rule; it does not condition it.
 */
const CONDITION =
  /\b(?:nur\s+(?:\S+\s+){0,10}?(?:mit|auf|nach|wenn|soweit|sofern|bei|durch|in)\s+[^,.;]{3,120}|auf\s+(?:verlangen|antrag)\b[^,.;]{0,60}|mit\s+(?:einwilligung|zustimmung)\b[^,.;]{0,80}|(?<!\b(?:auch|selbst)\s+)(?:wenn|soweit|sofern|falls)\s+[^.;]{5,200}?(?=[,.;]\s|[.;]?$))/i;
/** The exception to a rule that otherwise holds: "…, es sei denn, dass …". */
const EXCEPTION = /\bes\s+sei\s+denn\b[^.;]{5,200}/i;
/**
 * A condition that runs into a numbered list ends before it: the list is quoted with the sentence. Whitespace is
 * matched from the start of its run, where the first match begins anyway (tried from each blank, a long run was re-read).
 */
// a date ("vom 14. März 2012") is no list item
const LIST_START = /(?<!\s)\s+\d{1,2}\.\s(?!(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)[\s\S]*$/;
/**
 * "Soweit die besonderen Teile dieses Gesetzbuchs keine Regelung enthalten, …", "soweit nichts anderes bestimmt ist":
 * the clause says which law rules first (subsidiarity), not when the rule applies; it is no condition of the answer.
 */
const SUBSIDIARITY = /^(?:soweit|sofern|wenn)\b[^,.;]*?\b(?:nichts|etwas)\s+(?:\S+\s+)?anderes?\b|^(?:soweit|sofern|wenn)\b[^,.;]*?\bkeine\s+(?:\S+\s+)?(?:regelung|bestimmung)\w*\b|^(?:soweit|sofern|wenn)\b[^,.;]*?\bnicht\s+(?:\S+\s+)?(?:anders|abweichend)\b|^(?:soweit|sofern)\s+nicht\b[^,.;]*?\bandere\s+(?:form|regelung|bestimmung)\b/i;
const CONDITIONS = new RegExp(CONDITION.source, 'gi');
/** The first condition of a sentence that is no subsidiarity clause; the search stops there. */
function firstCondition(sentence: string): { index: number; text: string } | undefined {
  for (const m of sentence.matchAll(CONDITIONS)) if (!SUBSIDIARITY.test(m[0])) return { index: m.index ?? 0, text: m[0] };
  return undefined;
}
export const conditionOf = (sentence: string): string | undefined => {
  if (EXCEPTION.test(sentence)) return undefined;
  const m = firstCondition(sentence);
  // "Der Vermerk muss enthalten 1. … 3. den Hinweis, dass die Abschrift nur zur Vorlage bei … erteilt wird": a
  // condition inside a listed item is part of what the list names, not a condition of the rule
  const head = sentence.replace(LIST_START, '').length;
  if (!m || m.index >= head) return undefined;
  return m.index + m.text.length > head ? `${sentence.slice(m.index, head).trim()} …` : m.text.trim();
};

/**
 * "Darf das Finanzamt verlangen, dass …?" against "haben … auf Verlangen … vorzulegen": the question itself puts the
 * condition (the demand, the consent), so the rule's answer holds without "Es kommt darauf an".
 */
const ASKED_CONDITION: [RegExp, RegExp][] = [
  // "…, wenn der Empfänger es verlangt" is the demand put as a clause
  [/^(?:auf\s+verlangen\b|(?:wenn|sofern|soweit|falls)\b[^,.;]*\bverlangt\b)/i, /\bverlang\w*/i],
  [/^mit\s+einwilligung\b/i, /\beinwillig\w*/i],
  [/^mit\s+zustimmung\b/i, /\bzustimm\w*/i],
];
const conditionAsked = (asked: string, condition: string): boolean =>
  ASKED_CONDITION.some(([rule, question]) => rule.test(condition) && question.test(asked));

/** "Darf …?", "Kann …?", "Reicht …?": asks for a permission. "Muss …?": for a duty. */
const ASKS_PERMISSION = /^\s*(?:und\s+)?(?:darf|dürfen|kann|können|reicht|genügt|geht|ist\s+es\s+(?:zulässig|erlaubt|möglich))\b/i;
const ASKS_DUTY = /^\s*(?:und\s+)?(?:muss|müssen|braucht|brauchen|hat|haben)\b/i;
/** "Ist der Vertrag unwirksam, wenn …?", "… nichtig …?": the question asks for the legal consequence of a defect. */
const ASKS_INVALID = /\b(?:unwirksam|nichtig|ungültig)\b/i;
/** A sentence that states a consequence: "so gilt er für unbestimmte Zeit", "ist nichtig", "gilt als nicht erfolgt". */
const CONSEQUENCE = /\bso\s+(?:gilt|gelten|ist|sind)\b|\b(?:ist|sind)\s+(?:\S+\s+){0,2}?(?:nichtig|unwirksam)\b|\bgilt\s+(?:\S+\s+){0,4}?als\b/i;
const INVALID = /\b(?:nichtig|unwirksam)\b/i;
const ASKS_DIGITAL = /\b(?:e-?mail|mail|online|digital\w*|internet|pdf|elektronisch\w*|per\s+app|whatsapp|messenger\w*|sms|threema|telegram)\b/i;
/** "immer", "automatisch", "in jedem Fall": the question asks whether the rule holds without a condition. */
const ASKS_ALWAYS = /\b(?:immer|stets|automatisch|in\s+jedem\s+fall|ohne\s+weiteres|grundsätzlich)\b/i;

/** The ways of doing something a question may ask about ("auch mündlich, etwa am Telefon?"). */
const WAY = 'schriftlich|mündlich|fernmündlich|telefonisch|elektronisch|persönlich';

/** "schriftlich oder mündlich" in the sentence when the question asks about one of the two ways. */
function alternativeWay(question: string, sentence: string): string | undefined {
  const pair = new RegExp(`\\b(${WAY})\\w*\\s+oder\\s+(${WAY})\\w*`, 'i').exec(sentence);
  if (!pair) return undefined;
  const asked = new RegExp(`\\b(?:${pair[1]}|${pair[2]})`, 'i').test(question);
  return asked ? pair[0] : undefined;
}

const OR_BETWEEN_BLANKS = /(?<!\s)\s+oder\s+/;

/**
 * "Reicht es, wenn wir das nur im Bundesanzeiger veröffentlichen …?" — "… erfolgt durch Bekanntmachung … an der
 * Stelle, die … bestimmt ist, oder durch Veröffentlichung … im Bundesanzeiger": the asked noun names one member of an
 * "oder", so the way asked about is one the provision allows. Only for a question whether something may be done or
 * suffices, and only a noun that stands in the member after the "oder", nowhere before it.
 */
function alternativeNamed(question: string, sentence: string): boolean {
  const asked = askedSentence(question);
  if (!ASKS_PERMISSION.test(asked)) return false;
  // the lookbehind starts a match only where a run of blanks starts: linear on a sentence of endless blanks
  const at = sentence.search(OR_BETWEEN_BLANKS);
  if (at < 0) return false;
  // the member an "oder" introduces runs to the next clause boundary; the noun must not stand before it, where the
  // subject and the other member are ("Die Vorsitzende lädt … schriftlich oder …")
  const after = sentence.slice(at).split(OR_BETWEEN_BLANKS).slice(1).map((m) => m.split(/[,;:.]/)[0]!);
  const has = (part: string, word: string) => {
    const start = word.slice(0, Math.max(5, word.length - 3));
    return (part.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).some((w) => w.startsWith(start) && w.length - start.length <= 6);
  };
  return specificTerms(asked).some((t) => {
    const word = t.word.toLowerCase();
    return word.length >= 6 && after.some((m) => has(m, word)) && !has(sentence.slice(0, at), word);
  });
}

/**
 * The first words of a yes/no answer read from the answering sentence, or undefined when its wording does not
 * decide the question (the caller then quotes the sentence without a yes or no).
 */
export function yesNo(question: string, sentence: string): string | undefined {
  const modal = modalOf(sentence);
  const digital = ASKS_DIGITAL.test(question);
  const asked = askedSentence(question);
  const permission = ASKS_PERMISSION.test(asked);
  const duty = ASKS_DUTY.test(asked);
  if (modal === 'excluded') return 'Nein';
  // "Ist der Mietvertrag unwirksam, wenn …?" — "…, so gilt er für unbestimmte Zeit": the provision names the
  // consequence of the defect, and it is another one than the asked invalidity
  if (ASKS_INVALID.test(asked) && CONSEQUENCE.test(sentence)) {
    return INVALID.test(sentence) ? 'Ja' : 'Nein, nicht unwirksam: Die Vorschrift knüpft eine andere Folge daran';
  }
  if (digital && modal === 'textform') return 'Ja, die Textform genügt, also auch eine E-Mail';
  // a plain e-mail is no Schriftform in any procedural code; the lead names no § for it, since only the quoted
  // provision is a checked source of this answer (the rules that replace the form stand on the Schriftform cards)
  if (digital && modal === 'written') {
    return duty
      ? 'Ja, die Vorschrift verlangt die Schriftform'
      : 'Nicht per einfacher E-Mail: Die Vorschrift verlangt die Schriftform, und eine einfache E-Mail erfüllt sie nicht; elektronisch ersetzt wird sie nur auf den Wegen, die das Gesetz dafür ausdrücklich zulässt';
  }
  // "Darf die Leitstelle die Notrufe aufzeichnen?" — "Die Leitstelle zeichnet die … Telekommunikation auf": a statute
  // states in the indicative what an authority does; the question's own verb stated so answers it, also a question
  // put in the indicative ("Stellt das Land … bereit?" — "Das Ministerium stellt den Behörden Basisdienste … bereit")
  const act = askedAct(question);
  const negated = /\b(?:nicht|kein\w*|niemals)\b/i.test(sentence);
  if (modal === 'statement' && act && (permission || duty || act.indicative) && !negated && verbIn(act.verb, sentence)) {
    return 'Ja';
  }
  const condition = conditionOf(sentence);
  // "auch mündlich?" where the provision allows "schriftlich oder mündlich": the asked way is one the provision names,
  // and its condition is that of the measure, not of the way
  const way = alternativeWay(question, sentence);
  if (way && PERMISSION.test(sentence)) {
    return `Ja, die Vorschrift nennt „${way}“ nebeneinander${condition ? `; für jeden dieser Wege gilt: ${condition}` : ''}`;
  }
  if (alternativeNamed(question, sentence)) return 'Ja, die Vorschrift nennt diesen Weg als einen von mehreren';
  // "Kann sie das verlangen?" against "…, wenn der Empfänger es verlangt, …": the asked act is the rule's condition
  const fulfilled = condition !== undefined && conditionAsked(asked, condition);
  if (fulfilled && permission && modal === 'statement') return `Ja, ${condition}`;
  if (condition && !fulfilled) return ASKS_ALWAYS.test(question) ? `Nicht immer, nur ${condition.replace(/^nur\s+/i, '')}` : `Es kommt darauf an: ${condition}`;
  // "Müssen … die Einladung per Post auf Papier bekommen?" — "lädt … schriftlich oder durch ein elektronisches Dokument":
  // the paper way is one of two, not a duty
  if (modal === 'electronic' && duty && !digital && ASKS_PAPER.test(question)) return 'Nein, nicht zwingend: Die Vorschrift lässt auch den elektronischen Weg zu';
  const base =
    modal === 'electronic'
      ? 'Ja'
      : modal === 'permission'
        ? duty
          ? 'Nicht zwingend'
          : 'Ja'
        : modal === 'obligation' || modal === 'textform' || modal === 'written'
          ? permission || duty
            ? 'Ja'
            : undefined
          : undefined;
  // the rule holds unless the exception applies: "Ja, es sei denn, dass …"
  const exception = EXCEPTION.exec(sentence)?.[0].trim();
  return base && exception ? `${base}, ${exception}` : base;
}

/**
 * A long sentence that opens with what it leaves out ("Mit Ausnahme der Jahresabschlüsse …, sofern …, können …")
 * says its rule only after that; the lead quotes the rule and marks the cut (the source below quotes it whole).
 */
const LEADING_EXCEPTION =
  /^(?:mit\s+ausnahme|unbeschadet|abweichend\s+von|vorbehaltlich)\b[^]*?,\s+(?=(?:kann|können|muss|müssen|darf|dürfen|soll|sollen|ist|sind|gilt|gelten|hat|haben|wird|werden)\b)/i;
const LONG_SENTENCE = 250;
const leadQuote = (sentence: string): string =>
  sentence.length > LONG_SENTENCE && LEADING_EXCEPTION.test(sentence) ? `„[…] ${sentence.replace(LEADING_EXCEPTION, '')}“` : `„${sentence}“`;

/** The lead without a card: the answer read from the sentence, the provision that says it, and the sentence. */
export function generalLead(question: string, c: Candidate, num: string): string {
  const where = `${c.ref} ${c.hit.law}${c.hit.title ? ` (${c.hit.title})` : ''} ${num}`;
  const quote = leadQuote(c.sentence);
  const kind = answerKind(question);
  if (kind === 'yesno') {
    const answer = yesNo(question, c.sentence);
    if (!answer) return `Dazu regelt ${where}: ${quote}`;
    return `${answer}. ${where}: ${quote}`;
  }
  if (kind === 'time') return `Nach ${where}: ${quote}`;
  return `Dazu regelt ${where}: ${quote}`;
}
