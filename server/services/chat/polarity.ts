import { askedSentence } from './cards';
import { questionTerms, specificTerms } from './fit';
import { PARTICLES, verbIn } from './verb-forms';

/**
 * Polarity: the yes or no a provision's sentence gives to a yes/no question, read from its modal wording ("ist
 * ausgeschlossen" → Nein, "kann"/"darf" → Ja, "muss" asked as "Darf …?" → Ja, "nur … wenn …" → Es kommt darauf an,
 * "…, es sei denn …" → Ja, es sei denn …). Undefined where the wording does not decide the question: the lead then
 * quotes the sentence without a yes or no. Each rule has its examples in test/services/polarity.test.ts.
 */

/** The paper way in a question: "auf Papier", "per Post", "postalisch". */
export const PAPER_WAY = /\b(?:auf|in)\s+papier\w*|\bper\s+(?:post|brief)\b|\bpostalisch\w*/;
/** "… per Post auf Papier …?": the question asks about the paper way, which a provision allowing the electronic one does not require. */
const ASKS_PAPER = new RegExp(`${PAPER_WAY.source}|\\bpapierform\\b`, 'i');

/** An aside that closes a question ("…, etwa für gehörlose Menschen?"): an example, not the asked act. */
const CLOSING_ASIDE = /,\s*(?:etwa|z\.\s?b\.|zum\s+beispiel|beispielsweise|insbesondere|vor\s+allem)\b[^,?]*(?=\?\s*$)/i;
/** A finite verb opening the question that is no modal, auxiliary or copula: "Stellt das Land … bereit?" */
const FINITE_OPENING = /^\s*(?:und\s+)?(\p{Lu}\p{Ll}{2,}t)\s/u;
/** The particle that closes a question opened by its verb: „Stellt das Land … bereit?“ */
const CLOSING_PARTICLE = new RegExp(`\\b(${PARTICLES})\\s*\\?\\s*$`, 'i');
const NOT_FULL_VERB = /^(?:ist|hat|wird|gilt|gibt|geht|reicht|genügt|braucht|heißt|bedeutet|sollte|könnte|müsste|dürfte|würde|wäre|hätte)$/;

/**
 * The act a yes/no question asks about: the verb that closes the asked clause ("… annehmen und beantworten
 * können, etwa …?" → "beantworten"), or the verb it opens with and its particle ("Stellt … bereit?" →
 * "bereitstellen"). `indicative` says the question asks, in the indicative, whether something is done.
 */
export function askedAct(question: string): { verb: string; indicative: boolean } | undefined {
  const asked = askedSentence(question).replace(CLOSING_ASIDE, '');
  const opening = FINITE_OPENING.exec(asked)?.[1]?.toLowerCase();
  if (opening && !NOT_FULL_VERB.test(opening)) {
    const particle = CLOSING_PARTICLE.exec(asked)?.[1]?.toLowerCase();
    return { verb: particle ? `${particle}${opening.slice(0, -1)}en` : `${opening.slice(0, -1)}en`, indicative: true };
  }
  const last = questionTerms(asked).at(-1)?.word;
  return last && /^\p{Ll}/u.test(last) ? { verb: last, indicative: false } : undefined;
}

/** How a provision's sentence rules: what a yes/no question reads from it. */
export type Modal = 'excluded' | 'exempt' | 'textform' | 'electronic' | 'written' | 'permission' | 'obligation' | 'statement';

const EXCLUDED = /\bist\s+(?:\S+\s+){0,3}?ausgeschlossen\b|\bsind\s+(?:\S+\s+){0,3}?ausgeschlossen\b|\bunzulässig\b|\bnicht\s+zulässig\b|\b(?:darf|dürfen)\s+(?:\S+\s+){0,8}?nicht\b|\bverboten\b|\b(?:gilt|gelten)\s+nicht\b|\b(?:findet|finden)\s+keine\s+anwendung\b|\b(?:ist|sind)\s+nicht\s+(?:berechtigt|befugt)\b/i;
/**
 * "Einer Begründung bedarf es nicht, 1. soweit …", "Eine Anhörung ist nicht erforderlich, wenn …": the sentence lifts a
 * duty (for the cases it names), it does not impose one, although "bedarf" is read as a duty.
 */
const EXEMPT = /\b(?:bedarf|bedürfen)\s+es\s+(?:\S+\s+){0,3}?(?:nicht|keine[rsm]?)\b|\b(?:ist|sind)\s+(?:\S+\s+){0,3}?nicht\s+(?:erforderlich|notwendig|nötig)\b/i;
const TEXTFORM = /\btextform\b/i;
/**
 * "schriftlich oder elektronisch", also with words between: "schriftlich oder durch ein elektronisches Dokument",
 * "schriftlich oder auf elektronischem Weg" — the electronic way stands next to the written one.
 */
const ELECTRONIC = /\b(?:schriftlich|schriftlichen?)\s+oder\s+(?:(?!schriftlich)\S+\s+){0,3}?elektronisch\w*|\belektronisch\w*\s+oder\s+schriftlich\w*|\bin\s+elektronischer\s+form\b|\belektronisch\w*\s+(?:\S+\s+){0,4}?(?:übermittelt|abgewickelt|einzureichen|erteilt|erfolgen|gestellt|zugelassen|abgegeben)\b/i;
const WRITTEN = /\bbedarf\s+(?:\S+\s+){0,4}?der\s+(?:schriftlichen\s+form|schriftform)\b|\bschriftlich\w*\b|\bschriftform\b/i;
/** "ist berechtigt, … anzufordern": a right to act, not a duty, although an infinitive with "zu" follows. */
const PERMISSION = /\b(?:kann|können|darf|dürfen)\b|\b(?:ist|sind)\s+zulässig\b|\bgenügt\b|\breicht\b|\b(?:ist|sind)\s+(?:\S+\s+){0,2}?(?:berechtigt|befugt)\b/i;
const OBLIGATION = /\b(?:muss|müssen|soll|sollen|bedarf|bedürfen)\b|\b(?:ist|sind)\s+(?:\S+\s+){0,2}?verpflichtet\b|\b(?:ist|sind|hat|haben)\b[^.;]{0,200}?\b(?:zu\s+\p{L}+en|\p{L}+zu\p{L}+en)\b/iu;

export function modalOf(sentence: string): Modal {
  if (EXEMPT.test(sentence)) return 'exempt';
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
export const ASKS_INVALID = /\b(?:unwirksam|nichtig|ungültig)\b/i;
/** A sentence that states a consequence: "so gilt er für unbestimmte Zeit", "ist nichtig", "gilt als nicht erfolgt". */
export const CONSEQUENCE = /\bso\s+(?:gilt|gelten|ist|sind)\b|\b(?:ist|sind)\s+(?:\S+\s+){0,2}?(?:nichtig|unwirksam)\b|\bgilt\s+(?:\S+\s+){0,4}?als\b/i;
const INVALID = /\b(?:nichtig|unwirksam)\b/i;
const ASKS_DIGITAL = /\b(?:e-?mail|mail|online|digital\w*|internet|pdf|elektronisch\w*|per\s+app|whatsapp|messenger\w*|sms|threema|telegram)\b/i;
/** "immer", "automatisch", "in jedem Fall": the question asks whether the rule holds without a condition. */
const ASKS_ALWAYS = /\b(?:immer|stets|automatisch|in\s+jedem\s+fall|ohne\s+weiteres|grundsätzlich)\b/i;

/** "Gilt … als …?": the question asks whether a legal fiction holds. */
const ASKS_DEEMED = /^\s*(?:und\s+)?(?:gilt|gelten)\b[^?]*\bals\b/i;
/** A legal fiction in a provision: "gilt … als zugegangen", "gelten als bekannt gegeben". */
const DEEMED = /\b(?:gilt|gelten)\s+(?:\S+\s+){0,8}?als\b/i;

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

const negated = (sentence: string) => /\b(?:nicht|kein\w*|niemals)\b/i.test(sentence);

/** "…, ohne irgendwelche Gründe?", "ohne Unterschrift": the noun a question asks to do without. */
const WITHOUT = /\bohne\s+(?:(?:jede|jegliche|irgendwelche|irgendeine|eine|einen|ein|die|den|das|der|seine|ihre)\w*\s+)?(\p{Lu}\p{L}{3,})/gu;
/** The nouns a question asks to do without ("ohne Gründe" → Gründe). */
export const withoutNouns = (question: string): string[] => [...askedSentence(question).matchAll(WITHOUT)].map((m) => m[1]!);

/**
 * Whether the sentence names what the question asks to do without, as a word or inside one ("Gründe" in
 * "Begründung"): the stem without its plural or case ending.
 */
const withoutNamed = (asked: string, sentence: string): boolean => withoutNouns(asked).some((noun) => namesStem(noun, sentence));

/** Whether a text names a word by its stem, alone or inside another word ("begründen", "Gründe" in "Begründung"). */
export function namesStem(word: string, text: string): boolean {
  const base = word.toLowerCase().replace(/(?:en|er|e|n|s)$/, '');
  return base.length >= 4 && (text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => w.includes(base));
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
  // "Muss … immer eine Begründung haben?" — "Einer Begründung bedarf es nicht, 1. soweit …": the duty has exceptions,
  // and the cases the sentence names are where it does not hold (its "soweit" is no condition of a yes)
  if (modal === 'exempt') {
    const limited = conditionOf(sentence) !== undefined || LIST_START.test(sentence);
    if (duty) return limited ? (ASKS_ALWAYS.test(asked) ? 'Nicht immer' : 'Nicht in jedem Fall') : 'Nein';
    if (permission) return limited ? 'Es kommt darauf an' : 'Ja';
    return undefined;
  }
  // "Darf das Amt ablehnen, ohne Gründe zu nennen?" — "… ist mit einer Begründung zu versehen": the duty names what
  // the question would leave out
  if (permission && !negated(sentence) && OBLIGATION.test(sentence) && withoutNamed(asked, sentence)) return 'Nein';
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
  if (modal === 'statement' && act && (permission || duty || act.indicative) && !negated(sentence) && verbIn(act.verb, sentence)) {
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
  // "Gilt der Bescheid als bekannt gegeben?" — "Der Bescheid gilt am dritten Tag … als bekannt gegeben": a legal
  // fiction answers the question put in its own words ("gilt nicht als" is read as excluded above)
  if (modal === 'statement' && ASKS_DEEMED.test(asked) && DEEMED.test(sentence) && !negated(sentence)) return 'Ja';
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
