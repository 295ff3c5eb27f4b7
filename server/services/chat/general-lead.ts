import type { SearchHit } from '../../contracts/search';
import { sentenceTexts } from '../../parser/structure';
import type { ProvisionText } from '../../retrieval/index';
import { stem, tokenize } from '../../retrieval/normalize';
import { SYNONYMS } from '../../retrieval/synonyms';
import { memoByText } from '../../memo';
import { askedClause, askedSentence, asksYesNo } from './cards';
import { asksHowTo } from './classify';
import { namedCode } from './procedure-codes';
import { haystack, hitFits, namesFieldOf, questionTerms, specificTerms, uncovered, type Term } from './fit';
import { ASKS_INVALID, CONSEQUENCE, modalOf, PAPER_WAY, yesNo } from './polarity';
import { splitVerbIn, verbIn } from './verb-forms';
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
  TIME_QUESTION.test(askedClause(question)) ? 'time' : asksYesNo(question) ? 'yesno' : 'topic';

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
// the drafter's words for acting at a screen ("Zustimmung am Bildschirm", "per Klick im Intranet") too; not a device
// ("private Tablets im Unterricht" is about the device, which no rule on the electronic way covers)
const DIGITAL_WORD =
  /^(?:e-?mail\w*|mail\w*|online\w*|digital\w*|internet\w*|intranet\w*|pdf\w*|elektronisch\w*|app|apps|portal\w*|webseite\w*|website\w*|whatsapp|messenger\w*|sms|threema|telegram|bildschirm|klick|klicks|mausklick|upload)$/i;
/** What a how-to question asks to replace: the provision that replaces it need not name it. */
const REPLACED_WORD = /^(?:papier\w*|pflicht\w*)$/i;
/** The way a provision says "digital". */
const DIGITAL_TEXT = /elektronisch|textform|öffentlich zugängliche\w* netz|datenfernübertragung|internet/i;
const FORM_QUESTION = new RegExp(`\\b(?:schriftlich\\w*|schriftform\\w*|textform|unterschr\\w*|unterzeichn\\w*|eigenhändig\\w*|elektronisch\\w*)\\b|${PAPER_WAY.source}`, 'i');
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

/** A word for the digital way ("E-Mail", "online", "per Klick"): how something is sent, not what it is. */
export const isDigital = (t: Term): boolean => DIGITAL_WORD.test(t.word);

/**
 * The nouns a provision must cover to answer the question. "Wie ersetze ich … die Pflicht, … auf Papier …?": the
 * paper duty is what the answer replaces, not what the provision that replaces it names.
 */
export const askedNouns = (question: string): Term[] => withoutReplaced(question, specificTerms(question));

const withoutReplaced = (question: string, nouns: Term[]) => (asksReplacement(question) ? nouns.filter((t) => !REPLACED_WORD.test(t.word)) : nouns);

/**
 * "Wie können sie die stattdessen bekommen, ohne extra aufs Amt zu gehen?": a how-question that asks to do without
 * what the case names (the paper, the visit) asks how to replace it, as "Wie ersetze ich …?" does.
 */
const HOW_OPENING = /^\s*(?:und\s+)?(?:wie|womit|wodurch|auf\s+welche\s+weise)\b/i;
const DOING_WITHOUT = /\b(?:stattdessen|statt\s+dessen|anstelle\s+dessen|ohne\s+(?:[\p{L}-]+\s+){0,4}?zu\s+\p{L}+)/iu;
export const asksReplacement = (question: string): boolean => {
  if (asksHowTo(question)) return true;
  const asked = askedSentence(question);
  return HOW_OPENING.test(asked) && DOING_WITHOUT.test(asked);
};

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
/**
 * "Geht das so?", "Hat er darauf einen Anspruch?": "das", "es" and the da-words stand for what the case tells as a
 * whole; "sie", "die", "ihn" stand for a thing or person it names ("Wie können sie die stattdessen bekommen?").
 */
const WHOLE_CASE_WORDS = 'darauf|dafür|dazu|damit|davon|dabei|darin|daran|dagegen|das|dies|es';
/** One of `words` standing as a pronoun: not the article of a noun that follows ("das Gesetz"). */
// case-sensitive after the first letter: with the i flag \p{Lu} would match every word after the pronoun
const pronounOf = (words: string) => new RegExp(String.raw`(?<![\p{L}])(?:${words})(?![\p{L}])(?![ \t]+\p{Lu})`, 'u');
/** "Hat er darauf einen Anspruch?", "Geht das so?": the asked sentence points back to what the sentences before it say. */
const POINTS_BACK = pronounOf(`${WHOLE_CASE_WORDS}|diese[sm]?|sie|er|ihn|ihm|ihr`);
const POINTS_TO_WHOLE = pronounOf(WHOLE_CASE_WORDS);

/**
 * "Was verlangt das Gesetz, damit die Signaturen nicht wertlos werden?": "damit" opening a clause after a comma is the
 * conjunction "so that", not "with that" pointing back (the pronouns of its clause still do: "…, damit das ohne geht?").
 */
const CONJUNCTION_DAMIT = /,\s*damit\b/gi;
/** "Was braucht es …?", "Gibt es …?": the "es" of an impersonal verb stands for nothing said before. */
const IMPERSONAL_ES = /\b(gibt|braucht|bedarf|geht|reicht|genügt|kommt)\s+es\b/gi;
const mainClause = (clause: string) => {
  const main = clause.replace(CONJUNCTION_DAMIT, ',').replace(IMPERSONAL_ES, '$1');
  return main.charAt(0).toLowerCase() + main.slice(1);
};
const pointsBack = (clause: string) => POINTS_BACK.test(mainClause(clause));
const pointsToWhole = (clause: string) => POINTS_TO_WHOLE.test(mainClause(clause));
/** "Gibt es da was Eigenes?", "Geht das dort auch?": a place or time adverb points to the case as a pronoun does. */
const DEICTIC = /(?<![\p{L}])(?:da|dort|hier|hierfür|hierzu)(?![\p{L}])/iu;
/** Whether a question refers to the case told before it, read for telling the case from the question. */
const refersToCase = (question: string) => DEICTIC.test(question) || pointsBack(question);

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
  const own = new Set(specificTerms(clause).map((t) => t.stem));
  // a pronoun stands for the object of the told case ("… eine Meldebescheinigung … abholen. Wie können sie die
  // stattdessen bekommen?"), not for every noun of it (the Kitaplatz the certificate is for); "das" for all of it
  if (pointsBack(clause)) {
    const object = pointsToWhole(clause) ? [] : caseObject(question).map((t) => t.stem);
    if (object.length === 0) return nouns;
    object.forEach((s) => own.add(s));
  }
  const kept = nouns.filter((t) => own.has(t.stem));
  return kept.length > 0 ? kept : nouns;
}

/** Articles and determiners that open a noun phrase (not the genitive ones: "die Kopie des Ausweises" is about the Kopie). */
const DETERMINER = /^(?:ein|eine|einen|einem|der|die|das|den|dem|diese[nmrs]?|jede[nmrs]?|ihre?[nmn]?|seine?[nmn]?|unsere?[nmn]?|solche[nmrs]?)$/i;
/** A preposition, alone or with its article: the noun phrase after it says for whom, where, from where or how. */
const PREPOSITION =
  /^(?:für|auf|aus|bei|beim|mit|nach|von|vom|zu|zum|zur|in|im|ins|an|am|ans|über|unter|durch|gegen|ohne|um|vor|hinter|neben|zwischen|statt|wegen|trotz|während|seit|bis|ab|per|pro|gemäß|laut)$/i;

/**
 * What the told case is about, as a pronoun of its question refers to it: the last noun of the sentences before the
 * question that opens with an article and stands after no preposition — the subject or object of the case ("Eltern
 * müssen bisher eine Meldebescheinigung vom Bürgeramt auf Papier abholen" → Meldebescheinigung; Bürgeramt and Papier
 * are where from and how). Frame words (Bürgerin, Antrag, Behörde) say who acts, not what about; none is returned.
 */
export function caseObject(question: string): Term[] {
  const sentences = sentenceTexts(question);
  const asked = sentences.findLastIndex((x) => x.endsWith('?'));
  let last: Term | undefined;
  for (const sentence of sentences.slice(0, Math.max(0, asked))) {
    const words = sentence.match(/[\p{L}\d-]+/gu) ?? [];
    words.forEach((w, i) => {
      if (i === 0 || !/^\p{Lu}/u.test(w)) return;
      // the article, with up to two lower-case adjectives between it and the noun ("eine neue schriftliche Meldebescheinigung")
      let j = i - 1;
      while (j > 0 && i - j <= 2 && /^\p{Ll}/u.test(words[j]!) && !DETERMINER.test(words[j]!) && !PREPOSITION.test(words[j]!)) j--;
      if (!DETERMINER.test(words[j]!) || (j > 0 && PREPOSITION.test(words[j - 1]!))) return;
      const term = specificTerms(w)[0];
      if (term) last = term;
    });
  }
  return last ? [last] : [];
}

/**
 * The questions of a message that tells its case first ("Wir wollen signierte Bescheide dreißig Jahre aufbewahren.
 * Was verlangt das Gesetz, damit die Signaturen …?"): its sentences that end in "?", where they name a noun of their
 * own and do not point back to the case with a pronoun. Undefined for a message that is all question.
 */
export function questionsAfterCase(question: string): string | undefined {
  const sentences = sentenceTexts(question);
  const asked = sentences.filter((s) => s.endsWith('?'));
  if (asked.length === 0 || asked.length === sentences.length || asked.some(refersToCase)) return undefined;
  const text = asked.join(' ');
  // a noun, not the capital that opens a question ("Müssen die auch online?"), nor every word of a question without one
  const named = asked.some((q) => specificTerms(q.charAt(0).toLowerCase() + q.slice(1)).some((t) => /^\p{Lu}/u.test(t.word)));
  return named ? text : undefined;
}

/** "…, auch wenn sie nicht öffentlich sind?", "…, obwohl ich kein Mitglied bin?": a circumstance granted after the asked act. */
const CONCESSIVE_CLOSE = /,\s*(?:(?:auch|selbst)\s+wenn|obwohl|obgleich|wenngleich)\b[^,?]*\?\s*$/i;

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
  // a verb of the question in any form: split ("zeichnet … auf"), inflected, or with "zu" ("zuzuhören")
  const asVerb = (t: Term) => (/^\p{Ll}/u.test(t.word) ? verbIn(t.word, text) : splitVerbIn(t.word, text));
  return [...plain.filter((t) => !missing.has(t) || bySynonym(t) || asVerb(t)), ...digital];
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
/**
 * "Muss … selbst / persönlich …?", "… oder darf sie jemanden schicken?", "Kann er sich vertreten lassen?": the question
 * asks whether someone else may act for the person. A sentence that lets the person be represented answers it.
 */
const ASKS_IN_PERSON =
  /\b(?:selbst|persönlich|höchstpersönlich)\b(?!\s+wenn\b)|\bjemand\w*\s+(?:\S+\s+){0,5}?(?:schicken|senden|entsenden|hinschicken)\b|\bvertreten\b|\bvertretung\b|\bstellvertret\w*/i;
const REPRESENTED = /\b(?:vertreten\s+lassen|vertreten\s+werden|vertreten\s+sein|lassen\s+sich\s+(?:\S+\s+){0,6}?vertreten|lässt\s+sich\s+(?:\S+\s+){0,6}?vertreten)\b/i;

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
  // the asked sentence decides between provisions: a noun only the case told before it names ("Bescheide" in "Wir
  // wollen signierte Bescheide aufbewahren. Was verlangt das Gesetz, damit die Signaturen …?") weighs as a plain word,
  // and a provision that misses it loses less than one missing a noun the question asks about
  const questions = questionsAfterCase(question);
  const asked = new Set(questions === undefined ? [] : specificTerms(questions).map((t) => t.stem));
  const story = (t: Term) => asked.size > 0 && !asked.has(t.stem);
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
  // "Wie bekommen sie die stattdessen, ohne … auf Papier …?": what replaces the paper is the digital way, not the
  // sentence that states the paper form being replaced ("erteilt … eine schriftliche Meldebescheinigung")
  const replacing = formQuestion && asksReplacement(question);
  // "Darf ein Mieter … per E-Mail kündigen?": the verb at the end is what is asked about, as much as a noun
  // (not the last word of a clause that grants a circumstance: "…, auch wenn sie nicht öffentlich sind?")
  const lastAsked = questionTerms(question.replace(CONCESSIVE_CLOSE, '?')).at(-1);
  const predicate = terms.find((t) => t.stem === lastAsked?.stem);
  const scopeOf = scopeObject(question);
  const asksRegulation = REGULATION_QUESTION.test(question);
  const asksConsequence = kind === 'yesno' && ASKS_INVALID.test(askedSentence(question));
  const inPerson = kind === 'yesno' && ASKS_IN_PERSON.test(askedSentence(question));
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
    const penalty = penalised.reduce((n, t) => n + (story(t) ? 0.5 : 1.5), 0);
    // a word naming the provision's field ("Umzug" for the BMG) is one word each of its sentences covers: the field
    // is one topic however many of its words the question uses, and no noun of what the sentence itself rules
    const byField = terms.find((t) => namesField(t, h.law));
    absaetze.forEach((a, ai) => {
      const context = covered(terms, a.text);
      // the title says what the provision is about ("Form und Inhalt der Kündigung")
      const titled = covered(terms, h.title);
      const titleForm = rulesOnForm(h.title);
      // a scope Absatz ("Dieser Teil gilt nicht für 1. … 9. die Schulen …") answers a scope question as a whole: the
      // splitter may cut its list, and an item alone does not say that the law leaves it out
      const split = sentencesOf(a.text);
      const scopeList = scopeOf !== undefined && split.length > 1 && SCOPE_TEXT.test(split[0]!) && covered(scopeOf, a.text).length === scopeOf.length;
      (scopeList ? [a.text.replace(/\s+/g, ' ').trim()] : split).forEach((s, si) => {
        // an authorisation to regulate says who may make the rule, not what the rule is
        if (!asksRegulation && ENABLING.test(s)) return;
        const own = covered(terms, s);
        const termWeight = (t: Term) => (t === predicate ? 3 : nounStems.has(t.stem) && !story(t) ? 2 : 1);
        // the digital way is one point however many words the question uses for it ("per Klick im Intranet … am Bildschirm")
        const weight = (ts: Term[]) => ts.filter((t) => !isDigital(t)).reduce((n, t) => n + termWeight(t), 0) + Math.max(0, ...ts.filter(isDigital).map(termWeight));
        // retrieval knows how rare the shared words are in the corpus; a provision that misses a noun of the question is about something else
        // the rule comes first, its exceptions and details after it
        const ownWeight = weight(own) + (byField && !own.includes(byField) ? 1 : 0);
        let score = -0.25 * (ai + si) + ownWeight + 0.5 * weight(context.filter((t) => !own.includes(t))) + weight(titled) + 2 * (h.score / top) - penalty;
        if (kind === 'time' && timeText.test(s)) score += 2;
        if (kind === 'time' && !timeText.test(s)) score -= 2;
        if (kind === 'yesno' && modalOf(s) !== 'statement') score += 0.5;
        // a question on the consequence of a defect is answered by the sentence that states one (§ 550, not § 575 BGB)
        if (asksConsequence && CONSEQUENCE.test(s)) score += 2;
        // "Gilt … auch für die Hochschulen?" is answered by the provision on the scope that names them; a sentence
        // that does not name them is about the rule, not about whom it covers
        // (above any count of the words it shares with an earlier question the follow-up is read with)
        if (scopeOf) score += covered(scopeOf, s).length < scopeOf.length ? -SCOPE_WEIGHT : SCOPE_TEXT.test(s) ? SCOPE_WEIGHT : 0;
        // a question about the digital way is answered by the sentence that speaks of it
        // (a provision on something else that only shares the nouns cannot answer it)
        if (formQuestion) score += (rulesOnForm(s) ? 1 : 0) + (titleForm ? 1 : 0) - (rulesOnForm(s) || titleForm ? 0 : 5);
        if (replacing && DIGITAL_TEXT.test(s)) score += 2;
        // "Muss die Bürgermeisterin selbst kommen, oder darf sie jemanden schicken?" is answered by the sentence that
        // lets her be represented, which names neither the sitting nor the committee the question shares with the duty
        const represents = inPerson && REPRESENTED.test(s);
        if (represents) score += 3;
        // such a sentence refers to the person by a pronoun („Sie oder er kann sich … vertreten lassen“): its Absatz names what it is about
        const candidate = { hit: h, ref: a.ref, sentence: s, absatz: a.text, score, own: represents ? Math.max(ownWeight, weight(context)) : ownWeight, missing };
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

/**
 * What naming the asked body weighs for a scope question, as a bonus for a sentence on the scope that names it and a
 * penalty for a sentence that does not: it answers "Gilt das auch für …?" outright.
 */
const SCOPE_WEIGHT = 12;

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

/**
 * A long sentence that opens with what it leaves out ("Mit Ausnahme der Jahresabschlüsse …, sofern …, können …")
 * says its rule only after that; the lead quotes the rule and marks the cut (the source below quotes it whole).
 */
const LEADING_EXCEPTION =
  /^(?:mit\s+ausnahme|unbeschadet|abweichend\s+von|vorbehaltlich)\b[^]*?,\s+(?=(?:kann|können|muss|müssen|darf|dürfen|soll|sollen|ist|sind|gilt|gelten|hat|haben|wird|werden)\b)/i;
const LONG_SENTENCE = 250;
const leadQuote = (sentence: string): string =>
  sentence.length > LONG_SENTENCE && LEADING_EXCEPTION.test(sentence) ? `„[…] ${sentence.replace(LEADING_EXCEPTION, '')}“` : `„${sentence}“`;

/**
 * „Sie oder er kann sich … vertreten lassen“: a sentence that names its subject by a pronoun is quoted after the
 * sentence of its Absatz it refers to, so that the lead says whom it is about.
 */
const PRONOUN_START = /^(?:sie\s+oder\s+er|er\s+oder\s+sie|er|sie|diese[rs]?)\s/i;
function withAntecedent(c: Candidate): string {
  if (!PRONOUN_START.test(c.sentence)) return c.sentence;
  const all = sentencesOf(c.absatz);
  const at = all.indexOf(c.sentence);
  return at > 0 ? `${all[at - 1]} ${c.sentence}` : c.sentence;
}

/** The lead without a card: the answer read from the sentence, the provision that says it, and the sentence. */
export function generalLead(question: string, c: Candidate, num: string): string {
  const where = `${c.ref} ${c.hit.law}${c.hit.title ? ` (${c.hit.title})` : ''} ${num}`;
  const quote = leadQuote(withAntecedent(c));
  const kind = answerKind(question);
  if (kind === 'yesno') {
    const answer = yesNo(question, c.sentence);
    if (!answer) return `Dazu regelt ${where}: ${quote}`;
    return `${answer}. ${where}: ${quote}`;
  }
  if (kind === 'time') return `Nach ${where}: ${quote}`;
  return `Dazu regelt ${where}: ${quote}`;
}
