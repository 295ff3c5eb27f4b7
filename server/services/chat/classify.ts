import { sentenceTexts } from '../../parser/structure';

/**
 * Intent of a chat message. Drafters ask questions, paste provisions (quoted or not, before or after their
 * question, one Satz or several Absätze), refer back to the previous turn and ask for rewrites; the decision uses
 * several independent signals because no single one is reliable on such mixed messages.
 */
export const INTENTS = ['empty', 'question', 'howto', 'check', 'rewrite', 'follow_up', 'out_of_scope', 'closing'] as const;
export type IntentKind = (typeof INTENTS)[number];

export interface Intent {
  kind: IntentKind;
  /** The question part (for retrieval and relevance); for a bare passage the passage itself. */
  question: string;
  /** A pasted provision or draft passage in this message (to check, or to rewrite). */
  passage?: string;
  /** The citation label the passage was pasted with ("§ 12 Abs. 2", "Art. 3", "(2)"); it names, it is no text. */
  label?: string;
}

/** What the conversation offers to refer back to. */
export interface IntentContext {
  /** An earlier turn exists. */
  hasPrevious?: boolean;
  /** An earlier turn checked a passage that a rewrite can work on. */
  hasPassage?: boolean;
  /** Whether a word names a law of the corpus ("NBauO"): such a message is in scope whatever else it says. */
  isLawName?: (word: string) => boolean;
  /**
   * Whether a word names a field of law the corpus holds ("Sozialleistung" → SGB I, "Finanzamt" → AO): a question about
   * a benefit or an office of that field is a question about its administration, whatever way it asks.
   */
  namesField?: (word: string) => boolean;
}

const OPEN_QUOTE = '[„"»«“‚\'”]';
const CLOSE_QUOTE = '[“"«»”‘\'’]';
/** A quoted stretch of at least a few words: „…“, "…", »…«. */
const QUOTED = /[„"»«“]([^„"»«“”]{20,}?)[“"«»”]/g;
/** "Prüfe: …", "Formuliere um: …", "Folgende Vorschrift: …" — an instruction, a colon, then the passage. */
const LEAD_IN =
  /^\s*((?:bitte\s+)?(?:prüf|check|analysier|bewert|beurteil|schau|sieh|guck|kannst\s+du|könnt|formulier|überarbeit|schreib|hier|folgend|ist\s+(?:diese|die|das|folgende)|sind\s+(?:diese|die|folgende)|wie\s+(?:ist|wäre|sieht)|was\s+(?:hältst|sagst|ist\s+mit)|ist\s+das|geht\s+das|unser|mein|der\s+entwurf|die\s+vorschrift|die\s+regelung|entwurf|vorschrift|regelung|text|paragraph|absatz)[^:\n]{0,200}):\s*([\s\S]{8,})$/i;
/**
 * Blanks that do not end a line. A heading or Absatz after blank lines is found from the last line start before it:
 * `^\s*` let every line start of a long run of empty lines re-read the whole run (quadratic, bench:redos).
 */
const BLANK = String.raw`[^\S\n\r\u2028\u2029]`;
/**
 * A further Absatz "(2)" on a later line, found from the last line break before it (`\n\s*` re-read a long run of
 * empty lines from each of them).
 */
export const LATER_ABSATZ = /\n[^\S\n]*\(\d+[a-z]?\)\s/;
const HEADING = new RegExp(String.raw`^${BLANK}*(?:#{1,6}\s*)?(?:§|Art\.?|Artikel)\s*\d+[a-z]?\b`, 'm');
const ABSATZ = new RegExp(String.raw`^${BLANK}*\(\d+[a-z]?\)\s+\S`, 'm');
const QUESTION_START =
  /^\s*(?:und\s+|aber\s+|also\s+)?(?:wie|was|welche[rsmn]?|wann|wo|wer|wem|wen|warum|weshalb|wieso|wozu|woher|wohin|womit|wodurch|worauf|darf|dürfen|kann|können|könnte|muss|müssen|soll|sollte|gibt|gilt|ist|sind|hat|haben|brauche|braucht|reicht|genügt|geht|erklär|nenne|zeig|liste|gib|beschreib|vergleich|prüf|bitte|hilf|formulier)\b/i;
/** Drafts do not speak in the first person; a sentence that does is the user talking. */
const FIRST_PERSON = /\b(?:ich|wir|mir|mich|uns|mein\w*|unser\w*)\b/i;
/**
 * Typical shapes of normative sentences: "ist … zu stellen", "sind … beizufügen", "bedarf der Schriftform", "kann …
 * angeordnet werden", "erfolgt durch Aushang", and the hindrance words themselves.
 */
const NORMATIVE =
  /(?<![\p{L}])(?:ist|sind|hat|haben)(?![\p{L}])[^.?!]{0,200}(?:(?<![\p{L}])zu\s+\p{L}+en|\p{L}+zu\p{L}+en)(?![\p{L}])|(?<![\p{L}])bedarf\s+der(?![\p{L}])|(?<![\p{L}])(?:muss|müssen|soll|sollen|kann|können|darf|dürfen|wird|werden)(?![\p{L}])[^.?!]{0,200}(?<![\p{L}])(?:werden|erfolgen|vorgelegt|eingereicht|erteilt|gestellt|unterschrieben|beigefügt|angeordnet|übermittelt|erscheinen|bekannt\s*gemacht|ausgehängt|zugestellt)(?![\p{L}])|(?<![\p{L}])(?:erfolgt|erfolgen)\s+(?:durch|per|mit|auf|schriftlich|persönlich|im|in)(?![\p{L}])|(?<![\p{L}])(?:schriftlich|eigenhändig|persönlich|beglaubigt|im\s+Original|per\s+Post|durch\s+(?:Aushang|Vorlage))\p{L}*/iu;
/**
 * A long statement that cites a provision by its Absatz or Satz ("Bei der Gewerbeanzeige nach § 2 Absatz 1 weisen …
 * nach, dass …") is statute wording even in the indicative, which NORMATIVE does not read as a duty.
 */
const CITES_PROVISION = /(?<![\p{L}])(?:nach|gemäß|im\s+Sinne\s+(?:des|der|von))\s+(?:§+|Absatz|Abs\.|Satz|Nummer|Nr\.)\s*\d/iu;
/** What a rewrite request points at (an Änderungsbefehl or a shorter version also asks for new wording): "wie müsste der Satz lauten?", "wie sähe die Formulierung aus?". */
const POINTED = String.raw`(?:die|der|den|diese|dieser)\s+(?:vorschrift|regelung|text|absatz|paragraph|satz|sätze|formulierung|wortlaut|norm|entwurf|passage)`;
const REWRITE = new RegExp(
  String.raw`(?<![a-zäöüß])änderungsbefehl\w*|\b(?:umformulier\w*|(?:kürzer|knapper)\s+(?:bitte|fass\w*|formulier\w*)|bitte\s+(?:kürzer|knapper)|neu\s*formulier\w*|umschreib\w*|neu\s*schreib\w*|neufass\w*|überarbeit\w*|formulierungsvorschlag|formulier\w*\s+(?:\S+\s+){0,5}?(?:um|neu)\b|wie\s+(?:müsste|sollte|würde|könnte|muss|soll)\s+(?:das|es|${POINTED})\s+(?:\S+\s+){0,3}?(?:lauten|heißen|aussehen)|wie\s+(?:sähe|sieht|wäre)\s+(?:das|es|${POINTED})\s+(?:\S+\s+){0,3}?(?:aus|formuliert)\b|schreib\w*\s+(?:\S+\s+){0,4}?um\b|digitaltauglich\s+(?:machen|fassen)|(?:verbesserungs|änderungs)?vorschlag\w*|schl[äa]g\w*\s+(?:\S+\s+){0,4}?vor\b|verbesser\w*|besser\s+(?:formulier\w*|schreib\w*|fass\w*|mach\w*|lös\w*|geht|ginge|machen)|(?:mach|bau)\w*\s+(?:\S+\s+){0,3}?(?:digital|digitaltauglich|online-?fähig)\w*|pass\w*\s+(?:\S+\s+){0,4}?an\b|anpass\w*|(?<!\bwas\s+(?:heißt|bedeutet)\s+)(?:digital\w*|digitaltauglich\w*|online-?fähig\w*|elektronisch\w*|technikoffen\w*|anders)\s+(?:zu\s+)?(?:formulier|fass|schreib)\w*)`,
  'i',
);
const FOLLOW_UP_START =
  /^\s*(?:und|aber|auch|dann|sonst|also|was\s+ist\s+mit|was\s+gilt\s+(?:für|bei)|wie\s+ist\s+es\s+(?:mit|bei)|wie\s+sieht\s+es\s+(?:mit|bei)|gilt\s+das|geht\s+das|warum|wieso|weshalb|inwiefern|genauer|mehr\s+dazu|beispiel)\b/i;
/**
 * "ist das …", "reicht das", "die Vorschrift", "dazu", "was heißt das für …": the message points at the previous
 * turn ("bedeutet das" before a noun is an article: "Was bedeutet das Once-Only-Prinzip?" asks afresh).
 */
const ANAPHORA =
  /\b(?:(?:heißt|bedeutet)\s+(?:das|dies)\s*(?:\?|$|(?:für|bei|im|in|denn|konkret|genau|dann|praktisch)\b)|(?:ist|geht|reicht|gilt|genügt|passt|stimmt|klappt|kann|muss|darf|soll|würde|wäre|sollte|könnte|formuliere|ändere|mache|prüfe)\s+(?:ich\s+|man\s+)?(?:das|dies|es|sie)\b|(?:die|diese|der|dieser|den|diesen|dem|diesem)\s+(?:vorschrift|regelung|norm|paragraphen?|absatz|passage|satz|entwurf|formulierung|text|befund\w*)\b|\b(?:dazu|davon|darin|dafür|hierfür|hierzu|dort|damit)\b)/i;
const HOWTO =
  /\b(?:wie|womit|wodurch|auf\s+welche\s+weise)\b[\s\S]{0,120}\b(?:ersetz\w*|formulier\w*|umsetz\w*|ermöglich\w*|digitalisier\w*|vermeid\w*|abschaff\w*|streich\w*|gestalt\w*|regel\w*|regl\w*|schreib\w*|änder\w*|ablös\w*|schaff\w*|weg|loswerd\w*|lös\w*)\b|\b(?:alternative\w*|ersatz)\b\s+(?:zur|zum|für|statt)\b|\bstatt\s+(?:der|des|dem|einer|eines)\b/i;
/**
 * "und wie formuliere ich das?", "wie schreib ich das ins Gesetz?", "hast du einen Formulierungsvorschlag?": after an
 * answer (no passage to rewrite) the user asks for the model wording of what was answered.
 */
const WORDING =
  /\bwie\s+(?:formulier|schreib|fass)\w*\s+(?:ich|man|wir)\b|\bformulierungs(?:vorschlag|hilfe|beispiel|muster)\w*|\bmusterformulierung\w*|\bwie\s+(?:könnte|müsste|sollte|würde|kann|muss|soll)\s+(?:das|es|die\s+regelung|die\s+vorschrift|der\s+satz)\s+(?:\S+\s+){0,3}?(?:lauten|heißen)\b/i;
export const asksWording = (text: string): boolean => WORDING.test(text);
/** "Wie ersetze ich …?", "Alternative zur …": the message asks how to replace or change a rule. */
export const asksHowTo = (text: string): boolean => HOWTO.test(text);
/**
 * Word starts that mark a message as being about law, administration or digital procedure. A message without
 * any of them ("Wie wird das Wetter morgen?") is out of scope: retrieval always returns something, so the scope
 * has to be decided before it.
 */
const DOMAIN_STEMS = [
  'gesetz', 'vorschrift', 'verordnung', 'satzung', 'paragraph', 'absatz', 'recht', 'behörd', 'verwaltung', 'amt', 'ämter',
  'antrag', 'anträg', 'beantrag', 'bescheid', 'verwaltungsakt', 'form', 'schrift', 'unterschr', 'unterzeichn', 'signatur',
  'signier', 'siegel', 'digital', 'elektron', 'online', 'e-mail', 'mail', 'internet', 'portal', 'nutzerkonto', 'bundid',
  'postfach', 'zustell', 'bekannt', 'aushang', 'aushäng', 'amtsblatt', 'nachweis', 'bescheinig', 'urkund', 'original',
  'kopie', 'scan', 'beglaubig', 'ausweis', 'eid', 'online-ausweis', 'identit', 'erschein', 'vorsprach', 'vorsprech',
  'persönlich', 'formular', 'vordruck', 'papier', 'akte', 'akten', 'archiv', 'aufbewahr', 'bezahl', 'gebühr', 'zahlung',
  'zahlen', 'rechnung', 'technik', 'technolog', 'software', 'standard', 'schnittstell', 'daten', 'sicherheit', 'automat',
  'ermessen', 'prinzip', 'digitalcheck', 'ndig', 'ozg', 'egovg', 'vwvfg', 'nvwvfg', 'bgb', 'sgb', 'ao', 'vwzg', 'pauswg',
  'eidas', 'entwurf', 'entwürf', 'norm', 'regelung', 'frist', 'widerspruch', 'anzeig', 'meldung', 'melde', 'register',
  'bürger', 'unternehm', 'kommun', 'gemeind', 'landkreis', 'niedersachs', 'once-only', 'once', 'qes', 'fax', 'post',
  'brief', 'einschreib', 'termin', 'erklärung', 'einwillig', 'vertrag', 'kündig', 'textform', 'zugang', 'barriere',
  'medienbruch', 'verfahren', 'erlass', 'genehmig', 'erlaubnis', 'zulassung', 'prüf', 'hindernis', 'vollzug', 'pflicht',
  'verpflicht', 'ministeri', 'landtag', 'drucksache', 'änderungsbefehl', 'begründung', 'zuständig', 'dokument', 'beleg',
  'quittung', 'bauantrag', 'baugenehm', 'bauvor', 'einreich', 'abgeb', 'vorleg', 'vorzuleg', 'beifüg', 'beizufüg', 'stempel', 'aushändig', 'einheitlich',
  // fields of public law the corpus or the drafters' ministries deal with: questions there are in scope even when
  // the corpus has no answer (they get "nothing fitting found", not the scope message)
  'bauordnung', 'polizei', 'feuerwehr', 'brandschutz', 'rettungsdienst', 'notfall', 'sanität', 'beamt', 'lehrkr', 'schule',
  'schul', 'unterricht', 'kita', 'pflege', 'mindestlohn', 'steuer', 'förder', 'zuschuss', 'subvention', 'naturschutz',
  'umweltschutz', 'abfall', 'wasserrecht', 'verkehr', 'fahrerlaubnis', 'führerschein', 'gewerbe', 'gaststätt', 'glücksspiel',
  'wahl', 'ausbildung', 'prüfung', 'erstattung', 'reisekosten', 'katastroph', 'grundbuch', 'kataster', 'standesamt',
  // the Land's adjective with its umlaut ("niedersächsischen") and the bodies of the Kommunalverfassung: a question on
  // who may attend a council's or committee's sitting is one on the NKomVG
  'niedersächs', 'ausschuss', 'ausschüss', 'sitzung', 'ratsmitglied', 'ratsherr', 'ratsfrau', 'kreistag', 'abgeordnet',
  // the courts' side of procedure („Müssen Anwälte das beA nutzen?“); not „Gericht“ alone, which is also a dish
  'anwalt', 'anwält', 'klage', 'kläger', 'gerichtsverfahren', 'verwaltungsgericht', 'sozialgericht', 'finanzgericht',
];
const WORDS = /[a-zäöüß0-9§-]+/gi;

const stripQuotes = (s: string) => s.trim().replace(new RegExp(`^${OPEN_QUOTE}+|${CLOSE_QUOTE}+$`, 'g'), '').trim();
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Nothing to answer: no word of at least two letters ("", "?", "…", "x"). */
export function isEmptyMessage(text: string): boolean {
  return !/\p{L}{2}|\d/u.test(text);
}

/**
 * "Wer ist derzeit Innenministerin?", "Wie heißt der Landrat von …?", "Wo sitzt das Ministerium?": who holds an
 * office and where an office sits are facts the law corpus does not hold. Their domain words ("Ministerium", "Amt")
 * would otherwise send the question to retrieval, which always finds some competence rule to quote. Who is competent
 * ("Wer ist zuständig …?") stays a legal question.
 */
const OFFICE_HOLDER = '(?:ober)?bürgermeister|landr(?:at|ätin)|(?:minister)?präsident|minister|staatssekretär|senator|kanzler|dezernent|amtsleiter|behördenleiter|landesbeauftragte';
const ASKS_FACT_BEYOND_LAW = new RegExp(
  `\\b(?:wer\\s+ist|wie\\s+heißt)\\s+(?:(?:derzeit|aktuell|momentan|zurzeit|gerade|eigentlich|denn|jetzt)\\s+)*(?:(?:der|die|unser\\p{L}*)\\s+)?\\p{L}*(?:${OFFICE_HOLDER})(?:in|innen|r)?\\b|\\bwo\\s+(?:sitzt|befindet\\s+sich)\\s+(?:das|der|die)\\s+\\p{L}*(?:ministerium|amt|behörde|verwaltung|rathaus)\\b`,
  'iu',
);
/** True when the message asks who holds an office or where an office sits. */
export const asksFactBeyondLaw = (text: string): boolean => ASKS_FACT_BEYOND_LAW.test(text);

export function inScope(text: string, { isLawName, namesField }: Pick<IntentContext, 'isLawName' | 'namesField'> = {}): boolean {
  if (asksFactBeyondLaw(text) && !/§/.test(text)) return false;
  if (/§|\bArt\.\s*\d/.test(text)) return true;
  const words = text.toLowerCase().match(WORDS) ?? [];
  if (words.some((w) => DOMAIN_STEMS.some((s) => w.startsWith(s) || (s.length >= 6 && w.includes(s))))) return true;
  if (namesField && words.some(namesField)) return true;
  return Boolean(isLawName && (text.match(/\b[A-ZÄÖÜ][\wÄÖÜäöüß-]*[A-ZÄÖÜ][\wÄÖÜäöüß-]*\b/g) ?? []).some(isLawName));
}

/**
 * A question typed after a pasted sentence in lower case ("… zu erfolgen. geht das so noch?", "… anzugeben. passt
 * das so?": a statute never starts a sentence in lower case), and a statute
 * sentence after the user's lead-in and a colon ("mein Chef will wissen, ob das ok ist: Der Nachweis …"), start
 * a sentence of their own: chat messages are not typed with the care of a statute.
 */
const LOWER_QUESTION_AFTER = new RegExp(`(?<=\\p{Ll}{3}[.!])\\s+(?=${QUESTION_START.source.replace(/^\^\\s\*/, '')}|\\p{Ll}[^.!?]*\\?\\s*$)`, 'iu');
// "heißt es: Jeder Träger ist verpflichtet …", "steht drin: Wer … beantragt, hat …": statutes also open with "Jeder" and "Wer"
const STATUTE_AFTER_COLON = /(?<=:)\s+(?=(?:Der|Die|Das|Dem|Den|Ein|Eine|Einer|Jede|Jeder|Jedes|Wer|Anträge|Antrag)\s)/;

/**
 * Sentences as the parser reads them ("Abs. 2", "Nr. 3", "z. B." end none), a blank line ending one too, plus the
 * two cuts a statute never needs but a chat message does.
 */
function sentences(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .flatMap(sentenceTexts)
    .flatMap((s) => s.split(LOWER_QUESTION_AFTER))
    .flatMap((s) => s.split(STATUTE_AFTER_COLON))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "Da steht drin, der Antrag muss …": the user reports what a text says, in their own words — not a pasted text. */
const REPORTED =
  /^\s*(?:da|dort|hier|darin|bei\s+uns|im\s+(?:gesetz|entwurf|text|paragraphen)|in\s+(?:dem|der|unserem|unserer)\s+\p{L}+)\s+(?:steht|stehen|heißt\s+es)\b|\bsteht\s+(?:drin|da|dort|bisher|bislang|noch|überall)\s*,/iu;
/**
 * "Sind Anhaltspunkte … vorhanden, so ist … erforderlich.", "Ist der Beamte gehindert, …, ist die Frist zu
 * verlängern.": a statute's condition put verb first, then its rule after the comma. It opens like a question
 * ("Sind …", "Ist …") but ends with a full stop and states a rule; it is pasted text, not the user asking.
 */
const VERB_FIRST_CONDITION =
  /^\s*(?:ist|sind|hat|haben|wird|werden|kann|können|muss|müssen|soll|sollen|darf|dürfen|liegt|liegen|besteht|bestehen|fehlt|fehlen|gibt|ergibt|ergeben)\s[^?]{10,}?,\s*(?:so\s+|dann\s+)?(?:ist|sind|hat|haben|wird|werden|kann|können|muss|müssen|soll|sollen|darf|dürfen|gilt|gelten|bedarf|bedürfen|entfällt|entfallen|findet|finden)\s[^?]*\.\s*$/i;
/** "Wer … beantragt, hat … vorzulegen.": the statute's relative clause opens like a W-question but states a rule. */
const WHO_RULE = /^\s*Wer\s[^?]{5,}?,\s*(?:der|die|hat|haben|ist|sind|muss|kann|soll|darf|wird|bedarf|handelt)\s[^?]*\.\s*$/;
const isStatuteCondition = (s: string) => (VERB_FIRST_CONDITION.test(s) || WHO_RULE.test(s)) && !FIRST_PERSON.test(s);
/**
 * "Ein Bürger fragt, ob er den Antrag … über ELSTER stellen kann.", "Die Kommune will wissen, wie …": someone's
 * question retold; statutes do not ask. Its hindrance words ("schriftlich") are what is asked about, not a duty.
 */
const INDIRECT_QUESTION = /\b(?:frag\w*|wissen|erkundig\w*|unsicher|unklar|wundert)\b[^.?!]{0,40}?,?\s+(?:ob|wie|wann|warum|weshalb|wieso|welche\w*|wer|womit)\b/i;
/**
 * "Ein Bundesgesetz verlangt, dass …", "Die Verordnung schreibt vor, dass …", "Laut Gesetz muss …": the user tells what
 * a text requires; the requirement is the case the question is about, not a provision pasted to check. A statute
 * names a text as the subject only in a condition ("Verlangt ein Gesetz, dass …", "Soweit eine Rechtsvorschrift …
 * vorschreibt"), never in a main clause that opens with it, and it never says "laut Gesetz".
 */
const TEXT_NOUN = String.raw`\p{L}*(?:gesetz|verordnung|vorschrift|satzung|regelung|richtlinie|erlass|entwurf|paragraph|paragraf|norm)\p{L}*`;
const CITED = String.raw`§+\s*\d+\p{L}?(?:\s+(?:Abs\.?|Absatz)\s*\d+\p{L}?)?(?:\s+(?:Satz|S\.)\s*\d+)?(?:\s+[A-ZÄÖÜ][\p{L}-]*[A-ZÄÖÜ][\p{L}-]*)?`;
const REPORTED_REQUIREMENT = new RegExp(
  String.raw`^\s*(?:(?:ein|eine|einer|das|die|der|unser\p{L}*|dies\p{L}*|besagt\p{L}*)\s+)?(?:\p{L}+\s+)?(?:${TEXT_NOUN}|${CITED})\s+(?:verlangt|verlangen|fordert|fordern|schreibt|schreiben|sieht|sehen|bestimmt|bestimmen|ordnet|ordnen|sagt|besagt|legt)\b[^.?!]{0,60}?\bdass\b|(?<![\p{L}])laut\s+(?:(?:dem|der|des|unser\p{L}*|diese\p{L}*)\s+)?(?:${TEXT_NOUN}|${CITED}|bundesrecht|landesrecht)`,
  'iu',
);
const isQuestionSentence = (s: string) =>
  !isStatuteCondition(s) &&
  (/\?\s*$/.test(s) || QUESTION_START.test(s) || FIRST_PERSON.test(s) || REPORTED.test(s) || REPORTED_REQUIREMENT.test(s) || INDIRECT_QUESTION.test(s));
const isNormative = (s: string) =>
  (NORMATIVE.test(s) || (CITES_PROVISION.test(s) && wordCount(s) >= 15)) && /^[„"»(]?[A-ZÄÖÜ§(]/.test(s) && wordCount(s) >= 4;

/**
 * "Prüf bitte, ob …", "Schau mal, ob …", "Sag mir, was …": a request put to the chat in the imperative. Statutes say
 * neither "bitte" nor "mal", and none opens a sentence with such an imperative followed by "ob"/"was"/"wie".
 */
const IMPERATIVE_REQUEST =
  /^\s*(?:bitte\b|(?:prüf|überprüf|check|schau|guck|sag|erklär|nenn|zeig|formulier|bewert|beurteil)(?:e|en)?(?:\s+(?:sie|du|mir|uns))?(?:\s+(?:bitte|mal|doch))+\b|(?:sieh|gib)(?:\s+(?:mir|uns))?(?:\s+(?:bitte|mal|doch))+\b|(?:prüf|überprüf|check|schau|guck|sag|erklär)(?:e|en)?(?:\s+(?:sie|du|mir|uns))?\s*,?\s+(?:ob|was|wie|welche\w*|wo)\b)/iu;
/** A line after a pasted passage that is the user's question or request; statutes speak neither in "?" nor as "ich". */
const isRequestLine = (l: string) =>
  /\?\s*$/.test(l) || (!ABSATZ.test(l) && !HEADING.test(l) && (FIRST_PERSON.test(l) || IMPERATIVE_REQUEST.test(l)));

/**
 * "§ 12 Abs. 2 Der Antrag ist … einzureichen.", "§ 3a Abs. 2 VwVfG Eine …", "(2) Der Antrag …": the label a passage is pasted with names it; as
 * part of the text it would end up inside a rewrite. Only a label followed by a sentence on its own line is one
 * ("§ 12 Antragsform" is a heading), and "(2)" only when it is the passage's sole Absatz (else it is structure).
 */
const PASSAGE_LABEL =
  /^\s*((?:(?:§|Art\.?|Artikel)\s*\d+[a-z]?(?:\s+(?:Abs\.?|Absatz)\s*\d+[a-z]?)?(?:\s+(?:Satz|S\.)\s*\d+)?(?:\s+(?:Nr\.?|Nummer)\s*\d+[a-z]?)?(?:\s+\(\d+[a-z]?\))?(?:\s+[A-ZÄÖÜ]\p{L}*[A-ZÄÖÜ]\p{L}*(?:\s+[IVX]+\b)?)?)|\(\d+[a-z]?\))[ \t]+(?=[„"»]?[A-ZÄÖÜ])/u;

/**
 * The provision alone: question sentences typed into the pasted text ("… beizufügen. Ist das digitaltauglich?")
 * go to the user's words, the leading label to `label`. What is kept is what a rewrite works on.
 */
function separatePassage(question: string, passage: string): { question: string; passage: string; label?: string } {
  const asked = sentences(passage).filter((s) => isRequestLine(s) && !isNormative(s));
  // trailing blanks are matched from the start of their run only: tried from each blank, a long run was re-read each time
  let text = asked.reduce((t, s) => t.replace(s, ''), passage).replace(/[ \t]{2,}/g, ' ').replace(/(?<![ \t])[ \t]+$/gm, '').trim();
  const own = [question === passage ? '' : question, ...asked].filter(Boolean).join(' ').trim();
  const m = PASSAGE_LABEL.exec(text);
  const firstLine = m ? text.slice(m[0].length).split('\n')[0]! : '';
  const soleAbsatz = !m || !m[1]!.startsWith('(') || !LATER_ABSATZ.test(text);
  let label: string | undefined;
  if (m && soleAbsatz && wordCount(firstLine) >= 4 && /[.;:]/.test(firstLine)) {
    label = m[1]!.trim();
    text = text.slice(m[0].length);
  }
  if (!text) return { question: own || passage, passage };
  return { question: own || text, passage: text, ...(label ? { label } : {}) };
}

/** Splits a message into the user's own words and a pasted passage, wherever the passage stands. */
export function splitPassage(text: string): { question: string; passage?: string; label?: string } {
  const split = splitRaw(text);
  return split.passage === undefined ? split : separatePassage(split.question, split.passage);
}

function splitRaw(text: string): { question: string; passage?: string } {
  // a quoted stretch of some length in a chat message is pasted text; a short one must look normative
  const quotes = [...text.matchAll(QUOTED)].filter((m) => wordCount(m[1]!) >= 4 && (isNormative(m[1]!.trim()) || wordCount(m[1]!) >= 8));
  if (quotes.length) {
    const passage = quotes.map((m) => m[1]!.trim()).join('\n');
    // the colon alone: the whitespace around it is collapsed next, and `\s*:` re-read a long run of blanks from each one
    const question = quotes.reduce((t, m) => t.replace(m[0], ' '), text).replace(/:(?=\s|$)/g, ' ').replace(/\s+/g, ' ').trim();
    return { question: question || passage, passage };
  }
  const leadIn = LEAD_IN.exec(text);
  if (leadIn && !/\?\s*$/.test(leadIn[2]!.trim().split('\n')[0]!)) {
    return { question: leadIn[1]!.trim(), passage: stripQuotes(leadIn[2]!) };
  }
  const lines = text.split('\n');
  // "§ 12 NBauO verlangt, dass …" opens with a citation but tells what it requires: the user's case, no heading
  const firstLegal = lines.findIndex((l) => (HEADING.test(l) || ABSATZ.test(l)) && !REPORTED_REQUIREMENT.test(l));
  if (firstLegal >= 0) {
    // the passage runs from the first § or (1) line; a question or request after it (last lines ending in "?", or
    // in the user's own voice: "Ich brauche dafür einen Änderungsbefehl.", "Bitte kürzer.") is split off
    let last = lines.length;
    while (last > firstLegal + 1 && (isRequestLine(lines[last - 1]!) || lines[last - 1]!.trim() === '')) last--;
    const before = lines.slice(0, firstLegal).join('\n').trim();
    const after = lines.slice(last).join('\n').trim();
    const passage = stripQuotes(lines.slice(firstLegal, last).join('\n'));
    const question = [before, after].filter(Boolean).join(' ').replace(/:\s*$/, '').trim();
    return { question: question || passage, passage };
  }
  const parts = sentences(text);
  // once one sentence is normative, the user's other statements around it belong to the pasted text too ("Der
  // Ausweis wird nur in Papierform ausgestellt." after "… ist nachzuweisen.")
  const normative = parts.some((s) => !isQuestionSentence(s) && isNormative(s)) ? parts.filter((s) => !isQuestionSentence(s)) : [];
  if (normative.length) {
    const rest = parts.filter((s) => !normative.includes(s)).join(' ').trim();
    const passage = normative.map(stripQuotes).join(' ');
    return { question: rest || passage, passage };
  }
  const asks = parts.some(isQuestionSentence);
  if (!asks && text.length > 300) return { question: text, passage: text };
  return { question: text };
}

/**
 * "ok danke", "Super, vielen Dank!", "alles klar": the user closes the exchange. Answered with a short reply and no
 * sources — it is no follow-up asking for the earlier topic again.
 */
const CLOSING =
  /^(?:(?:ok(?:ay)?|okay|gut|super|prima|perfekt|toll|klasse|top|alles\s+klar|verstanden|danke(?:\s+schön|schön)?|vielen\s+(?:dank|lieben\s+dank)|herzlichen\s+dank|besten\s+dank|dankeschön|merci|passt|hilft\s+mir|das\s+hilft(?:\s+mir)?(?:\s+weiter)?|das\s+reicht|tschüss|ciao)[\s,.!:)]*){1,4}$/i;

export function classifyMessage(raw: string, ctx: IntentContext = {}): Intent {
  const text = raw.trim();
  if (isEmptyMessage(text)) return { kind: 'empty', question: '' };
  if (CLOSING.test(text)) return { kind: 'closing', question: text };
  const { question, passage, label } = splitPassage(text);
  const own = passage !== undefined && question === passage ? '' : question;
  const named = label ? { label } : {};
  // "umformulieren" with nothing to work on still is a rewrite request (answered with a request for the text);
  // "Wie formuliere ich eine Vorlagepflicht um?" without a checked passage is a how-to question
  const pointsBack = ctx.hasPassage || wordCount(text) <= 4 || ANAPHORA.test(own);
  // after a check, "und wie formuliere ich das?" asks for the checked passage in new words
  if ((REWRITE.test(own) || (ctx.hasPassage && asksWording(own))) && (passage !== undefined || pointsBack)) {
    return { kind: 'rewrite', question: own || text, ...(passage !== undefined ? { passage, ...named } : {}) };
  }
  if (passage !== undefined) return { kind: 'check', question, passage, ...named };
  const short = wordCount(text) <= 6;
  if (ctx.hasPrevious && (FOLLOW_UP_START.test(text) || (ANAPHORA.test(text) && wordCount(text) <= 12) || (short && !inScope(text, ctx)))) {
    return { kind: 'follow_up', question: text };
  }
  if (!inScope(text, ctx)) return { kind: 'out_of_scope', question: text };
  if (asksHowTo(text)) return { kind: 'howto', question: text };
  return { kind: 'question', question: text };
}
