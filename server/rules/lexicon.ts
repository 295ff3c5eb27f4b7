import type { Severity } from '../contracts/finding';
import type { RuleException } from './types';

/**
 * Shared context vocabulary of the rules. All patterns are compiled once; they are only run on the one sentence,
 * Absatz or provision around a trigger hit, never over a whole law.
 */

/** Any electronic channel in the same sentence counts as an alternative ("schriftlich oder elektronisch"). */
export const ELECTRONIC_ANY =
  /elektronisch|Textform|Datenfernübertragung|Wege\s+der\s+Datenübertragung|Automationsverfahren|\bE-Mail|De-Mail(?!-)|Datenverarbeitungsanlage|automatisiert\w* (?:Verfahren|Abruf)|automatische\w* Datenverarbeitung|\bADV\b|Nutzerkonto|Verwaltungsportal|Online|Internet|EDV|maschinell\s+geführt|Informations-\s+und\s+Kommunikationstechn|§\s*3a\b|§\s*36a\b|§\s*87a\b|\b126a\b|\b126b\b|§\s*(?:130a|55a|65a|46c|52a|32a)\b|Signatur|Schriftsatzformular|sicheren Übermittlungsweg|dauerhaften Datenträger|\bauf\s+(?:einem\s+|elektronischen\s+|maschinell\s+verwertbaren\s+)?Datenträger|\bmaschinenlesbare[rn]?\s+(?:Form|Format)\b|Bereitstellung\s+zum\s+(?:elektronischen\s+)?Abruf|zum\s+(?:elektronischen\s+)?Abruf\s+bereitgestellt/i;
// Telefax, Fernkopie or telex are not an electronic alternative: they are flagged themselves (technologie_spezifisch).

/** An electronic alternative that explicitly opens the channel; strong enough to count across sentences. */
export const ELECTRONIC_ALT =
  /(?:kann|können|darf|dürfen|auch|oder|und)\s(?:[^.;]{0,60}?\s)?elektronisch|elektronisch\w*\s(?:[^.;]{0,60}?\s)?(?:übermittel|gestellt|erhoben|eingereicht|eingelegt|abgegeben|erklärt|erfolg|zulässig|ersetz|erteilt|zugestellt|bekannt|angezeigt|mitgeteilt|beantragt|vorgelegt|zugeleitet|geführt|erstellt|ausgestellt|ausgestaltet|auszugestalten)|in elektronischer Form|(?:die|der) elektronischen? Form|Textform|§\s*3a\s(?:[^.]{0,30}?\s)?(?:VwVfG|Verwaltungsverfahrensgesetz)|§\s*36a\s(?:[^.]{0,30}?\s)?(?:SGB|Sozialgesetzbuch|Ersten Buches)|§\s*87a\s(?:[^.]{0,30}?\s)?(?:AO|Abgabenordnung)|§\s*(?:130a|55a|65a|46c|52a)\b|\b126a\b|Datenfernübertragung|(?:oder|durch)\s+(?:im\s+Wege\s+der\s+)?(?:automatisierten\s+)?Datenübertragung|oder\s+im\s+Wege\s+eines\s+(?:\S+\s+)?Automationsverfahren|elektronische[ns]? Dokument|(?:durch|oder)\s+(?:die\s+)?Bereitstellung\s+zum\s+(?:elektronischen\s+)?Abruf/i;

/** "Die elektronische Form ist ausgeschlossen" turns a mentioned alternative into the opposite. */
export const ELECTRONIC_EXCLUDED =
  /\baber\s+nicht\s+(?:in\s+)?elektronisch|elektronisch\w*[^.;]{0,60}\b(?:ausgeschlossen|unzulässig|nicht zulässig|nicht möglich|nicht genügt|genügt nicht|nicht\s+(?:\S+\s+){0,3}ersetzt)|(?:Ausschluss|ausgeschlossen)[^.;]{0,40}elektronisch|nicht\s+durch\s+(?:die\s+|eine\s+)?elektronische|§\s*3a[^.;]{0,60}(?:keine Anwendung|nicht anzuwenden|ausgeschlossen)/i;

/**
 * "auf Antrag in Textform" names the form of the application only: it opens no electronic route for the permit,
 * the entry in a Prüfbuch or the written consent the same sentence demands.
 */
export const OTHER_ACT_ELECTRONIC = /\b(?:auf\s+)?(?:Antrag|Anzeige)\s+in\s+Textform\b/g;

/**
 * The same in the verb form ("… unter Vorlage des Prüfbuches oder unter Angabe der Daten in Textform angezeigt ist"):
 * seen from another sentence of the Absatz, it relaxes the notice only, not "ist in das Prüfbuch einzutragen". So does
 * a third party informing someone in Textform ("Die DIS informiert unverzüglich den Ausschreibungsführer in Textform
 * über den Antrag"): that notice is not the application the other sentence demands in writing.
 */
export const OTHER_ACT_TEXTFORM_VERB =
  /\bin\s+Textform\s+(?:[^.;]{0,60}?\s)?(?:angezeigt|anzuzeigen|beantragt|zu\s+beantragen)\b|\b(?:informiert|unterrichtet|benachrichtigt)\s+(?:[^.;]{0,60}?\s)?in\s+Textform\b/g;

/**
 * Another act's own Textform duty in the zu-infinitive ("so hat es seine Teilnahme … in Textform zu bestätigen", "… in
 * Textform mitzuteilen"): seen from another sentence it settles that act only, not "Die Niederschrift ist … zu
 * unterzeichnen". Not when the sentence points at another Satz or Absatz (it may then be about the hit's own act) or
 * opens a further route ("auch"): see `otherActTextformDuty`.
 */
const OTHER_ACT_TEXTFORM_DUTY = /\bin\s+Textform\s+(?:[^.;]{0,60}?\s)?(?:zu\s+[a-zäöüß]+en|(?:ab|an|auf|aus|bei|ein|mit|nach|vor|zurück)zu[a-zäöüß]+en)\b/g;
const POINTS_ELSEWHERE = /\b(?:nach|gemäß|im\s+Sinne\s+des)\s+(?:Satz|Absatz|Abs\.)|\bauch\b/;

/** The sentence without another act's Textform duty in the zu-infinitive (OTHER_ACT_TEXTFORM_DUTY). */
export function withoutOtherActTextformDuty(sentence: string): string {
  return POINTS_ELSEWHERE.test(sentence) ? sentence : sentence.replace(OTHER_ACT_TEXTFORM_DUTY, '');
}

/**
 * An electronic word about another document ("eine elektronische Kopie der Liste", "Unterlagen … auch elektronisch
 * zu übermitteln", "elektronisch eingereichte Bewerbungsunterlagen", "führt ein elektronisches Register"; not a
 * printout "aus der elektronischen Registerakte", which is of that same record) or an automated procedure that is the
 * subject of the rule ("Die Zulassung zum Abruf im automatisierten Verfahren ist schriftlich zu beantragen", "Werden
 * automatisierte Verfahren eingesetzt, sind diese schriftlich freizugeben", "die automatisierten Verfahren … ermöglichen das
 * Anbringen von Prüfungsvermerken und der Geschäftsprozess ist schriftlich geregelt"): it does not relax the form of the
 * application or decision the same Absatz prescribes (issue 8). Not "die Unterlagen werden elektronisch oder in Papierform
 * aufbewahrt": there the electronic word is the alternative to the hit itself.
 */
export const OTHER_DOCUMENT_ELECTRONIC =
  /\belektronische[nrs]?\s+(?:Kopie|Kopien|Abschrift\w*|Datei\w*|Liste|Verzeichnis\w*|Bewerbungsunterlagen)\b|\b(?:führt|führen|unterhält|unterhalten)\s+(?:\S+\s+){0,3}?elektronische[ns]?\s+(?:Register|Datenbank)\w*|\b(?:Abruf\w*|Einrichtung|Zulassung|Teilnahme)\s+(?:\S+\s+){0,5}?(?:im|am|zum|des|eines)\s+automatisierten\s+(?:Verfahren|Abruf\w*)\b|\bautomatisierte[ns]?\s+Abrufverfahren\w*|\bautomatisierte[n]?\s+Verfahren\s+(?:\S+\s+){0,2}?(?:eingesetzt|genutzt|verwendet|eingeführt|betrieben)\b|\b[Dd]ie\s+automatisierten\s+Verfahren\b(?!\s+(?:\S+\s+){0,3}?(?:übermittelt|gestellt|eingereicht|abgegeben|erklärt)\b)|\b(?:Unterlagen|Nachweise|Belege|Bewerbungsunterlagen)\s+(?:(?![Ss]chriftlich)\S+\s+){0,6}?(?<!\b(?:oder|und|bzw\.)\s)(?:auch\s+|ausschließlich\s+)?elektronisch\w*\b(?!\s+(?:oder|bzw\.)\s+(?:in\s+|auf\s+)?(?:[Ss]chriftlich|Schriftform|Papier))|(?<!oder\s)\b[Ee]lektronisch\s+(?:eingereichte|übermittelte|gespeicherte)\w*\s+\S+/g;

/**
 * Noun stems that make "elektronisch" in front of them a route, form or record ("elektronische Form", "elektronisches
 * Dokument", "elektronische Übermittlung", "elektronischer Heilberufsausweis", "elektronisches Wertpapier"). Edit
 * here: a stem anywhere in the noun counts ("Schlichtungsantrag", "Notarpostfach").
 */
export const ELECTRONIC_ROUTE_NOUN_STEMS = [
  'form', 'dokument', 'signatur', 'siegel', 'zeitstempel', 'unterschrift', 'übermittl', 'übertrag', 'übersend', 'versand',
  'versend', 'weg', 'kommunikation', 'post', 'fassung', 'daten', 'rechtsverkehr', 'verkehr', 'zustell', 'einreich', 'einleg',
  'antrag', 'anmeld', 'meld', 'mitteil', 'anzeige', 'erklär', 'identi', 'verfahren', 'medium', 'medien', 'mittel', 'portal',
  'plattform', 'konto', 'bescheid', 'verwaltungsakt', 'bekannt', 'veröffentlich', 'akte', 'akten', 'aufzeichn',
  'dokumentation', 'abschrift', 'kopie', 'ausfertig', 'nachricht', 'vorgang', 'einsicht', 'abruf', 'speicher', 'aufbewahr',
  'wiedergabe', 'ausstell', 'ausgabe', 'erteil', 'benachricht', 'information', 'stellungnahme', 'einwillig', 'zustimm',
  'vereinbar', 'rechnung', 'zahlung', 'überweis', 'lastschrift', 'bezahl', 'wertpapier', 'konnossement', 'brief', 'schein',
  'ausweis', 'urkund', 'register', 'bescheinig', 'nachweis', 'zeugnis', 'protokoll', 'vermerk', 'einschreiben', 'system',
  'programm', 'anwendung', 'netz', 'dienst', 'adresse', 'erreichbar', 'kontakt', 'zugang', 'zugriff', 'schnittstelle', 'wahl',
  'stimm', 'umlauf', 'beschluss', 'handel', 'geschäft', 'liste', 'verzeichnis', 'datei', 'unterlage', 'beleg', 'vordruck',
  'beantrag', 'bearbeit', 'erfass', 'verarbeit', 'akt', 'führ', 'ausfüll', 'unterzeichn',
] as const;

// "schriftliche oder elektronische Anordnung": an attribute coordinated with another names the form of that noun
const ELECTRONIC_ATTRIBUTE = /(?<!\b(?:oder|und|bzw\.|sowie|als)\s)\b[Ee]lektronische[nrsm]?\s+([A-ZÄÖÜ][\wäöüß-]*)/g;

/**
 * The text without "elektronisch" used as an attribute of a thing that is no route, form or record ("Die elektronische
 * Gesundheitskarte ist … zu unterschreiben", "elektronische Zigaretten"): that names the object of the act and opens
 * no electronic way for it (issue 8: the electronic alternative must concern the same act).
 */
function withoutElectronicThings(text: string): string {
  if (!text.includes('lektronische')) return text;
  return text.replace(ELECTRONIC_ATTRIBUTE, (m, noun: string) => {
    const lower = noun.toLowerCase();
    return ELECTRONIC_ROUTE_NOUN_STEMS.some((stem) => lower.includes(stem)) ? m : noun;
  });
}

/**
 * The authority's power to demand the electronic form ("Das Eisenbahn-Bundesamt kann verlangen, dass der Antrag in
 * elektronischer Form … übermittelt wird"): no route the applicant may choose, so the written form stays the default.
 * Not when the demanded form is itself "schriftlich oder elektronisch" (then the hit lies inside the clause).
 */
const DEMANDS_ELECTRONIC = /\b(?:kann|können)\s+(?:[^.;]{0,80}?\s)?verlangen,?\s+dass\s+[^.;]*/g;

/**
 * A copy kept electronically ("Ein Duplikat verbleibt im Besitz des Buchmachers und soll elektronisch gespeichert
 * werden"): the record keeper's archive of a copy; the original is still made, handed out and signed on paper. Not
 * "eine Kopie … zu seinen Akten zu nehmen oder die Berechnung elektronisch aufzubewahren": "oder" offers the route.
 */
const COPY_STORED_ELECTRONICALLY =
  /\b(?:Duplikat|Doppel|Zweitschrift|Durchschrift|Durchschlag|Kopie|Abschrift)\w*\s+(?:(?:(?!\boder\b)[^.;]){0,80}?\s)?elektronisch\s+(?:zu\s+)?(?:gespeichert|speichern|aufbewahrt|aufzubewahren|archiviert|archivieren)\b/g;

/**
 * Filing for publication ("ist der Bericht auch beim Betreiber des Bundesanzeigers elektronisch einzureichen"): the
 * register operator publishes it; the report itself is still written and signed for the court or the company.
 */
const FILED_FOR_PUBLICATION =
  /\b(?:beim|bei\s+dem|dem)\s+Betreiber\s+des\s+(?:Bundesanzeigers|Unternehmensregisters)\s+(?:\S+\s+){0,3}?elektronisch\s+(?:einzureichen|zu\s+übermitteln|einreichen|übermitteln|eingereicht|übermittelt)\b/g;

/**
 * A publication on a website added with "und" as a second duty ("eine briefliche Mitteilung an den Kunden zu versenden
 * und die Änderungen auf seiner Internetseite zu veröffentlichen", GasGVV § 5, dev set 13): the public learns online,
 * the letter to the customer stays a letter. With "oder" the website is an alternative route and stays.
 */
const PUBLISHED_ONLINE_BESIDE =
  /\bund\s+(?:(?!\boder\b)[^.;,]){0,80}?\b(?:auf\s+(?:seiner|ihrer|der|einer|dessen|deren)\s+Internetseite\w*|im\s+Internet)\s+(?:\S+\s+){0,3}?(?:zu\s+)?veröffentlich\w*/g;

/**
 * An online actor ("Der Online-Dienstleister darf … erst nach schriftlicher Freigabe … vernichten", "Internetanbieter"):
 * a person named after the medium it works in, no route for the act it is party to.
 */
const ONLINE_ACTOR = /\b(?:Online|Internet)-?\s?[\wäöüß-]*?(?:[Dd]ienstleister|[Aa]nbieter|[Bb]etreiber|[Hh]ändler)\w*/g;
/**
 * Where the form is obtained ("die vorgeschriebenen Meldevordrucke …, auf die sie über das Internet bei der Deutschen
 * Bundesbank Zugriff haben", blind 9: VersMeldeV § 7; "Vordrucke, die im Internet abrufbar sind"): a download of the
 * paper form, no route to file it (the dev labels keep forms provided online as papier_vordruck, e.g. patkostzv-1-2).
 */
const FORM_OBTAINED_ONLINE =
  /\b(?:auf\s+)?(?:die|den|das)\s+(?:sie|er|es|man)\s+(?:über\s+das|im)\s+Internet\b[^.;,]{0,80}?\b(?:Zugriff\s+ha(?:ben|t)|abrufen\s+könn?(?:en|t)|herunterladen\s+könn?(?:en|t))\b|\b(?:die|der|das)\s+(?:über\s+das|im)\s+Internet\s+(?:[^.;,]{0,60}?\s)?abrufbar\s+(?:sind|ist)\b/g;

/** The text without the electronic words that open no route for the act: things (`withoutElectronicThings`), demands, publication filings, online actors, a website publication beside the act. */
export function withoutForeignElectronic(text: string): string {
  return withoutElectronicThings(
    text.replace(COPY_STORED_ELECTRONICALLY, '').replace(FILED_FOR_PUBLICATION, '').replace(ONLINE_ACTOR, '').replace(FORM_OBTAINED_ONLINE, '').replace(PUBLISHED_ONLINE_BESIDE, ''),
  )
    .replace(DEMANDS_ELECTRONIC, (m) => (/lektronisch|Textform/.test(m) && !/schriftlich|Schriftform/i.test(m) ? '' : m));
}

/**
 * Noun stems that make "elektronisch" in front of them a route or form whatever act it is said of ("die elektronische
 * Form", "elektronische Übermittlung", "elektronisches Dokument"). Read by another sentence of the Absatz, any other
 * electronic noun names a thing of its own act ("dass die gedruckte und die elektronische Fassung übereinstimmen", "die
 * Anordnung der elektronischen Wahl") and opens a route for the hit only where the hit's sentence names it (issue 8).
 */
export const ELECTRONIC_ROUTE_ONLY_STEMS = [
  'form', 'dokument', 'signatur', 'siegel', 'zeitstempel', 'übermittl', 'übertrag', 'übersend', 'versand', 'versend', 'weg',
  'kommunikation', 'post', 'rechtsverkehr', 'zustell', 'einreich', 'einleg', 'medium', 'medien', 'mittel', 'portal',
  'plattform', 'konto', 'identi', 'datenübermittl', 'datenübertrag', 'verfahren', 'antrag', 'meld', 'anzeige',
] as const;

/**
 * An explicit opening whatever noun "elektronisch" goes with: a modal or "auch" before it ("Die Aufzeichnung kann auch
 * mittels elektronischer Datenverarbeitung erfolgen"). A permission after the noun counts only for a route noun: "wobei
 * die elektronische Namenswiedergabe genügt" relaxes the signature of that sentence, not another sentence's notice.
 */
export const EXPLICIT_ELECTRONIC_OPENING = /\b(?:kann|können|darf|dürfen|auch)\s(?:[^.;]{0,60}?\s)?elektronisch/i;

/**
 * The text of another sentence without its electronic attributes that concern another act than the hit's sentence
 * `own`: kept are route nouns (ELECTRONIC_ROUTE_ONLY_STEMS) and nouns the hit's sentence names itself.
 */
export function withoutOtherActAttributes(text: string, own: string): string {
  if (!text.includes('lektronische')) return text;
  // the noun or the first part of a compound ("elektronische Antragstellung" for "Der Antrag …"), at least four letters
  const ownWords = [...new Set(own.toLowerCase().match(/[\wäöüß]{4,}/g) ?? [])];
  const ownStems = ownWords.map((w) => w.replace(/(?:en|n|s|e)$/, '')).filter((w) => w.length >= 4);
  return text.replace(ELECTRONIC_ATTRIBUTE, (m, noun: string) => {
    const lower = noun.toLowerCase();
    const named = ownWords.some((w) => lower.startsWith(w)) || ownStems.some((w) => lower.startsWith(w));
    return named || ELECTRONIC_ROUTE_ONLY_STEMS.some((s) => lower.includes(s)) ? m : noun;
  });
}

/**
 * § 3a VwVfG, § 36a SGB I and § 87a AO open the electronic form; the same numbers in another law are other rules ("eine
 * Rechtsverordnung nach § 3a" of the AÜG, "§ 36a Abs. 1 Satz 1 Nr. 2 des Vierten Buches", "Abweichend von § 3a Absatz 1"
 * of the StromNEV). A citation counts when it names VwVfG (also a Land's), SGB I or X or the AO, or, naming no law, when
 * the law read is one of them or unknown (a snippet).
 */
const FORM_SECTION_CITATION =
  /§\s*(?:3a|36a|87a)\b(?:\s+(?:Absatz|Abs\.)\s*\d+)?(?:\s+(?:Satz|S\.)\s*\d+)?(?:\s+(?:Nummer|Nr\.)\s*\d+)?(\s+(?:des|der|dieses|dieser)\s+[^,;.]{0,60}|\s+[A-ZÄÖÜ][\wäöüß-]*(?:\s+(?:I|X|1|10)\b)?)?/g;
const ELECTRONIC_FORM_LAW = /VwVfG|Verwaltungsverfahrens|Ersten\s+Buch|Zehnten\s+Buch|SGB\s+(?:I|X|1|10)\b|Abgabenordnung|\bAO\b/;
const LAW_NAME = /Gesetz|gesetz|Verordnung|verordnung|Buch|Ordnung|\b[A-ZÄÖÜ][\wäöüß]*[A-ZÄÖÜ]/;

/** The text without citations of another law's § 3a, § 36a or § 87a (FORM_SECTION_CITATION); `law` is the law read. */
export function withoutOtherLawFormSections(text: string, law: string): string {
  if (!text.includes('§')) return text;
  const own = law === '' || law === 'Eingabe' || ELECTRONIC_FORM_LAW.test(law);
  return text.replace(FORM_SECTION_CITATION, (m, named: string | undefined) => {
    if (named !== undefined && !/^\s+dies/.test(named) && LAW_NAME.test(named)) return ELECTRONIC_FORM_LAW.test(named) ? m : '';
    return own ? m : '';
  });
}

/**
 * "An die Stelle der Durchschrift kann eine elektronische Kopie treten", "Die Durchschrift kann durch eine elektronische
 * Kopie ersetzt werden": the paper thing itself is replaced electronically.
 */
export const REPLACED_ELECTRONICALLY =
  /\b[Aa]n\s+die\s+Stelle\s+(?:der|des|eines|einer)\s+[^.;]{0,60}?\b(?:kann|können|tritt|treten)\b[^.;]{0,60}?\belektronisch|\b(?:kann|können)\s+(?:[^.;]{0,40}?\s)?durch\s+(?:eine[nmrs]?\s+|die\s+|das\s+|den\s+)?elektronische[nmrs]?\s+\S+\s+ersetzt\s+werden\b/;

/** Paper until the authority starts electronic communication ("Bis zu diesem Zeitpunkt … in Papierform zu übermitteln"). */
export const PAPER_TRANSITION = /\bbis\s+zu\s+(?:diesem|dem\s+festgelegten|dem\s+bekannt\s*gemachten)\s+Zeitpunkt\b|\babweichend\s+von\s+§\s*3a\b/;

const ABBREVIATION_DOT = /\b(Abs|Nr|Nrn|Art|S|Buchst|Bst)\./g;

/**
 * Paper AND the electronic form as a duty ("bedürfen der Schriftform und der elektronischen Form", "ist schriftlich und
 * elektronisch einzureichen"): the electronic copy is demanded besides the paper one, so it is no alternative to
 * it. Not "können schriftlich und elektronisch gestellt werden" (a choice of channels): only "bedürfen" or the
 * zu-infinitive of a duty follow.
 */
const PAPER_AND_ELECTRONIC =
  /\b(?:bedarf|bedürfen)\s+der\s+Schriftform\s+und\s+der\s+elektronischen\s+Form\b|\b(?:schriftlich|in\s+Schriftform)\s+und\s+(?:zusätzlich\s+)?elektronisch\s+(?:zu\s+[a-zäöüß]+n|(?:ab|an|auf|aus|bei|ein|mit|nach|vor|zurück|zu)zu[a-zäöüß]+n)\b/gi;

/** True when `text` offers an electronic alternative that is not excluded in the same breath. */
export function offersElectronic(text: string, strong = false): boolean {
  const re = strong ? ELECTRONIC_ALT : ELECTRONIC_ANY;
  text = text.replace(PAPER_AND_ELECTRONIC, '');
  // "elektronische Antragstellung entsprechend § 84 Abs. 7 zulässig": the dot of an abbreviation ends no clause
  if (strong && ABBREVIATION_DOT.test(text)) text = text.replace(ABBREVIATION_DOT, '$1');
  return re.test(text) && !ELECTRONIC_EXCLUDED.test(text);
}

/** Characters that end a clause before a hit. */
export const CLAUSE_BOUNDARY = ',;:(';

/** Characters that end a clause after a hit. */
export const CLAUSE_END = ',;.:';
const CLAUSE_END_AT = new RegExp(`[${CLAUSE_END}]`);

/**
 * Text of the clause before the hit (back to the last comma/semicolon/colon/bracket). `cut`, the offset after that
 * boundary, may come from the document index, which finds it without reading the sentence per hit.
 */
function clauseBefore(before: string, cut = lastBoundaryEnd(before)): string {
  // a comma right before the hit ("…, nicht schriftlich") should not hide a negation two words earlier
  return before.length - cut < 12 ? before.slice(Math.max(0, before.length - 60)) : before.slice(cut);
}

function lastBoundaryEnd(before: string): number {
  return Math.max(...[...CLAUSE_BOUNDARY].map((c) => before.lastIndexOf(c))) + 1;
}

/** Text of the clause after the hit (up to the next comma/semicolon/period/colon). */
export function clauseAfter(after: string): string {
  const m = CLAUSE_END_AT.exec(after);
  return m ? after.slice(0, m.index) : after;
}

const NEG_BEFORE = [
  /\b(?:bedarf|bedürfen|braucht|brauchen|erfordert|erfordern|benötigt|benötigen)\s+(?:es\s+|sie\s+|er\s+|dies\s+)?(?:\S+\s+){0,3}?(?:nicht|keine[rsnm]?)\b[^,;]*$/i,
  /\bohne\s+(?:dass\s+)?(?:es\s+)?(?:\S+\s+){0,3}$/i,
  // "nicht ohne schriftliche Einwilligung" is a double negation: the "ohne" branch judges it; a comma ends the negated
  // clause ("wenn ein Betriebsrat nicht besteht, durch schriftliche Vereinbarung")
  /\b(?:kein|keine[rsnm]?|nicht)\s+(?!ohne\b)(?:[^\s,;]+\s+){0,2}$/i,
  /\b(?:von|auf)\s+(?:de[rmn]|die|das|eine[rmn]?)?\s*(?:(?!durch\b|mit\b|in\b)\S+\s+){0,2}$/i,
];
/**
 * The last `n` whitespace-separated words of `text` with the whitespace around them. An end-anchored pattern that
 * spans at most `n` words and has no look-behind matches `text` exactly when it matches this tail; testing the tail
 * keeps a long sentence from being searched once per hit.
 */
export function lastWords(text: string, n: number): string {
  let i = text.length;
  for (let w = 0; w < n && i > 0; w++) {
    while (i > 0 && SPACE.test(text[i - 1]!)) i--;
    while (i > 0 && !SPACE.test(text[i - 1]!)) i--;
  }
  return text.slice(i);
}
const SPACE = /\s/;

const NEED_NOT_VERB = /\b(?:braucht|brauchen)\b[^.;]*$/;
const NEG_AFTER = /^[^,;.]{0,60}\b(?:(?:ist|sind|wird|werden|bleibt|bleiben)\s+nicht\s+(?:mehr\s+)?(?:erforderlich|notwendig|vorgeschrieben|verlangt|vorausgesetzt)|nicht\s+(?:erforderlich|notwendig|bedarf|bedürfen)|(?:kann|darf|können|dürfen)\s+nicht\s+verlangt\s+werden|(?:bedarf|bedürfen)\s+es\s+nicht|(?:besteht|bestehen)\s+(?:\S+\s+){0,2}?nicht|entbehrlich|entfällt|entfallen|nicht\s+voraus|(?:ist|sind)\s+(?:dann\s+|insoweit\s+|auch\s+)?nicht\s+(?:mehr\s+)?(?:mitzuführen|vorzulegen|vorzuzeigen|beizufügen|beizubringen|einzureichen))\b/i;
// "Dies gilt nicht für 1. Unterschriften ohne …, 2. …" excludes cases; it prohibits nothing
const PROHIBITION =
  /\b(?:(?<!\b(?:gilt|gelten)\s)nicht|keine[nrsm]?|unzulässig|untersagt|verboten|unwirksam|nichtig|(?:darf|dürfen)\s+(?:\S+\s+){0,8}?nur)\b/;
/**
 * "ohne" that governs a noun of its own before an adverb hit ("können ohne Mitwirkung eines Rechtsanwalts schriftlich
 * eingereicht werden", "ist ohne Verzug schriftlich anzuzeigen"): the phrase ends at that noun, so it negates nothing
 * of the hit. An uninflected hit cannot be an attribute inside the phrase ("ohne schriftliche Zustimmung" can); not
 * "ohne dass …" and not an infinitive clause opened by "ohne" ("…, ohne die Erklärung schriftlich abzugeben").
 */
const OHNE_OWN_NOUN = /\bohne\s+(?!dass\b|daß\b)(?:\S+\s+){0,2}?[A-ZÄÖÜ][\wäöüß-]*\s+(?:\S+\s+){0,2}$/;
const ADVERB_HIT = /^[a-zäöü][a-zäöüß]*(?:lich|isch)$/;
/** The same for "nicht": "über eine nicht genehmigungspflichtige Nebentätigkeit schriftlich Auskunft erteilt". */
const NICHT_OWN_NOUN = /\bnicht\s+(?:\S+\s+)?[A-ZÄÖÜ][\wäöüß-]*\s+$/;
const OHNE_INFINITIVE = /^\s*ohne\b/;
const WAIVER = /\b(?:verzichtet|abgesehen)\s+werden\b|\b(?:verzichten|absehen)\b|\b(?:entbunden|befreit)\b/i;
const WAIVER_AUF = /\bverzichtet\s+werden\b|\bverzichten\b/i;

/**
 * "wenn dieser nicht vorher schriftlich … beantragt", "sofern er nicht schriftlich widerspricht": the condition is that
 * the act is not done; the act, when done, keeps its written form. Not "sofern es nicht der Schriftform bedarf".
 */
const CONDITION_WORD = String.raw`\b(?:wenn|sofern|soweit|falls|solange|es\s+sei\s+denn)\b`;
// read from the last condition word before "nicht" (an earlier one holds only if that one does): from every one, a long
// clause without commas was re-read to its end (quadratic, bench:redos)
const CONDITION_NOT = new RegExp(String.raw`${CONDITION_WORD}(?:(?!${CONDITION_WORD})[^,;])*\bnicht\s+(?:\S+\s+){0,2}$`, 'i');
const NEED_WORD = /\b(?:bedarf|bedürfen|erforderlich|notwendig|vorgeschrieben|verlangt|vorausgesetzt)\b/;
/** A declaration the person makes (or not) in the condition; "nicht persönlich … übergeben wird" describes a mode instead. */
const DECLARATION_ACT =
  /\b(?:beantragt|beantragen|widerspricht|widersprechen|widersprochen|kündigt|kündigen|gekündigt|erklärt|erklären|mitteilt|mitteilen|mitgeteilt|anzeigt|anzeigen|angezeigt|einlegt|einlegen|eingelegt|rügt|rügen|gerügt|anmeldet|anmelden|angemeldet|geltend\s+macht|geltend\s+machen|geltend\s+gemacht)\b/;
function actNotDone(clauseBefore: string, clauseAfterHit: string): boolean {
  return CONDITION_NOT.test(clauseBefore) && DECLARATION_ACT.test(clauseAfterHit) && !NEED_WORD.test(clauseAfterHit) && !NEED_WORD.test(lastWords(clauseBefore, 6));
}

const DUTY_INFINITIVE = /\b(?:Pflicht|Verpflichtung)(?:en)?,\s+[^,;.]*$/;
const DUTY_LAPSES = /^[^,;.]{0,20},\s+(?:entfällt|entfallen|besteht\s+nicht|bestehen\s+nicht)\b/;

/**
 * Negation and waiver around a hit: "bedarf nicht der Schriftform", "ohne dass es einer Unterschrift bedarf",
 * "keiner Schriftform", "… ist nicht erforderlich", "Von dem persönlichen Erscheinen kann abgesehen werden".
 * `clause`: where the hit's clause starts in `before` and ends in `after`, when the document index found them.
 */
export function isNegated(before: string, after: string, hit = '', clause?: { start: number; end: number }): boolean {
  const cb = clauseBefore(before, clause?.start);
  const ca = clause ? after.slice(0, clause.end) : clauseAfter(after);
  if (NEG_AFTER.test(ca)) return true;
  // "Die Pflicht, Unterlagen nach Absatz 1 mitzuführen, entfällt für …": the hit ends the infinitive of a duty that lapses
  if (DUTY_INFINITIVE.test(before.slice(-200)) && DUTY_LAPSES.test(after)) return true;
  if (NEG_BEFORE[0]!.test(cb)) return true;
  const last4 = lastWords(cb, 4);
  if (NEG_BEFORE[2]!.test(last4) && !actNotDone(cb, ca) && !(ADVERB_HIT.test(hit) && NICHT_OWN_NOUN.test(last4))) return true;
  // "braucht der Führer eines Fahrzeugs, an dem …, nicht den Abdruck … mitzuführen": "brauchen" with "nicht" in the
  // hit's own clause frees from the duty even when a relative clause separates the two
  // the clause first: it is short, the sentence before the hit may be long
  if (/\b(?:nicht|keine[nrsm]?)\b/.test(cb) && NEED_NOT_VERB.test(before)) return true;
  // "darf ohne schriftliche Einwilligung nicht …", "ist nicht berechtigt, ohne vorherige schriftliche Genehmigung …":
  // a prohibition of acting without the written act demands it (double negation)
  if (NEG_BEFORE[1]!.test(lastWords(cb, 7))) {
    if (ADVERB_HIT.test(hit) && OHNE_OWN_NOUN.test(lastWords(cb, 7)) && !OHNE_INFINITIVE.test(cb)) return false;
    return !PROHIBITION.test(`${before.slice(-120)} ${ca}`);
  }
  // "Von … kann abgesehen werden" only counts when the hit is the object of the waiver
  // "auf" goes with "verzichten" only: "kann auf schriftlichen Antrag entbunden werden" names the application's form
  const from = NEG_BEFORE[3]!.exec(lastWords(cb, 5));
  if (!from) return false;
  const rest = ca + ' ' + after.slice(0, 120);
  return /^auf\b/i.test(from[0]) ? WAIVER_AUF.test(rest) : WAIVER.test(rest);
}

const SOFT = /\b(?:soll|sollen|sollte|sollten|in der Regel|auf Verlangen|auf Anforderung|auf Anfrage|verlangen\s+kann|verlangen\s+können|kann\s+(?:\S+\s+){0,6}verlangen|können\s+(?:\S+\s+){0,6}verlangen|kann\s+(?:\S+\s+){0,6}anordnen)\b/i;

/**
 * "hoch" for plain duties, "mittel" for softer wording ("soll", "in der Regel", "auf Verlangen"); asked of the hit's
 * context, so that the test runs once per long sentence.
 */
export function modalSeverity(ctx: { sentenceMatches(re: RegExp): boolean }, fallback: Severity = 'hoch'): Severity {
  return ctx.sentenceMatches(SOFT) ? 'mittel' : fallback;
}

/**
 * Deeming rules ("gilt am dritten Tag nach der Aufgabe zur Post als bekannt gegeben", "Die Frist ist gewahrt, wenn … zur
 * Post gegeben wird") state a legal fiction about a channel; they neither prescribe the form nor the channel.
 */
export const DEEMING =
  /\b(?:gilt|gelten)\b[^.;]{0,200}\b(?:bekannt\s*gegeben|bekannt\s*gemacht|zugegangen|zugestellt|zugesandt|als\s+bewirkt|als\s+erfolgt|als\s+übermittelt|als\s+mitgeteilt|als\s+entrichtet|rechtzeitig|eingehalten|gewahrt|eingegangen)|\b(?:bekannt\s*gegeben|zugegangen|zugestellt)\s+(?:gilt|gelten)\b|Aufgabe\s+zur\s+Post\b[^.;]{0,80}\bgilt\b|\bFrist\s+(?:\S+\s+){0,3}(?:wird|ist)\s+(?:auch\s+)?(?:durch|mit)\b[^.;]{0,120}\bgewahrt\b|\bFrist\s+(?:\S+\s+){0,3}(?:ist|wird)\s+(?:auch\s+)?gewahrt\b|\b(?:ist|wird)\s+(?:die|diese)\s+Frist\s+(?:auch\s+)?gewahrt\b/;

/**
 * A deeming rule that makes the registered letter the condition of the effect ("Die Anzeige gilt als bewirkt, wenn sie
 * durch Aufgabe eines eingeschriebenen Briefes … abgesandt worden ist", dev 14: PatG § 23): without the letter the act
 * has no effect, so the letter is prescribed, unlike the date a posted item is deemed to arrive.
 */
export const DEEMED_ONLY_BY_LETTER =
  /\b(?:gilt|gelten)\s+als\s+(?:bewirkt|erfolgt|abgegeben|erklärt|erhoben|zugegangen)\s*,\s*(?:wenn|sobald)\s+[^.;]{0,120}?\b(?:durch|mit|per)\s+(?:(?:die\s+)?Aufgabe\s+)?(?:(?:eines|einen|einem)\s+)?(?:eingeschriebene[nmrs]?\s+Brief\w*|Einschreib\w*)/;

/**
 * Paper only as the fallback of an electronic procedure ("Für die Übermittlung auf dem Postweg …", "Ist eine
 * Übermittlung aus technischen Gründen nicht möglich …", tax law: "zur Vermeidung unbilliger Härten auf eine
 * elektronische Übermittlung verzichten; in diesem Fall … Vordruck"): the rule already is digital.
 */
export const PAPER_FALLBACK =
  /(?:Für|Bei)\s+(?:die\s+|der\s+)?Übermittlung\s+(?:auf\s+dem\s+Postweg|in\s+Papierform|per\s+Post)|\bunbillige[rn]?\s+Härten?\s+auf\s+(?:eine|die)\s+(?:elektronische\s+)?Übermittlung\b|aus\s+technischen\s+Gründen|nicht\s+zur\s+Verfügung\s+steht|Steht\s+(?:\S+\s+){0,6}nicht\s+zur\s+Verfügung|vorübergehend\s+nicht\s+möglich|Störung/;

/** "Die Vorschriften über die Schriftform …" names a body of rules; it imposes nothing itself. */
export const RULES_REFERENCE = /(?:Vorschriften|Bestimmungen|Regelungen|Regeln)\s+(?:über|zur|zum|für)\s+(?:die\s+|den\s+|das\s+|eine\s+)?(?:\S+\s+)?$/;

/**
 * "Enthalten die Gesetze Vorschriften, nach denen eine Erklärung nach amtlich vorgeschriebenem Vordruck, schriftlich oder
 * formlos abzugeben ist, so geht Absatz 1 diesen Vorschriften vor": a relative clause describes what other rules say;
 * the provision itself lays down nothing of it (often it relaxes those rules). Tested on the text before the hit; a comma
 * other than in a list ("Vordruck, schriftlich oder formlos") ends the relative clause.
 */
export const RULES_DESCRIBED =
  /\b(?:Rechtsvorschriften|Vorschriften|Bestimmungen|Regelungen),\s+(?:nach\s+denen|wonach|in\s+denen)\s(?:[^.;:(),]|,\s+(?=\S+\s+(?:oder|und)\s))*(?:,\s*)?$/;

/**
 * Words that open a sentence with a condition: verb-first clauses ("Wird …", "Liegen … nicht vor, …") and
 * conjunctions. A sentence of a statute that starts with a finite verb is a condition, not a question.
 */
const CONDITION_WORDS = 'Wird|Werden|Wurde|Wurden|Ist|Sind|Hat|Haben|Liegt|Liegen|Wenn|Falls|Sofern';

/**
 * A verb-first or "wenn"-clause at the start of the sentence states a condition ("Wird die Bescheinigung durch die
 * Post übermittelt, ist …", "Ist die Person nicht in der Lage, schriftlich zu erklären, so …"): a hit inside it
 * describes a case, it does not prescribe the channel. The condition runs to the hit when no semicolon or colon
 * (CONDITION_END) comes between; the caller looks that up in the document index instead of reading the sentence.
 */
export const CONDITION_OPENING = new RegExp(`^(?:\\(\\d+[a-z]?\\)\\s*)?(?:${CONDITION_WORDS})\\s`);
export const CONDITION_END = ';:';

/**
 * The sentence without its opening condition ("Hat der Passinhaber eine elektronische Anmeldung durchgeführt, wird …
 * auf dem Postweg versendet"): an electronic word in the case description offers no alternative channel.
 */
const MAIN_CLAUSE_AFTER_CONDITION = new RegExp(`^(?:\\(\\d+[a-z]?\\)\\s*)?(?:${CONDITION_WORDS})\\s[^,;:]*,\\s*(?:so\\s+)?`);

export function mainClause(sentence: string): string {
  return sentence.replace(MAIN_CLAUSE_AFTER_CONDITION, '');
}

/** Fee items ("Das Honorar umfasst … des schriftlichen Gutachtens", "Frei von der Dokumentenpauschale sind …"). */
// the fee for copies and printouts in any wording ("Die Dokumentenpauschale schuldet ferner, wer …", "von der Erhebung der
// Dokumenten- und Datenträgerpauschale absehen, wenn Kopien oder Ausdrucke … verlangt werden")
export const FEE_ITEM =
  /\b(?:Honorar\w*|Dokumentenpauschale|Schreibgebühr\w*|Gebühr\w*|Auslagen|Pauschale)\b[^.;]{0,60}\b(?:umfass\w*|beträgt|betragen|erhoben|erstattet|abgegolten|einbezogen)\b|\b[Ff]rei\s+von\s+der\s+\w*(?:pauschale|gebühr)\b|\bDokumenten(?:pauschale|-\s+und\s+Datenträgerpauschale)\b/;

/**
 * A provision that removes or relaxes a form instead of imposing it (EGovG § 13: "wird allein dadurch nicht die
 * Anordnung der Schriftform bewirkt"; "Die Schriftform wird durch … ersetzt"; "an die Stelle der Unterschrift tritt").
 */
export const RELAXES_FORM =
  /\bnicht\s+(?:\S+\s+){0,3}(?:die\s+)?Anordnung\s+der\s+Schriftform|\bkein(?:e|en)?\s+(?:\S+\s+){0,2}Schriftformerfordernis\s+(?:begründet|bewirkt)|(?:begründet|bewirkt)\s+kein(?:e|en)?\s+(?:\S+\s+){0,2}Schriftformerfordernis|(?:Schriftform|Unterschrift|Unterzeichnung)\w*\s+(?:\S+\s+){0,6}(?:ersetzt\s+werden|wird\s+(?:\S+\s+){0,6}ersetzt|ersetzt\s+wird|entbehrlich)|an\s+die\s+Stelle\s+der\s+(?:Schriftform|Unterschrift|eigenhändigen)/;

/**
 * A Verordnungsermächtigung: the ordinance that fills it in lays down the form or the evidence, if any ("Das
 * Bundesministerium wird ermächtigt, durch Rechtsverordnung vorzuschreiben, …"). Tested on the sentence.
 */
const ENABLING = /\bermächtigt\b[^.;]{0,120}\bRechtsverordnung\b|\bdurch\s+Rechtsverordnung\b[^.;]{0,160}\b(?:vorzuschreiben|zu\s+regeln|zu\s+bestimmen)\b/;
/**
 * The power exercised by ordinance in the hit's own clause ("Das Bundesministerium kann … durch Rechtsverordnung … im
 * Ausland erworbene Prüfungszeugnisse den entsprechenden Zeugnissen gleichstellen"). Tested on the text before the hit.
 */
const ORDINANCE_POWER_BEFORE = /\b(?:kann|können)\b[^.;]{0,200}?\bdurch\s+Rechtsverordnung\b[^.;]*$/;

/** Whether the hit stands in a Verordnungsermächtigung (either form above). */
export function inEnablingProvision(ctx: { nearBefore: string; sentenceMatches(re: RegExp): boolean }): boolean {
  return ctx.sentenceMatches(ENABLING) || ORDINANCE_POWER_BEFORE.test(ctx.nearBefore);
}

/**
 * The lead-in of a list of what an ordinance may lay down ("In der Verordnung kann auch bestimmt werden 1. …, 1a. dass …
 * zum Abschluss eines notariell beurkundeten Kaufvertrages führt"): the items describe a future rule, they impose
 * nothing. Tested with `MatchContext.leadInOpen`: a full stop ends its list unless a number or a small letter follows.
 */
export const ORDINANCE_CONTENT_LEAD =
  /\b(?:In\s+der\s+(?:Rechts)?[Vv]erordnung|(?:Durch\s+)?(?:die\s+)?Rechtsverordnung)\s+(?:kann|können)\s+(?:\S+\s+){0,2}?(?:bestimmt|geregelt|vorgeschrieben|festgelegt|vorgesehen)\s+werden\b/;

/**
 * Food and product information at the point of sale ("Die Angaben sind … auf einem Schild …, auf Speise- und
 * Getränkekarten …, in einem sonstigen Aushang oder in einer schriftlichen Mitteilung anzubringen"): the shelf label,
 * menu or notice addresses the buyer in the shop, it is no step of an administrative procedure.
 */
const POINT_OF_SALE_LABEL = /\bAngaben?\b[^]*?\b(?:Schild|Etikett|Speise-\s+und\s+Getränkekarten?|Preisverzeichniss\w*)\b/;

/** The written-form and the notice rule both see such a label ("in einem sonstigen Aushang oder in einer schriftlichen Mitteilung"). */
export const POINT_OF_SALE_EXCEPTION: RuleException = {
  id: 'verbraucherinformation-am-verkaufsort',
  rationale: 'Produktangaben auf Schild, Karte oder Aushang am Verkaufsort richten sich an Käufer im Laden; sie sind kein Schritt eines Verwaltungsverfahrens.',
  stage: 'scope',
  when: (ctx) => ctx.paragraphMatches(POINT_OF_SALE_LABEL),
  example:
    'Die Angaben sind auf einem Schild neben dem Getränk oder auf Speise- und Getränkekarten oder, sofern keine solchen ausgelegt werden, in einem sonstigen Aushang oder in einer schriftlichen Mitteilung anzubringen.',
};

/** Deeds and insignia of an honour (decorations): made and signed by the one who confers it, not a step of a procedure. */
export const HONOUR_DEED = /Verleihungsurkunde|Ehrenurkunde|Besitzzeugnis|Ehrenzeichen|Verdienstorden|Ehrenbrief/;

/** "… haben die Eigenschaft öffentlicher Urkunden" describes the evidential effect of a document, not a form. */
export const PUBLIC_DEED = /Eigenschaft\s+(?:einer\s+)?öffentlich(?:e[rn]?|\s+beglaubigte[rn]?)\s+Urkunde/;

/**
 * "Dem Antrag sind beizufügen: 1. … 4. die Geburtsurkunde": the duty stands in the lead-in of a list whose items the
 * engine reads as sentences of their own; tested against `MatchContext.paragraphBefore`. A condition naming the documents
 * that must be there is the same demand ("nur zulässig, wenn die folgenden Unterlagen vorliegen: 1. das Original …", dev
 * 14: IRG § 87a).
 */
export const LIST_LEAD_IN = /(?:vorzulegen|beizufügen|einzureichen|beizubringen|nachzuweisen|Unterlagen\s+(?:enthalten|vorliegen))\s*:[^:]*$/;

/**
 * A copy, Ausfertigung or certificate taken into the authority's own file ("wird zur Personalgrundakte genommen", "In
 * die Prüfungsakte ist zu nehmen: …") is the authority's record keeping, not a document a party has to hand in.
 */
export const OWN_FILE = /\b(?:[Zz]u|[Zz]ur|[Ii]n\s+die|[Zz]u\s+den)\s+[\wäöüß]*[Aa]kten?\s+(?:\S+\s+){0,2}(?:zu\s+nehmen|genommen|nimmt|nehmen|aufzunehmen|aufgenommen)\b/;
/** A document handed in by a party, in the narrow sense of the verb (not "erbrachte Leistungen"). */
export const HANDED_IN = /\b(?:vorzulegen|vorgelegt|beizufügen|beigefügt|einzureichen|eingereicht|beizubringen|beigebracht)\b/;
/**
 * Keeping a record on paper in the administration (§ 6 EGovG, § 10 NDIG): the sentence keeps a record ("zu führen",
 * "anzulegen", "aufzubewahren") that is the administration's own — a file ("Schülerakte", "Akten"), a card index, an
 * official's Dienstbuch, minutes — or names a public body as its keeper ("Die Friedhofsverwaltung hat … in einer
 * Kartei zu führen"). That is the papierakte rule's; the paper rule judges documents that travel in a procedure and
 * the books citizens or businesses keep (Prüfbuch, Fangbuch).
 */
export const RECORD_KEPT = /(?<![\wäöüß])(?:führt|führen|geführt|anzulegen|angelegt|aufzubewahren|aufbewahrt|Aufbewahrung)\b/;
export const ADMINISTRATION_RECORD =
  /[Aa]kten?\b|[Dd]ienstb(?:uch|ücher)|[Nn]iederschrift|(?:[Bb]ehörde|[Vv]erwaltung|[Aa]mt|[Aa]ufseher(?:in)?|[Aa]ufsicht)\b|\b(?:Gemeinde|Schule|Hochschule|Gericht|Polizei|Kammer)\b/;

/**
 * Documents kept at the building site for the supervision (Bauordnungen): "müssen an der Baustelle von Baubeginn an
 * vorliegen", "… an der Baustelle bereitgehalten werden", "An der Baustelle müssen Baugenehmigungen sowie Bauvorlagen …
 * vorliegen", "… an der Baustelle vorgelegt werden können". Shared by the paper rule (documents on paper at the site)
 * and the evidence rule (the authority's own permit shown to it again).
 */
export const ON_SITE_DUTY =
  /\b[Aa]n\s+der\s+Baustelle\b[^.;]{0,200}?\b(?:vorliegen|bereitzuhalten|bereitgehalten\s+werden|vorzuhalten|vorzulegen|vorgelegt\s+werden\s+können)\b/;

/**
 * The same acts in the indicative of Land drafting, with the separable prefix at the end of the clause ("Der
 * Antragsteller legt die Urkunde im Original vor", "reicht das Formblatt bei der Gemeinde ein"), so that "vor der
 * Entscheidung" stays a time. Attaching is the same act ("Dem Antrag legt die Stelle Folgendes bei: … 2. eine
 * Akkreditierungsurkunde im Original", dev 14: MessEG § 13), and a list may follow the particle.
 */
export const HANDED_IN_SEPARABLE =
  /\b(?:(?:legt|legen|reicht|reichen)\b[^.;:]{0,120}?\s(?:vor|ein)|(?:legt|legen|fügt|fügen)\b[^.;:]{0,120}?\sbei)(?=\s*(?:[.;,:]|$|und\b|oder\b))/;
/** The same as the lead-in of a list ("In die Prüfungsakte ist zu nehmen: 1. …"), tested against `paragraphBefore`. */
export const OWN_FILE_LIST = new RegExp(`${OWN_FILE.source}\\s*:[^:]*$`);

/** Repealed provisions carry no requirement. */
export const REPEALED = /^\s*(?:\(?(?:weggefallen|aufgehoben|entfällt)\)?|[-–—]+)\s*\.?\s*$/i;

/**
 * An inspection power whose list names the documents to be checked ("kann … folgende Unterlagen prüfen: 1. das
 * Begleitformular …"); tested on the text before the hit, so the documents are the objects of the check.
 */
export const INSPECTION_BEFORE =
  /\b(?:kann|können|darf|dürfen|befugt)\b[^.;]{0,300}\b(?:Unterlagen|Dokumente|Papiere|Begleitpapiere)\s+(?:\S+\s+){0,2}(?:prüfen|einsehen|kontrollieren)\b(?:[^.;]|\d\.)*$/;

/** Exam rules: written exams are not a form requirement (compounds such as "Zwischenprüfung" spelled out). */
export const EXAM =
  /Prüf(?:ung|ling|er\b)|(?:Zwischen|Abschluss|Gesellen|Meister|Teil|Fortbildungs|Wiederholungs|Ergänzungs|Eignungs|Fach|Sachkunde)prüfung|[Ss]tudierende|[Tt]hesis|Bachelor|Master|Diplomarbeit|Auswahlverfahren|Aufgabenstellung|\bzu\s+prüfen\b|geprüft\s+werden|Klausur|Aufsichtsarbeit|Examen|Hausarbeit|Studienleistung|Leistungsnachweis|Prüfungsleistung|Abschlussarbeit|Lehrgang|Lernerfolgskontrolle|Lernzielkontrolle|Ausbildungsabschnitt|Wahlfach|Prüfungsfach|Studium|Staatsprüfung|Prüfungsteil|Leistungstest|Rangpunkt|Studienzeit|Situationsaufgabe|Fachgespräch|Ausbildungssituation|Meisterarbeit|Gesellenstück|Arbeitsprobe|Prüfungsstück|Arbeitsprojekt|Prüfungsprojekt|Projektarbeit|Projektmappe|Prüfungsprodukt/;
/** An exam rule, or an assessment ("Bewertung") that in a sentence without exam words may be a record duty. */
export const EXAM_OR_ASSESSMENT = new RegExp(`${EXAM.source}|Bewertung`);

/** Adjust a German adjective ending of "schriftlich-" onto another stem ("schriftlichen" → "elektronischen"). */
export function inflectLike(word: string, stem: string, newStem: string): string {
  const idx = word.toLowerCase().indexOf(stem.toLowerCase());
  const ending = idx >= 0 ? word.slice(idx + stem.length) : '';
  return newStem + ending;
}

/**
 * "ist … eine Ausfertigung zuzustellen", "die Ausfertigung den Parteien zuzustellen": a single copy named without its document,
 * served or issued by a court, notary or authority, is the official copy of the decision or deed the provision is about.
 */
const BARE_SERVED_COPY_BEFORE = /\b(?:[Ee]ine|[Dd]ie)\s+$/;
const BARE_SERVED_COPY_AFTER = /^(?![\s,]+(?:des|der|ihrer|seiner|ihres|seines|dieses|dieser|eines|einer|von|oder|und)\s)/;
const SERVED_OR_ISSUED = /\b(?:zuzustellen|zugestellt|zu\s+erteilen)\b/;

/** A single Ausfertigung without its document that is served or issued (see BARE_SERVED_COPY_BEFORE). */
export function isBareServedCopy(ctx: { text: string; lead(n: number): string; trail(n: number): string; sentenceMatches(re: RegExp): boolean }): boolean {
  return (
    ctx.text === 'Ausfertigung' &&
    BARE_SERVED_COPY_BEFORE.test(ctx.lead(8)) &&
    BARE_SERVED_COPY_AFTER.test(ctx.trail(20)) &&
    ctx.sentenceMatches(SERVED_OR_ISSUED)
  );
}

/**
 * Item boundaries of an enumeration ("…, 2. … hinzuweisen, 3. an der Erstellung eines schriftlichen Zeugnisses …"). A
 * date ("vom 6. September 2007") is no item number: HBO § 85 Abs. 2 cites a law by its date between the two
 * "beglaubigt" of one requirement.
 */
export const ITEM_BOUNDARY =
  /\s\d+\.\s(?!(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)|\s[a-z]\)\s|[;:]/;

/**
 * The earliest start of an ITEM_BOUNDARY match that ends after `at`: its part before `at` is at most a whitespace with
 * digits and a dot (" 12.") or three characters (" a)"). A search that already found none before `at` goes on from
 * here instead of from the start (keep in step with ITEM_BOUNDARY).
 */
export function itemBoundaryResume(text: string, at: number): number {
  let i = at;
  if (text[i - 1] === '.') i--;
  while (i > 0 && DIGIT.test(text[i - 1]!)) i--;
  return Math.max(0, Math.min(i - 1, at - 3));
}
const DIGIT = /\d/;

