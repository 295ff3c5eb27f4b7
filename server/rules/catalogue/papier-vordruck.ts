import type { AmendmentEdit } from '../amendment';
import type { MatchContext } from '../context';
import { ADMINISTRATION_RECORD, HANDED_IN_SEPARABLE, HONOUR_DEED, INSPECTION_BEFORE, FEE_ITEM, ON_SITE_DUTY, PAPER_FALLBACK, PUBLIC_DEED, RECORD_KEPT, isBareServedCopy, lastWords, modalSeverity } from '../lexicon';
import { defineRule } from '../types';

/**
 * A form or paper medium only matters where someone has to use or hand it in, or fill it in ("Auf dem Formblatt hat der
 * Arbeitgeber anzugeben", "in einem Formular … Angaben … zu machen haben").
 */
const USE = new RegExp(
  `${/mit\s+Hilfe|\bschriftlich\s+mit\s+(?:de[mn]\s+|einem\s+)?(?:\S+\s+)?(?:Vordruck|Formblatt|Formular|Einheitspapier)|\bmit\s+(?:de[mn]|einem)\s+(?:Vordruck|Formblatt|Formular)\w*\s+(?:\S+\s+){0,8}?(?:anzuzeigen|angezeigt\w*|anzumelden|angemeldet|anzugeben|zu\s+beantragen|beantragt)\b|anhand|benutzen|verwenden|zu versehen|mitzuführen|mitgeführt|auszuhändigen|ausgehändigt|zu verwenden|verwendet|zu benutzen|benutzt|[Aa]uf\s+(?:de[mn]|einem|amtlich\w*|einheitlich\w*)|\bAngaben\s+(?:\S+\s+){0,16}?zu\s+machen\b|nach\s+(?:de[mn]|amtlich\w*|einem)|mittels|unter\s+Verwendung|Verwendung|zu stellen|zu erstatten|einzureichen|eingereicht|vorzulegen|vorgelegt|beizubringen|beizufügen|abzugeben|zu übersenden|zu übermitteln|zuzuleiten|zugeleitet|zuzusenden|auszufüllen|ausgefüllt|zu erteilen|erteilt|auszustellen|ausgestellt|zu führen|aufzubewahren|zu fertigen|zu erstellen|zu erbringen|(?:Vordrucke?|Formulare?|Formblätter|Formblatt)\s+(?:\S+\s+){0,2}eingeführt|\b(?:werden|wird)\s+eingeführt\b|(?<![\wäöüß])übergibt\b|(?<![\wäöüß])übersendet\b|(?<![\wäöüß])übergeben\b|\bausgegeben\b|\bauszugeben\b|\bAusfüllung\b|\bverwandt\s+(?:werden|wird|worden)\b|(?:doppelter|zweifacher|dreifacher|vierfacher|fünffacher|mehrfacher|(?<!\d)\d+-?facher)\s+Ausfertigung|\b(?:legt|legen)\s+(?:\S+\s+){0,4}(?:Vordruck|Formular|Formblatt|Muster)\w*\s+(?:\S+\s+){0,4}?fest\b|\b(?:ergänzend|zusätzlich)\s+zu[mr]?\s+(?:\S+\s+){0,3}?(?:Vordruck|Formular|Formblatt)|(?<![\wäöüß])(?:überbringen|überbringt|überbracht)\b|\bin\s+(?:beiden|allen)\s+Ausfertigungen\b|\bAbweichungen\s+von\s+(?:de[mn]|der|den)\s+[^.;:]{0,60}?(?:Vordruck|Formular|Formblatt)\w*[^.;:]{0,80}?\b(?:sind|ist)\s+nicht\s+zulässig\b/.source}|${HANDED_IN_SEPARABLE.source}`,
);
/** "Die Agentur wertet die nach der Verordnung (EG) Nr. 1013/2006 vorgeschriebenen …": the evaluating verb before the hit. */
const EVALUATED_BEFORE = /\b(?:wertet|werten)\s(?:[^.;:]|\b(?:Nr|Nrn|Abs|Art|S|Buchst)\.)*$/;
const SEAL_USE = /enth(?:ält|alten)|verwende|Ausfertigung|versehen|versieht|trägt|tragen|Abdruck|drück|anzubringen|angebracht|aufzubringen|bestätig|beglaubig|gesiegelt|abgestempelt|abzustempeln|gestempelt|zu siegeln/;
/** A template only binds when a document is made or filed on it ("Bescheinigung nach dem Muster der Anlage 7"). */
const TEMPLATE_DOCUMENT =
  /Bescheinigung|Zeugnis|Erklärung|Niederschrift|Urkunde|Antrag|Wahlvorschl|Anzeige|Meldung|Bescheid|Nachweis|Ergebnis|Ausweis|Verzeichnis|Protokoll|Bericht|Mitteilung|Bestätigung|Vollmacht|Liste|Formular|Vordruck|Blatt|Dokument|(?<![Ee]r|[Aa]n)schein(?:e|en|es|s)?\b/i;
/**
 * A document made or handed in on the template, whatever it is called ("legt … den Entwurf … nach dem Muster der Anlage vor"),
 * also a record kept on it ("Die Übersicht … ist nach dem Muster der Anlage 1 zu führen").
 */
const TEMPLATE_FILED = /\b(?:legt|legen)\b[^.;]{0,500}\bvor\b|vorzulegen|einzureichen|eingereicht|zu\s+übermitteln|übersendet|zu\s+übersenden|zu\s+erstellen|erstellt|zu\s+führen\b/;
/**
 * Paper to be carried on the journey or at work ("Der Bescheid … ist mitzuführen", "den Erlaubnisschein bei sich zu
 * führen"), also as a compound ("Todesbescheinigung", "Fährprüfungsbücher", "Steuerkarte", "schriftliche Erklärung")
 * and behind a long description of its content.
 */
const CARRIED_NOUN =
  /(?:\w*[Bb]escheid|\w*[Bb]escheinigung|\w*[Gg]enehmigung|\w*[Ee]rlaubnis|\w*[Uu]rkunde|Übersetzung|Ausfertigung|Mehrfertigung|Kopie|Abschrift|Begleitpapier|Dokument|\w*[Aa]usweis|\w*[Bb]uch(?:es|s)?\b|\w*[Pp]apiere|\w*[Ss]chein(?:e|es|s)?\b|\w*[Bb]rief(?:es|s)?\b|\w*[Zz]ertifikat|Nachweis(?:e|es)?\b|\w*[Bb]eleg(?:e|en)?\b|\w*[Bb]ücher\b|\w*[Kk]arten?\b|\w*[Bb]estätigung|\w*[Ee]rklärung|\w*[Uu]nterlagen\b|Abdruck)/.source;
/**
 * The same nouns for a search anywhere in a text: there a compound's leading `\w*` finds nothing the noun alone does not,
 * it only re-reads a long word from each of its letters (quadratic, bench:redos).
 */
const CARRIED_NOUN_ANYWHERE = CARRIED_NOUN.replaceAll('\\w*', '');
// "amtliche Bescheinigungen, welche bestätigen, dass …, mitzuführen": a relative clause may follow the document
const CARRIED_DOCUMENT = new RegExp(`${CARRIED_NOUN_ANYWHERE}\\w*,?\\s+(?:\\S+\\s+){0,16}$`);
/** "ist an Bord mitzuführen: 1. der … Ausweis …": the documents follow as a list. */
const CARRIED_DOCUMENT_LIST = new RegExp(`^\\s*:[^;]{0,160}?${CARRIED_NOUN}`);
/**
 * "Über die Meldung wird eine Meldebescheinigung erteilt. Sie ist an Bord mitzuführen": a pronoun opens the sentence and
 * the document stands in the sentence before.
 */
const CARRIED_PRONOUN = /^(?:Sie|Er|Es|Diese[rs]?)\s+(?:ist|sind)\s+(?:\S+\s+){0,4}$/;
/**
 * "Ist ihm hierüber ein Beleg ausgestellt worden, so hat er diesen während der Fahrt mitzuführen": a pronoun object
 * takes up the document named earlier in the same sentence, however long the clause between them.
 */
// the pronoun stands alone (not "diese Warnweste"); the object may stand far from the verb, but in the same clause
// ("diesen im Rahmen seiner Nachweispflicht nach § 5 bei der Benutzung … mitzuführen")
const CARRIED_PRONOUN_OBJECT = /\b(?:diese[nrs]?|ihn|sie)\s+(?![A-ZÄÖÜ])(?:[^\s,;]+\s+){0,24}$/;
const CARRIED_DOCUMENT_EARLIER = new RegExp(CARRIED_NOUN_ANYWHERE);
const CARRIED_DOCUMENT_BEFORE = new RegExp(`${CARRIED_NOUN_ANYWHERE}\\w*[^.;]{0,120}[.;]\\s*$`);
/** The trigger words of a duty to carry something. */
// also paper that travels with a body or consignment ("Der Bestattungsschein ist der Leiche beizugeben") and paper
// shown on demand ("Der Erlaubnisschein ist auf Verlangen der Polizei vorzuzeigen": kept at hand to be shown)
const CARRIED =
  /^mit(?:zu)?geführt|^mitzuführen|^mitführen|^(?:bei|mit)\s+sich\s+(?:zu\s+)?(?:führen|tragen)|^(?:der|dem)\s+\S+\s+(?:beizugeben|mitzugeben)$|^vorzuzeigen$/;
/** Permits and plans that "müssen an der Baustelle von Baubeginn an vorliegen" (the Bauordnungen of the Länder). */
const ON_SITE = /^[Aa]n\s+der\s+Baustelle/;
/**
 * The authority's permit among the documents kept at the site ("Baugenehmigung", "Teilbaugenehmigung",
 * "Baufreigabeschein"): the paper the builder did not make himself. Bauvorlagen and bautechnische Nachweise alone are
 * the builder's own documents (blind 12 `nds-nbauo-62-9`, as the private evidence of `he-hbo-58-1`).
 */
const ON_SITE_PERMIT = /[Gg]enehmigung|[Ff]reigabeschein|Bauschein/;
/**
 * Paper kept at a place "zur Einsicht(nahme) bereitzuhalten" (rubric decision "bereitzuhalten", README-rules-dev.md): a
 * hindrance only for the authority's own permit or certificate, which it could check electronically (SpielV § 6 Abs. 2:
 * "die Unbedenklichkeitsbescheinigung … und den Erlaubnisbescheid zur Einsichtnahme bereitzuhalten"); the holder's own
 * evidence and records prescribe no medium, and a display for everyone is a notice (aushang).
 */
const KEPT_AT_HAND = /^zur\s+Einsicht(?:nahme)?\s+bereitzuhalten$/;
const KEPT_PERMIT =
  /(?:[Gg]enehmigung|[Ee]rlaubnis(?:bescheid|urkunde|schein)?|[Bb]escheinigung|[Zz]ulassungsbescheid|[Ff]reigabeschein|Bauschein|[Kk]onzession(?:surkunde)?)\b/;
const KEPT_FOR_PUBLIC = /\bjedermann\b|\böffentlich|\bÖffentlichkeit\b/;
/** Someone is obliged to use the form ("muss der Schuldner dieses benutzen", "hat sich ihrer zu bedienen"). */
const USE_ORDERED =
  /\b(?:muss|muß|müssen|hat|haben)\b[^.;]{0,120}\b(?:benutzen|verwenden|bedienen)\b|\b(?:ist|sind)\b[^.;]{0,120}\bzu\s+(?:benutzen|verwenden)\b/;
/** Copies nobody has to make: objects of deletion, the authority's inspection powers. */
const DISPOSAL = /zu\s+löschen|gelöscht|zu\s+vernichten|vernichtet/;
const EMPOWERMENT = /\bermächtigt\b|Regelungen\s+(?:\S+\s+){0,3}getroffen\s+werden/;
/** "Die Satzung kann die Verwendung eines Antragsvordrucks vorschreiben": only the sentence itself, since another sentence of the Absatz may impose the form. */
const MAY_PRESCRIBE = /\b(?:kann|können)\s+(?:\S+\s+){0,8}vorschreiben\b/;
const EXPRESSION_BEFORE = /(?:zum|im|deutlich\w*|besonder\w*|sprachlich\w*|schöpferisch\w*|künstlerisch\w*|musikalisch\w*|körperlich\w*|(?:Sinne|Bedeutung|Wortlaut|Gewandtheit|Klarheit|Sicherheit)\s+des|(?:bezeichnet|bedeutet)\s+der)\s+$/;
// "Der Ausdruck rückkaufsfähiger Gruppenversicherungsvertrag bezeichnet …" introduces a defined term
const EXPRESSION_AFTER = /^\s*(?:bring|komm|find|„|")|^\s+(?:\S+\s+){1,4}(?:bezeichnet|bedeutet)\b/;
/**
 * The form as the object of its making, supply or a specimen ("Der Hersteller der Vordrucke", "der Beschaffung und
 * Verteilung des zu verwendenden Vordrucks", "ein Muster der von der Kontrollstelle verwendeten Formblätter"); tested
 * on the last words before the hit.
 */
const FORM_AS_OBJECT =
  /\b(?:Hersteller\w*|Herstellung|Druck(?:es|s)?|Beschaffung|Verteilung|Lieferung|Vertrieb(?:es|s)?|Muster)\s+(?:(?:und|oder)\s+\S+\s+)?(?:des|der)\s+(?:(?!(?:ist|sind|als|nach)\s)\S+\s+){0,4}$/;
/**
 * "Folgende Abweichungen von dem in Anlage 1 bestimmten Vordruck sind zulässig", "Die Bundesanstalt kann auf Antrag …
 * inhaltliche Abweichungen von den einzureichenden Formularen zulassen".
 */
const FORM_DEVIATION_ALLOWED =
  /\bAbweichungen\s+von\s+(?:de[mn]|den|der)\s+[^.;:]{0,80}?(?:Vordruck|Formular|Formblatt|Muster)\w*\s+(?:(?:sind|ist)\s+zulässig\b|(?:\S+\s+){0,3}?zulassen\b)/;
/** "Der in Anlage 1 bestimmte Vordruck kann in einem aus Blatt 1 bis 3 bestehenden Teil … in einer Ausführung verwendet werden, in der …". */
/**
 * A form of a statistics named by its code as the source of a figure ("nach dem Vordruck KM 6 der Statistik …
 * zu bestimmen", "(Vordruck KJ 1, Kontengruppe 43)"): nobody fills it in because of this provision.
 */
const STATISTICS_FORM_CODE = /^\s+[A-Z]{1,4}\s?\d+[a-z]?\b/;
const STATISTICS = /Statistik|Rechnungsergebnis|Kontengruppe|Geschäftsergebnis/;
/** "überprüft …, ob eine gültige Bescheinigung an Bord mitgeführt wird": what an inspection checks, not a duty laid down here. */
// read in the Absatz before the hit (citations such as "vom 17. Juni 2016 (BGBl. I S. 1489)" split sentences); a word
// ending a sentence ("… mitzuführen. Die …") closes the span
const CHECKED_WHETHER = /(?<![\wäöüß])(?:prüf|überprüf|kontrollier)\w*\b(?:(?![a-zäöüß]{3}\.\s+[A-ZÄÖÜ])[^;]){0,500}\bob\s(?:(?![a-zäöüß]{3}\.\s+[A-ZÄÖÜ])[^;])*$/;
const FORM_VARIANT =
  /^(?:\(\d+[a-z]?\)\s*)?(?:Der|Die|Das)\s+(?:[^.;,]{0,60}\s)?(?:Vordruck|Formular|Formblatt)\w*\s+(?:kann|können|darf|dürfen)\s+(?!nur\b)[^.;]{0,600}?\b(?:verwendet|benutzt|genutzt)\s+werden\b/;
/**
 * "Wird das Hinweisblatt zu dem Formular … in einer abweichenden Fassung verwendet, so ist die Bezeichnung … zu ersetzen":
 * the sentence labels a permitted variant of a form prescribed elsewhere; it makes nobody use one.
 */
const FORM_VARIANT_CASE =
  /^(?:\(\d+[a-z]?\)\s*)?(?:Wird|Werden)\s[^;]{0,200}?\b(?:in\s+einer\s+)?abweichende[nr]?\s+(?:Fassung|Ausführung|Vordruck\w*|Formular\w*)\s+verwendet\b/;
/**
 * "Der in Anlage 2 bestimmte Vordruck soll auf hellrotem Papier ausgeführt werden. Er kann auch als Durchschreibesatz …
 * mit einem dritten Blatt für eine … Durchschrift versehen werden": a permitted variant of a form prescribed elsewhere,
 * the pronoun taking up the form of the sentence before.
 */
const FORM_VARIANT_PRONOUN = /^(?:Er|Sie|Es)\s+(?:kann|können|darf|dürfen)\s+auch\b[^.;]{0,300}?\b(?:versehen|ausgeführt|hergestellt|verwendet|gestaltet)\s+werden\b/;
const FORM_SUBJECT_BEFORE = /^(?:\(\d+[a-z]?\)\s*)?(?:Der|Die|Das)\s+(?:[^.;,]{0,60}\s)?(?:Vordruck|Formular|Formblatt)\w*\s/;
/** "darf eigene, von Absatz 1 abweichende Vordrucke … verwenden": the prescribed form is relaxed for whoever may use their own. */
const OWN_FORMS_ALLOWED =
  /\b(?:darf|dürfen|kann|können)\s+(?:\S+\s+){0,4}?(?:eigene|abweichende)\b[^.;]{0,80}?(?:Vordruck|Formular|Formbl[aä]tt)\w*\s+[^.;]{0,120}?\b(?:verwenden|benutzen|nutzen)\b/;
/** "Die auf dem Formblatt nach der Anlage übermittelten Daten", "die in den Formularen enthaltenen Angaben": data already given. */
const FORM_DATA_AFTER =
  /^\w*\s+(?:nach\s+(?:der\s+)?Anlage\s+(?:\d+\w*\s+)?)?(?:übermittelten|enthaltenen|gemachten|angegebenen|eingetragenen|erhobenen)\s+(?:personenbezogenen\s+)?(?:Daten|Angaben|Informationen)\b/;
/**
 * "Uniformen … als Ausdruck einer gemeinsamen politischen Gesinnung": an attitude expressed, not a printout of a record
 * (unless the clause hands it in: "als Ausdruck einer Datei vorzulegen").
 */
const EXPRESSION_OF = /^\s+(?:eine[rs]|seine[rs]|ihre[rs]|unsere[rs])\s/;

/**
 * A document that must conform to a template: "Die Aussteigekarte soll dem Muster der Anlage 1 entsprechen", "Die
 * Lagerverträge haben dem von der Bundesanstalt … bekannt gemachten Muster zu entsprechen". The duty binds like "nach dem
 * Muster"; a conforming clause that only describes a case ("Vertragsklausel …, die … dem Muster … entspricht, genügt")
 * lays down nothing, so a modal verb or "zu entsprechen" must carry it.
 */
const CONFORMS_LEAD = /\bdem\s+(?:(?:vo[mn]|in|im|nach|durch)\s+[^.;,]{0,100}?\s)?(?:\S+\s+)?$/;
const CONFORMS_TRAIL = /^[^.;]{0,120}?\b(?:zu\s+entsprechen|entsprechen\s+(?:muss|müssen|soll|sollen))\b/;
const CONFORMS_MODAL_TRAIL = /^[^.;]{0,120}?\bentsprechen\b/;
const MODAL_BEFORE = /\b(?:muss|müssen|soll|sollen)\b[^.;]*$/;
/** What conforms is a document kept, carried or handed in, not a design (Ohrmarken, Prüfzeichen, Kennzeichenfolie). */
const CONFORMING_DOCUMENT = /(?:[Kk]arten?|[Pp]ass|[Pp]ässe|[Bb]uch(?:es|s)?|[Bb]ücher|[Rr]egisters?|[Vv]ertr(?:ag|äge)(?:es|s|n)?)\b/;

/**
 * A template named with its source and used, filled in or issued on: "Für den Antrag ist das in Anhang V abgedruckte
 * Muster 1 zu verwenden", "Hierzu ist das Muster in Abschnitt 2 der Anlage 8 … zu verwenden", "Der Sicherungsschein ist
 * gemäß dem in Anlage 18 enthaltenen Muster zu erstellen", "ein Abschlusszeugnis nach dem von der zuständigen Stelle
 * bekannt gegebenen Muster auszustellen". Without a source ("nach einheitlichen Mustern") or a verb of use ("ist nach dem
 * Muster der Anlage 2 anzubringen", a mark) it binds nothing here.
 */
const USED_LEAD = /\b(?:das|die|dem|den|ein|eines)\s+(?:[^.;,]{0,80}?\s)?$/;
const TEMPLATE_SOURCE = /\b(?:Anlagen?|Anh(?:ang|änge[n]?))\b|\bbekannt\s*gegeben|\bveröffentlicht|\babgedruckt|\bbeigegeben|\bnach\s+§/;
const USED_TRAIL = /^[^.;]{0,140}?\b(?:zu\s+verwenden|zu\s+benutzen|zu\s+erstellen|auszustellen|zu\s+erteilen|auszufüllen|zu\s+führen)\b/;

/** A document on an EU act's template in use: it travels with the goods, is issued, carried, handed in or conformed to. */
const EU_TEMPLATE_USED =
  /^[^;]{0,600}?\b(?:begleitet|ausgestellt|auszustellen|mitzuführen|mitgeführt|an\s+Bord|entspricht|entsprechen|beizufügen|vorzulegen|zu\s+verwenden|verwendet)\b/;

function usedTemplate(ctx: MatchContext): boolean {
  const lead = ctx.lead(90);
  const trail = ctx.trail(160);
  if (!USED_LEAD.test(lead) || !USED_TRAIL.test(trail)) return false;
  const clause = (lead.split(/[.;]/).pop() ?? '') + ' ' + (trail.split(/[.;]/)[0] ?? '');
  return TEMPLATE_SOURCE.test(clause) && (ctx.sentenceMatches(TEMPLATE_DOCUMENT) || ctx.sentenceMatches(CONFORMING_DOCUMENT));
}

function conformsToTemplate(ctx: MatchContext): boolean {
  if (!CONFORMS_LEAD.test(ctx.lead(130))) return false;
  const trail = ctx.trail(140);
  const duty = CONFORMS_TRAIL.test(trail) || (CONFORMS_MODAL_TRAIL.test(trail) && MODAL_BEFORE.test(ctx.lead(240)));
  return duty && (ctx.sentenceMatches(TEMPLATE_DOCUMENT) || ctx.sentenceMatches(CONFORMING_DOCUMENT));
}

/**
 * The words that make a "Muster" binding and belong to the reported span ("nach dem Muster der Anlage 7", "nach
 * vorgeschriebenem Muster"); null when the word names a design or a sample.
 */
function templateLead(ctx: MatchContext): { lead: string } | null {
  const lead = /(?:nach\s+de[mn]|nach|das|dem|de[rs])\s+(?:in\s+)?(?:\S+\s+)?$/.exec(ctx.lead(24));
  // "nach dem in der Anlage zu dieser Verordnung enthaltenen Muster"
  const annexBefore = /nach\s+de[mn]\s+(?:in|im)\s+(?:der\s+)?Anlage\b[^.;]{0,60}$/.test(ctx.lead(90));
  // also the annex of an EU act, where the document made on it is used in the same sentence ("von einem … Transportdokument
  // nach dem Muster des Anhangs der Richtlinie 2004/103/EG … begleitet wird"); data taken from it or a document a boat
  // lacks are no use
  const annexAfter =
    !!lead &&
    // "nach Muster 2d der Straßenverkehrs-Zulassungs-Ordnung", "nach Muster A" (a template named by a letter)
    (/^\s+(?:der|in\s+der|nach|gemäß)\s+Anlage|^\s+(?:\d|[A-Z]\b(?!\.))/.test(ctx.trail(20)) ||
      (/^\s+des\s+Anhangs\b/.test(ctx.trail(20)) && EU_TEMPLATE_USED.test(ctx.trail(600))));
  // "nach vorgeschriebenem Muster": the template is laid down elsewhere, but it binds all the same; so does an annexed
  // one ("nach dem als Anlage beigefügten Muster")
  // also published by a named body: "nach dem von der Bundesanstalt im Bundesanzeiger veröffentlichten Muster"
  // "unter Verwendung des in Anhang III der Durchführungsverordnung (EU) Nr. 668/2014 vorgegebenen Musters" binds alike
  // (the annex-before case of "nach dem in … Muster" is annexBefore's: "nach dem in Anhang 1 abgedruckten Muster
  // herzustellen" is the design of an ID card)
  // "Für die Nachweisungen 601 bis 604 gelten die in Anlage 3 festgelegten Muster" lays the templates down alike
  // the indefinite article and a body that made the template bind alike: "Der Fischereischein, der nach einem vom
  // Ministerium erstellten Muster ausgestellt wird" (blind 11: a document issued on it, as "nach dem in der Anlage
  // aufgeführten Muster ausgestellt")
  const prescribed = /(?:nach\s+(?:de[mn]\s+|eine[mn]\s+)?(?:(?:vo[mn]|durch)\s+[^.;,]{0,80}?\s)?|\bgelten\s+(?:die|das)\s+(?:(?:in|im)\s+(?:[^.;,]|Nr\.){0,80}?\s)?|unter\s+Verwendung\s+(?:des|eines)\s+(?:(?:vo[mn]|durch|in|im)\s+(?:[^.;,]|Nr\.){0,80}?\s)?)(?:amtlich\s+)?(?:vorgeschriebene[mn]|festgelegte[mn]|erstellte[mn]|bestimmte[mn]|herausgegebene[mn]|vorgegebene[mn]|bekannt\s*gemachte[mn]|veröffentlichte[mn]|veröffentlichen|amtliche[mn]|(?:landes|bundes)einheitliche[mn]|(?:als\s+Anlage\s+(?:\d+\w?\s+)?)?(?:beigefügte[mn]|anliegende[mn]|abgedruckte[mn]))\s+$/.exec(ctx.lead(130));
  if (!(annexBefore || annexAfter || prescribed) || !(ctx.sentenceMatches(TEMPLATE_DOCUMENT) || ctx.sentenceMatches(TEMPLATE_FILED))) {
    return conformsToTemplate(ctx) || usedTemplate(ctx) ? { lead: '' } : null;
  }
  if (lead && /^nach\b/.test(lead[0])) return { lead: lead[0] };
  return { lead: prescribed && !lead ? prescribed[0] : '' };
}

function spanStart(ctx: MatchContext): number {
  if (/^Muster[ns]?$/.test(ctx.text)) return ctx.start - (templateLead(ctx)?.lead.length ?? 0);
  const prep = /(?:auf|in)\s+$/.exec(ctx.lead(5));
  return ctx.text === 'Papier' && prep ? ctx.start - prep[0].length : ctx.start;
}

/** Several paper copies of one submission ("in zweifacher Ausfertigung", "in jeweils doppelter Ausfertigung"). */
/** What may stand between a form and its copies: nothing, or a short bracket ("Formblatt (Anlage) in zweifacher …"). */
const COPIES_GAP = /^\s*(?:\([^()]{0,20}\)\s*)?$/;
const MULTIPLE_COPIES = /\bin\s+(?:jeweils\s+)?(?:doppelter|zweifacher|dreifacher|vierfacher|fünffacher|mehrfacher|\d+-?facher)\s+Ausfertigung\b/;

function edit(ctx: MatchContext, start: number): AmendmentEdit {
  const t = ctx.index.doc.text.slice(start, ctx.end);
  // the copies are the hindrance, also when the hit begins with its form ("Vordruck in dreifacher Ausfertigung"): the
  // electronic way joins them in place, where an appended sentence would leave "in zweifacher Ausfertigung" standing
  // ("Formblatt (Anlage) in zweifacher Ausfertigung": a bracket between them is still the same phrase)
  const from = Math.max(ctx.ref.start, start - 30);
  const around = ctx.index.doc.text.slice(from, Math.min(ctx.ref.end, ctx.end + 40));
  const [hitStart, hitEnd] = [start - from, ctx.end - from];
  const copies = MULTIPLE_COPIES.exec(around);
  const touches = (c: RegExpExecArray) => c.index < hitEnd || COPIES_GAP.test(around.slice(hitEnd, c.index));
  if (copies && copies.index + copies[0].length > hitStart && touches(copies)) {
    return { kind: 'insertAfter', anchor: copies[0], at: from + copies.index, words: 'oder elektronisch' };
  }
  // the appended sentence names the hit's own form, so that the electronic route relieves exactly it
  const form = /[Vv]ordruck|Formbl/.test(t)
    ? ['Der Vordruck ist', 'kann']
    : /[Ff]ormulare\b/.test(t)
      ? ['Die Formulare sind', 'können']
      : /[Ff]ormular/.test(t)
        ? ['Das Formular ist', 'kann']
        : undefined;
  if (form) {
    return {
      kind: 'appendSentence',
      sentence: `${form[0]} auch elektronisch zur Verfügung zu stellen und ${form[1]} elektronisch ausgefüllt und übermittelt werden; ein darin vorgesehenes Unterschriftsfeld begründet kein Schriftformerfordernis.`,
    };
  }
  if (/[Ss]iegel|[Ss]tempel/.test(t)) {
    return { kind: 'appendSentence', sentence: 'An die Stelle des Siegels oder Stempels kann ein qualifiziertes elektronisches Siegel treten.' };
  }
  if (/[Aa]usfertigung/.test(t)) {
    return { kind: 'appendSentence', sentence: 'Die Unterlagen können auch elektronisch übermittelt werden; dann genügt eine Ausfertigung.' };
  }
  // the hit may start with its lead-in ("nach dem Muster")
  if (/(?:^|\s)Muster\b|Anlage$/.test(t)) {
    return { kind: 'appendSentence', sentence: 'Das Muster ist auch als elektronisches Formular bereitzustellen; die Angaben können elektronisch übermittelt werden.' };
  }
  if (CARRIED.test(t) || ON_SITE.test(t) || KEPT_AT_HAND.test(t)) {
    return { kind: 'appendSentence', sentence: 'Statt des Papierdokuments genügt ein elektronisches Dokument, das auf Verlangen auf einem mobilen Endgerät vorgezeigt wird.' };
  }
  if (/Abschriften/.test(t)) {
    return { kind: 'appendSentence', sentence: 'Die Unterlagen können auch elektronisch eingereicht werden; dann sind Abschriften nicht beizufügen.' };
  }
  if (/Durchschreibesatz/.test(t)) {
    return { kind: 'appendSentence', sentence: 'Der Vordruck kann auch elektronisch ausgefüllt und übermittelt werden; an die Stelle der Durchschriften treten elektronische Kopien.' };
  }
  if (/Durchschrift/.test(t)) {
    return { kind: 'appendSentence', sentence: 'An die Stelle der Durchschrift kann eine elektronische Kopie treten.' };
  }
  if (/Prüfb(?:uch|ücher)/.test(t)) {
    return { kind: 'appendSentence', sentence: 'Das Prüfbuch kann auch elektronisch geführt werden; Eintragungen können elektronisch vorgenommen und übermittelt werden.' };
  }
  // an electronic election is the legislator's decision; the sentence names the conditions it must keep
  if (/Stimmzettel|Wahlumschl/.test(t)) {
    return { kind: 'appendSentence', sentence: 'Statt mit Stimmzetteln kann auch elektronisch gewählt werden, wenn die Geheimheit und die Nachprüfbarkeit der Wahl gewährleistet sind.' };
  }
  if (/^(?:in|auf)\s+Papier|Papierform/.test(t)) {
    return { kind: 'insertAfter', anchor: t, at: start, words: 'oder elektronisch' };
  }
  // "in Karteiform oder elektronisch geführt"; a Kartei named as such may be kept electronically as well
  if (/Karteiform/.test(t)) return { kind: 'insertAfter', anchor: t, at: start, words: 'oder elektronisch' };
  if (/^Kartei/.test(t)) return { kind: 'appendSentence', sentence: 'Die Kartei kann auch elektronisch geführt werden.' };
  return { kind: 'appendSentence', sentence: 'Die Unterlagen können auch elektronisch bereitgestellt und übermittelt werden.' };
}

/**
 * Compounds whose head is the form itself ("Erhebungsvordrucke", "Antragsformular"): a vocabulary word must start
 * with a literal, so the compounds found in the statutes are listed by their first part.
 */
const FORM_COMPOUNDS = [
  // "die vorgeschriebenen Meldevordrucke zu verwenden" (blind 9: VersMeldeV § 7)
  ...['Erhebungs', 'Anmelde', 'Anzeige', 'Antrags', 'Stimmschein', 'Melde'].map((w) => `${w}vordruck*`),
  // "Das Anmeldeformular ist ausgefüllt einzureichen" (school, university and registration laws of the Länder)
  ...['Antrags', 'Anmelde', 'Anzeige', 'Melde', 'Erstattungs', 'Begleit', 'Bestätigungs', 'Bewerbungs'].map((w) => `${w}formular*`),
];
/** Ausfertigungen of a named document ("Eine Zeugnisausfertigung ist … auszuhändigen, eine weitere … zu übersenden"). */
const COPY_COMPOUNDS = ['Zeugnis', 'Erlaubnis', 'Bescheid', 'Urkunden', 'Vertrags'].map((w) => `${w}ausfertigung{en}`);
/** A further paper copy of the same document in the sentence, or a number of them. */
const SEVERAL_COPIES = /\b(?:zwei|drei|vier|fünf|mehrere|\d+|Anzahl\s+von)\s+$/;
const FURTHER_COPY = /\beine\s+weitere\b|\bje\s+eine\b|\bjeweils\s+eine\b/;

/**
 * An annex that lays down the document without the word "Muster" ("die Bescheinigung nach Anlage 2 selbst
 * auszustellen", "zwei Zeugnisse nach Maßgabe der Anlage 2"): the document named right before it is made on the annex.
 */
const ANNEX_DOCUMENT_BEFORE =
  /(?:Bescheinigung|Zeugnis|Zeugnisse|Urkunde|Ausweis|Erklärung|Niederschrift|Protokoll|Begleitschein|Bestätigung|Vollmacht|Karte|Schein)\w*\s+$/;
const ANNEX_DOCUMENT_MADE =
  /auszustellen|ausgestellt|zu\s+erteilen|erteilt|\berhält\b|\berhalten\b|zu\s+verwenden|verwendet|abzugeben|auszufertigen|zu\s+übersenden|beizufügen|vorzulegen|einzureichen|mitzuführen/;

export const papierVordruck = defineRule({
  id: 'papier-vordruck',
  title: 'Papier, amtlicher Vordruck, Ausfertigungen, Siegel',
  category: 'papier_vordruck',
  principle: 1,
  severity: 'hoch',
  source: 'Digitalcheck 2025, Prinzip 1.2 und 2.4; § 13 EGovG',
  explanation:
    'Die Vorschrift setzt Papier oder ein physisches Medium voraus (amtlicher Vordruck, Formblatt, Ausdruck, Durchschrift, mehrfache Ausfertigung, Siegel oder Stempel). Das führt zu Medienbrüchen. Vordrucke sollten auch elektronisch bereitstehen (§ 13 EGovG), Daten maschinenlesbar nach einem Standard (XÖV/FIM) übermittelt werden; an die Stelle von Siegeln kann das qualifizierte elektronische Siegel treten.',
  vocabulary: [
    'Vordruck*',
    'Formular{e,en,s,es}',
    ...FORM_COMPOUNDS,
    ...COPY_COMPOUNDS,
    // a document made on an annex without the word "Muster" (exception anlage-ohne-dokument)
    'nach Anlage',
    'nach der Anlage',
    'nach Maßgabe der Anlage',
    'Zweitschrift*',
    // a second or further paper copy of the same document ("Eine Zweitausfertigung der Bescheinigung ist der
    // Bundesbehörde zuzuleiten", "mit einer Mehrausfertigung der Niederschrift")
    'Zweitausfertigung{en}',
    'Drittausfertigung{en}',
    'Mehrausfertigung{en}',
    'Doppel',
    'Durchschlag*',
    'Originalausfertigung*',
    'Formblatt{es,s}',
    'Formblättern',
    'Formblätter',
    'Papier*',
    'papiergebunden*',
    'Ausdruck{e,en,s}',
    'ausgedruckt*',
    'auszudrucken',
    'Durchschrift{en}',
    // "Der in Anlage 1 bestimmte Vordruck ist als Durchschreibesatz … auszuführen": a carbon-copy set exists only on paper
    'Durchschreibesatz{es}',
    'Ausfertigung{en}',
    'Dienstsiegel*',
    'Gerichtssiegel*',
    'Bundessiegel*',
    'Landessiegel*',
    'Amtssiegel*',
    'Siegelabdruck*',
    'Siegel{s}',
    'Stempel*',
    'Dienststempel*',
    'Prägesiegel*',
    ...['Eingangs', 'Apotheken', 'Firmen', 'Behörden', 'Prüf', 'Datums', 'Kontroll', 'Zoll', 'Amts', 'Sicht', 'Ausreise', 'Einreise', 'Praxis', 'Schul', 'Gerichts', 'Kassen'].map(
      (w) => `${w}stempel*`,
    ),
    'abzustempeln',
    'Muster',
    // "nach landeseinheitlichen Mustern": the plural of a prescribed template
    'Mustern',
    // "unter Verwendung des … vorgegebenen Musters": the genitive of a prescribed template
    'Musters',
    // "in zwei Exemplaren vorzulegen": a counted number of paper copies
    'Exemplaren',
    'Abschriften',
    'mitzuführen',
    'mitgeführt',
    // "Das Fahrpersonal muß die Nachweise während der Fahrt mitführen"
    'mitführen',
    // paper that travels with a body or a consignment (probe BestattG Bln § 9: "Der Bestattungsschein ist der Leiche beizugeben")
    ...['der Leiche', 'dem Leichnam', 'dem Sarg', 'der Urne', 'der Sendung', 'der Lieferung'].flatMap((o) => [`${o} beizugeben`, `${o} mitzugeben`]),
    // a paper document shown on demand (probe SächsJagdG § 24: "Der Erlaubnisschein ist auf Verlangen der Polizei
    // vorzuzeigen"); objects and identity cards are held by the exceptions mitfuehren-ohne-dokument and vorzeigen-eines-ausweises
    'vorzuzeigen',
    // fee stamps stuck onto the paper application (probe KG BY Art. 15: "Gebührenmarken …, die auf den Antrag aufzukleben sind")
    'aufzukleben',
    'bei sich zu führen',
    'mit sich zu führen',
    // the same in the indicative and with "tragen" ("muss … einen gültigen Fischereischein besitzen und diesen bei sich
    // führen", "den Jagdschein bei sich zu tragen")
    'bei sich führen',
    'bei sich zu tragen',
    'bei sich tragen',
    '~an der Baustelle',
    // the authority's permit kept at the venue for inspection (exception `bereithalten-ohne-bescheid`)
    'zur Einsicht bereitzuhalten',
    'zur Einsichtnahme bereitzuhalten',
    // paper books and bound copies that an authority keeps or stamps ("Eintragung in das Prüfbuch")
    'Prüfbuch{es,s}',
    'Prüfbücher{n}',
    // "Die Nachweise sind durch Vorlage eines Studienbuches zu führen": the student's paper book signed by the lecturers
    'Studienbuch{es,s}',
    'Studienbücher{n}',
    'gebundene{n,s} Exemplar{e,en,s}',
    // a register or book kept bound on paper ("Das Fahrtenbuch ist in gebundener Form zu führen")
    'in gebundener Form',
    // a card index is paper by its nature ("Die Jagdbehörde führt eine Kartei", "in Karteiform geführt", "Karteikarten beizufügen")
    'Kartei{en}',
    'Karteikarte{n}',
    'Karteiform',
    // the pre-printed declaration of a postal vote, to be signed ("durch Unterzeichnung der vorgedruckten Erklärung"), also
    // with words between ("eine vorgedruckte, von dem Wähler abzugebende Erklärung")
    'vorgedruckt{e,en,em,er,es}',
    // paper ballots and envelopes
    'Stimmzettel{n,s}',
    'Wahlumschlag{s,es}',
    'Wahlumschläge{n}',
    // "in zweifacher Fertigung" (Land wording for paper copies)
    'Fertigung{en}',
    // several paper copies to be handed in ("fünffach einzureichen")
    'zweifach',
    'dreifach',
    'vierfach',
    'fünffach',
    // "in doppelter Ausführung einzureichen": a counted number of paper copies under another noun
    ...['doppelter', 'zweifacher', 'dreifacher', 'vierfacher', 'fünffacher', 'mehrfacher'].map((n) => `${n} Ausführung`),
  ],
  guards: { fiction: false },
  exceptions: [
    {
      id: 'verweis-auf-formularansicht',
      rationale: '„[→ Formular auf landesrecht-bw.de anzeigen]“ ist ein Verweis der Textsammlung auf die Anlage, keine Vorschrift.',
      stage: 'trigger',
      when: (ctx) => /^Formular/.test(ctx.text) && (/^\s+auf\s+\S*landesrecht|^\s+anzeigen/i.test(ctx.trail(30)) || /\[→\s*$/.test(ctx.lead(4))),
      example: '[→ Formular auf landesrecht-bw.de anzeigen](https://www.landesrecht-bw.de/bsbw/document/anlage) Landesbesoldungsordnung A',
    },
    {
      id: 'anlage-ohne-dokument',
      rationale: '„Nach Anlage 2“ bindet nur, wo ein Dokument (Bescheinigung, Zeugnis, Erklärung) nach der Anlage ausgestellt, verwendet oder eingereicht wird; Gebühren, Stoffe oder Prüfungsinhalte nach einer Anlage nicht.',
      stage: 'trigger',
      // a document issued in the past ("Bescheinigungen nach Anlage 7 …, die … erteilt worden sind, bleiben gültig") binds no one now
      when: (ctx) =>
        /Anlage$/.test(ctx.text) &&
        !(ANNEX_DOCUMENT_BEFORE.test(ctx.lead(40)) && ctx.sentenceMatches(ANNEX_DOCUMENT_MADE) && !ctx.sentenceMatches(/\bworden\s+(?:sind|ist)\b/)),
      example: 'Die Gebühren nach Anlage 2 werden mit der Bekanntgabe der Entscheidung fällig.',
    },
    {
      id: 'ausfertigungskompositum-einzeln',
      rationale: 'Eine einzelne „Erlaubnisausfertigung“ oder „Zeugnisausfertigung“ ist erst mit einer weiteren, einer Anzahl oder einer Pflicht, sie mitzuführen, eine Papierpflicht.',
      stage: 'trigger',
      when: (ctx) =>
        /^(?:Zeugnis|Erlaubnis|Bescheid|Urkunden|Vertrags)ausfertigung/.test(ctx.text) &&
        !SEVERAL_COPIES.test(ctx.lead(16)) &&
        !ctx.sentenceMatches(FURTHER_COPY) &&
        !ctx.sentenceMatches(/mitzuführen|mitgeführt|mit\s+sich\s+zu\s+führen|bei\s+sich\s+zu\s+führen/),
      example: 'Vor der Entscheidung über den Widerruf von Erlaubnisausfertigungen gibt die Behörde dem Bundesamt Gelegenheit zur Stellungnahme.',
    },
    {
      id: 'vordruck-als-gasdruck',
      rationale: '„Mit einem höheren Vordruck“ von Gas oder Flüssigkeit ist ein Druck in der Leitung, kein Formular.',
      stage: 'trigger',
      when: (ctx) =>
        /^Vordruck/.test(ctx.text) &&
        (/(?:höhere[nm]?|niedrigere[nm]?|geringere[nm]?|maximale[nm]?|zulässige[nm]?)\s+$/.test(ctx.lead(20)) || /^\w*\s+(?:von\s+)?\d+(?:,\d+)?\s*(?:bar|Pa|hPa|kPa|MPa)\b/.test(ctx.trail(24))),
      example: 'Abweichend von den Anforderungen nach Satz 1 kann das Biogas mit einem höheren Vordruck an den Netzbetreiber übergeben werden.',
    },
    {
      id: 'stempel-auf-ware',
      rationale: 'Ein Stempel auf Waren, Exemplaren oder Tierkörpern kennzeichnet eine Sache; er verlangt kein Papierdokument im Verfahren.',
      stage: 'trigger',
      when: (ctx) =>
        /[Ss]tempel|[Ss]iegel/.test(ctx.text) &&
        ctx.sentenceMatches(/\b(?:Exemplare|Waren|Erzeugniss\w*|Verpackung\w*|Packung\w*|Behältnis\w*|Schlachtkörper\w*|Vorrichtungen|Plomben?)\b/) &&
        !ctx.sentenceMatches(/Bescheinigung|Urkunde|Dokument|Antrag|Schein|Pass\b|Ausweis|Zeugnis|[Vv]ordruck|Formular|Papiere|Begleitpapier|Zertifikat|Erklärung/),
      example: 'Die Befugnis zum Verkauf von Exemplaren unterliegt der Bedingung, dass die Exemplare mit einem besonderen Stempel versehen sind.',
    },
    {
      id: 'aktenfuehrung-der-verwaltung',
      rationale: 'Akten, Karteien oder Dienstbücher der Verwaltung auf Papier zu führen oder aufzubewahren ist Aktenführung (Regel Papierakte, § 6 EGovG, § 10 NDIG), kein Papierdokument im Verfahren.',
      stage: 'trigger',
      when: (ctx) => /^(?:Papierform|(?:in|auf)\s+Papier|Kartei)/.test(ctx.text) && ctx.sentenceMatches(RECORD_KEPT) && ctx.sentenceMatches(ADMINISTRATION_RECORD),
      example: 'Die Schülerakte ist in Papierform zu führen.',
    },
    {
      id: 'kartei-nicht-als-medium',
      rationale: 'Eine Kartei ist nur als Medium, das zu führen, anzulegen oder zu verwenden ist, eine Papierpflicht; ihre Aufbewahrung regelt die Aktenführung; automatisiert geführt ist sie nicht auf Papier, „kann“ sie verwendet werden, ist sie eine Wahl.',
      stage: 'trigger',
      when: (ctx) =>
        /^Kartei/.test(ctx.text) &&
        (!ctx.sentenceMatches(/(?<![\wäöüß])(?:führt|führen|zu\s+führen|geführt|anzulegen|angelegt|legt|verwenden|zu\s+verwenden|verwendet|beizufügen|beigefügt|einzutragen|eingetragen)\b/) ||
          ctx.sentenceMatches(/automatisiert|automatisch|elektronisch|Datenverarbeitung|\bEDV\b|\bADV\b|Datei/) ||
          // "Es können Karteikarten oder Betäubungsmittelbücher … verwendet werden" (BtMVV § 13): a permitted medium
          ctx.sentenceMatches(/\b(?:kann|können|darf|dürfen)\s+(?!nur\b|ausschließlich\b)[^.;]{0,200}?\bverwendet\s+werden\b/)),
      example: 'Die Karteien sind bis zum Ablauf der Aufbewahrungsfristen vollständig aufzubewahren.',
    },
    {
      id: 'muster-ohne-vorlage',
      rationale: 'Ein Muster bindet nur, wenn danach ein Dokument erstellt oder eingereicht wird („Bescheinigung nach dem Muster der Anlage 7“); Design- oder Warenmuster nicht.',
      stage: 'trigger',
      // "soweit ein Muster bekannt gegeben ist, ist dieses zu verwenden": the pronoun carries the duty to use it
      when: (ctx) => /^Muster[ns]?$/.test(ctx.text) && templateLead(ctx) === null && !/^[^.;]{0,60}?\b(?:ist|sind)\s+(?:dieses|diese|es|sie)\s+zu\s+verwenden\b/.test(ctx.trail(90)),
      example: 'Das olympische Emblem besteht aus fünf ineinander verschlungenen Ringen nach dem Muster der Anlage 1.',
    },
    {
      id: 'vordruck-als-gegenstand',
      rationale: '„Der Hersteller der Vordrucke“, „Beschaffung und Verteilung des Vordrucks“, „ein Muster der verwendeten Formblätter“: der Satz regelt Herstellung, Bereitstellung oder Probe eines Vordrucks, nicht seine Verwendung.',
      stage: 'trigger',
      when: (ctx) => /[Vv]ordruck|Formbl|[Ff]ormular/.test(ctx.text) && FORM_AS_OBJECT.test(lastWords(ctx.lead(160), 8)),
      example: 'Der Hersteller der Vordrucke muss mindestens auf Blatt 1 und dem für den Antrag verwendeten Blatt 3 erkennbar sein.',
    },
    {
      id: 'exemplare-ohne-anzahl',
      rationale: '„Exemplaren“ ist nur als Zahl einzureichender Stücke („in zwei Exemplaren vorzulegen“) eine Papierpflicht; Exemplare eines Druckwerks oder einer Art nicht.',
      stage: 'trigger',
      when: (ctx) => ctx.text === 'Exemplaren' && !(/\bin\s+(?:zwei|drei|vier|fünf|sechs|mehreren|(?<!\d)\d+)\s+$/.test(ctx.lead(24)) && ctx.sentenceMatches(TEMPLATE_FILED)),
      example: 'Die Bibliothek erhält von jedem Druckwerk einen Zuschuss zu den Kosten von zwei Exemplaren.',
    },
    {
      id: 'abschriften-ohne-anzahl',
      rationale: 'Nur eine verlangte Zahl von Abschriften („die erforderliche Zahl von Abschriften“) ist eine Papierpflicht.',
      stage: 'trigger',
      when: (ctx) => ctx.text === 'Abschriften' && !/(?:Zahl|Anzahl)\s+(?:von\s+|der\s+)?$|(?:zwei|drei|vier|fünf|(?<!\d)\d+)\s+$/.test(ctx.lead(24)),
      example: 'Die Behörde darf Abschriften der Akten fertigen, soweit dies erforderlich ist.',
    },
    {
      id: 'vorzeigen-neben-mitfuehren',
      rationale: '„Mitzuführen und auf Verlangen vorzuzeigen“ ist eine Pflicht; gemeldet wird sie beim Mitführen.',
      stage: 'trigger',
      when: (ctx) => ctx.text === 'vorzuzeigen' && /\bmit(?:zu)?führen\b|\bmitgeführt|\b(?:bei|mit)\s+sich\s+(?:zu\s+)?(?:führen|tragen)\b/.test(ctx.sentence),
      example: 'Der Fahrer hat die Warnweste mitzuführen und auf Verlangen vorzuzeigen.',
    },
    {
      id: 'mitfuehren-ohne-dokument',
      rationale: 'Mitzuführen sind auch Gegenstände (Warnweste); nur ein mitzuführendes Papierdokument ist ein Medienbruch.',
      stage: 'trigger',
      when: (ctx) =>
        CARRIED.test(ctx.text) &&
        !CARRIED_DOCUMENT.test(ctx.lead(160)) &&
        !CARRIED_DOCUMENT_LIST.test(ctx.trail(200)) &&
        !(CARRIED_PRONOUN.test(ctx.before) && CARRIED_DOCUMENT_BEFORE.test(ctx.textBeforeSentence)) &&
        !(CARRIED_PRONOUN_OBJECT.test(ctx.lead(200)) && ctx.beforeMatches(CARRIED_DOCUMENT_EARLIER)),
      example: 'Der Fahrer hat die Warnweste im Fahrzeug mitzuführen.',
    },
    {
      id: 'vorzeigen-eines-ausweises',
      rationale: 'Einen Ausweis vorzuzeigen ist ein Fall der Identifizierung (Hinweis basisdienst: eID nach § 18 PAuswG), kein Papiervordruck.',
      stage: 'trigger',
      when: (ctx) => ctx.text === 'vorzuzeigen' && /\w*(?:[Aa]usweis|[Pp]ass)\w*\s+(?:\S+\s+){0,10}$/.test(ctx.lead(120)),
      example: 'Der Personalausweis ist auf Verlangen der Polizei vorzuzeigen.',
    },
    {
      id: 'aufkleben-ohne-marke',
      rationale: 'Nur Gebühren-, Stempel- oder Wertmarken, die auf ein Papierdokument zu kleben sind, setzen Papier voraus; Plaketten und Etiketten kennzeichnen Sachen.',
      stage: 'trigger',
      when: (ctx) => ctx.text === 'aufzukleben' && !ctx.sentenceMatches(/(?:Gebühren|Stempel|Wert|Kosten|Verwaltungsgebühren)marke/),
      example: 'Die Plakette ist auf das hintere Kennzeichen aufzukleben.',
    },
    {
      id: 'baustelle-ohne-unterlagen',
      rationale: '„An der Baustelle“ ist nur ein Papierhindernis, wo Genehmigung oder Bauvorlagen dort vorliegen oder bereitgehalten werden müssen.',
      stage: 'trigger',
      when: (ctx) => ON_SITE.test(ctx.text) && !ON_SITE_DUTY.test(ctx.text + ctx.trail(220)),
      example: 'Die Bauaufsichtsbehörde kann die an der Baustelle befindlichen Baustoffe in amtlichen Gewahrsam bringen.',
    },
    {
      id: 'bereithalten-ohne-bescheid',
      rationale:
        'Eigene Nachweise und Aufzeichnungen zur Einsicht bereitzuhalten schreibt kein Papier vor; ein Papierhindernis ist erst der Bescheid der Behörde, der dort vorliegen muss. Bereithalten für jedermann ist eine Bekanntmachung.',
      when: (ctx) => KEPT_AT_HAND.test(ctx.text) && (!KEPT_PERMIT.test(lastWords(ctx.nearBefore, 40)) || ctx.sentenceMatches(KEPT_FOR_PUBLIC)),
      example: 'Der Unternehmer hat die Nachweise zu den Bauprodukten auf der Baustelle zur Einsicht bereitzuhalten.',
    },
    {
      id: 'baustelle-ohne-genehmigung',
      rationale: 'Bauvorlagen und bautechnische Nachweise an der Baustelle sind Unterlagen der Bauherrschaft selbst; ein Papierhindernis ist erst die Genehmigung der Behörde, die dort vorliegen muss.',
      stage: 'trigger',
      when: (ctx) => ON_SITE.test(ctx.text) && !ctx.sentenceMatches(ON_SITE_PERMIT),
      example: 'Die Bauvorlagen einschließlich der bautechnischen Nachweise müssen während der Durchführung der Baumaßnahme an der Baustelle vorgelegt werden können.',
    },
    {
      id: 'dienstausweis-der-amtsperson',
      rationale: 'Den Dienstausweis führt die Amtsperson bei sich, um sich auszuweisen; er ist kein Dokument, das eine Bürgerin oder ein Bürger im Verfahren mitführen muss.',
      stage: 'trigger',
      when: (ctx) => CARRIED.test(ctx.text) && /\bDienstausweis\w*\s+(?:[^\s,;.]+\s+){0,6}$/.test(ctx.lead(80)),
      example: 'Die Jagdaufseherin hat den Dienstausweis bei der Ausübung ihres Dienstes bei sich zu führen.',
    },
    {
      id: 'mitfuehren-anderswo-angeordnet',
      rationale: '„…, wenn der Betroffene auf Grund einer Rechtsvorschrift verpflichtet ist, ihn mitzuführen“ oder „Wer verpflichtet ist, … mit sich zu führen“ knüpft an eine Pflicht an, die eine andere Vorschrift anordnet.',
      stage: 'trigger',
      when: (ctx) => CARRIED.test(ctx.text) && /\b(?:wenn|soweit|sofern|[Ww]er)\s[^.;]{0,500}\bverpflichtet\s+(?:ist|sind)\s*,\s*(?:\S+\s+){0,4}$/.test(ctx.lead(200)),
      example: 'Die Polizei kann verlangen, dass ein Berechtigungsschein ausgehändigt wird, wenn der Betroffene auf Grund einer Rechtsvorschrift verpflichtet ist, diesen Berechtigungsschein mitzuführen.',
    },
    {
      id: 'papier-nicht-als-medium',
      rationale: '„Papier“ zählt nur als Medium („auf Papier“, „in Papierform“, Papierakte), nicht als Ware oder Wertpapier.',
      stage: 'trigger',
      when: (ctx) => /^Papier/.test(ctx.text) && !/^Papier(?:form|fassung|dokument\w*|akte\w*|formular\w*)$/.test(ctx.text) && // "auf weißem Papier im Format DIN A4": adjectives may stand between
        !/(?<![\wäöüß])(?:auf|in)\s+(?:[a-zäöüß][\wäöüß]*\s+){0,2}$/.test(ctx.lead(40)),
      example: 'Die Einfuhr von Papier und Pappe ist anzumelden.',
    },
    {
      id: 'fertigung-ohne-anzahl',
      rationale: '„Fertigung“ ist nur als Zahl von Papierstücken („in zweifacher Fertigung“) eine Papierpflicht, sonst die Herstellung einer Sache.',
      stage: 'trigger',
      when: (ctx) => /^Fertigung/.test(ctx.text) && !/(?:zwei|drei|vier|fünf|doppelt|einfach|mehrfach|(?<!\d)\d+-?fach)\w*\s+$/.test(ctx.lead(16)),
      example: 'Die Fertigung der Bauteile ist zu überwachen.',
    },
    {
      id: 'ausfuehrung-ohne-dokument',
      rationale: '„In doppelter Ausführung“ ist nur bei einem Dokument eine Zahl von Papierstücken; Anlagen oder Einrichtungen „in mehrfacher Ausführung“ sind Bauwerke.',
      stage: 'trigger',
      when: (ctx) => /Ausführung$/.test(ctx.text) && !ctx.sentenceMatches(TEMPLATE_DOCUMENT) && !ctx.sentenceMatches(TEMPLATE_FILED) && !ctx.sentenceMatches(/[Pp]apier|Unterlagen|ausgestellt|auszustellen/),
      example: 'Die Einrichtungen, die nicht geteilt oder in mehrfacher Ausführung geschaffen werden können, werden festgelegt.',
    },
    {
      id: 'ausfertigung-ohne-anzahl',
      rationale: 'Nur mehrfache Ausfertigungen oder eine mitzuführende Ausfertigung sind eine Papierpflicht; „die Ausfertigung des Urteils“ ist die amtliche Abschrift.',
      stage: 'trigger',
      when: (ctx) =>
        ctx.text === 'Ausfertigung' &&
        !/(?:zwei|drei|vier|fünf|einfacher|doppelter|zweifacher|dreifacher|vierfacher|fünffacher|mehrfacher|(?<!\d)\d+-?facher|eine|zweite|dritte)\s+$/.test(ctx.lead(14)),
      example: 'Die Ausfertigung des Urteils wird den Parteien zugestellt.',
    },
    {
      id: 'ausfertigung-als-vermerk',
      rationale: 'Zu vermerken, wem oder wann eine Ausfertigung erteilt worden ist, hält eine vergangene Erteilung fest; ein Papier verlangt der Satz von niemandem.',
      stage: 'trigger',
      // BeurkG § 76 (dev set 13): "ist auf der Urschrift zu vermerken, wem und an welchem Tag eine Ausfertigung erteilt worden ist"
      when: (ctx) =>
        ctx.text === 'Ausfertigung' &&
        /\b(?:wem|wann|an\s+welchem\s+Tag)\b[^.;]{0,60}$/.test(ctx.lead(80)) &&
        /^\s+(?:\S+\s+){0,3}?(?:erteilt|ausgestellt|übersandt|ausgehändigt)\s+worden\s+(?:ist|sind)\b/.test(ctx.trail(50)),
      example: 'In der Akte ist festzuhalten, an welchem Tag eine Ausfertigung ausgestellt worden ist.',
    },
    {
      id: 'amtliche-ausfertigung',
      rationale: '„Eine Ausfertigung oder beglaubigte Abschrift“ ist die amtliche Abschrift (original_beglaubigung), keine Mehrfachausfertigung.',
      stage: 'trigger',
      // "eine Ausfertigung oder eine öffentlich beglaubigte Abschrift des Gesellschaftsvertrags"
      when: (ctx) => ctx.text === 'Ausfertigung' && /^\s+oder\s+(?:\S+\s+){0,3}Abschrift/.test(ctx.trail(50)),
      example: 'Mit der Beschwerdeschrift soll eine Ausfertigung oder beglaubigte Abschrift des Beschlusses vorgelegt werden.',
    },
    {
      id: 'beglaubigte-ausfertigung-eines-dokuments',
      rationale: '„Eine Ausfertigung des Bescheides/der Bauvorlagen“ ist eine amtliche Abschrift (original_beglaubigung), keine Mehrfachausfertigung.',
      stage: 'trigger',
      when: (ctx) =>
        ctx.text === 'Ausfertigung' &&
        /\beine[rm]?\s+$/.test(ctx.lead(8)) &&
        /^\s+(?:des|der|ihrer|seiner|ihres|seines)\s/.test(ctx.trail(10)) &&
        // handing the copy of a contract or decision over ("eine Ausfertigung des Vertrags auszuhändigen") is still the
        // official copy; only one to be carried or shown is a paper document kept at hand
        !ctx.sentenceMatches(/mitzuführen|mitgeführt|vorzuzeigen/),
      example: 'Dem Bauantrag ist eine Ausfertigung des Lageplans mit Genehmigungsvermerk beizufügen.',
    },
    {
      id: 'zugestellte-ausfertigung',
      rationale: '„Ist … eine Ausfertigung zuzustellen“ meint die amtliche Abschrift der Entscheidung oder Urkunde (original_beglaubigung), keine Mehrfachausfertigung.',
      stage: 'trigger',
      when: (ctx) => isBareServedCopy(ctx),
      example: 'Im Falle des § 1 ist dem Antragsteller und nach dem Ermessen des Gerichts oder des Notars auch anderen Beteiligten eine Ausfertigung zuzustellen.',
    },
    {
      id: 'ausfertigung-neben-beglaubigter-abschrift',
      rationale: '„Ausfertigungen oder beglaubigte Abschriften“ sind amtliche Abschriften (original_beglaubigung), keine Mehrfachausfertigung.',
      stage: 'trigger',
      when: (ctx) =>
        /^Ausfertigung(?:en)?$/.test(ctx.text) &&
        /^\s+(?:oder|und|bzw\.)\s+(?:\S+\s+)?beglaubigte[nr]?\s+(?:Abschrift|Kopie|Ablichtung)/.test(ctx.trail(60)) &&
        !/(?:zwei|drei|vier|mehr)fache[nr]?\s+$/.test(ctx.lead(20)),
      example: 'Das Gericht kann dem Besitzer von Ausfertigungen oder beglaubigten Abschriften aufgeben, diese dem Gericht zur Einsicht vorzulegen.',
    },
    {
      id: 'mehrfach-ohne-einreichung',
      rationale: '„Dreifach“ ist nur als Zahl einzureichender Stücke ein Papierhindernis.',
      stage: 'trigger',
      when: (ctx) => /fach$/.test(ctx.text) && !/einzureichen|vorzulegen|beizufügen|zu übersenden|auszufertigen|einzusenden|zu stellen/.test(ctx.trail(40)),
      example: 'Die Gebühr erhöht sich dreifach, wenn die Frist versäumt wird.',
    },
    {
      id: 'stimmzettel-ohne-wahlhandlung',
      rationale: 'Stimmzettel und Wahlumschläge sind nur dort ein Hindernis, wo die Wahl auf ihnen vorgeschrieben wird („mit Stimmzetteln“, „amtliche Stimmzettel“), nicht bei jeder Erwähnung im Wahlablauf.',
      stage: 'trigger',
      when: (ctx) =>
        /^(?:Stimmzettel|Wahlumschl)/.test(ctx.text) &&
        !/(?:\bmit|\bmittels|\bdurch)\s+(?:amtliche[nmrs]?\s+|de[nm]\s+)?$|amtliche[nmrs]?\s+$|amtlich\s+hergestellte[nmrs]?\s+$/.test(ctx.lead(40)) &&
        // "Das Wahlrecht wird durch Abgabe eines Stimmzettels ausgeübt": the vote itself is cast on the paper ballot
        !/\bdurch\s+(?:die\s+)?Abgabe\s+(?:eines|von|des|der)\s+$/.test(ctx.lead(40)) &&
        // the voter marks the paper ballot ("dass der Wähler die Stimmzettel unbeobachtet persönlich kennzeichnet")
        !/^\w*\s+(?:\S+\s+){0,3}?(?:kennzeichnet|kennzeichnen|zu\s+kennzeichnen|ankreuzt|anzukreuzen)\b/.test(ctx.trail(80)) &&
        // "Die Stimmzettel werden amtlich hergestellt": the official printing prescribes the paper ballot
        // (not as the content of a notice: "weist darauf hin, daß die Stimmzettel amtlich hergestellt … werden")
        !(/^\w*\s+(?:[^\s,.;]+\s+){0,4}?amtlich\s+(?:hergestellt|herzustellen)\b/.test(ctx.trail(80)) && !/\bdarauf\s+hin\w*\b[^;]*$/.test(ctx.lead(300))),
      example: 'Der Wahlvorstand zählt die abgegebenen Stimmzettel und legt sie in den Wahlumschlag zurück.',
    },
    {
      id: 'doppel-ohne-artikel',
      rationale: '„Doppel“ ist nur als Zweitstück („das Doppel“) eine Papierpflicht.',
      stage: 'trigger',
      when: (ctx) => ctx.text === 'Doppel' && !/(?:das|ein|erste|zweite|dritte)\s+$/.test(ctx.lead(10)),
      example: 'Die Mannschaft spielt im Doppel gegen die Gastgeber, wobei das Spiel einzureichen ist.',
    },
    {
      id: 'ausdruck-als-wort',
      rationale: '„Zum Ausdruck bringen“, „der Ausdruck „X““ meinen eine Äußerung oder ein Wort, keinen Papierausdruck.',
      when: (ctx) =>
        /usdr|ausgedruckt/.test(ctx.text) &&
        (EXPRESSION_BEFORE.test(ctx.before) || EXPRESSION_AFTER.test(ctx.after) || (/\bals\s+$/.test(ctx.lead(6)) && EXPRESSION_OF.test(ctx.trail(12)) && !/^[^.;,]*\b(?:vorzulegen|beizufügen|einzureichen|zu\s+übersenden|zu\s+übermitteln|auszuhändigen|mitzuführen|aufzubewahren)\b/.test(ctx.trail(150)))),
      example: 'Der Wille des Gesetzgebers kommt darin deutlich zum Ausdruck.',
    },
    {
      id: 'ausdruck-als-dokumentart',
      rationale: 'Eine in Anführungszeichen genannte Dokumentart eines Registers („Aktueller Ausdruck (AD)“) ist ein Datenfeld, kein Papier.',
      stage: 'trigger',
      // the name stands in quotes with its register code: "„Chronologischer Ausdruck (CD)“"
      when: (ctx) => /^Ausdruck/.test(ctx.text) && /„(?:\S+\s+)?$/.test(ctx.lead(30)) && /^\s*\([A-Z]{1,4}\)“/.test(ctx.trail(12)),
      example: 'Übermittelt wird die Verfügbarkeit der Dokumentenarten „Aktueller Ausdruck (AD)“ und „Historischer Ausdruck (HD)“.',
    },
    {
      id: 'vordruck-als-wertgegenstand',
      rationale: 'Blanko-Vordrucke als Wertgegenstände (sicher aufzubewahren, gefälscht, gestohlen) sind Gegenstand einer anderen Regel, kein Formular, das jemand ausfüllen muss.',
      when: (ctx) => /[Vv]ordruck/.test(ctx.text) && ctx.sentenceMatches(/sicher\s+(?:\S+\s+){0,2}aufzubewahren|[Ff]älsch|Diebstahl|gestohlen|abhanden|Verlust/),
      example: 'Zahlungsmittel sowie Vordrucke für Überweisungsaufträge und Schecks sind sicher aufzubewahren.',
    },
    {
      id: 'ausdruck-auf-wunsch',
      rationale: 'Ausdrucke oder Ablichtungen, die jemand auf Wunsch erhalten, fertigen oder fertigen lassen darf, sind ein Angebot, keine Papierpflicht.',
      when: (ctx) => /^Ausdruck|^ausgedruckt/.test(ctx.text) && ctx.sentenceMatches(/fertigen\s+lassen|(?:zugesandt|übersandt|ausgehändigt|überlassen)\s+werden\s+(?:kann|können)|auf\s+(?:\S+\s+)?Wunsch|auf\s+Anforderung|auf\s+Verlangen\b[^.;]{0,160}?\s(?:zur\s+Verfügung|überlassen)|kann\s+sich\b|\b(?:dürfen|darf|können|kann)\s+(?:\S+\s+){0,3}?(?:an)?gefertigt\s+werden\b|\b(?:an)?gefertigt\s+werden\s+(?:dürfen|darf|können|kann)\b/),
      example: 'Ferner ist darauf hinzuweisen, dass Ausdrucke der öffentlichen Bekanntmachungen gegen Kostenerstattung zugesandt werden können.',
    },
    {
      id: 'einsicht-der-behoerde',
      rationale: 'Die Befugnis der Behörde, bei einer Prüfung Unterlagen einzusehen und Abschriften oder Ausdrucke anzufertigen, verlangt von niemandem Papier.',
      // also "verlangen, Einsicht in die … Aufzeichnungen … zu erhalten, b) Abschriften, Auszüge, Ausdrucke … anfertigen"
      when: (ctx) => /^Ausdruck|^Abschrift|^ausgedruckt/.test(ctx.text) && ctx.sentenceMatches(/\b(?:einsehen|einzusehen|Einsicht)\b[^.;]{0,500}\b(?:anfertigen|anzufertigen|fertigen)\b/),
      example: 'Sie kann Unterlagen des Betreibers einsehen und hiervon Abschriften, Auszüge, Ausdrucke oder Kopien anfertigen.',
    },
    {
      id: 'ausdruck-fuer-pruefung',
      rationale: 'Ausdrucke elektronisch geführter Aufzeichnungen, die der Geprüfte bei einer Prüfung auf Verlangen der Behörde erstellt, gehören zur Duldungspflicht der Prüfung; die Aufzeichnungen selbst bleiben elektronisch.',
      when: (ctx) =>
        /^Ausdruck/.test(ctx.text) &&
        ctx.sentenceMatches(/\b(?:automatisiert|elektronisch|maschinell)\w*\s+geführte[n]?\s+(?:Aufzeichnungen|Unterlagen|Bücher|Büchern)\b/) &&
        ctx.sentenceMatches(/\bverlang/),
      example: 'Bei automatisiert geführten Aufzeichnungen sind die Auskunftspflichtigen verpflichtet, auf ihre Kosten die erforderlichen Ausdrucke zu erstellen, soweit die zuständigen Stellen dies verlangen.',
    },
    {
      id: 'ausdruck-als-fall',
      rationale: '„Lesbar, wenn sie ausgedruckt wird“ beschreibt einen Fall, den ein Text aushalten muss, keine Pflicht zum Ausdruck.',
      when: (ctx) => /^ausgedruckt/.test(ctx.text) && /^\s+(?:wird|werden)\b/.test(ctx.trail(8)) && /\bwenn\s[^,;]*$/.test(ctx.lead(100)),
      example: 'Die Schriftgröße muss so gewählt werden, dass die Information auch, wenn sie schwarz-weiß kopiert oder ausgedruckt wird, gut lesbar ist.',
    },
    {
      id: 'keine-verwendung',
      rationale: 'Vordruck, Formblatt oder Papier sind nur ein Hindernis, wo jemand sie verwenden, ausfüllen oder einreichen muss.',
      when: (ctx) =>
        /[Vv]ordruck|Formbl|[Ff]ormular|[Aa]usfertigung|Papier|Zweitschrift|Doppel|Durchschlag/.test(ctx.text) &&
        !ctx.sentenceMatches(USE) &&
        !(/^Ausfertigung/.test(ctx.text) && ctx.sentenceMatches(/anzufertigen|angefertigt/)),
      example: 'Die Kosten der Vordrucke trägt das Land.',
    },
    {
      id: 'vorgedruckte-erklaerung-ohne-verwendung',
      rationale: 'Die vorgedruckte Erklärung ist nur ein Hindernis, wo jemand sie unterzeichnen, abgeben oder sonst verwenden muss; als Teil der aufzubewahrenden Wahlunterlagen ist sie nur genannt.',
      when: (ctx) =>
        /^vorgedruckt/.test(ctx.text) &&
        !ctx.sentenceMatches(USE) &&
        // a note that it was signed records the past act ("vermerkt …, dass die Wählerin die vorgedruckte Erklärung unterzeichnet hat")
        !ctx.sentenceMatches(/unterzeichn(?!et\s+(?:hat|haben)\b)|Unterzeichnung|unterschr(?!ieben\s+(?:hat|haben)\b)/),
      example: 'Zu den Wahlunterlagen sind die Stimmzettel und die vorgedruckten Erklärungen zu nehmen.',
    },
    {
      id: 'wirkung-oeffentliche-urkunde',
      rationale: 'Der Satz beschreibt die Beweiskraft als öffentliche Urkunde, er verlangt kein Papier.',
      when: (ctx) => ctx.sentenceMatches(PUBLIC_DEED),
      example: 'Ausfertigungen mit dem Dienstsiegel der Kammer haben die Eigenschaft öffentlicher Urkunden.',
    },
    {
      id: 'papier-als-rueckfall',
      rationale: 'Papier nur als Rückfall eines elektronischen Verfahrens („aus technischen Gründen“, „bei Störung“) ist schon digital gedacht.',
      when: (ctx) => ctx.sentenceMatches(PAPER_FALLBACK),
      example: 'Ist eine elektronische Übermittlung aus technischen Gründen nicht möglich, ist der amtliche Vordruck zu verwenden.',
    },
    {
      id: 'papier-als-zusaetzlicher-weg',
      rationale: '„Können … auch als Dokument in Papierform übermittelt werden“ lässt Papier neben dem elektronischen Weg zu; verlangt wird es nicht.',
      when: (ctx) =>
        /^Papier/.test(ctx.text) &&
        /\bauch\s+(?:\S+\s+){0,3}(?:in|auf)\s+$/.test(ctx.lead(50)) &&
        ctx.sentenceMatches(/\b(?:kann|können|darf|dürfen)\b/) &&
        !ctx.sentenceMatches(/\bnur\b|\bausschließlich\b/),
      example: 'Die Anträge und die beizufügenden Bauvorlagen können abweichend von § 3a Abs. 1 auch als Dokument in Papierform übermittelt werden.',
    },
    {
      id: 'vordruck-nicht-auszufuellen',
      rationale: '„Muss die Abschnitte E bis J des Formulars nicht ausfüllen“ befreit von einem Teil des Vordrucks, es verlangt keinen.',
      when: (ctx) =>
        /^(?:Formular|Vordruck|Formbl)/.test(ctx.text) &&
        ctx.sentenceMatches(/\b(?:muss|müssen|braucht|brauchen)\b[^.;]{0,160}\bnicht\s+(?:zu\s+)?(?:auszufüllen|ausfüllen|verwenden|benutzen)\b/),
      example: 'Eine Partei, die nach dem Zwölften Buch Sozialgesetzbuch laufende Leistungen zum Lebensunterhalt bezieht, muss die Abschnitte E bis J des in der Anlage bestimmten Formulars nicht ausfüllen, wenn sie der Erklärung den aktuellen Bewilligungsbescheid des Sozialamtes beifügt, es sei denn, das Gericht ordnet dies ausdrücklich an.',
    },
    {
      id: 'verstaendliche-vordrucke',
      rationale: '„Durch Verwendung allgemein verständlicher Antragsvordrucke“ (§ 17 SGB I) verlangt gute Vordrucke, keinen Vordruck auf Papier.',
      when: (ctx) => /[Vv]ordruck|[Ff]ormular|[Ff]ormbl/.test(ctx.text) && /\b(?:allgemein\s+)?verständliche[nmrs]?\s+$/.test(ctx.lead(40)),
      example: 'Der Zugang zu den Sozialleistungen soll möglichst einfach gestaltet werden, insbesondere durch Verwendung allgemein verständlicher Antragsvordrucke.',
    },
    {
      id: 'gegenstand-einer-pruefung',
      rationale: '„Die Behörde kann folgende Unterlagen prüfen: das Begleitformular …“ nennt, was geprüft werden darf; verlangt wird damit nichts.',
      when: (ctx) => INSPECTION_BEFORE.test(ctx.nearBefore),
      example: 'Die zuständige Behörde kann folgende Unterlagen prüfen: 1. das Begleitformular sowie die von den betroffenen Behörden erteilten schriftlichen Zustimmungen.',
    },
    {
      id: 'gegenstand-einer-auswertung',
      rationale: '„Die Agentur wertet die … vorgeschriebenen Begleitformulare aus“ nennt, was die Behörde auswertet; die Pflicht, die Formulare zu verwenden, steht anderswo und ist dort zu prüfen.',
      // the hit between the finite "wertet/werten" and its particle "aus" of one clause ("Nr." ends none)
      when: (ctx) => /[Vv]ordruck|Formbl|[Ff]ormular/.test(ctx.text) && EVALUATED_BEFORE.test(ctx.nearBefore) && /^[^.;:]*\saus\s*[.;]/.test(ctx.nearAfter),
      example:
        'Die Sonderabfallagentur wertet die nach dem Kreislaufwirtschaftsgesetz vorgeschriebenen Nachweise und die nach der Verordnung (EG) Nr. 1013/2006 vorgeschriebenen Notifizierungs- und Begleitformulare für die abfallrechtliche Überwachung aus.',
    },
    {
      id: 'gegenstand-einer-kontrolle',
      rationale: '„Die Behörde überprüft, ob eine gültige Bescheinigung an Bord mitgeführt wird“ nennt, was kontrolliert wird; die Pflicht steht anderswo und ist dort zu prüfen.',
      when: (ctx) => /^mitgeführt|^mitzuführen/.test(ctx.text) && CHECKED_WHETHER.test(ctx.paragraphBefore.slice(-600)),
      example: 'Die Berufsgenossenschaft überprüft im Rahmen der Hafenstaatkontrolle auch, ob eine gültige Konformitätsbescheinigung an Bord mitgeführt wird.',
    },
    {
      id: 'statistik-vordruck',
      rationale: '„Nach dem Vordruck KM 6 der Statistik“ nennt die Quelle einer Zahl; niemand muss den Vordruck wegen dieser Vorschrift ausfüllen.',
      stage: 'trigger',
      when: (ctx) => /^Vordruck$/.test(ctx.text) && STATISTICS_FORM_CODE.test(ctx.trail(12)) && ctx.sentenceMatches(STATISTICS),
      example: 'Die Zahl der Mitglieder ist nach dem Vordruck KM 6 der Statistik über die Versicherten zum 1. Juli 2001 zu bestimmen.',
    },
    {
      id: 'papier-auf-wunsch',
      rationale: 'Papier, das nur auf Verlangen des Empfängers auszuhändigen ist („Sofern ein Neukunde dies verlangt, … in Papierform“), ist eine Wahl des Empfängers, kein Hindernis.',
      when: (ctx) => /^Papier/.test(ctx.text) && ctx.sentenceMatches(/\b(?:[Ss]ofern|[Ss]oweit|[Ww]enn)\s+(?:\S+\s+){0,4}?(?:dies|es)\s+verlangt\b|\bauf\s+(?:dessen|deren|seinen|ihren)\s+Verlangen\b/),
      example: 'Sofern ein Neukunde dies verlangt, sind ihm die Allgemeinen Bedingungen in Papierform auszuhändigen.',
    },
    {
      id: 'rechnungslegung',
      rationale: 'Formblätter und Muster der Rechnungslegung (Bilanz, Gliederung) sind Datenstrukturen, kein Papier.',
      when: (ctx) =>
        /Formbl|^Musters?$/.test(ctx.text) &&
        ctx.sentenceMatches(/Bilanz|Gliederung|Posten|Zeile|Spalte|(?:Jahres|Konzern)abschl(?:uss|üss)|Jahres-\s+und\s+Konzernabschl|Verlustrechnung|Rechnungslegung|Berichterstattung/),
      example: 'Formblatt 1 sowie das Muster 1 in der neuen Fassung sind erstmals auf Jahres- und Konzernabschlüsse für das Geschäftsjahr 2014 anzuwenden.',
    },
    {
      id: 'zu-loeschende-kopie',
      rationale: 'Kopien und Ausdrucke, die zu löschen oder zu vernichten sind, verlangt niemand.',
      when: (ctx) => ctx.sentenceMatches(DISPOSAL),
      example: 'Abschriften, Auszüge, Ausdrucke oder Kopien sind nach Abschluss der Aufgabe unverzüglich zu löschen.',
    },
    {
      id: 'gebuehrentatbestand',
      rationale: 'Gebühren- und Auslagentatbestände bepreisen Ausdrucke und Ausfertigungen, sie verlangen sie nicht.',
      when: (ctx) => ctx.sentenceMatches(FEE_ITEM),
      example: 'Frei von der Dokumentenpauschale sind eine vollständige Ausfertigung oder ein vollständiger Ausdruck jeder gerichtlichen Entscheidung.',
    },
    {
      id: 'andere-traeger-gleichgestellt',
      rationale: '„Andere Datenträger sind dem Formblatt gleichgestellt, wenn sie inhaltlich übereinstimmen“: der Inhalt ist vorgeschrieben, das Papier nicht.',
      when: (ctx) =>
        ctx.paragraphMatches(/\b(?:[Aa]ndere|[Ss]onstige)\s+(?:elektronische\s+)?(?:Datenträger|Träger|Medien|Formen|Vordrucke|Formulare)\s+(?:sind|werden)\s+(?:\S+\s+){0,3}?gleichgestellt\b/),
      example: 'Die Liste ist auf dem Formblatt zu erstellen. Andere Datenträger sind dem Formblatt gleichgestellt, wenn sie inhaltlich mit diesem übereinstimmen.',
    },
    {
      id: 'ermaechtigung',
      rationale: 'Eine Ermächtigung, Vordrucke vorzuschreiben, ordnet selbst noch nichts an.',
      // the sentence after the empowerment that obliges the user stands on its own ("Soweit nach Satz 1 ein Formular
      // eingeführt ist, muss der Schuldner dieses benutzen", dev 14: InsO § 13 Abs. 4)
      when: (ctx) =>
        ctx.sentenceMatches(EMPOWERMENT) ||
        ctx.sentenceMatches(MAY_PRESCRIBE) ||
        (ctx.paragraphMatches(EMPOWERMENT) && !ctx.sentenceMatches(USE_ORDERED)),
      example: 'Das Ministerium wird ermächtigt, durch Verordnung die Verwendung von Vordrucken vorzuschreiben.',
    },
    {
      id: 'muster-angebot-der-behoerde',
      rationale: 'Die Behörde darf oder soll Muster und Formulare bereitstellen (§ 3 Abs. 2 EGovG); eine Pflicht, sie auf Papier zu verwenden, folgt daraus nicht.',
      when: (ctx) =>
        (ctx.sentenceMatches(/\b(?:kann|können|soll|sollen|stellt|stellen)\b[^.;]{0,500}\b(?:bekannt\s*machen|bekanntmachen|veröffentlichen|bereitstellen|bereithalten|zur\s+Verfügung\s+stellen|bereit)\b/) ||
          // "Die Träger haben Anmeldevordrucke zur Verfügung zu stellen", "stellt … ein Antragsformular zur Verfügung"
          ctx.sentenceMatches(/\b(?:hat|haben)\b[^.;]{0,500}\bzur\s+Verfügung\s+zu\s+stellen\b|\bstellt\b[^.;]{0,500}\bzur\s+Verfügung\b/)) &&
        !ctx.sentenceMatches(/\bsind\b[^.;]{0,500}\bzu\s+verwenden|\bist\b[^.;]{0,500}\bzu\s+verwenden|\bmu(?:ss|ß)(?![\wäöüß])|\bmüssen\b/),
      example: 'Die Behörde kann für die Anzeige Vordrucke bereitstellen, die verwendet werden.',
    },
    {
      id: 'angaben-aus-dem-formular',
      rationale: '„Die auf dem Formblatt übermittelten Daten sind vertraulich zu behandeln“ regelt den Umgang mit Angaben; die Pflicht zum Formblatt steht anderswo.',
      stage: 'trigger',
      when: (ctx) => /[Vv]ordruck|Formbl|[Ff]ormular/.test(ctx.text) && FORM_DATA_AFTER.test(ctx.trail(60)),
      example: 'Alle auf dem Formblatt nach der Anlage übermittelten Daten sind vertraulich zu behandeln.',
    },
    {
      id: 'teile-des-formulars-genuegen',
      rationale: '„Es reicht aus, nur die Seiten des Formulars einzureichen, auf denen sich Angaben befinden“, „Die mehrfache Verwendung von Modulen ist zulässig“ erleichtert ein anderswo vorgeschriebenes Formular.',
      when: (ctx) =>
        /[Vv]ordruck|Formbl|[Ff]ormular/.test(ctx.text) &&
        // the parts themselves, or the form as handed in with them ("dass das eingereichte Formular aus sich heraus verständlich ist")
        (/\b(?:Seiten|Modul(?:e|en)|Teile|Abschnitte|Blätter)\s+des\s+$/.test(ctx.lead(20)) ||
          (/\b(?:das|der|die)\s+eingereichte[n]?\s+$/.test(ctx.lead(30)) && ctx.sentenceMatches(/\b(?:Seiten|Modul(?:e|en)|Teile|Abschnitte|Blätter)\s+des\s+(?:Vordruck|Formular|Formblatt)/))) &&
        // the relief may stand in the lead-in of a list ("Es reicht aus, wenn … einreicht: 1. nur die Seiten des Formulars")
        // or in a sentence of its own ("Die mehrfache Verwendung von Modulen für den Vollstreckungsauftrag ist zulässig")
        ctx.paragraphMatches(/\b(?:[Rr]eicht\s+(?:es\s+)?aus|[Ee]s\s+genügt)\b|\bVerwendung\s+von\s+(?:Modulen|Seiten|Teilen|Abschnitten|Blättern)\b[^.;]{0,80}\b(?:ist|sind)\s+zulässig\b/),
      example: 'Es reicht aus, wenn der Antragsteller nur die Seiten des Formulars einreicht, auf denen sich seine Angaben befinden.',
    },
    {
      id: 'abweichung-vom-vordruck',
      rationale: '„Abweichungen von dem … Vordruck sind zulässig“, „Der Vordruck kann … in einer Ausführung verwendet werden“, eigene Vordrucke lockern einen vorgeschriebenen Vordruck; „in einer abweichenden Fassung verwendet“ beschriftet eine Variante.',
      when: (ctx) =>
        (/^Durchschr/.test(ctx.text) && FORM_VARIANT_PRONOUN.test(ctx.sentence) && FORM_SUBJECT_BEFORE.test(ctx.paragraphSentences[ctx.sentenceNumber.n - 2] ?? '')) ||
        (/[Vv]ordruck|Formbl|[Ff]ormular/.test(ctx.text) &&
        (ctx.paragraphMatches(FORM_DEVIATION_ALLOWED) ||
          // the form itself is the subject of the permission; every mention of it in that sentence is part of the variant
          ctx.sentenceMatches(FORM_VARIANT) ||
          ctx.sentenceMatches(FORM_VARIANT_CASE) ||
          ctx.sentenceMatches(OWN_FORMS_ALLOWED))),
      example: 'Der in Anlage 1 bestimmte Vordruck kann in einer Ausführung verwendet werden, in der die Blätter einzeln mithilfe eines Schreibprogramms zu beschriften sind.',
    },
    {
      id: 'vordruck-freigestellt',
      rationale: 'Freigestellte Vordrucke („können … verwendet werden“, „können … übersendet werden“) sind ein Angebot, keine Pflicht.',
      when: (ctx) =>
        /[Vv]ordruck|Formbl|[Ff]ormular|^Musters?$|Anlage$/.test(ctx.text) &&
        // also a template that only guides ("für das das Muster der Anlage 1 … als Anhalt dienen kann") and an old form
        // that may still be used for a transition ("kann das bis zum 30. November 2016 bestimmte Formular weiter genutzt werden")
        // ("weiterverwendet", "dürfen … weiter verwendet werden", "können aufgebraucht werden")
        ctx.sentenceMatches(/\b(?:kann|können)\s+(?:\S+\s+){0,16}(?:weiter)?(?:verwendet|benutzt|genutzt|übersendet|übersandt|eingereicht|übermittelt|aufgebraucht)\s+werden|\b(?:darf|dürfen)\s+(?:\S+\s+){0,16}(?:weiter\s*(?:verwendet|benutzt|genutzt)|aufgebraucht)\s+werden|\bals\s+(?:Anhalt|Anhaltspunkt|Orientierung|Orientierungshilfe|Vorbild)\s+(?:dienen|dient)\b/) &&
        !ctx.sentenceMatches(/\bnur\b|\bsind\b[^,;]{0,500}\bzu\s+verwenden|\bist\b[^,;]{0,500}\bzu\s+verwenden/),
      example: 'Für die Ausfertigung des Zertifikats können auch die amtlich vorgegebenen Vordrucke verwendet werden.',
    },
    {
      id: 'siegel-ohne-verwendung',
      rationale: 'Ein Siegel ist nur ein Hindernis, wo ein Dokument damit zu versehen ist; „die Kammer führt ein Dienstsiegel“ regelt die Befugnis.',
      when: (ctx) => /[Ss]iegel|[Ss]tempel/.test(ctx.text) && !ctx.sentenceMatches(SEAL_USE) && !/enth(?:ält|alten)\s*:?\s*\d/.test(ctx.paragraphBefore.slice(-1000)),
      example: 'Die Kammer führt ein Dienstsiegel.',
    },
    {
      id: 'muster-einer-ehrenurkunde',
      rationale: 'Muster und Siegel einer Verleihungs- oder Ehrenurkunde gestalten die Auszeichnung, die der Verleihende ausstellt; niemand reicht damit etwas ein.',
      // the application for a lost deed (OrdenNachwV) is a procedure and stays
      when: (ctx) =>
        /Muster|Anlage$|[Ss]iegel|[Ss]tempel/.test(ctx.text) && ctx.paragraphMatches(HONOUR_DEED) && !ctx.paragraphMatches(/Antrag|beantrag|Vorschlag|vorzuschlagen/),
      example: 'Die Ausgezeichneten erhalten eine Verleihungsurkunde mit der Unterschrift des Bundesministers und dem kleinen Dienstsiegel. Für die Verleihungsurkunde gilt das Muster der Anlage.',
    },
    {
      id: 'ausfertigungen-ohne-einreichung',
      rationale: 'Mehrere Ausfertigungen sind nur ein Hindernis, wenn sie einzureichen oder vorzulegen sind.',
      // also a second copy that the authority issues on request ("eine Zweitausfertigung der Verleihungsurkunde ausgestellt")
      when: (ctx) =>
        /^(?:Ausfertigungen|Zweitausfertigung|Drittausfertigung|Mehrausfertigung)/.test(ctx.text) &&
        !ctx.sentenceMatches(/einzureichen|vorzulegen|beizufügen|zu übersenden|zu übermitteln|zuzuleiten|zuzusenden/) &&
        // the paper copy carried to another body, or a record kept in both paper copies (dev set 13, NeuGlV § 38)
        !ctx.sentenceMatches(/(?<![\wäöüß])(?:überbringen|überbringt|überbracht)\b|\bin\s+(?:beiden|allen)\s+Ausfertigungen\b/),
      example: 'Die Urkunde wird in zwei Ausfertigungen erstellt, die verwendet werden.',
    },
  ],
  report(ctx) {
    const start = spanStart(ctx);
    const soft = /usdr|ausgedruckt/.test(ctx.text) || ctx.sentenceMatches(/Ermächtig|ermächtigt|kann\s+(?:\S+\s+){0,6}(?:bestimm|vorschreib)/);
    return { start, severity: soft ? 'mittel' : modalSeverity(ctx), edit: edit(ctx, start) };
  },
  examples: {
    flagged: [
      // rubric decision "bereitzuhalten": the authority's permit kept at the place for inspection
      'Der Betreiber hat in der Spielstätte die Erlaubnis der Behörde [zur Einsichtnahme bereitzuhalten].',
      'Der Schausteller hat am Standplatz die Reisegewerbekarte und die Genehmigung [zur Einsicht bereitzuhalten].',
      // dev set 13: a form beside which a filing adds data, copies carried or kept twice, a pre-printed declaration
      'Der Antrag muss ergänzend zum amtlich vorgeschriebenen [Vordruck] die Angaben nach § 5 enthalten.',
      'Die Anzeige muss zusätzlich zum amtlichen [Formblatt] die Anschrift des Betriebs enthalten.',
      'Der Wahlvorsteher überbringt die [Zweitausfertigung] der Niederschrift dem Wahlleiter.',
      'Das Ergebnis ist in beiden [Ausfertigungen] des Protokolls zu vermerken.',
      'Die Person des Vertrauens bestätigt durch Unterzeichnung der [vorgedruckten] Erklärung, dass sie den Stimmzettel nach dem Willen des Wählers gekennzeichnet hat.',
      'Der Wähler hat die [vorgedruckte] Erklärung zu unterschreiben.',
      'Dem Wahlberechtigten ist eine [vorgedruckte], von ihm abzugebende Erklärung auszuhändigen.',
      // blind 11 (FischG BW § 31): the body that made the template, with the indefinite article
      'Der Jagdschein, der [nach einem vom Ministerium erstellten Muster] ausgestellt wird, wird nur Personen erteilt, die die Jägerprüfung bestanden haben.',
      // sweep 10 (BerVersV § 19, GVFV § 2, PflBeschauV § 8b): templates that "gelten", a form whose content may not be
      // changed, and a document on an EU act's template that travels with the consignment
      'Für die Nachweisungen 601 bis 604 [gelten die in Anlage 3 festgelegten Muster].',
      // sweep 11 (WettSchVerStV § 4): a template named by a letter, as one named by a number ("nach Muster 2d")
      'Der Buchmacher hat über jede Wette einen Wettschein [nach Muster] A auszustellen.',
      'Inhaltliche Abweichungen von dem [Formular] einschließlich der Anlagen 1 und 2 sind nicht zulässig.',
      'Die Untersuchung kann genehmigt werden, wenn die Sendung von einem phytosanitären Transportdokument [nach dem Muster] des Anhangs der Richtlinie 2004/103/EG begleitet wird.',
      'Das [Anmeldeformular] ist vollständig ausgefüllt bei der Hochschule einzureichen.',
      // blind 9 (VersMeldeV § 7, NBauO § 72): a compound form word; documents that must be presented on the building site
      'Die betroffenen Unternehmen haben die vorgeschriebenen [Meldevordrucke] zu verwenden, auf die sie über das Internet bei der Deutschen Bundesbank Zugriff haben.',
      'Baugenehmigung und Bauvorlagen müssen während der Ausführung von Bauarbeiten [an der Baustelle] vorgelegt werden können.',
      // the Muster of an Anlage used as the form (not a specimen of forms: exception vordruck-als-gegenstand)
      'Das Muster der Anlage 2 ist als [Vordruck] zu verwenden.',
      // a template named with its source and used or issued on (dev 8 probe: BinSchUO § 9, SeeBAV § 13, PRV § 2)
      'Für den Antrag ist das in Anhang V abgedruckte [Muster] 1 zu verwenden.',
      'Nach bestandener Abschlussprüfung ist den Prüflingen ein Abschlusszeugnis nach dem von der zuständigen Stelle bekannt gegebenen [Muster] auszustellen.',
      'Bei der Führung des Registers sind die beigegebenen [Muster] (Anlagen 1 bis 3) zu verwenden.',
      // carried documents named as plural books, cards, confirmations, or taken up by a pronoun (dev 8 probe; blind 7 open class)
      'Der Fährführer hat die Fährprüfungsbücher an Bord [mitzuführen].',
      // Landes probes: paper that travels with a body, paper shown on demand, fee stamps stuck onto the application
      'Der Bestattungsschein ist [der Leiche beizugeben].',
      'Der Erlaubnisschein ist auf Verlangen der Polizei [vorzuzeigen].',
      'Die Verwaltungsgebühr ist durch Gebührenmarken zu entrichten, die auf den Antrag [aufzukleben] sind.',
      'Der Steuerschuldner hat die Steuerkarte [mitzuführen] und auf Verlangen vorzuzeigen.',
      'Ist dem Mautschuldner über die Entrichtung der Maut ein Beleg ausgestellt worden, der die Fahrtstrecke und den Zeitpunkt der Entrichtung im Einzelnen ausweist, so hat er diesen während der Fahrt [mitzuführen].',
      // a document that must conform to a template (dev 8: IGV-DG § 12, FlBeihV § 3); a form filled in (Angaben zu machen, anzugeben)
      'Die Aussteigekarte soll dem [Muster] der Anlage 1 zu diesem Gesetz entsprechen.',
      'Die Lagerverträge haben dem von der Bundesanstalt im Bundesanzeiger bekannt gemachten [Muster] zu entsprechen.',
      'Die Reisenden haben vor dem Verlassen des Luftfahrzeugs in einem [Formular] Angaben zum Flug und zur Erreichbarkeit zu machen.',
      'Auf dem [Formblatt] hat der Arbeitgeber außerdem Name und Anschrift anzugeben.',
      'Die Unterlagen sind in zwei [Exemplaren] vorzulegen.',
      'Über jede Fahrt ist ein Bericht [nach landeseinheitlichen Mustern] zu erstellen.',
      'Die Erklärung ist [nach dem von der Bundesanstalt im Bundesanzeiger veröffentlichten Muster] gegenüber der Bundesanstalt abzugeben.',
      'Die Beiträge sind bargeldlos zu zahlen. Hierbei sollen die bei den Postämtern vorliegenden [Vordrucke] verwandt werden.',
      'Die Bestellung ist der überwachenden Stelle schriftlich in doppelter [Ausfertigung] anzuzeigen.',
      'Das Bundesamt legt einen einheitlichen [Vordruck für das Anmeldeformular] fest.',
      'Das Bundesamt kann für den Antrag ein Muster im Bundesanzeiger bekannt geben; soweit ein [Muster] bekannt gegeben ist, ist dieses zu verwenden.',
      'Die Stimmabgabe erfolgt in der Weise, dass der Wähler die [Stimmzettel] unbeobachtet persönlich kennzeichnet und faltet.',
      'Die Unterlagen sind in zweifacher [Fertigung] einzureichen.',
      'Das Fahrtenbuch ist [mitzuführen].',
      'Die Begleitperson hat amtliche Bescheinigungen, welche bestätigen, dass der Hund bislang nicht als gefährlich aufgefallen ist, [mitzuführen].',
      'Das Fahrtenbuch ist [in gebundener Form] zu führen.',
      // a card index (issue 8, Land wording: Kartei, Karteiform); the authority's own card index is the papierakte rule's
      'Das Verzeichnis wird in [Karteiform] geführt.',
      // a book the citizen keeps on paper (probe battery: Fangbuch); the authority's files are the papierakte rule's
      'Das Fangbuch ist in [Papierform] zu führen.',
      // rules-fed: a Kartei that only may be used stays paper once the text allows nothing else
      'Für die Nachweise dürfen nur [Karteikarten] verwendet werden.',
      'Der Antrag ist auf weißem [Papier] im Format DIN A4 einzureichen.',
      'Die Todesbescheinigung ist [nach dem vom Ministerium bestimmten Muster] auszustellen.',
      'Der Sachkundenachweis ist in [Papierform] zu erbringen.',
      'Der Antrag ist in [doppelter Ausführung] einzureichen.',
      'Die Bescheinigung wird [nach dem als Anlage beigefügten Muster] ausgestellt.',
      'Das Begleitpapier muss bei der Einfuhr in [doppelter Ausführung] ausgestellt sein.',
      // a certificate issued on an annexed template in the indicative; "Schein" documents count as well
      'Die Gemeinde stellt die Wahlscheine [nach dem Muster] der Anlage 5 aus.',
      'Für die Erklärung der Partei über ihre persönlichen Verhältnisse werden die in der Anlage bestimmten [Vordrucke] eingeführt.',
      // forms handed out or over in the indicative ("übergibt … ein vorbereitetes Formular", "werden … ausgegeben")
      'Die Geschäftsstelle übergibt das zuzustellende Schriftstück in einem verschlossenen Umschlag und ein vorbereitetes [Formular] einer Zustellungsurkunde.',
      'Die [Vordrucke] der Zulassungsbescheinigung werden vom Kraftfahrt-Bundesamt auf schriftlichen Antrag zum Zwecke der Ausfüllung an die Hersteller ausgegeben.',
      'Die Behörde übersendet den Beteiligten einen Auszug aus dem Bundesgesetzblatt in [Papierform].',
      'Das Fahrpersonal muß die erforderliche Berechtigung und die Nachweise während der Fahrt [mitführen] und auf Verlangen aushändigen.',
      'Für das Mahnverfahren werden eingeführt 1. der in Anlage 1 bestimmte [Vordruck] für den Mahnbescheid, 2. der in Anlage 2 bestimmte [Vordruck] für den Widerspruch.',
      // the document is named in the sentence before ("durch eine Bescheinigung … nachzuweisen. Der Nachweis ist mitzuführen")
      'Über die Meldung wird eine Meldebescheinigung erteilt. Sie ist an Bord [mitzuführen] und auf Verlangen auszuhändigen.',
      'Hat der Schuldner die Gebühr im Voraus entrichtet und hierüber Belege erhalten, so hat er diese bei der Benutzung [mitzuführen].',
      'Der Führer hat die Versicherung durch eine Bescheinigung nachzuweisen. Der Nachweis ist [mitzuführen] und auf Verlangen auszuhändigen.',
      'Zum Nachweis über das zugeteilte Kennzeichen ist an Bord [mitzuführen]: 1. der dem Eigentümer ausgestellte Ausweis oder 2. der Schiffsbrief.',
      'Die Person hat in der Ausbildung die Berechtigungsbescheinigung [mit sich zu führen].',
      'Der Klassifizierer hat den Ausweis bei Ausübung seiner Tätigkeit stets [bei sich zu führen].',
      'Die Aufsichtsbehörde versieht die Genehmigung mit dem [Dienstsiegel].',
      'Der Antragsteller füllt das [Formblatt] aus und reicht es bei der Gemeinde ein.',
      'Wer die Fischerei ausübt, muss einen gültigen Fischereischein besitzen und diesen [bei sich führen].',
      'Die Jagdscheininhaber haben den Jagdschein bei der Jagd [bei sich zu tragen].',
      'Der Antrag ist auf dem amtlich vorgeschriebenen [Vordruck] bei der zuständigen Stelle einzureichen.',
      'Die Unterlagen sind in dreifacher [Ausfertigung] einzureichen.',
      'Die Bescheinigung ist mit dem [Dienstsiegel] der ausstellenden Behörde zu versehen.',
      'Für die Meldung ist das [Formblatt] nach Anlage 2 zu verwenden.',
      'Über die bestandene Kenntnisprüfung wird eine Bescheinigung [nach dem Muster] der Anlage 7 erteilt.',
      'Die Ausnahmegenehmigung ist schriftlich zu erteilen. Der Bescheid über die Erteilung der Ausnahmegenehmigung ist [mitzuführen].',
      'Der Beschwerdeschrift soll die für ihre Zustellung erforderliche Zahl von [Abschriften] beigefügt werden.',
      'Die Apotheken versehen das Informationsschreiben mit dem [Apothekenstempel].',
      'Der Leiter der Apotheke hat über jede Überprüfung ein Protokoll in vierfacher [Ausfertigung] anzufertigen.',
      'Der Betreiber hat eine Erklärung nach dem in der Anlage zu dieser Verordnung enthaltenen [Muster] abzugeben.',
      'Die Urkunde enthält 1. den Namen der Hochschule, 2. das [Siegel] der Hochschule.',
      'Die Bestallungsurkunde ist [nach Muster] 2 (Anlage 3) auszustellen.',
      'Die Meldebehörde erstellt den Wochenbericht [nach vorgeschriebenem Muster] und übersendet ihn der Bundesanstalt.',
      // blind 8 (LSpV § 3): the genitive after "unter Verwendung des", the source cited with "Nr."
      'Ein Einspruch ist [unter Verwendung des in Anhang III der Durchführungsverordnung (EU) Nr. 668/2014 vorgegebenen Musters] bei der Bundesanstalt einzureichen.',
      // the genitive also after "nach Form und Inhalt des" (Tier-LMHV § 12)
      'Tierkörper dürfen nur befördert werden, wenn ihnen ein Begleitschein nach Form und Inhalt des [Musters] der Anlage 8 beigefügt ist.',
      'Das Bundesministerium legt der Kommission den Entwurf einer Vorausschätzung [nach dem Muster] der Anlage vor.',
      'Eine [Zweitausfertigung] der Bescheinigung ist der zuständigen Bundesbehörde zuzuleiten.',
      // a record kept on the template
      'Die Übersicht über die Arbeitsorganisation an Bord ist [nach dem Muster] der Anlage 1 zu führen.',
      'Die Bescheinigung muss in dreifacher [Ausfertigung] vorgelegt werden.',
      // blind 10 (KindUVV § 2, AGMahnVordrV § 1 Abs. 2): the prescribed form is a carbon-copy set with the copies for service
      'Das in Anlage bestimmte Formular für den Antrag soll in der erforderlichen Stückzahl als [Durchschreibesatz] ausgeführt werden, der die für die Zustellung erforderliche Abschrift enthält.',
      'Die Aufstellung ist der Bauaufsichtsbehörde unter Vorlage des [Prüfbuchs] anzuzeigen.',
      'Wahlen werden geheim mit [Stimmzetteln] vorgenommen.',
      // sweep 9 (SchwbVWO § 20): the vote is cast by handing in the paper ballot
      'Das Wahlrecht wird durch Abgabe eines [Stimmzettels] in einem Wahlumschlag ausgeübt.',
      // sweep 9 (ZHG-10Pro § 26): a paper book signed by the lecturers is to be presented
      'Die Nachweise sind durch Vorlage eines [Studienbuches] zu führen.',
      'Die [Stimmzettel] werden für jeden Wahlkreis amtlich hergestellt.',
      'Der Bauantrag ist [fünffach] einzureichen.',
      'Die Bestätigung ist [auszudrucken] und bei der Kontrolle vorzulegen, wenn der Kontrolleur dies verlangt.',
      'Der Antragsteller hat in zweifacher [Ausfertigung] die Bescheinigung einer anerkannten Stelle beizubringen.',
      'Dies Verzeichnis hat der Kapitän zu unterschreiben und die Hafenbehörde des Ausgangshafens [abzustempeln].',
      'Die Meldungen sind unter Verwendung der amtlichen [Erhebungsvordrucke] der zuständigen Stelle einzureichen.',
      'In diesem Fall hat der Fahrzeughalter als Nachweis die Bescheinigung [nach Anlage] 2 selbst auszustellen.',
      'Wer die Prüfung bestanden hat, erhält von der zuständigen Stelle zwei Zeugnisse [nach Maßgabe der Anlage] 2 Teil A und B.',
      'Wer die Prüfung nach § 8 Absatz 1 bestanden hat, erhält von der zuständigen Stelle zwei Zeugnisse [nach der Anlage] 2 Teil A und B.',
      'Eine [Zeugnisausfertigung] ist dem Untersuchten auszuhändigen, eine weitere der Aufsichtsbehörde zu übersenden.',
      'Die Behörde erstellt den Bericht [nach vorgeschriebenem Muster]. Die Anstalt kann bestimmen, dass die Meldung ausschließlich schriftlich oder ausschließlich elektronisch zu erfolgen hat.',
      'Wer die Jagd ausübt, hat den Jagdschein [bei sich zu führen].',
      'Die Sterbeurkunde mit dem Vermerk der Friedhofsverwaltung über die Zuweisung der Grabstätte ist bei der Überführung [mitzuführen].',
      // the Textform of the notice in Satz 1 does not relax the entry in the Prüfbuch in Satz 2
      'Der Fliegende Bau darf nur in Gebrauch genommen werden, wenn seine Aufstellung der Behörde in Textform angezeigt ist. Das Ergebnis der Abnahme ist in das [Prüfbuch] einzutragen.',
      'Baugenehmigung und Bauvorlagen müssen [an der Baustelle] von Baubeginn an vorliegen.',
      // Landesrecht dev 11 (LBO Saar § 73, HBO § 75): the passive "bereitgehalten werden", the site named first
      'Die Baugenehmigung, die Bauvorlagen und die Bescheinigung über die Einweisung müssen [an der Baustelle] von Baubeginn an bereitgehalten werden.',
      '[An der Baustelle] müssen Baugenehmigungen sowie Bauvorlagen von Baubeginn an, bautechnische Nachweise spätestens vor Ausführung der jeweiligen Bauabschnitte vorliegen.',
      // beside the precision-sample-7 exceptions: the duty itself, a form that must be used
      'Der Genehmigungsbescheid ist [mitzuführen], während die Uniform getragen wird.',
      'Für die Meldungen sind die vom Bundesministerium herausgegebenen [Vordrucke] zu verwenden.',
      'Der Vorschlag für die Verleihung des Ehrenzeichens ist [nach dem Muster] der Anlage 2 einzureichen.',
      'Die Aufstellung ist der Behörde in Textform rechtzeitig, mindestens sechs Werktage vor Inbetriebnahme, anzuzeigen. Das Ergebnis der Abnahme ist in das [Prüfbuch] einzutragen.',
      // a long list: the lead-in "enthält" stands several hundred characters before the seal
      'Die Urkunde enthält 1. die Bezeichnung der Hochschule, 2. Vornamen, Familiennamen, Geburtsdatum und Geburtsort der Absolventin oder des Absolventen, 3. den Hinweis auf die bestandene Prüfung mit dem Prüfungsdatum, 4. die Bezeichnung des verliehenen akademischen Grades einschließlich der Kurzform, 5. Ort und Datum der Ausstellung, 6. die Unterschrift der Präsidentin oder des Präsidenten der Hochschule und der Leiterin oder des Leiters des Studiengangs sowie das [Siegel] der Hochschule.',
    ],
    accepted: [
      // own records, and the authority's decision held for everyone (a notice, not paper of the addressee)
      'Die Aufzeichnungen sind drei Jahre aufzubewahren und in den Geschäftsräumen zur Einsichtnahme bereitzuhalten.',
      'Eine Ausfertigung der Genehmigung ist bei der Gemeinde für jedermann zur Einsicht bereitzuhalten.',
      'Der Wahlvorstand vermerkt im Wählerverzeichnis, dass der Wähler die vorgedruckte Erklärung unterzeichnet hat.',
      'Auf der Urschrift ist zu vermerken, wem eine Ausfertigung erteilt worden ist.',
      // a template the authority may make is no template to be used
      'Das Ministerium kann ein Muster für den Jagdschein erstellen.',
      // the administration's records on paper: papierakte (probe battery: Schülerakte, Dienstbuch, Kartei, Wahlniederschriften)
      'Die untere Jagdbehörde führt über die erteilten Jagdscheine eine Kartei.',
      'Die Fischereiaufseherin hat über die Kontrollen ein Dienstbuch in Papierform zu führen.',
      'Die Wahlniederschriften sind mit den Anlagen in Papierform aufzubewahren.',
      // sweep 11: a design sample named by a letter, with no document made on it
      'Das Muster A des Herstellers wird im Labor auf seine Festigkeit geprüft.',
      // sweep 10: data taken from a document on an EU template, and a document a boat lacks, use no template
      'In der Anmeldung sind die Nummern 3 und 4 des phytosanitären Transportdokuments nach dem Muster des Anhangs der Richtlinie 2004/103/EG anzugeben.',
      'Für ein Sportboot, das keine gültige Konformitätserklärung nach dem Muster des Anhangs XV der Richtlinie 94/25/EG besitzt, darf ein Bootszeugnis nur erteilt werden, wenn es schwimmfähig ist.',
      // the design of a card the authority produces: no "unter Verwendung", no document filed on it (PAuswV § 11)
      'Der Personalausweis ist nach dem in Anhang 1 abgedruckten Muster herzustellen.',
      // precision sample 8b: the form's supply and a specimen of forms, parts of a prescribed form
      'Die Kassenärztlichen Vereinigungen behalten für den Aufwand der Beschaffung und Verteilung des zu verwendenden Vordrucks einen Verwaltungskostensatz ein.',
      'Die Darstellung muss ein Muster der von der Kontrollstelle verwendeten Formblätter enthalten, in die Unternehmer die erforderlichen Angaben eintragen.',
      'Der in Anlage 2 bestimmte Vordruck soll auf hellrotem Papier ausgeführt werden. Er kann auch als Durchschreibesatz mit einem dritten Blatt für eine von dem Antragsgegner zurückzubehaltende Durchschrift des Widerspruchs versehen werden.',
      'Die Bundesanstalt kann auf Antrag eines Instituts inhaltliche Abweichungen von den einzureichenden Formularen zulassen, wenn dies auf Grund der besonderen Geschäftsstruktur angemessen ist.',
      'Die mehrfache Verwendung von Modulen für den Vollstreckungsauftrag ist zulässig. Im Fall der Einreichung eines Vollstreckungsauftrags, der Module mehrfach verwendet oder nicht aus allen Modulen des Formulars besteht, muss der Antragsteller dafür Sorge tragen, dass das eingereichte Formular aus sich heraus verständlich ist.',
      // a mark made after a template is no document
      'Das Prüfzeichen ist nach dem Muster der Anlage 2 anzubringen und auf dem Gerät zu verwenden.',
      // the fee for copies, whoever owes it (dev 8 probe: GNotKG § 26, JVKostG § 11)
      'Die Dokumentenpauschale schuldet ferner, wer die Erteilung der Ausfertigungen, Kopien oder Ausdrucke beantragt hat.',
      // a duty to carry that lapses (dev 8 probe: AbfAEV § 13)
      'Die Pflicht, Unterlagen nach Absatz 1 mitzuführen, entfällt für den Landwirt, der Gülle von seinem Betrieb zu einer Biogasanlage befördert.',
      // a demonstrative with its own noun is no pronoun for the certificate named long before
      'Hat der Fahrer nach Erhalt der Bescheinigung über die Schulung und nach Ablauf der im Einzelnen vorgeschriebenen Probezeit eine Warnweste erhalten, so hat er diese Warnweste stets im Fahrzeug mitzuführen.',
      // conforming only describes a case, or a design conforms (dev 8)
      'Enthält der Vertrag eine Vertragsklausel, die dem Muster in Anlage 7 entspricht, genügt diese Vertragsklausel den Anforderungen.',
      'Das Prüfzeichen muss dem Muster der Anlage II Abbildung 8 entsprechen.',
      // transitional provisions: old forms may still be used up, nobody has to use them
      'Die nach der Verordnung bisher eingeführten Vordrucke können bis zum Ablauf eines Jahres seit dem Inkrafttreten dieses Gesetzes weiterverwendet werden.',
      'Die bisherigen Vordrucke dürfen bis zum 31. Dezember 2024 weiter verwendet werden.',
      // the label printed on a permitted variant of a prescribed form
      'Wird das Hinweisblatt zu dem Formular in einer abweichenden Fassung verwendet, so ist die Bezeichnung „Allgemeine Fassung“ unten auf der ersten Seite des Hinweisblattes und des Formulars durch eine Bezeichnung des Gerichtszweiges zu ersetzen.',
      // the official copy of the contract handed over (original_beglaubigung), not a paper document
      'Der Unternehmer hat dem Verbraucher eine Ausfertigung des Vertrags auszuhändigen.',
      'Auf Antrag wird eine Zweitausfertigung der Verleihungsurkunde ausgestellt.',
      'Eine anerkannte Organisation darf eigene, von Absatz 1 abweichende Vordrucke für ihre Überprüfungsberichte verwenden, soweit die Mindestinhalte enthalten sind.',
      'Die Gemeinde weist darauf hin, dass die Stimmzettel amtlich hergestellt und im Wahlraum bereitgehalten werden.',
      'Ausweise sind nach einheitlichen Mustern auszustellen.',
      // precision sample 7 and 7b
      'Bei der Bewertung werden neben der fachlichen Leistung die Gliederung und Klarheit der Darstellung und die Gewandtheit des Ausdrucks angemessen berücksichtigt.',
      'Der Versicherer hat eine nach amtlich vorgeschriebenem Vordruck oder im Wege eines Automationsverfahrens des Bundes übermittelte Steuererklärung abzugeben.',
      'Die Berufsgenossenschaft überprüft im Rahmen der Hafenstaatkontrolle nach § 6 Absatz 1 des Seeaufgabengesetzes in der Fassung der Bekanntmachung vom 17. Juni 2016 (BGBl. I S. 1489) auch, ob eine gültige Konformitätsbescheinigung an Bord mitgeführt wird.',
      'Der Bundesverband verteilt den Betrag entsprechend dem Anteil an den Ausgaben nach den Rechnungsergebnissen (Vordruck KJ 1, Kontengruppe 43).',
      'Sie kann verlangen, Einsicht in die erforderlichen Schrift- oder Datenträger zu erhalten, und Abschriften, Auszüge, Ausdrucke oder Kopien anfertigen oder solche verlangen.',
      'Dem Antrag auf Zulassung ist eine Ausfertigung oder eine öffentlich beglaubigte Abschrift des Gesellschaftsvertrags beizufügen.',
      'Die Aufzeichnungen sind in gebundener Form, in Karteiform oder mit Hilfe der automatischen Datenverarbeitung im Betrieb zu führen.',
      // rules-fed (BtMVV § 13 Abs. 1): Karteikarten permitted beside the Formblatt and an electronic record
      'Der Nachweis ist nach amtlichem Formblatt zu führen. Es können Karteikarten oder Betäubungsmittelbücher mit fortlaufend numerierten Seiten verwendet werden. Die Aufzeichnung kann auch mittels elektronischer Datenverarbeitung erfolgen, sofern jederzeit der Ausdruck in der Reihenfolge des amtlichen Formblattes gewährleistet ist.',
      'Die Kosten der eingeführten Vordrucke trägt das Land.',
      'Im Fahrzeug ist mitzuführen: 1. eine Warnweste, 2. ein Verbandkasten.',
      'Über jede Amtswohnung ist ein Wohnungsblatt anzulegen, für das das Muster der Anlage 1 der Dienstwohnungsvorschriften als Anhalt dienen kann.',
      // sentences the rewrite appends must not raise the hindrance they resolve
      'An die Stelle der Durchschrift kann eine elektronische Kopie treten.',
      'Der Antrag ist auf dem Formular der Anlage 1 zu stellen. Das Formular ist auch elektronisch zur Verfügung zu stellen und kann elektronisch ausgefüllt und übermittelt werden; ein darin vorgesehenes Unterschriftsfeld begründet kein Schriftformerfordernis.',
      'Die Unterlagen sind in dreifacher Ausfertigung einzureichen. Die Unterlagen können auch elektronisch übermittelt werden; dann genügt eine Ausfertigung.',
      'Über die Ausbildung erhält der Auszubildende eine Bescheinigung nach dem Muster der Anlage 5. Das Muster ist auch als elektronisches Formular bereitzustellen; die Angaben können elektronisch übermittelt werden.',
      'Die Anträge können vor dem 1. Januar 2024 abweichend von § 3a Abs. 1 auch als Dokument in Papierform übermittelt werden; § 3a Abs. 2 Satz 2 gilt entsprechend. Anträge sind im Übrigen elektronisch zu übermitteln.',
      'Der Antrag ist nach amtlich vorgeschriebenem Datensatz durch Datenfernübertragung oder auf amtlichem Vordruck zu stellen.',
      'Der Wille des Gesetzgebers kommt darin deutlich zum Ausdruck.',
      'Der Ausdruck Gruppenrentenversicherungsvertrag bezeichnet einen Rentenversicherungsvertrag, bei dem die Anspruchsberechtigten natürliche Personen sind.',
      'Bei der Auslegung einer Willenserklärung ist nicht an dem buchstäblichen Sinne des Ausdrucks zu haften.',
      'Die Kammer führt ein Dienstsiegel.',
      'Für die Ausfertigung des Zertifikats können auch die amtlich vorgegebenen Vordrucke verwendet werden.',
      'Der Vordruck kann auch elektronisch ausgefüllt und übermittelt werden.',
      'Die Informationen sind auf Papier oder auf einem anderen dauerhaften Datenträger zur Verfügung zu stellen.',
      'Das olympische Emblem besteht aus fünf ineinander verschlungenen Ringen nach dem Muster der Anlage 1.',
      'Frei von der Dokumentenpauschale sind eine vollständige Ausfertigung oder ein vollständiger Ausdruck jeder gerichtlichen Entscheidung.',
      'Abschriften, Auszüge, Ausdrucke oder Kopien sind nach Abschluss der Aufgabe unverzüglich zu löschen.',
      'Im Sinne dieses Gesetzes bezeichnet der Ausdruck 1. „Dienst“ eine Darbietung, 2. „Vorrichtung“ ein Gerät.',
      'Wird dem Verbraucher erst nach Beginn des Vertragsverhältnisses eine Ausfertigung des Vertrags ausgehändigt, kann er noch kündigen.',
      'Formblatt 1 sowie das Muster 1 in der neuen Fassung sind erstmals auf Jahres- und Konzernabschlüsse für das Geschäftsjahr 2014 anzuwenden.',
      'Der Fahrer hat die Warnweste im Fahrzeug mitzuführen.',
      'Ordnungswidrig im Sinne des § 7 Absatz 1 des Aufgabengesetzes handelt, wer entgegen § 3 die Bescheinigung nicht an Bord mitführt oder den Vordruck nicht verwendet.',
      'Jede Behörde soll über öffentlich zugängliche Netze über beizubringende Unterlagen informieren sowie erforderliche Formulare bereitstellen.',
      'Die Kennzeichnung erfolgt nach vorgeschriebenem Muster auf der Verpackung.',
      'Mit der Beschwerdeschrift soll eine Ausfertigung oder beglaubigte Abschrift des Beschlusses vorgelegt werden.',
      'Mit der Klageschrift soll eine Ausfertigung oder eine beglaubigte Abschrift des Beschlusses vorgelegt werden.',
      'Die Schriftgröße muss so gewählt werden, dass die Information auch, wenn sie schwarz-weiß kopiert oder ausgedruckt wird, gut lesbar ist.',
      'Die Meldung ist nach vorgeschriebenem Muster zu erstatten. Sie kann auch elektronisch übermittelt werden.',
      'Auf dem Zeugnis mit den Inhalten nach Anlage 2 sind die Noten in Worten anzugeben.',
      'Das Antragsformular kann auch elektronisch ausgefüllt und übermittelt werden.',
      // the sentence the rewrite appends to a certificate "nach Anlage" relieves it
      'Wer die Prüfung bestanden hat, erhält zwei Zeugnisse nach Maßgabe der Anlage 2. Das Muster ist auch als elektronisches Formular bereitzustellen; die Angaben können elektronisch übermittelt werden.',
      'Die Träger der Rentenversicherung haben für das Beitragszahlverfahren Anmeldevordrucke zur Verfügung zu stellen.',
      'Die Satzung der Zusatzversorgungskasse kann die Verwendung eines Antragsvordrucks vorschreiben.',
      'Bescheinigungen nach Anlage 7 in der bisherigen Fassung, die vor diesem Zeitpunkt erteilt worden sind, bleiben gültig.',
      'Im Fall der schriftlichen Auskunftserteilung können die ausgefüllten Erhebungsvordrucke gebührenfrei übersendet werden.',
      'Die Bediensteten sind befugt, Geschäftsunterlagen einzusehen, zu prüfen und hieraus Abschriften, Auszüge, Ausdrucke oder Kopien anzufertigen.',
      // blind 12 (WPersAV § 6, NBauO § 62): copies one may make, a printout handed over on the person's request, and
      // the builder's own documents at the site without the permit
      'Auszüge, Abschriften, Ablichtungen oder Ausdrucke dürfen gefertigt werden, soweit dienstliche Gründe nicht entgegenstehen.',
      'Dem Wehrpflichtigen ist auf Verlangen ein Ausdruck der zu seiner Person automatisiert gespeicherten Personalaktendaten zu überlassen.',
      'Bauvorlagen und bautechnische Nachweise müssen an der Baustelle von Baubeginn an vorliegen.',
    ],
  },
});
