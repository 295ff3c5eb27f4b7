import type { AmendmentEdit } from '../amendment';
import type { MatchContext } from '../context';
import {
  INSPECTION_BEFORE,
  EXAM,
  ITEM_BOUNDARY,
  OWN_FILE,
  POINT_OF_SALE_EXCEPTION,
  EXAM_OR_ASSESSMENT,
  PUBLIC_DEED,
  RELAXES_FORM,
  clauseAfter,
  inEnablingProvision,
  inflectLike,
  lastWords,
  modalSeverity,
} from '../lexicon';
import { defineRule } from '../types';

/** The lead-in of a list of the authority's own file, also with the verb after it ("Zu den Prüfungsakten zu nehmen sind: 1. …"). */
const OWN_FILE_CONTENTS = new RegExp(`${OWN_FILE.source}(?:\\s+\\S+){0,2}\\s*:[^:]*$`);

/**
 * The candidate's own exam task, whose planning or record is part of the performance; newer ordinances name the
 * candidate "die zu prüfende Person" ("hat die Lösungsvorschläge schriftlich zu dokumentieren und in einem Fachgespräch
 * zu erläutern").
 */
const EXAM_TASK = /\b(?:Prüfling|Prüflinge|Prüfungsteilnehmer\w*|zu\s+prüfende[nr]?\s+Person(?:en)?|Arbeitsprojekt|Prüfungsprojekt|Meisterarbeit|Ausbildungssituation)\b/;

/**
 * Nouns after "schriftlich-" that describe an exam or a text, not a form of communication; "nach einem schriftlich
 * festgelegten Verfahren" is a documentation duty (issue 8), not an exam procedure.
 */
const NON_FORM_NOUN =
  /^\s+(?!(?:festgelegt|niedergelegt|geregelt|dokumentiert)\w*\s)(?:\S+\s+)?(?:Prüfung\w*|Prüfungs\w*|(?:\w+a|A)rbeit(?:en)?|Aufsichtsarbeit\w*|Klausur\w*|Teil\w*|(?:\w+a|A)ufgabe(?:n)?\b|Aufgabe\w*|Leistung\w*|Haus\w*arbeit\w*|Arbeitsplanung\w*|Ausarbeitung\w*|Fragen|Test\w*|\w*[Pp]rüfung|Abschlussarbeit\w*|Examen\w*|Fach|Fächer\w*|Verfahren\w*|Umlaufverfahren\w*|Werk\w*|Quellen|Sprach\w*|Kenntnisse\w*|Übersetzung\w*|Abschnitt\w*|Bearbeitung\w*|Beiträge|Material\w*|Ausdruck\w*|Fassung|Vorbringen\w*|Gutachten\w*|\w*[Tt]ext(?:e|en|es)?)\b/;
/**
 * Words that show a communication act or a record even inside an exam rule ("Der Prüfling kann schriftlich Widerspruch
 * …"); "die Angaben … zu prüfen, Abweichungen … schriftlich zu vermerken" is a record duty, not an exam.
 */
const FORM_OBJECT =
  /dokumentier|vermerk|festzuhalten|festgehalten|festzulegen|festgelegt|Aufzeichnung|Anweisung|Antrag|beantrag|Widerspruch|Einspruch|Einwendung|Erklärung|erklären|erklärt|Mitteilung|mitzuteilen|mitteil|mitgeteilt|schriftlich\s+bekannt\b|Anzeige|anzuzeigen|Zustimmung|Einwilligung|Bescheid|Kündigung|Rücktritt|Beschwerde|Bestätigung|bestätig|benachrichtig|unterricht|Ladung|zu laden|Vollmacht|Genehmigung|Erlaubnis|Antwort|Ablehnung|abgelehnt|bekannt\s*(?:gegeben|zu\s*geben)|gibt\s+(?:\S+\s+){0,8}bekannt|zu\s+stellen\b|einzureichen|anzuordnen|angeordnet|geladen|einzuladen|eingeladen|\blädt\b|hingewiesen|hinzuweisen|Bescheinigung|bescheinig|Ermächtigung|erteilt|zu\s+erteilen|Anmeldung|anzumelden|angemeldet/;
/** People whose performance is assessed in training or service ("Anwärter", "Referendare", "Auszubildende"). */
const TRAINEE = /Anwärter|Referendar|Auszubildende|Praktikant|Praktik(?:a|um)\b|Ausbildung|Befähigung|Studierende|Lehrgang|Leistungsbeurteilung|Beamtin|Beamte[nr]?\b|Probezeit/;
/** A report or the reasons of a decision; the exam rule keeps them only where the candidate writes them. */
const REPORT = /\bBericht(?:e|es|s|en)?\b|\bzu\s+berichten\b|\bzu\s+begründen\b|\bBegründung\b/;
const CANDIDATE = /\b(?:Prüfling\w*|Prüfungsteilnehmer\w*|zu\s+prüfende[nr]?\s+Person|Kandidat\w*|Studierende\w*|Anwärter\w*|Auszubildende\w*|Bewerber\w*)\b/;
/** A declaration as the subject of "(hat) … schriftlich (zu) erfolgen": the sentence sets its form. */
const DECLARATION_TAKES_PLACE =
  /\b(?:Anmeldung|Abmeldung|Antrag|Meldung|Rücktritt|Widerspruch|Einspruch|Erklärung|Zulassungsantrag)\b[^.;]{0,200}\bschriftlich\s+(?:zu\s+)?erfolg/;
/** "schriftlich oder mündlich" – any form is fine, so nothing blocks a digital channel. */
/** "schriftlich oder mündlich" (any form) and "praktisch, schriftlich und mündlich" (exam parts). */
// not "schriftlich oder mündlich zu Protokoll der Geschäftsstelle": oral there means in person, for the record (StPO § 404)
const INFORMAL =
  /^\s*(?:,|oder|und|und\/oder|sowie|bzw\.)\s+(?:\S+\s+)?(?:fern)?(?:mündlich|praktisch)(?!\w*\s+(?:zur\s+Niederschrift|zu\s+Protokoll)\b)|^\s+(?:unter\s+Aufsicht\s+)?(?:zu\s+)?bearbeit/;
/** The evidence a body gathers, named after the adjective ("schriftlichen dienstlichen Auskünften"). */
const EVIDENCE_NOUN_AFTER = /^\s+(?:\S+\s+){0,2}(?:Auskünfte\w*|Auskunft|Äußerung\w*|Stellungnahme\w*|Gutachten\w*)\b/;
/** "… befragen oder von ihnen schriftliche Auskünfte einholen": questioning in person or writing, the asking body's choice. */
const PERMISSION = /\b(?:kann|können|darf|dürfen)\b/;
/**
 * What keeps a "kann" sentence's written form strict: "nur", a duty verb, or the electronic form excluded outright ("auf
 * schriftlichen, aber nicht elektronischen Antrag", NBauO § 75 Abs. 3; issue 8 calls these strong positives).
 */
const STRICT =
  /\bnur\b|\bausschließlich\b|\bmuss\b|\bmüssen\b|\bist\b[^,;]{0,500}\bzu\s+\w+|\baber\s+nicht\s+(?:in\s+)?elektronisch|\belektronische\s+Form\s+(?:ist\s+)?ausgeschlossen/;
/** "wenn sie 1. schriftlich abgeschlossen … oder 2. mündlich abgeschlossen … worden sind": the list allows both forms of one act. */
const INFORMAL_LATER = /^\s+(\S+)\s(?:[^.;]|(?<=\d)\.){0,300}?\boder\s+(?:\d+\.\s+|[a-z]\)\s+)?mündlich\s+\1\b/;
const INFORMAL_BEFORE = /(?:mündlich\w*|praktisch\w*|befragen|anhören)\s*(?:,|oder|und|und\/oder|sowie|bzw\.)\s+(?:\S+\s+){0,2}$/;
/**
 * An opening condition that only describes a case: it is negated ("Ist die Person nicht in der Lage, … schriftlich zu
 * erklären", "Liegen schriftliche Unterlagen nicht vor"), the main clause allows another way ("so kann diese auf andere
 * Weise erklärt werden"), it names the written way as one manner of an act in the present passive ("Wird der
 * Widerspruch schriftlich eingelegt, …"), or the hit is an attribute of a document ("Ist der Name mit ihrer schriftlichen
 * Zustimmung aufgeführt"). A condition whose act itself is done in writing makes the written act the prerequisite of the
 * legal consequence ("Hat sich ein Beteiligter schriftlich einverstanden erklärt, kann …", "Ist die Entrichtung
 * schriftlich übertragen, so …") and is a form requirement (README-blind3/4: "mit schriftlicher Zustimmung").
 */
const CONDITION_NEGATED = /\b(?:nicht|kein\w*)\b/;
const OTHER_WAY = /\b(?:auf\s+andere\s+(?:Weise|Art)|in\s+anderer\s+(?:Form|Weise)|mündlich|formlos)\b/;
const PASSIVE_CASE = /^(?:\(\d+[a-z]?\)\s*)?(?:Wird|Werden|Wurde|Wurden)\s/;

function conditionDescribesCase(ctx: MatchContext): boolean {
  if (!ctx.inCondition()) return false;
  // "Ist der Name mit ihrer schriftlichen Zustimmung … aufgeführt", "Hat er schriftliche Vereinbarungen getroffen": an
  // attribute in a condition names a document the case is about; only the manner of the act itself is prescribed
  if (!/^schriftlich$/i.test(ctx.text) || PASSIVE_CASE.test(ctx.before)) return true;
  const rest = clauseAfter(ctx.after);
  // "Ist … zugegangen oder ist … nicht … bearbeitet worden": a negation in another alternative does not count
  const condition = ctx.before + ctx.text + rest.split(/\s(?:oder|und)\s/)[0];
  if (CONDITION_NEGATED.test(condition)) return true;
  return OTHER_WAY.test(ctx.after.slice(rest.length));
}

/** The words around the hit within its own list item: a duty verb of the previous item does not make it an act. */
function ownItem(ctx: MatchContext): string {
  return ctx.lead(60).split(ITEM_BOUNDARY).pop()! + ctx.text + ctx.trail(60).split(ITEM_BOUNDARY)[0]!;
}

/**
 * The words an exam rule is read from (`listItemScope`): an audit in another item ("für Prüfungen bereitgestellt", "an
 * Ort und Stelle zu prüfen") does not turn a written confirmation into an exam paper.
 */
const examScopeMatches = (ctx: MatchContext, exam: RegExp) => ctx.itemScopeHolds(`exam:${exam.source}`, (scope) => exam.test(scope));

/** The sentence opens with a definite noun ("Die Ausbildungseinheit ist …") that an earlier sentence of the Absatz named. */
function takesUpEarlierNoun(ctx: MatchContext): boolean {
  const noun = /^(?:\d+\s+)?(?:Der|Die|Das)\s+([A-ZÄÖÜ][a-zäöüß]{3,})\s/.exec(ctx.sentence)?.[1];
  return noun !== undefined && ctx.textBeforeSentence.includes(noun);
}

/**
 * An attribute that names a document already at hand ("eingehende schriftliche Stellungnahmen werden Bestandteil der
 * Personalakte", "eine an eine minderjährige Person gerichtete schriftliche Gefährderansprache ist … zuzuleiten"): the
 * sentence rules what happens to it, the form of the act is laid down elsewhere or not at all.
 */
// also one valid before, in a transitional rule ("eine bis zum Beitritt gültige befristete schriftliche Erlaubnis … gilt
// als Erlaubnis"); a further adjective may stand between
const DOCUMENT_AT_HAND =
  /\b(?:(?:[Ee]ingehende|[Ee]ingegangene|[Vv]orliegende|[Vv]orhandene|[Ee]rhaltene|gerichtete)[nmrs]?|(?:[Gg]ültige|[Bb]isherige)[nmrs]?(?:\s+[a-zäöüß]+e[nmrs]?)?)\s+$/;
/** "Schriftliche Angaben müssen auf Deutsch verfasst sein": a rule on the language of texts, not on their form. */
const LANGUAGE_RULE = /\b(?:auf\s+Deutsch|in\s+(?:der\s+)?deutscher\s+Sprache|in\s+\S+\s+Sprache)\b[^.;]{0,40}\b(?:verfasst|abgefasst|abzufassen|zu\s+verfassen)\b/;
/** "Schriftliche Vereinbarungen … sind möglich": the written way is allowed, not prescribed. */
const MERELY_POSSIBLE = /\b(?:sind|ist)\s+(?:\S+\s+){0,2}(?:möglich|zulässig)\s*[.;]?\s*$/;

/**
 * A document issued before a cut-off date that keeps its effect ("Eine bis zum Wirksamwerden des Beitritts gültige
 * befristete schriftliche Erlaubnis … gilt als Erlaubnis im Sinne des § 2"): a transitional rule about papers that
 * exist; the form of new ones is laid down elsewhere.
 */
const ISSUED_BEFORE_CUTOFF =
  /\b(?:bis\s+zu[mr]|vor\s+(?:de[mr]|Inkrafttreten|Wirksamwerden))\s[^;]{0,200}?\b(?:gültige|erteilte|ausgestellte|erlassene|abgeschlossene|geschlossene)[nr]?\s+(?:\S+\s+){0,2}$/;
// read on the words of the sentence (citations such as "vom 3. Juli 1974 (GBl. I Nr. 35 S. 337)" have full stops)
const KEEPS_EFFECT = /^[^;]*?\b(?:gilt|gelten|bleibt|bleiben)\b[^;]*?\b(?:als|fort|wirksam|gültig|in\s+Kraft)\b/;

/** Two constitutional organs: the government informing or reporting to parliament. */
const GOVERNMENT = /\b(?:Bundesregierung|Landesregierung|Staatsregierung)\b/;
const INFORMS = /\b(?:unterrichte[nt]?|zu\s+unterrichten|Unterrichtung|berichte[nt]?|zu\s+berichten|Bericht)\b/;
// addressed ("unterrichtet den Bundestag", "dem Landtag zu berichten"), not "mit Zustimmung des Bundesrates"
const PARLIAMENT = /\b(?:den|dem)\s+(?:Deutschen\s+)?(?:Bundestag|Bundesrat|Landtag|Abgeordnetenhaus)\b|\b(?:die|der)\s+Bürgerschaft\b/;
/**
 * Parliament or one of its committees as the subject that is to be informed ("Der Haushaltsausschuss des Deutschen
 * Bundestages ist … schriftlich zu unterrichten", blind 9: ESMFinG § 7; also a committee named by its subject, "Der
 * Ausschuss für … des Deutschen Bundestages"; blind 13: StabMechG § 5, where no sentence of the
 * Absatz names the government): whoever reports, it answers to parliament, which is no procedure with citizens.
 */
const PARLIAMENT_INFORMED =
  /^(?:\(\d+[a-z]?\)\s*)?(?:Der|Die|Das)\s+(?:(?:Deutsche\s+)?(?:Bundestag|Bundesrat|Landtag)|\S*[Aa]usschuss\s+(?:für\s+[^.;,]{1,80}?\s)?des\s+(?:Deutschen\s+)?(?:Bundestages|Bundesrates|Landtages))\b[^.;]*\b(?:ist|sind)\s+(?:[^.;]*\s)?zu\s+unterrichten\b/;

/**
 * A treaty between states or Länder ("Dieser Staatsvertrag kann von jeder Vertragspartei … gekündigt werden") and the
 * act by which a party leaves or joins it: the parties are governments, no citizen, business or authority in a
 * procedure (blind 14: VsorglastVteilStVtr § 16). A private contract's "Vertragspartei" names no treaty.
 */
const TREATY_NOUN = /\b(?:Staatsvertr(?:ag|äge)\w*|(?:Verwaltungs)?[Aa]bkommen\w*|Übereinkommen\w*|Vertragsstaat\w*)/;
const TREATY_PARTY_ACT = /\b(?:Kündigung|kündig\w*|Austritt|Beitritt|Rücktritt)\b/;

// "kann ohne Sitzung schriftlich abstimmen", "ihre Stimmen … schriftlich gegenüber dem Präsidenten abzugeben": the vote itself
const COMMITTEE =
  /Abstimmung|Stimmabgabe|\bStimme\b|\bStimmen\s+(?:\S+\s+){0,12}?schriftlich\s+(?:\S+\s+){0,4}?abzugeben\b|\bschriftlich\s+ab(?:stimmen|zustimmen)\b|Umlaufverfahren|im\s+schriftlichen\s+Verfahren|schriftliche[ns]?\s+Verfahren|schriftliche[nr]?\s+(?:Stimmabgabe|Abstimmung|Beschlussfassung)|Briefwahl/;
/**
 * A member's own declaration inside a committee rule: a written proxy ("kann ein anderes Mitglied schriftlich zur
 * Stimmabgabe bevollmächtigen", "durch schriftliche Einzelvollmacht vertreten lassen") or consent ("sich mit diesem
 * Verfahren schriftlich einverstanden erklärt haben"). Its form is that of a Vollmacht or a consent (labelled schriftform
 * throughout the sets), not the committee's way of deciding; the federal legislator relaxed these to "schriftlich oder
 * elektronisch" as well (FFG 2017 § 14 Abs. 3).
 */
const MEMBER_DECLARATION_AFTER_ADVERB = /^\s+(?:\S+\s+){0,2}?(?:bevollmächtig\w*|zu\s+bevollmächtigen|einverstanden\b|zuzustimmen\b|zugestimmt\b)/;
const MEMBER_DECLARATION_NOUN = /^\s+(?:(?:Einzel|Stimmrechts)?[Vv]ollmacht\w*|Zustimmung\w*|Einverständniserklärung\w*)\b/;

function memberDeclaration(ctx: MatchContext): boolean {
  return /^schriftlich$/i.test(ctx.text) ? MEMBER_DECLARATION_AFTER_ADVERB.test(ctx.trail(60)) : MEMBER_DECLARATION_NOUN.test(ctx.trail(40));
}

/**
 * A spoken means named beside the written one in the same clause of a permission ("kann sich … in Ansprachen sowie mit
 * Verfügungen und anderen schriftlichen Verlautbarungen an die Soldaten wenden"): the addressee may speak or write, as
 * with "schriftlich oder mündlich"; only speech nouns and the adverb count, "in der mündlichen Verhandlung und bei deren
 * schriftlicher Vorbereitung" names a procedure.
 */
const PERMISSION_IN_CLAUSE = /\b(?:kann|können|darf|dürfen)\s[^.;:]*$/;
const SPOKEN_MEANS_BEFORE =
  /\b(?:Ansprachen?|Vortr(?:ag|ägen?)|Reden|Predigten?|Gespräche[n]?|mündlich)\s+(?:sowie|und|oder|bzw\.)\s+(?:[^.;,:]{0,60}?\s)?$/;

/**
 * A generic plural at the head of its clause whose clause says which body issues it ("schriftliche Verwaltungsakte
 * erlässt die zuständige Behörde stets selbst"): a rule of competence; the form of the act is laid down elsewhere.
 */
const COMPETENCE_FOR_GENERIC_ACT =
  /^\s+[A-ZÄÖÜ][\wäöüß]+\s+(?:erlässt|erläßt|erlassen|erteilt|erteilen|trifft|treffen)\s+[^.;,]{0,80}?\b(?:selbst|allein)\b/;

/** Texts of this rule, keyed by id; a lawyer edits them here. */
const TEXTS = {
  explanation:
    'Die Vorschrift verlangt die Schriftform. Sie zwingt zu Papier und eigenhändiger Unterschrift (oder zur kaum verbreiteten qualifizierten elektronischen Signatur) und verhindert so eine durchgängig digitale Abwicklung. Zu prüfen ist, ob eine Form überhaupt nötig ist; sonst genügt „schriftlich oder elektronisch“ bzw. im Privatrecht die Textform.',
  noteDocumentation:
    'Es handelt sich um eine Dokumentations- oder Begründungspflicht: Sie erzwingt Papierakten oder eine Unterschrift, wo eine elektronische Aufzeichnung genügt. Der Bund hat solche Pflichten 2017 auf „schriftlich oder elektronisch“ umgestellt.',
  noteLand: 'Für niedersächsische Behörden verlangt § 4 NDIG einen elektronischen Zugang, der die Schriftform ersetzen kann.',
  /** Appended where the requirement is named as such ("Das Schriftformerfordernis …"). */
  replaceForm: 'Die Schriftform kann durch die elektronische Form ersetzt werden.',
  noteCourt:
    'Die Anordnung trifft ein ordentliches Gericht im Verfahren der freiwilligen Gerichtsbarkeit (FamFG); für sie gilt das gerichtliche elektronische Dokument, nicht das Verwaltungsverfahrensrecht.',
  noteCourtApplication:
    'Der Antrag richtet sich an ein ordentliches Gericht im Verfahren der freiwilligen Gerichtsbarkeit (FamFG); eine Behörde reicht ihn dort als elektronisches Dokument ein (§ 14b FamFG), das Verwaltungsverfahrensrecht gilt dafür nicht.',
};

/**
 * An order a court makes in an administrative or police law ("Maßnahmen … bedürfen der Anordnung durch das
 * Amtsgericht …; Die Anordnung ergeht schriftlich", NPOG § 17b): the court's act follows its procedure (the Länder's
 * police laws refer to the FamFG), not the VwVfG or the Land's E-Government law.
 */
const COURT_ORDERS =
  /\b(?:Anordnung|Entscheidung|Beschluss)\s+(?:durch\s+das|des)\s+(?:Amts|Land|Oberlandes)?[Gg]erichts?\b|\b(?:ordnet|entscheidet|beschließt)\s+das\s+(?:Amts|Land)?[Gg]ericht\b|\brichterliche[nr]?\s+(?:Anordnung|Entscheidung)\b|\bFür\s+die\s+(?:Entscheidung|Anordnung)\b[^.;]{0,60}?\bist\s+(?:\d+\.\s+)?das\s+(?:Amts|Land|Oberlandes)?[Gg]ericht\b/;
const OTHER_ORDERER = /\bGefahr\s+im\s+Verzug\b/;
/** The court's act as the subject of the hit's sentence, at its head or after a condition ("…, so ergeht die Entscheidung schriftlich"). */
const COURT_ACT =
  /^\s*(?:Die|Der|Diese[r]?)\s+(?:gerichtliche\s+|richterliche\s+)?(?:Anordnung|Entscheidung|Beschluss)\b|\bso\s+ergeh(?:t|en)\s+(?:die|der)\s+(?:gerichtliche\s+|richterliche\s+)?(?:Anordnung|Entscheidung|Beschluss)\b/;
/**
 * The authority's application for that court order ("Die Anordnung wird nur auf Antrag erlassen. Der Antrag ist …
 * schriftlich zu stellen", PolG BW § 31 Abs. 3): it is filed with the court under the FamFG, where a public authority
 * must file electronically (§ 14b FamFG) – unless the sentence names another recipient ("bei der Polizeidirektion").
 */
const COURT_APPLICATION = /^\s*(?:Der|Dieser)\s+Antrag\b/;
const OTHER_RECIPIENT = /\b(?:bei|an)\s+(?:der|die|dem|den)\s+(?:zuständigen\s+)?(?!(?:Amts|Land|Oberlandes)?[Gg]ericht)[A-ZÄÖÜ]/;

/** The court procedure of an order of an ordinary court in an administrative or police law, or undefined. */
function courtProcedure(ctx: MatchContext): { note: string; legalBasis: string[] } | undefined {
  if (ctx.profile.domain === 'gericht' || !ctx.paragraphBeforeMatches(COURT_ORDERS)) return undefined;
  // the court is named as the one who orders before the hit, and no one else may order instead ("Bei Gefahr im
  // Verzug kann die Polizei …"); a court named only for a later extension leaves the police's own order
  if (ctx.sentenceMatches(COURT_ACT) && !ctx.paragraphBeforeMatches(OTHER_ORDERER)) {
    return { note: TEXTS.noteCourt, legalBasis: ['§ 14 Abs. 3 FamFG', '§ 130b ZPO'] };
  }
  if (ctx.sentenceMatches(COURT_APPLICATION) && !ctx.sentenceMatches(OTHER_RECIPIENT)) {
    return { note: TEXTS.noteCourtApplication, legalBasis: ['§ 14 Abs. 2 FamFG', '§ 14b FamFG', '§ 130a ZPO'] };
  }
  return undefined;
}

/**
 * Written documentation and record duties ("schriftlich zu dokumentieren", "nach schriftlich festgelegtem Verfahren",
 * "schriftliche Aufzeichnungen", "einen schriftlichen Ausbildungsnachweis zu führen"): internal paper records, relaxed federally in 2017 to "schriftlich oder elektronisch".
 */
const DOCUMENTATION =
  /^\s+(?:zu\s+)?(?:dokumentier\w*|festzuhalten|festgehalten|festzulegen|festgelegt\w*|niederzulegen|niedergelegt\w*|aufzuzeichnen|aufgezeichnet\w*|zu\s+begründen|begründe[nt]\w*|Aufzeichnung\w*|Anweisung\w*|Dokumentation\w*|Verfahrensanweisung\w*|Begründung\w*|zu\s+dokumentieren|Bewertung\w*|Ausbildungsnachweis\w*|Tätigkeitsnachweis\w*|Berichtsheft\w*|Protokoll\w*|Vermerk\w*|zu\s+vermerken|vermerkt\w*)\b/;

function edit(ctx: MatchContext): AmendmentEdit {
  const word = ctx.text;
  const privat = ctx.profile.domain === 'privat';
  if (/^Schriftformerfordernis/i.test(word)) {
    return { kind: 'appendSentence', sentence: TEXTS.replaceForm };
  }
  if (/^Schriftform$/i.test(word)) {
    if (privat) return { kind: 'replace', target: word, at: ctx.start, by: 'Textform' };
    const article = /\b(der|die|in)\s+$/i.exec(ctx.before)?.[1]?.toLowerCase();
    const words = article === 'die' ? 'oder die elektronische Form' : article === 'in' ? 'oder in elektronischer Form' : 'oder der elektronischen Form';
    return { kind: 'insertAfter', anchor: word, at: ctx.start, words };
  }
  const orNext = /^\s+oder\b/.exec(ctx.after);
  if (orNext && word.toLowerCase() === 'schriftlich') {
    return { kind: 'replace', target: `${word}${orNext[0]}`, at: ctx.start, by: `${word}, elektronisch oder` };
  }
  if (privat && word.toLowerCase() === 'schriftlich') return { kind: 'replace', target: word, at: ctx.start, by: 'in Textform' };
  return { kind: 'insertAfter', anchor: word, at: ctx.start, words: `oder ${inflectLike(word, 'schriftlich', 'elektronisch')}` };
}

export const schriftform = defineRule({
  id: 'schriftform',
  title: 'Schriftformerfordernis ohne elektronische Alternative',
  category: 'schriftform',
  principle: 1,
  severity: 'hoch',
  source: 'Digitalcheck 2025, Prinzip 1.1/1.2; Normenscreening Schriftform (BT-Drs. 18/9177)',
  explanation: TEXTS.explanation,
  vocabulary: ['~schriftlich{e,en,em,er,es}', 'Schriftform', 'Schriftformerfordernis{se,sen,ses}', 'nicht in elektronischer Form'],
  // conditions are judged by the exception bedingung-beschreibt-fall: a written act as a prerequisite is a form requirement
  guards: { electronic: true, condition: false },
  exceptions: [
    POINT_OF_SALE_EXCEPTION,
    {
      id: 'schriftstueck-in-eigener-akte',
      rationale: 'Die Liste dessen, was die Behörde zu ihrer eigenen Akte nimmt („Zu den Prüfungsakten zu nehmen sind: … der schriftliche Bescheid“), nennt vorhandene Schriftstücke; sie verlangt keine Form.',
      stage: 'trigger',
      // only the attribute of a listed document; "ist schriftlich festzuhalten und zu den Akten zu nehmen" stays a record duty
      when: (ctx) => /^schriftliche[nmrs]?$/i.test(ctx.text) && ctx.leadInMatches(OWN_FILE_CONTENTS),
      example: 'Zu den Prüfungsakten zu nehmen sind: 1. eine Ausfertigung des Abschlusszeugnisses oder des schriftlichen Bescheids über die nichtbestandene Prüfung, 2. die Niederschrift über die mündliche Prüfung.',
    },
    {
      id: 'ausschluss-ohne-aber',
      rationale: '„Nicht in elektronischer Form“ verlangt nur als Nachsatz („…, aber nicht in elektronischer Form“) Papier; sonst prüft die Regel das Wort „schriftlich“.',
      stage: 'trigger',
      when: (ctx) => /^nicht\s+in\s+elektronischer\s+Form$/.test(ctx.text) && (!/\baber\s+$/.test(ctx.lead(8)) || ctx.sentenceMatches(/schriftlich|Schriftform/i)),
      example: 'Die Erklärung kann nicht in elektronischer Form abgegeben werden, wenn sie schriftlich zu erfolgen hat.',
    },
    {
      id: 'schriftlich-erlaubt',
      rationale: '„Können schriftlich erfolgen“ erlaubt den schriftlichen Weg statt einer Sitzung oder Rede; es schreibt ihn nicht vor.',
      when: (ctx) => /^schriftlich$/i.test(ctx.text) && /\b(?:kann|können)\s+(?:\S+\s+){0,2}$/.test(ctx.lead(40)) && /^\s+(?:erfolgen|geschehen|vorgenommen\s+werden)\b/.test(ctx.trail(30)) && !ctx.sentenceMatches(/\bnur\b/),
      example: 'Unterrichtung und Erklärung können schriftlich erfolgen.',
    },
    {
      id: 'schriftlich-als-ausnahme',
      rationale: '„Die Behörde kann zulassen, dass Mitteilungen schriftlich erfolgen“, „Abweichend von Absatz 1 kann die Kommunikation auch schriftlich erfolgen“: der schriftliche Weg wird neben dem vorgeschriebenen zugelassen, nicht verlangt.',
      when: (ctx) =>
        /^schriftlich$/i.test(ctx.text) &&
        // a list item is a sentence of its own: "kann zulassen, dass 1. Mitteilungen schriftlich erfolgen"
        // only as an exception on request or a deviation from the electronic rule of the §: "Die Satzung kann zulassen,
        // dass Beschlüsse schriftlich gefasst werden" and "Sofern …, darf die Übermittlung auch schriftlich erfolgen"
        // open a paper-only way and stay findings (the federal legislator relaxed both)
        (/\b(?:kann|können|darf|dürfen)\s+auf\s+Antrag\b[^.;]{0,120}\bzulassen,?\s+dass\b(?:[^.;]|\d\.)*$/.test(ctx.paragraphBefore.slice(-300)) ||
          (/^(?:\(\d+[a-z]?\)\s*)?Abweichend\s+von\b/.test(ctx.sentence) && /\b(?:kann|können|darf|dürfen)\s+(?:[^.;,]{0,60}\s)?auch\s+$/.test(ctx.lead(80)))) &&
        !ctx.sentenceMatches(/\bnur\b|\bausschließlich\b/),
      example: 'Die zuständige Behörde kann auf Antrag des Unternehmers zulassen, dass 1. Mitteilungen schriftlich erfolgen, 2. der Untersuchungsbericht beigefügt wird.',
    },
    {
      id: 'beweismittel',
      rationale:
        '„Schriftliche Auskünfte einholen“, „bei der Einholung schriftlicher Auskünfte“ und „durch schriftliche Befragung“ nennen ein Beweismittel oder einen Erhebungsweg der Behörde, keine Form, die jemand einhalten muss.',
      // also the adverb after the evidence named ("können die Auskünfte schriftlich eingeholt werden", blind 9: WoStichPrG § 4),
      // the noun of the act before it ("Bei der Einholung von schriftlichen dienstlichen Auskünften", blind 13: LDG BW § 18)
      // and the survey as the way of gathering ("durch persönliche oder schriftliche Befragung eingeholt", blind 13:
      // WoStichPrG § 4 Abs. 2)
      when: (ctx) =>
        (/^schriftliche/i.test(ctx.text) && /^\s+(?:\S+\s+){0,2}(?:Auskünfte|Auskunft|Äußerung\w*|Stellungnahme\w*|Gutachten)\s+(?:\S+\s+){0,3}(?:eingeholt|einholen|einzuholen)\b/.test(ctx.trail(80))) ||
        (/^schriftliche/i.test(ctx.text) && /\bEinholung\s+(?:von\s+|der\s+)?$/.test(ctx.lead(24)) && EVIDENCE_NOUN_AFTER.test(ctx.trail(60))) ||
        (/^schriftliche/i.test(ctx.text) && /^\s+Befragung(?:en)?\b/.test(ctx.trail(20))) ||
        (/^schriftlich$/i.test(ctx.text) && /\b(?:Auskünfte|Auskunft|Äußerungen|Stellungnahmen|Gutachten)\s+(?:\S+\s+){0,2}$/.test(ctx.lead(60)) && /^\s+(?:eingeholt|einholen|einzuholen)\b/.test(ctx.trail(20))),
      example: 'Insbesondere können schriftliche dienstliche Auskünfte eingeholt werden.',
    },
    {
      id: 'pruefung-oder-text',
      rationale: '„Schriftliche Prüfung/Arbeit/Aufzeichnung“ bezeichnet eine Leistung oder einen Text, nicht die Form einer Erklärung.',
      when: (ctx) =>
        /^schriftlich/i.test(ctx.text) && NON_FORM_NOUN.test(ctx.after) && !/^\s+(?:\S+\s+)?(?:Prüfungsentscheidung|Prüfungsbescheid)/.test(ctx.after),
      example: 'In der schriftlichen Prüfung hat der Prüfling zwei Aufsichtsarbeiten zu fertigen.',
    },
    {
      id: 'pruefungsrecht',
      rationale: 'Im Prüfungsrecht meint „schriftlich“ die Art der Leistung, solange keine Erklärung gegenüber einer Stelle gemeint ist.',
      when: (ctx) => {
        if (!/^schriftlich/i.test(ctx.text)) return false;
        // "eine schriftliche Bewertung zu erstellen" outside an exam rule is a record duty (issue 8)
        const exam = /^schriftliche[nr]?$/i.test(ctx.text) && /^\s+Bewertung/.test(ctx.trail(12)) ? EXAM : EXAM_OR_ASSESSMENT;
        return (
          ctx.sentenceMatches(exam) &&
          // "Bewertung" alone is an assessment in training only: not an authority's appraisal ("Bewertungsbericht", "bei
          // ihrer Bewertung … teilt sie dies dem Unternehmen schriftlich mit", GenTG § 16, SAG § 59)
          (ctx.sentenceMatches(EXAM) || ctx.paragraphMatches(TRAINEE)) &&
          examScopeMatches(ctx, exam) &&
          !FORM_OBJECT.test(ownItem(ctx)) &&
          // "Die Ergebnisse der Prüfung sind in einem schriftlichen Bericht zusammenzufassen": an inspection's report is a
          // record; only the candidate's own report ("Der Prüfling hat einen schriftlichen Bericht anzufertigen") is a performance
          !(REPORT.test(ownItem(ctx)) && !ctx.sentenceMatches(CANDIDATE)) &&
          // a declaration whose form the sentence sets: "Die Anmeldung zur Prüfung hat … schriftlich zu erfolgen"
          !ctx.sentenceMatches(DECLARATION_TAKES_PLACE)
        );
      },
      example: 'Die Prüfung wird schriftlich durchgeführt und dauert vier Stunden.',
    },
    {
      id: 'pruefungsprojekt',
      rationale: '„Der Prüfling soll eine praktische Aufgabe bearbeiten und schriftlich dokumentieren“: Planung und Dokumentation sind Teil der Prüfungsleistung.',
      when: (ctx) =>
        /^schriftlich$/i.test(ctx.text) &&
        /^\s+(?:zu\s+)?(?:dokumentieren|planen|vorzubereiten|vorbereiten|auszuwerten|auswerten|einzureichen)\b/.test(ctx.trail(30)) &&
        // the candidate's own work; "Die Ergebnisse … und ihre Bewertung durch die Prüfungskommission sind schriftlich
        // zu dokumentieren" is the board's record duty and stays a finding
        // "Die Ausbildungssituation ist vom Prüfling … zu wählen. Sie ist schriftlich zu planen": a pronoun that takes up the task
        (ctx.sentenceMatches(EXAM_TASK) ||
          (/^(?:Sie|Er|Es|Diese[rs]?)\s/.test(ctx.sentence) && ctx.paragraphBeforeMatches(EXAM_TASK)) ||
          // "… eine vom Prüfling … auszuwählende Ausbildungseinheit … Die Ausbildungseinheit ist schriftlich zu planen":
          // the noun of the task taken up from an earlier sentence of the exam Absatz (blind 14: HWirtMeistPrV § 6)
          (takesUpEarlierNoun(ctx) && ctx.paragraphBeforeMatches(EXAM_TASK)) ||
          // "Der Arbeitsablauf ist begleitend schriftlich zu dokumentieren" in the Absatz of an exam task
          (ctx.sentenceMatches(/\b(?:Arbeitsablauf|Arbeitsabläufe|Lösungsweg|Vorgehensweise|Arbeitsschritte)\b/) &&
            ctx.paragraphMatches(/Situationsaufgabe|Prüfungsaufgabe|Prüfungsbereich|Prüfling/)) ||
          // "Die Konzeption für die Präsentation … ist vorab schriftlich einzureichen" in an exam part the candidate designs
          (ctx.sentenceMatches(/\b(?:Konzeption|Konzept|Präsentation)\b/) && ctx.paragraphMatches(/\bzu\s+prüfende\s+Person|Prüfling|Prüfungsgespräch|Prüfungsteil/))) &&
        !ctx.sentenceMatches(/Prüfungs(?:kommission|ausschuss)|\bPrüfer/),
      example: 'Der Prüfling soll in höchstens sieben Stunden eine projektorientierte praktische Aufgabe bearbeiten und schriftlich dokumentieren.',
    },
    {
      id: 'faehigkeit',
      rationale: '„Auf schriftliche Mitteilungen reagieren kann“ beschreibt eine Fähigkeit (Sprach- oder Berufskompetenz), keine Form einer Erklärung.',
      stage: 'trigger',
      when: (ctx) =>
        /^schriftlich/i.test(ctx.text) &&
        /^[^.;,:]{0,100}?\b(?:reagieren|verfassen|verstehen|kommunizieren|ausdrücken|formulieren|wiedergeben)\s+(?:zu\s+)?(?:kann|können|vermag|vermögen)\b/.test(ctx.trail(120)),
      example: 'Die Person muss belegen, dass sie auf schriftliche Mitteilungen komplexer Art situationsadäquat in englischer Sprache reagieren kann.',
    },
    {
      id: 'jede-form-genuegt',
      rationale: '„Schriftlich oder mündlich“ lässt jede Form zu; ein digitaler Weg ist nicht versperrt.',
      when: (ctx) => /^schriftlich/i.test(ctx.text) && (INFORMAL.test(ctx.after) || INFORMAL_BEFORE.test(lastWords(ctx.before, 5)) || INFORMAL_LATER.test(ctx.paragraphText.slice(ctx.paragraphBefore.length + ctx.text.length, ctx.paragraphBefore.length + ctx.text.length + 360))),
      example: 'Die Erklärung kann schriftlich oder mündlich abgegeben werden.',
    },
    {
      id: 'muendlich-oder-schriftlich-erlaubt',
      rationale: '„Kann sich in Ansprachen sowie mit schriftlichen Verlautbarungen an … wenden“ erlaubt das gesprochene wie das geschriebene Wort; wie bei „schriftlich oder mündlich“ ist ein digitaler Weg nicht versperrt.',
      stage: 'trigger',
      when: (ctx) =>
        /^schriftlich/i.test(ctx.text) &&
        SPOKEN_MEANS_BEFORE.test(ctx.lead(120)) &&
        // the permission governs the hit's own clause: "ist verpflichtet, … Angaben mündlich und nach Aufforderung auch
        // schriftlich zu machen" (AsylG § 15) demands the written form on request
        PERMISSION_IN_CLAUSE.test(ctx.lead(300)) &&
        !ctx.sentenceMatches(STRICT),
      example: 'Der Beauftragte kann sich in Vorträgen und mit anderen schriftlichen Hinweisen an die Beschäftigten wenden.',
    },
    {
      id: 'andere-weise-offen',
      rationale: '„Schriftlich oder … auf andere Weise“ lässt jeden Weg offen; ein digitaler ist nicht versperrt.',
      stage: 'trigger',
      // also the adjective with its noun: "in einem Aushang oder einer schriftlichen Aufzeichnung oder auf vergleichbare Weise"
      when: (ctx) =>
        /^schriftlich(?:e[nmrs]?)?$/i.test(ctx.text) &&
        /^\s+(?:[A-ZÄÖÜ][\wäöüß]*\s+)?oder\s+[^.;]{0,160}?\b(?:auf\s+(?:jede\s+)?(?:andere|sonstige|vergleichbare)\s+(?:Weise|Art)|in\s+sonstiger\s+Weise)\b/.test(ctx.trail(200)),
      example: 'Diese Angaben können schriftlich oder durch harmonisierte Symbole, allgemein anerkannte Codes oder auf andere Weise gemacht werden.',
    },
    {
      id: 'gremienverfahren',
      rationale: 'Schriftliche Abstimmungen und Umlaufverfahren regeln die innere Willensbildung eines Gremiums, nicht den Verkehr mit Bürgern.',
      when: (ctx) => ctx.sentenceMatches(COMMITTEE) && !memberDeclaration(ctx),
      example: 'Der Vorsitzende kann eine schriftliche Stimmabgabe der Mitglieder zulassen.',
    },
    {
      id: 'verordnungsermaechtigung',
      rationale: 'Eine Verordnungsermächtigung ordnet selbst keine Form an; zu prüfen ist die Verordnung, die sie ausfüllt.',
      when: inEnablingProvision,
      example: 'Das Bundesministerium wird ermächtigt, durch Rechtsverordnung vorzuschreiben, welche Angaben die schriftliche Erklärung des Herstellers enthalten muss.',
    },
    {
      id: 'inhalt-der-angaben',
      rationale: '„Schriftlich unrichtige Angaben gemacht“ beschreibt ein Verhalten, keine Form, die jemand einhalten muss.',
      stage: 'trigger',
      when: (ctx) => /^schriftlich$/i.test(ctx.text) && /^\s+(?:\S+\s+){0,2}(?:unrichtige|unvollständige|falsche)\b/.test(ctx.trail(50)),
      example: 'Die Restschuldbefreiung ist zu versagen, wenn der Schuldner vorsätzlich schriftlich unrichtige Angaben über seine Verhältnisse gemacht hat.',
    },
    {
      id: 'regierung-und-parlament',
      rationale: 'Wie die Regierung das Parlament unterrichtet, regelt das Verhältnis der Verfassungsorgane, kein Verfahren mit Bürgern, Unternehmen oder Behörden.',
      when: (ctx) =>
        (ctx.sentenceMatches(GOVERNMENT) && ctx.sentenceMatches(PARLIAMENT) && ctx.sentenceMatches(INFORMS)) || ctx.sentenceMatches(PARLIAMENT_INFORMED),
      example: 'Die Bundesregierung hat den Bundestag in Angelegenheiten dieses Gesetzes umfassend und in der Regel schriftlich zu unterrichten.',
    },
    {
      id: 'kuendigung-eines-staatsvertrags',
      rationale: 'Wie eine Vertragspartei einen Staatsvertrag oder ein Abkommen kündigt, regelt das Verhältnis der Staaten oder Länder untereinander, kein Verfahren mit Bürgern, Unternehmen oder Behörden.',
      when: (ctx) => /^schriftlich/i.test(ctx.text) && ctx.sentenceMatches(TREATY_PARTY_ACT) && ctx.paragraphMatches(TREATY_NOUN),
      example:
        'Dieser Staatsvertrag kann von jedem Land zum Schluss eines Kalenderjahres gekündigt werden. Die Kündigung ist gegenüber den übrigen Ländern schriftlich zu erklären.',
    },
    {
      id: 'wirkung-oeffentliche-urkunde',
      rationale: 'Der Satz beschreibt die Beweiskraft einer Erklärung als öffentliche Urkunde, er verlangt keine Form.',
      when: (ctx) => ctx.sentenceMatches(PUBLIC_DEED),
      example: 'Schriftliche Erklärungen der Kammer haben die Eigenschaft öffentlicher Urkunden.',
    },
    {
      id: 'bedingung-beschreibt-fall',
      rationale: 'Eine vorangestellte Bedingung, die verneint ist oder einen anderen Weg zulässt, beschreibt nur einen Fall und schreibt die Schriftform nicht vor.',
      when: conditionDescribesCase,
      example: 'Ist die Person nicht in der Lage, die Einwilligung schriftlich zu erklären, so kann diese auf andere Weise erklärt werden.',
    },
    {
      id: 'vergangene-handlung',
      rationale: 'Eine bereits vorgenommene Handlung („… schriftlich mitgeteilt worden ist“) wird vorausgesetzt, nicht angeordnet.',
      // "ist nur beachtlich, wenn sie … schriftlich geltend gemacht worden ist" makes the written act a prerequisite
      when: (ctx) =>
        // "… schriftlich beantragt oder sonst aktenkundig angebahnt worden ist": the participle pair shares the auxiliary
        (/^\s+(?:\S+\s+){0,2}\S+\s+worden\s+(?:ist|sind|war|waren)\b|^\s+\S+\s+oder\s+(?:\S+\s+){0,3}\S+\s+worden\s+(?:ist|sind|war|waren)\b/.test(ctx.after) ||
          /\b(?:bereits|schon)\s+$/.test(ctx.lead(10))) &&
        !/\bnur\b[^.;]{0,40}\bwenn\b/.test(ctx.before) &&
        // the written instruction on the consequences that a sanction presupposes ("dürfen … nur versagt werden, nachdem der
        // Leistungsberechtigte auf diese Folge schriftlich hingewiesen worden ist", SGB I § 66 Abs. 3) is the authority's duty
        !/^\s+(?:\S+\s+){0,2}?(?:hingewiesen|belehrt|aufgefordert|gemahnt|abgemahnt)\s+worden\b/.test(ctx.after),
      example: 'Der Anspruch besteht, wenn die Krankenkasse vor dem 5. November 1992 über den Anspruch bereits schriftlich entschieden hat.',
    },
    {
      id: 'fortgeltendes-schriftstueck',
      rationale: '„Eine vor dem Stichtag erteilte schriftliche Erlaubnis gilt als Erlaubnis nach § 2“ lässt ein vorhandenes Schriftstück fortgelten; eine Form für neue Erklärungen schreibt der Satz nicht vor.',
      stage: 'trigger',
      when: (ctx) => /^schriftliche[nmrs]?$/i.test(ctx.text) && ISSUED_BEFORE_CUTOFF.test(lastWords(ctx.before, 40)) && KEEPS_EFFECT.test(ctx.after.slice(0, 600)),
      example: 'Eine vor dem 1. Januar 2005 erteilte befristete schriftliche Erlaubnis zur Ausübung des Berufs gilt mit ihrem bisherigen Inhalt als Erlaubnis im Sinne des § 2.',
    },
    {
      id: 'verweis-auf-andere-vorschrift',
      rationale: '„Die in § 3 genannte schriftliche Genehmigung“ verweist auf eine Form, die an anderer Stelle angeordnet und dort zu prüfen ist.',
      when: (ctx) =>
        /^schriftliche[nmrs]?$/.test(ctx.text) && /\b(?:genannte|bezeichnete|erwähnte|aufgeführte)[nmrs]?\s+$/.test(ctx.lead(30)) && /§|\bAbsatz\b|\bAbs\.|\bSatz\b/.test(ctx.lead(60)),
      example: 'Mit der in den §§ 3 und 4 genannten schriftlichen Genehmigung ist ein Verzeichnis fest zu verbinden.',
    },
    {
      id: 'form-wird-gelockert',
      rationale: 'Die Vorschrift hebt eine Form auf oder lockert sie (EGovG § 13: „wird allein dadurch nicht die Anordnung der Schriftform bewirkt“).',
      when: (ctx) => ctx.sentenceMatches(RELAXES_FORM),
      example:
        'Ist durch Rechtsvorschrift die Verwendung eines bestimmten Formulars vorgeschrieben, das ein Unterschriftsfeld vorsieht, wird allein dadurch nicht die Anordnung der Schriftform bewirkt.',
    },
    {
      id: 'zeitpunkt-einer-schriftlichen-handlung',
      rationale: '„Ab dem Jahr der erstmaligen schriftlichen Geltendmachung“ nennt einen Zeitpunkt; die Form der Handlung regelt diese Vorschrift nicht.',
      when: (ctx) =>
        /^schriftliche[nmrs]?$/.test(ctx.text) &&
        // "vor der ersten schriftlichen Anfrage": a point in time before or after the first or last such act
        (/\b(?:Zeitpunkt|Tag|Tages|Datum|Jahr|Jahres|Monat|Monats)\s+de[rs]\s+(?:\S+\s+)?$/.test(ctx.lead(40)) ||
          /\b(?:vor|nach|seit)\s+de[mr]\s+(?:erste|letzte)[nr]?\s+$/.test(ctx.lead(30)) ||
          // "vor Eingang der schriftlichen Empfehlungen": the receipt of a document whose form another rule lays down;
          // "so beginnt die Frist … mit dem Zugang der schriftlichen Erklärung des Arbeitgebers" (blind 14: TzBfG § 17)
          /\b(?:vor|nach|seit|mit|bis\s+zu[mr])\s+(?:dem\s+)?(?:Eingang|Erhalt|Eintreffen|Zugang)\s+de[rs]\s+$/.test(ctx.lead(30))),
      example: 'Die Regelung gilt ab dem 1. Januar des Jahres der erstmaligen schriftlichen Geltendmachung.',
    },
    {
      id: 'vorliegendes-schriftstueck',
      rationale: '„Eingehende schriftliche Stellungnahmen werden Bestandteil der Personalakte“ regelt den Umgang mit einem Schriftstück, nicht seine Form; „eine bisher gültige schriftliche Erlaubnis gilt fort“ ebenso.',
      stage: 'trigger',
      when: (ctx) => /^schriftliche[nmrs]?$/i.test(ctx.text) && DOCUMENT_AT_HAND.test(ctx.lead(30)),
      example: 'Eingehende schriftliche Stellungnahmen werden Bestandteil der Personalakte.',
    },
    {
      id: 'zu-vernichtendes-schriftstueck',
      rationale: '„Die schriftlich niedergelegte Begründung ist zu vernichten“ regelt das Ende eines Schriftstücks, nicht seine Form.',
      when: (ctx) =>
        /^schriftlich$/i.test(ctx.text) &&
        /^\s+(?:niedergelegte|festgehaltene|abgefasste|erteilte)[nmrs]?\s/.test(ctx.trail(30)) &&
        ctx.sentenceMatches(/\bzu\s+(?:vernichten|löschen)\b|\b(?:vernichtet|gelöscht)\s+werden\b/),
      example: 'Die zur datenschutzrechtlichen Kontrolle schriftlich niedergelegte Begründung der Ablehnung ist mit Fristablauf zu vernichten.',
    },
    {
      id: 'gegenstand-einer-pruefung',
      rationale: '„Die Behörde kann folgende Unterlagen prüfen: das Begleitformular …“ nennt, was geprüft werden darf; verlangt wird damit nichts.',
      when: (ctx) => INSPECTION_BEFORE.test(ctx.nearBefore),
      example: 'Die zuständige Behörde kann folgende Unterlagen prüfen: 1. das Begleitformular sowie die von den betroffenen Behörden erteilten schriftlichen Zustimmungen.',
    },
    {
      id: 'schriftstueck-als-gegenstand',
      rationale: '„Schriftliche Unterlagen dürfen auf den Tribünen nur von Beschäftigten verteilt werden“ regelt den Umgang mit Papieren vor Ort, nicht die Form einer Erklärung.',
      when: (ctx) =>
        /^schriftliche[nmrs]?$/i.test(ctx.text) &&
        /^\s+(?:Unterlagen|Materialien|Hilfsmittel|Aufzeichnungen)\b[^.;]{0,120}\b(?:verteilt|verteilen|zu\s+verteilen|mitgebracht|mitzubringen|mitbringen|benutzt|benutzen|zu\s+benutzen)\b/.test(ctx.trail(160)),
      example: 'Schriftliche Unterlagen dürfen während der Sitzungen auf den Tribünen nur von Beschäftigten verteilt werden.',
    },
    {
      id: 'sprache-nicht-form',
      rationale: '„Schriftliche Angaben müssen auf Deutsch verfasst sein“ regelt die Sprache eines Textes, nicht die Form einer Erklärung.',
      when: (ctx) => /^schriftliche[nmrs]?$/i.test(ctx.text) && ctx.sentenceMatches(LANGUAGE_RULE),
      example: 'Schriftliche Angaben müssen zumindest auch auf Deutsch verfasst sein, wenn das Produkt dem Endnutzer übergeben wird.',
    },
    {
      id: 'schriftliche-regelung-moeglich',
      rationale: '„Schriftliche Vereinbarungen … sind möglich“ lässt eine schriftliche Regelung zu, schreibt aber keine Form vor.',
      when: (ctx) => /^schriftliche[nmrs]?$/i.test(ctx.text) && ctx.sentenceMatches(MERELY_POSSIBLE) && !ctx.sentenceMatches(/\bnur\b|\bausschließlich\b/),
      example: 'Schriftliche Vereinbarungen zwischen dem Träger der Leitstelle und Werkfeuerwehren über den Umfang der Meldepflicht sind möglich.',
    },
    {
      id: 'gegenstand-anderer-vorschriften',
      rationale: '„Soweit die Vorschriften die Bekanntgabe von schriftlichen Verwaltungsakten regeln“ bestimmt den Anwendungsbereich anderer Vorschriften, nicht eine Form.',
      stage: 'trigger',
      // the hit stands between "die Vorschriften/Bestimmungen" and their verb "regeln/betreffen" in one clause
      when: (ctx) =>
        /^schriftliche[nmrs]?$/.test(ctx.text) &&
        /\b(?:Vorschriften|Bestimmungen|Regelungen)\s+(?:die|den|das)\s[^,;.]*$/.test(ctx.lead(80)) &&
        /^[^,;.]*\s(?:regeln|betreffen)\b/.test(ctx.trail(60)),
      example: 'Soweit die Vorschriften die Bekanntgabe von schriftlichen Verwaltungsakten regeln, gelten sie für alle nach dem Inkrafttreten zur Post gegebenen Verwaltungsakte.',
    },
    {
      id: 'fall-einer-schriftlichen-handlung',
      rationale: '„Bei schriftlicher Angabe …“, „Für die schriftliche Anmeldung …“ regelt den Fall, dass jemand den schriftlichen Weg wählt, und schreibt ihn nicht vor.',
      stage: 'trigger',
      when: (ctx) => /^schriftliche[nmrs]?$/i.test(ctx.text) && /(?:^|[\s(])(?:[Bb]ei|[Ff]ür\s+(?:die|den|das|eine[nr]?))\s+$/.test(ctx.lead(16)),
      example: 'Bei schriftlicher Angabe muss die Sortenbezeichnung leicht erkennbar und deutlich lesbar sein.',
    },
    {
      id: 'zustaendigkeit-fuer-schriftliche-akte',
      rationale: '„Schriftliche Verwaltungsakte erlässt die zuständige Behörde stets selbst“ bestimmt, wer handelt (Zuständigkeit); die Form des Verwaltungsakts regelt diese Vorschrift nicht.',
      stage: 'trigger',
      // the bare plural at the head of the clause names a kind of act; with an article ("Den schriftlichen Bescheid erteilt
      // die Behörde") or without "selbst"/"allein" the sentence may well set the form
      when: (ctx) =>
        /^schriftliche[n]?$/i.test(ctx.text) && /(?:^|[;:]|\(\d+[a-z]?\))\s*$/.test(ctx.lead(6)) && COMPETENCE_FOR_GENERIC_ACT.test(ctx.trail(140)),
      example: 'Die Polizei des anderen Landes wirkt auf Ersuchen mit; schriftliche Bescheide erteilt die ersuchende Behörde stets selbst.',
    },
    {
      id: 'verweis-auf-absatz',
      rationale: '„Die schriftliche Mitteilung nach Absatz 2“ verweist auf eine Form, die dort angeordnet und dort zu melden ist.',
      when: (ctx) =>
        /^schriftliche[nmrs]?$/.test(ctx.text) &&
        /^\s+\S+\s+(?:nach|gemäß|im\s+Sinne\s+de[rs])\s+(?:§|Absatz|Abs\.|Satz|Nummer)\s*\d/.test(ctx.trail(50)) &&
        // "wird … eine schriftliche Bewertung nach § 35 abgegeben": the indefinite article as subject or object
        // introduces the act this sentence demands (its content is ruled there); the definite one, or a genitive or
        // dative ("die Pflicht zur Abgabe einer schriftlichen Anmeldung nach § 16"), takes up an act demanded elsewhere
        !/\bein(?:e|en)?\s+$/.test(ctx.lead(8)),
      example: 'Die Behörde prüft die schriftliche Mitteilung nach Absatz 2 unverzüglich.',
    },
    {
      id: 'verbot',
      rationale: 'Ein Verbot („darf nicht … schriftlich verkehren“) schreibt keine Form vor.',
      // "darf nicht ohne vorherige schriftliche Zustimmung … verfügen" forbids acting without the written act: it demands it
      when: (ctx) =>
        ctx.sentenceMatches(/\b(?:darf|dürfen)\s+(?:\S+\s+){0,3}nicht\b/) &&
        !ctx.sentenceMatches(/\bmuss\b|\bmüssen\b|\bist\b[^,;]{0,500}\bzu\s+\w+|\bsind\b[^,;]{0,500}\bzu\s+\w+/) &&
        !/\b[Oo]hne\s+(?:\S+\s+){0,3}$/.test(ctx.lead(60)),
      example: 'Der Gefangene darf mit dem Besucher nicht schriftlich verkehren.',
    },
    {
      id: 'vorschrift-oeffnet-elektronische-form',
      rationale: 'Ein anderer Absatz desselben Paragrafen lässt die elektronische Form an die Stelle der Schriftform treten.',
      stage: 'scope',
      when: (ctx) => ctx.index.provisionReplacesWrittenForm(ctx.ref),
      example: '## § 3 Antrag\n\n(1) Der Antrag ist schriftlich zu stellen.\n\n(2) Die Schriftform nach Absatz 1 kann durch die elektronische Form ersetzt werden.\n',
    },
    {
      id: 'generalklausel-elektronische-form',
      rationale: 'Eine Generalklausel des Gesetzes („Soweit nach diesem Gesetz die Schriftform angeordnet ist, …“) öffnet die elektronische Form überall.',
      stage: 'scope',
      when: (ctx) => ctx.index.generalFormClause(ctx.sentence, ctx.ref.prov) !== null,
      example:
        '## § 1 Antrag\n\nDer Antrag ist schriftlich zu stellen.\n\n## § 9 Elektronische Kommunikation\n\nSoweit nach diesem Gesetz die Schriftform angeordnet ist, kann sie durch die elektronische Form ersetzt werden.\n',
    },
  ],
  report(ctx) {
    const court = courtProcedure(ctx);
    if (/^schriftlich/i.test(ctx.text) && DOCUMENTATION.test(ctx.after)) {
      // a court's decision written down afterwards keeps the court's procedure ("ist sie … schriftlich niederzulegen")
      return court ? { severity: 'mittel', edit: edit(ctx), ...court } : { severity: 'mittel', edit: edit(ctx), note: TEXTS.noteDocumentation };
    }
    const permissive = ctx.sentenceMatches(PERMISSION) && !ctx.sentenceMatches(STRICT);
    if (court) return { severity: permissive ? 'mittel' : modalSeverity(ctx), edit: edit(ctx), ...court };
    return {
      severity: permissive ? 'mittel' : modalSeverity(ctx),
      edit: edit(ctx),
      note: ctx.profile.land === 'nds' ? TEXTS.noteLand : undefined,
    };
  },
  examples: {
    flagged: [
      // beside the blind-11 exceptions: a spoken means in another clause, and a written act with its article
      'Der Beauftragte kann sich in Vorträgen an die Beschäftigten wenden; Beschwerden sind [schriftlich] einzureichen.',
      'Er ist verpflichtet, der Behörde die erforderlichen Angaben mündlich und nach Aufforderung auch [schriftlich] zu machen.',
      'Die Behörde wirkt mit; den Bescheid erlässt die zuständige Behörde [schriftlich] und stets selbst.',
      // a transitional duty about old permits, not a permit that keeps its effect (exception fortgeltendes-schriftstueck)
      'Für die vor dem 1. Januar 2005 erteilten Erlaubnisse ist bis zum 30. Juni 2005 eine [schriftliche] Bestätigung zu beantragen.',
      // the examination board's record of the candidate's exam stays a record duty
      'Die zu prüfende Person hat die Aufgabe in einem Fachgespräch zu erläutern; der Prüfungsausschuss hat den Verlauf [schriftlich] zu dokumentieren.',
      // the automated procedures are the regulated system, not a route for the written rules of the process
      'Es ist sicherzustellen, dass 1. die automatisierten Verfahren das Anbringen von Prüfungsvermerken ermöglichen und 2. der Geschäftsprozess [schriftlich] geregelt ist.',
      // an audit in another list item is no exam rule
      'Es muss gewährleistet sein, dass 1. die Stelle die Belege überlässt oder ihr [schriftlich] bestätigt, dass die Zahlungen abgewickelt worden sind; 2. die Belege für Prüfungen bereitgestellt werden.',
      // dev 9 (AMHV § 3): paper AND the electronic form are demanded, the electronic copy replaces nothing
      'Die Anzeige und die erforderlichen Unterlagen bedürfen der [Schriftform] und der elektronischen Form.',
      'Die Meldung ist der Behörde [schriftlich] und elektronisch einzureichen.',
      'Die Anmeldung zur Prüfung hat spätestens vier Wochen vor dem Prüfungstermin bei der zuständigen Behörde [schriftlich] zu erfolgen.',
      // the condition is that the act is not done; done, it keeps its written form
      'Der Bescheid ist nach vier Wochen vollziehbar, wenn der Begünstigte nicht vorher [schriftlich] ein Schiedsverfahren beantragt.',
      // an audit of accounts, not an exam
      'Hat das Unternehmen nach diesem Abschnitt Rechnung zu legen, bestellt das Gericht Prüfer. Die Prüfer haben über das Ergebnis der Prüfung [schriftlich] zu berichten.',
      'Der Antrag auf Durchführung eines Schiedsverfahrens ist [schriftlich] bei der Schiedsstelle einzureichen. Die Schiedsstelle informiert unverzüglich den Auftraggeber in Textform über den Antrag.',
      'Der Gleichstellungsplan ist jeder Beschäftigten [schriftlich] zur Kenntnis zu geben.',
      'Der Diensteanbieter darf die Nutzung des De-Mail-Kontos nur zulassen, wenn der Nutzer die Informationen [schriftlich] bestätigt hat.',
      'Der Antrag auf Zulassung ist bei der zuständigen Behörde [schriftlich] einzureichen. Auf Verlangen hat der Antragsteller Unterlagen auch oder ausschließlich elektronisch zu übermitteln.',
      'Wer nicht zugelassen wird, erhält eine [schriftliche] Mitteilung. Elektronisch eingereichte Bewerbungsunterlagen sind zu löschen.',
      'Der Antrag ist [schriftlich] zu stellen und eine elektronische Kopie der Liste beizufügen.',
      'Der Antrag ist [schriftlich] bei der zuständigen Behörde zu stellen.',
      'Die Kündigung des Vertrages bedarf der [Schriftform].',
      'Der Widerspruch ist [schriftlich] oder zur Niederschrift bei der Behörde zu erheben.',
      'Die Erlaubnis wird auf [schriftlichen] Antrag erteilt.',
      'Der Verzicht ist der Behörde gegenüber [schriftlich] zu erklären; die elektronische Form ist ausgeschlossen.',
      'Die Entscheidung ist [schriftlich] zu begründen und den Beteiligten bekannt zu geben.',
      'Der Betreiber hat die Ergebnisse der Eigenkontrollen [schriftlich] zu dokumentieren.',
      'Die Ausführungsgenehmigung wird auf [schriftlichen], aber nicht elektronischen Antrag erteilt.',
      'Der Antrag ist [schriftlich] zu stellen; die Unterlagen sind auf Verlangen auch elektronisch vorzulegen.',
      // an automated procedure or an electronic register as the subject matter is no electronic route for the act
      'Die Zulassung zum Abruf von Daten im automatisierten Verfahren ist [schriftlich] bei der Registerbehörde zu beantragen.',
      'Werden zur Abwicklung von Finanzvorgängen automatisierte Verfahren eingesetzt, sind diese vom Bürgermeister zur Anwendung [schriftlich] freizugeben.',
      'Die Angaben sind der zuständigen Stelle [schriftlich] mitzuteilen. Die zuständige Stelle führt ein elektronisches Register, das die Angaben enthält.',
      'Der Versicherungsnehmer kann auf eine Beratung durch [schriftliche] Erklärung verzichten.',
      // a member's written proxy or consent in a committee rule is the form of that declaration (de-papered class)
      'Ein Mitglied des Präsidiums, das verhindert ist, an einer Sitzung teilzunehmen, kann ein anderes Mitglied [schriftlich] zur Stimmabgabe bevollmächtigen.',
      'Die Mitglieder können sich durch [schriftliche] Einzelvollmacht vertreten lassen, wenn sie an der Sitzungsteilnahme gehindert sind.',
      'Anträge auf Erteilung einer Genehmigung bedürfen der [Schriftform]. Jede Änderung ist unverzüglich schriftlich oder elektronisch anzuzeigen.',
      'Die Prüfung findet nur statt, wenn der Betrieb der Anerkennungsstelle [schriftlich] erklärt hat, dass die Partie aus geprüften Beständen stammt.',
      'Das Prüfungsamt gibt das Ergebnis jeder Klausur den Prüflingen spätestens einen Monat nach dem Prüfungstag [schriftlich] bekannt.',
      'Ist der Prüfling zugelassen, so wird er zur Prüfung spätestens drei Tage vor ihrem Beginn [schriftlich] geladen.',
      'Die Prüfungsorganisation stellt dem Prüfling über das Nichtbestehen der theoretischen Prüfung eine [schriftliche] Bescheinigung aus.',
      'Die Behörde kann die Beteiligten anhören; die Auskunft ist [schriftlich] zu erteilen.',
      'Eine Genehmigung nach § 3 Abs. 1 setzt einen [schriftlichen] Antrag voraus. Eine Erlaubnis nach § 19 Absatz 1 Satz 1 setzt einen schriftlichen oder elektronischen Antrag voraus.',
      'Über die Durchsuchung ist eine Niederschrift, aber [nicht in elektronischer Form], zu fertigen.',
      'Ist die Anfertigung der Niederschrift nicht möglich, so ist der betroffenen Person die Durchsuchung [schriftlich] zu bestätigen.',
      'Ein Mangel ist nur zu berücksichtigen, wenn er innerhalb eines Monats gegenüber der Gemeinde [schriftlich] gerügt worden ist.',
      'Der Beginn der Bauarbeiten kann auf Antrag in Textform schon vor Erteilung der Baugenehmigung [schriftlich] gestattet werden.',
      // a prohibition of acting without the written act demands it
      'Der Auftragnehmer ist zu verpflichten, ohne vorherige [schriftliche] Genehmigung des Auftraggebers keine Unterauftragnehmer hinzuzuziehen.',
      'Die Entnahme der Körperzellen darf ohne [schriftliche] Einwilligung der spendenden Person nicht erfolgen.',
      // "ohne" governs "Mitwirkung …", not the adverb (RVG § 11 Abs. 6); a prohibition without the written act demands it
      'Anträge und Erklärungen können ohne Mitwirkung eines Bevollmächtigten [schriftlich] eingereicht oder zu Protokoll der Geschäftsstelle abgegeben werden.',
      'Die Entnahme der Körperzellen darf ohne [schriftliche] Einwilligung des Beschuldigten nur durch das Gericht angeordnet werden.',
      'Der übertragende Rechtsträger darf nicht ohne vorherige [schriftliche] Zustimmung der Abwicklungsbehörde über die ihm zustehenden Anteile verfügen.',
      // the "nicht" belongs to the finished condition before the comma (ArbZG § 7 Abs. 3)
      'Die Regelungen können durch Betriebsvereinbarung oder, wenn ein Betriebsrat nicht besteht, durch [schriftliche] Vereinbarung zwischen dem Arbeitgeber und dem Arbeitnehmer übernommen werden.',
      // oral "zu Protokoll" is the record taken in person, no free choice of form (StPO § 404 Abs. 1)
      'Der Antrag, durch den der Anspruch geltend gemacht wird, kann [schriftlich] oder mündlich zu Protokoll des Urkundsbeamten gestellt werden.',
      // the instruction on the consequences that the sanction presupposes (SGB I § 66 Abs. 3)
      'Sozialleistungen dürfen wegen fehlender Mitwirkung nur versagt oder entzogen werden, nachdem der Leistungsberechtigte auf diese Folge [schriftlich] hingewiesen worden ist.',
      'Über den Antrag darf erst entschieden werden, wenn der Antragsteller vorher [schriftlich] darauf hingewiesen worden ist, dass sein Verhalten nachteilige Folgen für ihn haben kann.',
      // an authority's appraisal is no assessment in training (SAG § 59 Abs. 1)
      'Stellt die Abwicklungsbehörde bei ihrer Bewertung nach den §§ 57 und 58 fest, dass der Abwicklungsfähigkeit des Unternehmens wesentliche Abwicklungshindernisse entgegenstehen, so teilt sie dies dem betreffenden Unternehmen [schriftlich] unter Hinweis auf die Frist nach Absatz 2 mit.',
      // the release is from the duty, the application keeps its form (SG § 58e Abs. 3)
      'Von der Verpflichtung nach Absatz 1 Satz 2 kann der Soldat auf [schriftlichen] Antrag entbunden werden.',
      'Der Vertrag im Sinne des Absatzes 5 ist [schriftlich] abzufassen.',
      'Der Erwerber hat die Angaben auf dem Lieferschein zu prüfen und festgestellte Abweichungen [schriftlich] zu vermerken.',
      'Die Proben sind nach einem [schriftlich] festgelegten Verfahren zu entnehmen.',
      'Die Auszubildenden haben einen [schriftlichen] Ausbildungsnachweis zu führen.',
      'Über die Anhörung ist eine [schriftliche] Bewertung zu erstellen.',
      'Über die Leistungen während der Praktika wird für jedes Ausbildungsgebiet eine [schriftliche] Bewertung nach § 35 abgegeben.',
      'Die Ergebnisse der Prüfung der Anlage sind in einem [schriftlichen] Bericht zusammenzufassen.',
      'Die Stelle hat die Prüfung der Unterlagen [schriftlich] zu bestätigen.',
      'Die Bewertung der Prüfungsleistung ist [schriftlich] zu begründen.',
      // beside the precision-sample-7 exceptions: a duty that only reads like them
      'Der Vertrag ist [schriftlich] abzuschließen; ein mündlich abgeschlossener Vertrag ist nichtig.',
      'Die Behörde kann verlangen, dass der Antrag [schriftlich] gestellt wird.',
      // blind 13 classes, kept apart: a citizen's written act towards a committee, a written answer demanded of the person asked
      'Der Antrag auf Befreiung ist beim Ausschuss des Landtages [schriftlich] zu stellen.',
      'Die Befragten haben ihre Antworten [schriftlich] einzureichen.',
      'Die Satzung kann zulassen, dass Beschlüsse der Mitglieder [schriftlich] gefasst werden.',
      'Sofern eine Zulassung der übermittelnden Stelle nicht möglich ist, darf die Übermittlung auch [schriftlich] erfolgen.',
      'Die Anmeldung zur Prüfung ist [schriftlich] einzureichen.',
      'Wird die Anordnung bestätigt, so ist sie [schriftlich] zu begründen.',
      'Die Ergebnisse der Arbeit und ihre Bewertung durch die Prüfungskommission sind [schriftlich] zu dokumentieren.',
      // a written act as the prerequisite of the legal consequence (README-blind3/4)
      'Hat sich ein Beteiligter mit der Übertragung des Eigentums [schriftlich] einverstanden erklärt, kann das Entschädigungsverfahren unmittelbar durchgeführt werden.',
      'Ist die Steuerentrichtung einem Bevollmächtigten [schriftlich] übertragen, so ist dieser Steuerentrichtungsschuldner.',
      // "nach diesem Gesetz" in the fourth item of another § is no general clause that opens the electronic form
      '## § 1 Anordnung\n\nDie Anordnung ergeht [schriftlich].\n\n## § 2 Auftragsverarbeitung\n\nDer Vertrag ist schriftlich oder elektronisch abzufassen und hat insbesondere vorzusehen, dass der Auftragsverarbeiter 1. nur auf Weisung der Behörde handelt, 2. die Vertraulichkeit der Daten wahrt, 3. die Daten nach Abschluss der Verarbeitung löscht und 4. alle Pflichten nach diesem Gesetz einhält.\n',
      // a title that names crimes as the danger to avert is no penalty catalogue
      '## § 31 Kontaktverbot zur Verhütung terroristischer Straftaten\n\nDie Anordnung ergeht [schriftlich].\n',
      // a general clause about the Verwaltungsakte of the law does not open the form of the application
      '## § 1 Erlaubnis\n\nEine Erlaubnis setzt einen [schriftlichen] Antrag voraus.\n\n## § 9 Form\n\nVerwaltungsakte nach diesem Gesetz sind schriftlich oder elektronisch zu erlassen.\n',
    ],
    accepted: [
      // blind 11: spoken and written address allowed alike (JüdMilSeelsVtr Art. 10); competence for a kind of act (NPOG § 100)
      'Der Landesbischof kann sich in Ansprachen sowie mit Hirtenbriefen und anderen schriftlichen Verlautbarungen an die Gemeinden wenden.',
      'Die Behörde des anderen Bezirks wirkt auf Ersuchen mit; schriftliche Verwaltungsakte erlässt die zuständige Behörde stets selbst.',
      // blind 9 (ESMFinG § 7, WoStichPrG § 4): a committee of parliament informed, the government in the next sentence;
      // evidence the authority may gather in writing
      'Der Haushaltsausschuss des Deutschen Bundestages ist regelmäßig über das Finanzmanagement schriftlich zu unterrichten. Die Bundesregierung übermittelt ihm zudem die Quartalsabschlüsse.',
      'Wohnt der Gebäudeeigentümer nicht im ausgewählten Gebäude, können die Auskünfte schriftlich eingeholt werden.',
      // blind 13 (StabMechG § 5, WoStichPrG § 4, LDG BW § 18): parliament's committee informed with no government named
      // in the Absatz; a survey or the gathering of written statements as the authority's way of taking evidence
      'Der Haushaltsausschuss des Deutschen Bundestages ist darüber hinaus vierteljährlich über die übernommenen Gewährleistungen schriftlich zu unterrichten.',
      'Der Ausschuss für Ernährung und Landwirtschaft des Deutschen Bundestages ist jährlich über die erteilten Ausnahmen schriftlich zu unterrichten.',
      'Die Auskünfte werden durch persönliche oder schriftliche Befragung eingeholt.',
      'Die Daten werden durch schriftliche Befragung der Betriebsinhaber erhoben.',
      'Bei der Einholung von schriftlichen dienstlichen Auskünften genügt die Fertigung eines Aktenvermerks.',
      'Die Kammer kann zur Aufklärung des Sachverhalts die Einholung schriftlicher Stellungnahmen der Beteiligten anordnen.',
      // precision sample 8: the candidate ("die zu prüfende Person") documents the own solution as part of the exam
      'Die zu prüfende Person hat die Analyse und Bewertung der vorgegebenen Situation sowie die entwickelten Lösungsvorschläge schriftlich zu dokumentieren und in einem Fachgespräch zu erläutern.',
      // a prerequisite denied (dev 8 probe: TVGDV § 6)
      'Die Äußerung in der Verhandlung setzt eine vorherige schriftliche Stellungnahme nicht voraus.',
      // a document valid before, carried over by a transitional rule (dev 8 precision probe)
      'Eine bis zum Wirksamwerden des Beitritts gültige befristete schriftliche Erlaubnis gilt mit ihrem bisherigen Inhalt als Erlaubnis im Sinne des § 2 Abs. 2.',
      'Sofern es nicht der Schriftform bedarf, genügt die Textform.',
      'Der Antrag kann schriftlich oder im automatisierten Verfahren gestellt werden.',
      'Die Abschlussprüfung besteht aus 1. einer schriftlichen Arbeit von vier Stunden und 2. einem Fachgespräch.',
      'Die Ausbildungssituation ist vom Prüfling in Abstimmung mit dem Prüfungsausschuss zu wählen. Sie ist schriftlich zu planen und praktisch durchzuführen.',
      'Werden die Erzeugnisse lose abgegeben, ist die Angabe auf einem Schild neben der Ware oder in einem Aushang oder einer schriftlichen Aufzeichnung oder auf vergleichbare Weise am Ort der Abgabe anzugeben.',
      'Der Diensteanbieter darf die Nutzung des De-Mail-Kontos nur zulassen, wenn der Nutzer die Informationen schriftlich oder elektronisch erhalten hat.',
      'Der Antrag ist schriftlich oder elektronisch bei der zuständigen Behörde zu stellen.',
      // a choice of channels ("können … und elektronisch"), not the duty of both forms
      'Anträge können schriftlich und elektronisch gestellt werden.',
      'Der Antrag ist schriftlich oder im automatisierten Verfahren zu stellen.',
      'Die Prüfung besteht aus einem schriftlichen und einem mündlichen Teil.',
      'Entscheidungen können im schriftlichen Umlaufverfahren herbeigeführt werden, wenn alle Mitglieder ausdrücklich zustimmen.',
      'Die Pflicht zur Abgabe einer schriftlichen Anmeldung nach § 16 Absatz 1 des Mindestlohngesetzes wird eingeschränkt.',
      // precision sample 7
      'Pachtverträge werden nur berücksichtigt, wenn sie 1. schriftlich abgeschlossen und bis zum 15. Juni angezeigt worden sind oder 2. mündlich abgeschlossen und bis zum 15. Juni angezeigt worden sind.',
      'Wurde die betroffene Person schriftlich verwarnt oder das Verfahren eingestellt, so sind die Daten zwei Jahre nach dem Erlass der Verwarnung zu löschen.',
      'Das Übermittlungsersuchen und die Datenübermittlung erfolgen stets schriftlich oder im Wege der Datenübertragung.',
      'Abweichend von Absatz 1 kann die Kommunikation auch schriftlich nach Maßgabe der von der Registerbehörde getroffenen Festlegungen erfolgen.',
      'Während der berufspraktischen Ausbildung sind mindestens zwei schriftliche Praxisarbeiten anzufertigen.',
      'Der zu prüfenden Person werden anwendungsbezogene Aufgaben gestellt. Sie hat die Aufgaben schriftlich unter Aufsicht zu bearbeiten.',
      'Der Prüfling hat über das Praktikum einen schriftlichen Bericht anzufertigen, der in die Bewertung der Prüfung eingeht.',
      'In der Prüfung hat der Prüfling die gewählte Lösung schriftlich zu begründen.',
      'Im Sinne dieses Gesetzes sind 1. Etikettierung: die Anbringung eines Etiketts oder im Falle nicht vorverpackter Erzeugnisse schriftliche und deutlich sichtbare Angaben für den Verbraucher am Ort der Abgabe; 2. Produktionsmethode: Fang in der See.',
      'Wer an einer Wiederholungsprüfung teilnimmt, ist auf Antrag von den schriftlichen Situationsaufgaben und dem Fachgespräch zu befreien.',
      'Diese zusätzliche Prüfung besteht aus der Präsentation einer Ausbildungssituation und einem Prüfungsgespräch. Die Konzeption für die Präsentation ist vorab schriftlich einzureichen.',
      'Die Übergangsregelung gilt, soweit die Bestimmungen den Zugang schriftlicher Bescheide betreffen.',
      'Nachzuweisen ist, dass der Bewerber schriftliche Texte in deutscher Sprache verfassen kann.',
      'Die Vollmacht bedarf nicht der Schriftform.',
      'Ein Anspruch auf schriftliche Auskunft besteht nicht.',
      'Die Erklärung kann schriftlich oder mündlich abgegeben werden.',
      'Die Kündigung bedarf der Textform.',
      '(1) Der Antrag ist schriftlich zu stellen. (2) Der Antrag kann auch elektronisch übermittelt werden.',
      'In der schriftlichen Prüfung hat der Prüfling zwei Aufsichtsarbeiten zu fertigen.',
      'Die Schriftform kann durch die elektronische Form ersetzt werden.',
      'Ist die Person nicht in der Lage, die Einwilligung schriftlich zu erklären, so kann diese auf andere Weise erklärt werden.',
      'Die Frist wird auch durch eine vor ihrem Ablauf zur Post gegebene schriftliche Erklärung gewahrt.',
      'Das Honorar umfasst auch den Aufwand für die Anfertigung des schriftlichen Gutachtens.',
      'Die Vorschriften über die Schriftform (§ 126 des Bürgerlichen Gesetzbuchs) bleiben unberührt.',
      'Die Beteiligten können auf die Schriftform verzichten.',
      'Ein schriftlicher Verwaltungsakt, der durch die Post übermittelt wird, gilt am vierten Tag nach der Aufgabe zur Post als bekannt gegeben.',
      'Der Anspruch besteht, wenn die Krankenkasse vor dem 5. November 1992 über den Anspruch bereits schriftlich entschieden hat.',
      'Die Prüfung wird schriftlich durchgeführt und dauert vier Stunden.',
      'Dies gilt nicht, wenn der Erwerb vor dem 19. Oktober 1989 schriftlich beantragt oder sonst aktenkundig angebahnt worden ist.',
      'Zwei der Situationsaufgaben sind schriftlich zu lösen, eine Situationsaufgabe ist Gegenstand eines Fachgespräches.',
      'Das Handlungsfeld umfasst die Kompetenzen: 1. Auszubildende auf die Abschlussprüfung vorzubereiten, 2. für die Anmeldung zu Prüfungen zu sorgen und diese auf Besonderheiten hinzuweisen, 3. an der Erstellung eines schriftlichen Zeugnisses mitzuwirken.',
      'Die Zwischenprüfung ist schriftlich in höchstens 180 Minuten durchzuführen.',
      'Liegen schriftliche Unterlagen nicht vor, so hat der Arbeitgeber die Richtigkeit der Angaben auf geeignete andere Weise nachzuweisen.',
      'Wird der Widerspruch schriftlich eingelegt, so beginnt die Frist mit dem Eingang.',
      'Ist der Name einer Bewerberin mit ihrer schriftlichen Zustimmung auf mehreren Vorschlagslisten aufgeführt, so hat sie zu erklären, welche Bewerbung sie aufrechterhält.',
      'Das Gremium kann Angehörige der Behörden befragen oder von ihnen schriftliche Auskünfte einholen.',
      'Wird vereinbart, anstelle einer Aussprache die schriftlichen Redetexte zu Protokoll zu nehmen, werden die Punkte kenntlich gemacht.',
      'Mit der in den §§ 3 und 4 genannten schriftlichen Genehmigung ist ein Verzeichnis fest zu verbinden.',
      'Der Antrag ist schriftlich zu stellen. Anträge nach Absatz 1 können auch elektronisch gestellt werden.',
      'Die Anordnung kann in eiligen Fällen ohne schriftliche Begründung ergehen.',
      'Der Nachweis ist innerhalb von sechs Monaten nach Zugang der in Absatz 2 genannten schriftlichen Willenserklärung des Verkäufers zu erbringen.',
      'Das Arbeitsprojekt der Meisterprüfung ist schriftlich zu planen.',
      // the trainee's statement on the assessment of the training (LAP-gehDAAV § 21 Abs. 3)
      'Die Bewertung wird mit den Anwärterinnen und Anwärtern besprochen. Diese erhalten eine Ausfertigung der Bewertung und können zu ihr schriftlich Stellung nehmen.',
      // the committee votes in writing (SGB V § 279 Abs. 9, IHKG § 13b Abs. 3)
      'Der Verwaltungsrat kann aus wichtigen Gründen ohne Sitzung schriftlich abstimmen.',
      'Der Präsident kann den Mitgliedern des Präsidiums ermöglichen, ohne Teilnahme an der Sitzung ihre Stimmen vor der Durchführung der Sitzung schriftlich gegenüber dem Präsidenten abzugeben.',
      'Die Projektarbeit ist schriftlich anzufertigen.',
      'Der Prüfling soll ein Prüfungsprodukt erstellen und seine Arbeit mit praxisbezogenen Unterlagen dokumentieren sowie eine schriftliche Arbeitsplanung durchführen.',
      'Maßgeblich ist der Durchschnittskurs der letzten 15 Tage vor der ersten schriftlichen Anfrage des Unternehmens.',
      'Die praktische Meisterarbeit ist schriftlich zu planen, zu begleiten und auszuwerten.',
      'Ordnungswidrig im Sinne des § 7 Absatz 1 des Aufgabengesetzes handelt, wer entgegen § 5 den Umbau nicht schriftlich anzeigt.',
      '## § 9 Straftaten\n\nWer entgegen § 3 den Antrag nicht schriftlich stellt, wird bestraft.\n',
      '## § 1 Bescheid\n\nDer Verwaltungsakt ist schriftlich zu erlassen.\n\n## § 9 Form\n\nVerwaltungsakte nach diesem Gesetz sind schriftlich oder elektronisch zu erlassen.\n',
    ],
  },
});
