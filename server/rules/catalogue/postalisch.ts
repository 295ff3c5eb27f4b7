import type { AmendmentEdit } from '../amendment';
import type { MatchContext } from '../context';
import { PAPER_FALLBACK, modalSeverity } from '../lexicon';
import { defineRule } from '../types';

const PREPOSITION = /(?:durch|mit|mittels|per|als|gegen|auf|im\s+Wege\s+de[rs])\s+(?:eine[ns]?\s+|einfache[nm]?\s+|de[nm]\s+)?$/;
/** "durch/per/mittels (einfachen) Brief", "mit einfachem/gewöhnlichem Brief": the letter as the prescribed way. */
// also as the second of two channels ("durch Telefax oder Brief")
const BRIEF_PREPOSITION = /(?:(?:durch|per|mittels)\s+(?:[^\s,;.]+\s+){1,2}oder\s+(?:einfachen\s+)?|(?:durch|per|mittels)\s+(?:einfachen\s+)?|mit\s+(?:einfachem|gewöhnlichem)\s+)$/;
/** Regulation of postal services themselves (PostG, universal service) is not a channel requirement. */
// also the case named by "Soll …" (VwZG § 3 and the Land laws after it) or by a prepositional phrase ("Bei Zustellung
// durch die Post mit Zustellungsurkunde gelten …")
const POSTED_CASE =
  /^(?:Wird|Werden|Wenn|Falls|Sofern|Soll|Sollen)\s[^,;]*\b(?:Post|Postweg)\b[^,;]*,|^(?:Bei|Im\s+Falle?)\s+(?:der\s+|einer\s+)?(?:Zustellung|Übermittlung|Übersendung|Versendung)\s+durch\s+die\s+Post\b/;
/** A fee or expense item named after the postal act ("Entgelte für Zustellungen durch die Post mit Postzustellungsurkunde"). */
const POSTAL_FEE_BEFORE =
  /\b(?:Entgelte?|Auslagen|Kosten|Gebühren|Postgebühren|Pauschale|Porto)\s+(?:für|der|des)\s+(?:die\s+|eine\s+)?(?:Zustellung|Übermittlung|Übersendung|Versendung|Beförderung)\w*\s+(?:(?:durch|mit|mittels|per)\s+(?:die\s+)?(?:Post\s+)?)?(?:mit\s+|gegen\s+)?(?:\S+\s+)?$/;
const POSTAL_MARKET = /Postdienstleistung|Universaldienst|Lizenznehmer|Briefbeförderung|Postunternehmen|Anbieter\s+von\s+Postdienst|Beförderung\s+von\s+(?:Briefsendungen|Postsendungen)/;

/** Texts of this rule, keyed by id; a lawyer edits them here. */
const TEXTS = {
  postDate: 'Das Schriftstück kann auch elektronisch übermittelt werden; dann tritt an die Stelle der Aufgabe zur Post der Zeitpunkt der Absendung.',
  openChannel: 'Die Übermittlung kann auch elektronisch erfolgen, insbesondere durch Bereitstellung zum Abruf über ein Nutzerkonto.',
  /** Private law: the registered letter gives way to the text form it stands for (§ 126b BGB), not to no form at all. */
  textForm: 'in Textform',
};
/** A registered item as the words a deletion would strike ("durch eingeschriebenen Brief", "per Einschreiben"). */
const REGISTERED = /[Ee]ingeschrieben|Einschreib/;

/** "durch die Post", "per Post", "zur Post gegeben", "Aufgabe zur Post" before the word "Post", or null. */
function postPreposition(ctx: MatchContext): string | null {
  // "durch Übergabe an die Post": handing the item to the postal service is the way of delivery
  const prep = /(?:(?:durch|mit|per|über)\s+(?:die|der)\s+|per\s+|Aufgabe\s+zur\s+|(?:Übergabe|Aufgabe)\s+an\s+die\s+|zur\s+)$/.exec(ctx.lead(24));
  if (!prep) return null;
  if (/^zur\s+$/.test(prep[0]) && !/^\s+(?:gegeben|zu\s+geben|aufgegeben|aufzugeben)/.test(ctx.trail(16))) return null;
  return prep[0];
}

/** The reported span includes the preposition: "durch Einschreiben", "mit Zustellungsurkunde", "auf dem Postweg". */
function spanStart(ctx: MatchContext): number {
  const { text } = ctx;
  if (text === 'Post') return ctx.start - postPreposition(ctx)!.length;
  if (/^(?:Post)?[Zz]ustellungsurkunde/.test(text) || text === 'eingeschrieben') return ctx.start;
  if (/^Brief/.test(text)) return ctx.start - (BRIEF_PREPOSITION.exec(ctx.lead(24))?.[0].length ?? 0);
  const prep = PREPOSITION.exec(ctx.lead(30));
  return prep && !/^(?:Poststempel|Briefwahl)/.test(text) ? ctx.start - prep[0].length : ctx.start;
}

function edit(ctx: MatchContext, start: number): AmendmentEdit {
  const t = ctx.index.doc.text.slice(start, ctx.end);
  if (/Poststempel|zur\s+Post/.test(t)) {
    return { kind: 'appendSentence', sentence: TEXTS.postDate };
  }
  if (start !== ctx.start) {
    // "Widerspruch durch eingeschriebenen Brief erheben" struck would leave a declaration without form (UmwG § 262)
    if (ctx.profile.domain === 'privat' && REGISTERED.test(t)) return { kind: 'replace', target: t, at: start, by: TEXTS.textForm };
    return { kind: 'delete', target: t, at: start };
  }
  return { kind: 'appendSentence', sentence: TEXTS.openChannel };
}

export const postalisch = defineRule({
  id: 'postalisch',
  title: 'Postweg, Einschreiben, Zustellungsurkunde',
  category: 'postalisch',
  principle: 1,
  severity: 'hoch',
  source: 'Digitalcheck 2025, Prinzip 1.1; § 41 Abs. 2a VwVfG, § 5 VwZG, § 9 OZG',
  explanation:
    'Die Vorschrift legt den Postweg fest (Post, Einschreiben, Zustellungsurkunde, Aufgabe zur Post). Damit ist eine elektronische Bekanntgabe oder Zustellung ausgeschlossen. Es genügt, „bekannt zu geben“ bzw. „zuzustellen“ und den Weg offen zu lassen; elektronisch ist die Bereitstellung zum Abruf (§ 41 Abs. 2a VwVfG, § 9 OZG) oder die elektronische Zustellung (§ 5 VwZG) möglich.',
  vocabulary: [
    'Post',
    'Postweg*',
    'Briefpost',
    'Einschreiben{s}',
    'Einschreiben{s} mit Rückschein',
    'Einschreiben{s} gegen Rückschein',
    'eingeschrieben{e,en,em,er,es} Brief*',
    'Einschreibebrief*',
    // the registered item under other nouns ("durch eingeschriebenes Schreiben", "durch eingeschriebene Sendung")
    'eingeschrieben{e,en,em,er,es} Schreiben{s}',
    'eingeschrieben{e,en,em,er,es} Sendung{en}',
    'Zustellungsurkunde{n}',
    'Einwurfeinschreiben{s}',
    'Postzustellung{en}',
    'postalisch{e,en,em,er,es}',
    'Postsendung{en} freizumachen',
    'freizumachen',
    // "Der Wahlbrief muss freigemacht sein": the postage in the perfect participle
    'freigemacht{e,en,em,er,es}',
    // "ausreichend frankiert zurückzusenden": the postage of a letter is a postal channel, as "freizumachen"
    'frankiert{e,en,em,er,es}',
    'zu frankieren',
    'Einschreibsendung{en}',
    'Postzustellungsurkunde{n}',
    // the order to the postal service to serve a document ("wird mit Postzustellungsauftrag zugestellt")
    'Postzustellungsauftr{ag,ags,ages,äge}',
    'Rückschein*',
    // "mit Postrückschein": the return receipt of a registered letter under its Land and older federal name
    'Postrückschein*',
    'Poststempel*',
    'Brief{es}',
    // the open postal item ("Die Benachrichtigung erfolgt durch Postkarte")
    'Postkarte{n}',
    'eingeschrieben',
    'Briefwahl',
    // the ballot letter of a postal vote, sent back by post ("Der Wahlbrief ist … an die Gemeinde zu übersenden")
    'Wahlbrief{e,es,en}',
    // its envelope under the Land name ("Der Wähler hat den Wahlbriefumschlag … an die Gemeinde zu übersenden")
    'Wahlbriefumschl{ag,ags,äge,ägen}',
    // the postage-paid return envelope of a postal vote ("einen größeren Freiumschlag … auszuhändigen oder zu übersenden")
    'Freiumschl{ag,ags,äge,ägen}',
    // the documents of a postal vote sent to the voter ("Die Gemeinde übersendet … die Briefwahlunterlagen")
    'Briefwahlunterlagen',
    // postage of such letters ("portofrei zu übersenden", "unfrei einzusenden")
    'portofrei',
    'unfrei',
    // "durch briefliche Stimmabgabe", "kann brieflich erfolgen": the letter as the way, under its adjective
    'brieflich{e,en,em,er,es}',
  ],
  guards: { electronicMainClause: true },
  exceptions: [
    {
      id: 'post-ohne-uebermittlung',
      rationale: '„Post“ ohne „durch die/per/zur Post (gegeben)“ meint die Einrichtung (Deutsche Post AG, Poststelle), nicht den Übermittlungsweg.',
      stage: 'trigger',
      when: (ctx) => ctx.text === 'Post' && postPreposition(ctx) === null,
      example: 'Die Deutsche Post AG nimmt die ihr übertragenen Aufgaben wahr.',
    },
    {
      id: 'zustellungsurkunde-als-formular',
      rationale: 'Die Zustellungsurkunde als Formular („Vordruck für die Zustellungsurkunde“) legt keinen Weg fest; „mit Zustellungsurkunde“ schon.',
      stage: 'trigger',
      when: (ctx) => /^(?:Post)?[Zz]ustellungsurkunde/.test(ctx.text) && !/(?:mit|gegen|mittels|durch|per)\s+(?:\S+\s+)?$/.test(ctx.lead(20)),
      example: 'Für die Zustellungsurkunde wird ein einheitlicher Vordruck eingeführt.',
    },
    {
      id: 'eingeschrieben-im-register',
      rationale: '„Eingeschrieben“ ohne Übersendung meint die Eintragung in ein Register oder die Einschreibung an einer Hochschule.',
      stage: 'trigger',
      when: (ctx) => ctx.text === 'eingeschrieben' && (/^\s+Brief/.test(ctx.trail(8)) || !ctx.sentenceMatches(/send|übermitt|zuzuleiten|zugeleitet/)),
      example: 'Studierende, die an der Hochschule eingeschrieben sind, wählen den Studierendenrat.',
    },
    {
      id: 'brief-ohne-uebermittlung',
      rationale: '„Brief“ ist nur mit „durch/per/mittels (einfachen) Brief“, „mit einfachem Brief“ oder „im Wege der Briefpost“ ein vorgeschriebener Weg.',
      stage: 'trigger',
      // "Die Arbeitnehmer stimmen in Briefwahl ab", "werden durch Briefwahl gewählt": the postal vote as the prescribed way
      when: (ctx) =>
        /^Brief(?!wahlunterlagen)/.test(ctx.text) &&
        !BRIEF_PREPOSITION.test(ctx.lead(24)) &&
        !(/^Briefpost/.test(ctx.text) && /(?:mit|als|über|im\s+Wege)\s+(?:der\s+)?$/.test(ctx.lead(16))) &&
        // "Die Wahl wird als Briefwahl durchgeführt"
        !(/^Briefwahl$/.test(ctx.text) && /\b(?:in|als|im\s+Wege\s+der)\s+$/.test(ctx.lead(20))) &&
        // the postal vote ordered as the way of voting ("hat die Dienststelle die Briefwahl angeordnet", "kann … anordnen")
        !(/^Briefwahl$/.test(ctx.text) && /^\s+(?:[^\s,;.]+\s+){0,4}?(?:angeordnet|anordnen|anzuordnen|beschlossen|beschließen|beschließt)\b/.test(ctx.trail(60))),
      example: 'Der Brief des Präsidenten wird im Amtsblatt abgedruckt.',
    },
    {
      id: 'brieflich-ohne-weg',
      rationale: '„Brieflich“ legt nur als Weg einer Handlung („durch briefliche Stimmabgabe“, „brieflich wählt“, „kann brieflich erfolgen“) etwas fest; „das Merkblatt über die briefliche Stimmabgabe“ oder eine Frist dafür nennt ihn nur.',
      stage: 'trigger',
      when: (ctx) =>
        /^brieflich/.test(ctx.text) &&
        !/\b(?:durch|in|im\s+Wege\s+der|mittels|per)\s+$/.test(ctx.lead(20)) &&
        !/^\s+(?:zu\s+\w+|wählt|wählen|abstimmt|abstimmen|erfolgt|erfolgen|zulässig|mitgeteilt|übermittelt|zugestellt|übersandt)\b/.test(ctx.trail(24)) &&
        // the communication itself made by letter ("eine briefliche Mitteilung an den Kunden zu versenden")
        !/^\s+(?:Mitteilung|Benachrichtigung|Nachricht|Aufforderung|Einladung|Ladung|Anfrage)\b/.test(ctx.trail(24)),
      example: 'Die Wahlberechtigten erhalten ein Merkblatt über die Art und Weise der brieflichen Stimmabgabe.',
    },
    {
      id: 'wahlbrief-ohne-versand',
      rationale: 'Der Wahlbrief oder das Porto ist nur mit einem Versand („zu übersenden“, „abzusenden“, „befördert“) ein Postweg; das Öffnen oder Zählen der Wahlbriefe regelt die Auszählung.',
      stage: 'trigger',
      when: (ctx) =>
        /^(?:Wahlbrief|Briefwahlunterlagen|Freiumschl|portofrei|unfrei)/.test(ctx.text) &&
        !ctx.sentenceMatches(/(?<![\wäöüß])(?:zu\s+)?(?:übersenden|übersendet|übersandt|zurückzusenden|zurückgesandt|abzusenden|abgesandt|zu\s+senden|einzusenden|zuzusenden|zugesandt|befördert|versandt|zu\s+versenden|übermittelt)\b/) &&
        // the separable verb of Land drafting: "Der Wähler sendet den Wahlbrief an die Gemeinde zurück"
        !ctx.sentenceMatches(/\b(?:sendet|senden|schickt|schicken)\b[^.;:]{0,120}?\s(?:zurück|ab|ein|zu)(?=\s*(?:[.;,]|$|und\b|oder\b))/) &&
        // the plain verb with its addressee: "Die Person des Vertrauens … sendet den Wahlbrief an den Wahlvorstand"
        !ctx.sentenceMatches(/\b(?:sendet|senden|schickt|schicken)\s+(?:de[nm]|die|das|ihre?n?|seine?n?)\s+(?:\S+\s+){0,2}?an\s+(?:de[nm]|die|das)\s/),
      example: 'Der Wahlvorstand öffnet die Wahlbriefe und entnimmt die Stimmzettelumschläge.',
    },
    {
      id: 'rueckschein-als-nachweis',
      rationale: '„Zum Nachweis der Zustellung genügt der Rückschein“ regelt den Beweis einer anderswo angeordneten Zustellung.',
      stage: 'trigger',
      when: (ctx) => /^Rückschein/.test(ctx.text) && /\bZum\s+Nachweis\b[^.;]*\bgenügt\s+(?:der|ein)\s+$/.test(ctx.lead(80)),
      example: 'Zum Nachweis der Zustellung genügt der Rückschein.',
    },
    {
      id: 'rueckschein-als-belegname',
      rationale: 'Heißt im Absatz ein Exemplar eines Begleitdokuments „(Rückschein)“, ist der Rückschein dieses Papier, nicht der Rückschein eines Einschreibens.',
      stage: 'trigger',
      // the excise forms call the returned copy so (AlkStV § 35: "auf der dritten Ausfertigung (Rückschein)")
      when: (ctx) =>
        /^Rückschein/.test(ctx.text) && ctx.paragraphMatches(/\b(?:Ausfertigung|Exemplar|Durchschrift|Abschnitt|Teil)\w*\s+\(Rückschein\)/),
      example: 'Der Empfänger bestätigt den Empfang auf dem dritten Exemplar (Rückschein). Der Rückschein ist an den Versender zurückzusenden.',
    },
    {
      id: 'aufgabe-zur-post-vermerken',
      rationale: 'Den Tag der Aufgabe zur Post in den Akten zu vermerken, dokumentiert eine anderswo angeordnete Versendung; einen Weg legt der Satz nicht fest.',
      stage: 'trigger',
      when: (ctx) =>
        ctx.text === 'Post' &&
        /\b(?:Tag|Zeitpunkt|Datum)\s+der\s+Aufgabe\s+zur\s+$/.test(ctx.lead(40)) &&
        ctx.sentenceMatches(/\b(?:in\s+den\s+Akten|auf\s+de[mr]\s+\S+)\s+zu\s+vermerken\b|\baktenkundig\s+zu\s+machen\b/),
      example: 'Der Zeitpunkt der Aufgabe zur Post ist aktenkundig zu machen.',
    },
    {
      id: 'briefwahl-als-merkmal',
      rationale: '„Die per Briefwahl abgegebenen Stimmen“ bezeichnet Stimmen bei der Auszählung; den Weg der Stimmabgabe regelt der Satz nicht.',
      stage: 'trigger',
      when: (ctx) => /^Briefwahl$/.test(ctx.text) && /^\s+(?:abgegeben|eingegangen)\w*\s+(?:Stimm|Wahl)/.test(ctx.trail(30)),
      example: 'Auf den Stimmzetteln der ungültigen per Briefwahl abgegebenen Stimmen ist der Grund der Ungültigkeit zu vermerken.',
    },
    {
      id: 'postalisch-ohne-weg',
      rationale: '„Postalisch“ legt nur als Übermittlungsweg („auf postalischem Weg“, „postalisch zu übersenden“, „postalisch einzureichen“) etwas fest, nicht als Anschrift oder Erreichbarkeit.',
      stage: 'trigger',
      // the bare adverb before a verb of sending or filing is the way ("postalisch einzureichen", "postalisch eingereicht")
      when: (ctx) =>
        /^postalisch/.test(ctx.text) &&
        !/^\s+(?:Weg|Wege|Übermittlung|Zustellung|Versand|Übersendung|zu\s+[\wäöüß]+|übersandt|übermittelt|zugestellt|versandt|zugeleitet)\b/.test(ctx.trail(20)) &&
        // "Die Benachrichtigung erfolgt postalisch": the act takes place by post
        !(ctx.text === 'postalisch' && /\b(?:erfolgt|erfolgen|geschieht|geschehen)\s+(?:nur\s+|ausschließlich\s+)?$/.test(ctx.lead(30))) &&
        !(ctx.text === 'postalisch' && /^\s+(?:[^\s,.;]+\s+){0,4}?(?:[\wäöüß]*zu(?:senden|reichen|stellen|leiten|mitteln|geben|richten)|(?:ein|zu|über|ab|zurück)?ge[\wäöüß]+t|(?:ein|über|ab|zurück|zu)?(?:senden|reichen|stellen|leiten|mitteln)|erfolg\w*)\b/.test(ctx.trail(60))),
      example: 'Der Antrag enthält die postalische Anschrift des Antragstellers.',
    },
    {
      id: 'freimachen-ohne-post',
      rationale: '„Freizumachen“ und „frankiert“ betreffen nur als Porto einer Postsendung den Postweg; „Flächen freizumachen“ räumt einen Ort.',
      stage: 'trigger',
      when: (ctx) => /^(?:freizumachen|freigemacht|frankiert|zu\s+frankieren)/.test(ctx.text) && !ctx.sentenceMatches(/Post|[Bb]rief|[Ss]endung|Porto|[Uu]mschl/),
      example: 'Die Rettungswege sind unverzüglich freizumachen.',
    },
    {
      id: 'postrecht',
      rationale: 'Das Postrecht (PostG und Verordnungen) regelt die Postdienste selbst, keinen Übermittlungsweg einer Verwaltung.',
      when: (ctx) => ctx.profile.domain === 'post' || ctx.sentenceMatches(POSTAL_MARKET),
      example: 'Die Lizenz ist für die Beförderung von Briefsendungen erforderlich, deren Einzelgewicht nicht mehr als 1 000 Gramm beträgt; Universaldienstleistungen sind auch Einschreiben.',
    },
    {
      id: 'postweg-als-fall',
      rationale: 'Der Satz hängt am Fall der Postübermittlung („Wird … durch die Post übermittelt, …“) oder regelt nur den Rückfall bei Störungen.',
      when: (ctx) => ctx.sentenceMatches(POSTED_CASE) || ctx.sentenceMatches(PAPER_FALLBACK),
      example: 'Im Fall einer Störung der Datenübertragung ist ausnahmsweise eine Mitteilung auf dem Postweg möglich.',
    },
    {
      id: 'postentgelt-als-auslage',
      rationale: 'Entgelte oder Auslagen „für Zustellungen durch die Post mit Zustellungsurkunde“ regeln, wer die Kosten trägt; den Weg der Zustellung legt der Satz nicht fest.',
      when: (ctx) => POSTAL_FEE_BEFORE.test(ctx.lead(120)),
      example: 'Der Gebührenschuldner hat folgende Auslagen zu tragen: 1. Entgelte für Zustellungen durch die Post mit Postzustellungsurkunde, 2. Reisekosten.',
    },
    {
      id: 'postweg-als-ausnahme',
      rationale: '„Für die Übermittlung auf dem Postweg …“ regelt den Postweg als Ausnahme neben einem anderen Regelweg.',
      when: (ctx) => /(?:Für|Bei|Im\s+Falle?\s+de[rs])\s+(?:die\s+|der\s+)?Übermittlung\s+auf\s+dem\s+$/.test(ctx.lead(50)),
      example: 'Im Falle der Übermittlung auf dem Postweg ist eine Kopie beizufügen.',
    },
    {
      id: 'zeitpunkt-der-zustellung',
      rationale: 'Eine Regel über den Zeitpunkt, zu dem ein Einschreiben als zugestellt gilt („Als Zeitpunkt der Zustellung … gilt der dritte Tag“), schreibt den Postweg nicht vor.',
      // in the hit's own clause: "…, so kann … mit eingeschriebenem Brief einberufen werden; der Tag der Absendung gilt als
      // Tag der Bekanntmachung" prescribes the letter and deems only the date
      when: (ctx) => {
        const clause = `${ctx.lead(200).split(/[.;:]\s/).pop()}${ctx.text}${ctx.trail(200).split(/[.;]\s|[.;]$/)[0]}`;
        return /^\s*Als\s+(?:Tag|Zeitpunkt)\b[^.;]*\bgilt\b|\bgilt\s+als\s+(?:Tag|Zeitpunkt)\b/.test(clause);
      },
      example: 'Als Zeitpunkt der Zustellung mit Einschreiben gilt der dritte Tag nach der Aufgabe zur Post.',
    },
    {
      id: 'andere-form-offen',
      rationale: '„Durch eingeschriebenen Brief gegen Rückschein oder in einer anderen Form, die den Zeitpunkt des Eingangs beweist“ lässt jeden Weg mit Zugangsnachweis zu, auch einen elektronischen.',
      // the open alternative follows the postal words in the same clause (dev 14c: AuslWBG § 28)
      when: (ctx) => /^[^.;]{0,80}?\boder\s+(?:in\s+|auf\s+)?(?:einer|jeder|sonst\s+einer)\s+(?:anderen|sonstigen)\s+(?:geeigneten\s+)?(?:Form|Weise|Art)\b/.test(ctx.trail(160)),
      example: 'Die Entscheidung ist dem Anmelder durch eingeschriebenen Brief gegen Rückschein oder in einer anderen Form, die den Zeitpunkt des Eingangs beweist, mitzuteilen.',
    },
    {
      id: 'postweg-ausgeschlossen',
      rationale: 'Wird der Postweg ausgeschlossen („Eine Zustellung durch Einschreiben ist ausgeschlossen“), verlangt die Vorschrift ihn gerade nicht.',
      when: (ctx) => /^[^.;]*?\b(?:ist|sind)\s+(?:\S+\s+)?(?:ausgeschlossen|unzulässig|nicht\s+zulässig)\b/.test(ctx.trail(200)),
      example: 'Eine Zustellung durch Einschreiben ist ausgeschlossen; die Zustellung erfolgt elektronisch.',
    },
  ],
  report(ctx) {
    const start = spanStart(ctx);
    const soft = ctx.sentenceMatches(/Aufgabe\s+zur\s+Post|zur\s+Post\s+(?:gegeben|aufgegeben)|Poststempel|gilt\b/);
    return { start, severity: soft ? 'mittel' : modalSeverity(ctx), edit: edit(ctx, start) };
  },
  examples: {
    flagged: [
      'Die Kündigung ist dem Mieter [durch Einschreiben mit Rückschein] zu übermitteln.',
      'Der Bescheid ist dem Antragsteller [durch die Post mit Zustellungsurkunde] zuzustellen.',
      'Für die Wahrung der Frist ist das Datum des [Poststempels] maßgebend.',
      'Die Benachrichtigung der Wahlberechtigten erfolgt [durch Postkarte].',
      'Die Arbeitnehmer des Seebetriebs stimmen bei der Wahl der Aufsichtsratsmitglieder in [Briefwahl] ab.',
      'Die Anzeige ist [mittels eingeschriebenen Briefes] an die Aufsichtsbehörde zu richten.',
      'Die Hinterbliebenen sind [durch eingeschriebenes Schreiben] aufzufordern, die Bestattung zu veranlassen.',
      // the deeming rule is a clause of its own (AktG § 121 Abs. 4)
      'Die Hauptversammlung kann [mit eingeschriebenem Brief] einberufen werden; der Tag der Absendung gilt als Tag der Bekanntmachung.',
      'Die Eigentümer der anliegenden Grundstücke werden [durch eingeschriebene Sendung] benachrichtigt.',
      'Die Mitteilung ist dem Eigentümer [durch Einwurfeinschreiben] zu übersenden.',
      'Die Unterlagen sind der Gemeinde [auf postalischem] Weg zu übermitteln.',
      'Der Antrag ist [postalisch] bei der Gemeinde einzureichen.',
      'Der Wahlbrief muss ausreichend [freigemacht] sein.',
      'Die Zustellung erfolgt durch [Übergabe an die Post].',
      'Der [Wahlbrief] ist so rechtzeitig an die Gemeinde zu übersenden, dass er spätestens am Wahltag eingeht.',
      'Der Wähler sendet den [Wahlbrief] rechtzeitig an die Gemeinde zurück.',
      'Die Mitteilung erfolgt [durch Telefax oder Brief].',
      'Die Wahl des Personalrats wird als [Briefwahl] durchgeführt, wenn der Wahlvorstand es beschließt.',
      'Der Wähler hat den [Wahlbriefumschlag] so rechtzeitig an die Gemeinde zu übersenden, dass er spätestens am Wahltag eingeht.',
      'Die Unterlagen sind [portofrei] zu übersenden.',
      'Die Gemeinde übersendet dem Wahlberechtigten den Wahlschein mit den [Briefwahlunterlagen].',
      'Die Benachrichtigung der Beteiligten erfolgt [postalisch].',
      'Die Zustellung kann auch [mit Postrückschein] erfolgen.',
      'Der [Wahlbrief ist ausreichend frankiert] an den Wahlleiter zu übersenden.',
      'Die Ladung erfolgt [mit einfachem Brief].',
      'Der Bescheid wird [mit Postzustellungsauftrag] zugestellt.',
      'Die Ladung ist dem Betroffenen per [Postzustellungsurkunde] zuzustellen.',
      'Die Wahlberechtigten wählen [durch briefliche] Stimmabgabe.',
      'Die Antwort kann [brieflich] erfolgen.',
      'Die Ladung ist im Wege der [Briefpost] zu übersenden.',
      // dev set 13: the plain sending verb with its addressee, the return envelope, a letter as the communication, an
      // ordered postal vote
      'Die Person des Vertrauens sendet den [Wahlbrief] an den Wahlvorstand.',
      'Die Briefwählerin schickt den [Wahlbrief] an das Wahlamt.',
      'Der Wahlvorstand hat dem Wahlberechtigten einen [Freiumschlag] zu übersenden.',
      'Der Versorger hat eine [briefliche] Mitteilung an jeden Kunden zu versenden.',
      'Die Kasse richtet eine [briefliche] Benachrichtigung an die Versicherten.',
      'Die Dienststelle hat für Beschäftigte im Außendienst die [Briefwahl] anzuordnen.',
      'Der Wahlvorstand kann die [Briefwahl] für einzelne Betriebsteile anordnen.',
      'Hat der Inhaber eine elektronische Anmeldung durchgeführt, wird ein Aufkleber durch die Behörde [auf dem Postweg] an die neue Anschrift versendet.',
    ],
    accepted: [
      'Die Kosten werden durch den Brief des Ministers geregelt.',
      'Die Kosten der Freiumschläge trägt die Dienststelle.',
      'Der Tag der Aufgabe zur Post ist in den Akten zu vermerken.',
      'Das Hauptzollamt bestätigt den Empfang auf der dritten Ausfertigung (Rückschein). Der bestätigte Rückschein ist an den Versender zurückzusenden.',
      'Die Beratungsstelle ist postalisch und telefonisch erreichbar.',
      'Nach dem Einsatz müssen die Rettungswege wieder freigemacht sein.',
      'Der Wahlvorstand prüft die Briefwahlunterlagen auf Vollständigkeit.',
      'Ist die Briefwahl bei der Gesellschaft zugelassen, so darf der bevollmächtigte Intermediär sich ihrer bedienen.',
      'Die Poststelle der Behörde nimmt die Eingänge entgegen.',
      'Die Lizenz ist für die Beförderung von Briefsendungen erforderlich, deren Einzelgewicht nicht mehr als 1 000 Gramm beträgt; Universaldienstleistungen sind auch Einschreiben.',
      'Der Bescheid kann durch die Post oder elektronisch zugestellt werden.',
      'Hat der Antragsteller zugestimmt, wird der Bescheid auf dem Postweg oder elektronisch übermittelt.',
      'Die Deutsche Post AG nimmt die ihr übertragenen Aufgaben wahr.',
      'Wird die Bescheinigung durch die Post übermittelt, ist das Datum der Aufgabe zur Post auf der Bescheinigung anzugeben.',
      'Soll durch die Post mit Zustellungsurkunde zugestellt werden, übergibt die Behörde der Post den Zustellungsauftrag und das Dokument in einem verschlossenen Umschlag.',
      'Bei Zustellung durch die Post mit Zustellungsurkunde gelten die §§ 177 bis 182 der Zivilprozessordnung entsprechend.',
      'Formlos mitgeteilte Entscheidungen gelten mit dem dritten Tag nach Aufgabe zur Post als bekannt gegeben.',
      'Im Fall einer Störung der Datenübertragung ist ausnahmsweise eine Mitteilung auf dem Postweg möglich.',
      'Bei einer Zusendung der Unterlagen durch die Post im Inland gelten die Unterlagen am dritten Tag nach der Absendung als zugesandt.',
      'Ein schriftlicher Verwaltungsakt gilt bei der Übermittlung durch die Post im Inland am vierten Tag nach der Aufgabe zur Post, ein elektronisch übermittelter Verwaltungsakt am vierten Tag nach der Absendung als bekannt gegeben.',
    ],
  },
});
