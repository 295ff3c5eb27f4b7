import { normalizeWhitespace } from '../../parser/structure';
import type { MatchContext } from '../context';
import { courtDocumentRule } from '../legal-basis';
import { HANDED_IN, HANDED_IN_SEPARABLE, LIST_LEAD_IN, ON_SITE_DUTY, OWN_FILE, OWN_FILE_LIST, modalSeverity, inEnablingProvision } from '../lexicon';
import { loadTermList, termRegex } from '../terms/load';
import { defineRule } from '../types';

const DOCUMENTS = termRegex(loadTermList('oeffentliche-nachweise'));

/**
 * The citizen or business has to hand the document in, also in the indicative ("wenn der Unternehmer … eine Auskunft
 * vorlegt") or later ("nachzureichen"), or as the content of an application ("Anträge … müssen folgende Unterlagen
 * enthalten: … den Sportbootführerschein"), or as the paper that must accompany goods or animals ("nur verbracht
 * werden, wenn sie von einer Tiergesundheitsbescheinigung … begleitet sind"). "zur Vorlage bei einer Behörde" names a
 * purpose, not a duty; nor does a participle used as an adjective ("die in der Prüfung nachgewiesenen Fertigkeiten",
 * "die zum Register eingereichten Dokumente", "erbrachte Leistungen"). A list may open with the capitalised infinitive
 * ("Beizufügen sind 1. …"). The demanding authority may be plural or a compound ("Die Polizeibehörden können verlangen,
 * dass ein Berechtigungsschein vorgezeigt … wird"); a document the holder has to have amended by the authority
 * ("Die Genehmigungsurkunde ist … von der Genehmigungsbehörde ändern zu lassen") is taken there as well, and so is a
 * permit kept at the venue for inspection ("den Erlaubnisbescheid zur Einsichtnahme bereitzuhalten", blind 9: SpielV § 6),
 * or at the building site for the supervision ("Die Baugenehmigung … muss an der Baustelle … bereitgehalten werden").
 * A fact to be proven by the document is its submission in other words ("ist dies durch Erbnachweis zu belegen", blind
 * 11: AltgAATV § 2), also with the separable verb ("Weist der Ersteher dem Gericht durch öffentliche Urkunden nach, dass
 * …", dev 14b: ZVG § 144). A person qualifies only by handing the document to the other party ("nur einem
 * Wohnungsberechtigten … vermieten …, der ihm vor der Überlassung eine Bescheinigung … übergibt", blind 14:
 * BergArbWoFöG § 6, the Wohnberechtigungsschein shape, "wenn dieser ihm vorher eine Bescheinigung … übergibt"): the
 * relative or conditional clause with a dative pronoun, whose subject is no public body handing a document out.
 */
const SUBMIT = new RegExp(
  `${/\b(?:der|die|wenn|sofern|falls)\s+(?:(?![\wäöüß]*(?:[Bb]ehörde|[Ss]telle|[Aa]mt|Gemeinde|[Gg]ericht)\b)\S+\s+){0,2}?(?:ihm|ihr|ihnen)\s+[^.;,]{0,160}?\sübergibt\b|(?:[Bb]ehörden?|Stellen?|Arbeitgeber|Dienstherr|Träger|Polizei|Gemeinden?|Kommunen?|Landkreise?|Dienststellen?)\s+(?:\S+\s+){0,8}(?:verlangen|verlangt)\b|Nachweise?\s+vorliegen|[Vv]orzulegen|vorgelegt(?![a-zäöüß])|vorlegen|vorlegt|einreicht|beibringt|nachzureichen|nachgereicht(?![a-zäöüß])|[Bb]eizufügen|beigefügt(?![a-zäöüß])|beifügen|[Ee]inzureichen|eingereicht(?![a-zäöüß])|einreichen|[Bb]eizubringen|beigebracht(?![a-zäöüß])|beibringen|vorzuweisen|vorzuzeigen|vorzeigen|vorgezeigt(?![a-zäöüß])|zur\s+Prüfung\s+aus(?:zu|ge)?händig\w*|(?:ändern|berichtigen|ergänzen)\s+zu\s+lassen|nachzuweisen|nachgewiesen(?![a-zäöüß])|\bdurch\s+(?:\S+\s+){0,4}?zu\s+belegen\b|zu erbringen|erbracht(?![a-zäöüß])|zu übersenden|Vorlage\b(?!\s+bei\b)|Vorlage\s+bei\s+(?:\S+\s+){1,8}zu\s+beantragen|vorlegen\s+lassen|glaubhaft\s+zu\s+machen|ausgewiesen\w*(?!\s+\w*[Gg]ebiet)|geführt\s+werden|Nachweis[^.;]{0,120}?\bzu\s+führen\b|\b(?:muss|müssen)\s+(?:\S+\s+){0,2}Unterlagen\s+enthalten\b|\bbegleitet\s+(?:sind|sein|ist|werden)\b|\bzur\s+Einsicht(?:nahme)?\s+bereitzuhalten\b|\b[Ww]eis(?:t|en)\s+[^;:]{0,200}?\bdurch\s+[^;:]{0,120}?\snach(?=\s*(?:[.;,]|$))/.source}|${HANDED_IN_SEPARABLE.source}|${ON_SITE_DUTY.source}`,
);
/**
 * What an application must contain is handed in with it: "Der Antrag auf Anerkennung … muss insbesondere enthalten:
 * … 9. Führungszeugnisse", "Anträge … müssen folgende Informationen enthalten: … eine Bescheinigung der … Landesbehörde".
 * The subject is the application, so a decision's own content ("Der Bescheid muss enthalten") is no submission; a lead
 * asking for "Angaben" lists data, not documents.
 */
const APPLICATION_MUST_CONTAIN =
  /\b(?:Antrag|Anträge|Anmeldung|Anmeldungen|Bewerbung|Bewerbungen|Gesuch|Zulassungsantrag)\b[^.:;]{0,200}?\b(?:muss|muß|müssen|hat|haben)\s+(?:(?!Angaben\b)\S+\s+){0,3}?(?:zu\s+)?enthalten\b/;
const APPLICATION_LIST_LEAD_IN = new RegExp(`${APPLICATION_MUST_CONTAIN.source}\\s*:[^:]*$`);
/**
 * Someone is obliged in the sentence: "verlangt", "muss", "hat … zu erbringen". Read from the last "hat" before "zu":
 * from every one, a long sentence was re-read to its end (quadratic, bench:redos).
 */
const HAS_TO_DO = /\bverlang\w*|\bmuss\b|\bhat\b(?:(?!\bhat\b)[^.;])*\bzu\s+\w+en\b/;
/** An item about a document, not the document: "Angaben darüber, ob … ein Bootszeugnis besitzt", "Art des … Zeugnisses". */
const DATA_ITEM = /\b(?:Angaben?|Informationen|Art|Bezeichnung|Namen?|Nummer|Datum|Aktenzeichen)\b/;

/** The list item the hit stands in: the text after the last item number or colon ("… enthalten: 1. …, 2. eine "). */
const ITEM_START = /(?:^|\s)\d+[a-z]?\.\s|:\s/;

/** The document is part of what an application must contain, and its item is the document itself. */
function inApplicationContent(ctx: MatchContext): boolean {
  if (!ctx.sentenceMatches(APPLICATION_MUST_CONTAIN) && !ctx.leadInMatches(APPLICATION_LIST_LEAD_IN)) return false;
  return !DATA_ITEM.test(ctx.before.split(ITEM_START).pop()!);
}

/**
 * The authority fetches the document itself, or one public body sends it to another. The verb is a whole word: "die
 * Behörde des ersuchenden Staates" names the foreign issuer, not a request (dev 14: IRG § 87a). A passive agent
 * ("wird … von der Stelle erteilt", blind 14: BergArbWoFöG § 6) issues the document, it does not send it on.
 */
const RETRIEVAL =
  /(?:Behörde|Stelle|Finanzamt|Amt)\s+(?:\S+\s+){0,8}(?:einholen|eingeholt|anfordern|angefordert|abrufen|abgerufen|ersuchen|unmittelbar\s+übermittelt)(?![a-zäöüß])|§\s*5\s+Abs(?:atz|\.)\s*2\s+(?:des\s+)?(?:EGovG|E-Government-Gesetz)|übermittelt\s+(?:\S+\s+){0,5}(?:der|dem|den)\s+(?:\S+\s+)?(?:Behörde|Stelle|Finanzamt|Meldebehörde|Registerbehörde)|(?<!\b(?:von|durch)\s+(?:der|dem|einer|einem)\s+(?:zuständigen\s+)?)(?:Behörde|Stelle|Gericht|Registergericht|Standesamt|Meldebehörde|Finanzamt)\s+(?:übermittelt|teilt|erteilt|stellt|übersendet)\b|Behörden?\s+erh(?:alten|ält)\b|unmittelbar\s+zu\s+übersenden|behörde\s+eingeholt\s+(?:wird|werden)\b/;

/** The issuing public body's own electronic document admitted instead of the paper deed (the court fix of this rule). */
const PUBLIC_ELECTRONIC_DOCUMENT = /\belektronische[sn]?\s+Dokument(?:e|s)?\s+(?:der|des)\s+ausstellenden\b|\böffentliche[sn]?\s+elektronische[sn]?\s+Dokument/;

/** "Bestätigung eines Jahresabschlussprüfers für den Träger …": the issuer named first is private, whatever follows. */
const PRIVATE_ISSUER =
  /^(?:Bescheinigung|Bescheid|Bestätigung)\w*(?: und \S+)? (?:des|der|eines|einer)(?: oder (?:des|der|eines|einer))? (?:\S+ )?(?:\w*[Pp]rüfer|\w*[Pp]rüferin|Wirtschaftsprüf|Steuerberat|Arzt|Ärzt|[\wäöüß]*[Ss]achverständig|Arbeitgeber|Kreditinstitut|Bank|Versicherungsunternehm|Hersteller|Betreiber|Netzbetreiber|Lieferant)/;

/**
 * The document itself must be at hand before the authority acts ("dürfen erst bestattet werden, wenn ein Leichenpaß
 * vorliegt", "muss eine Unbedenklichkeitsbescheinigung … vorliegen"): a duty to submit it in other words.
 */
const MUST_BE_PRESENT = /^[^.;,]*?\bvorlieg(?:t|en)\b/;
const REQUIRED = /\b(?:muss|muß|müssen|erst|nur)(?![\wäöüß])/;

/** "wenn die erforderlichen behördlichen Entscheidungen vorliegen" means they have been taken, not handed in. */
/** The document itself is demanded: "hat … ein Führungszeugnis zu verlangen", "ein Führungszeugnis kann verlangt werden". */
// a modal is required for the passive: "wenn Kopien … für Zwecke verlangt werden" is a request of the applicant, not a demand
const DEMANDED_AFTER = /^\S*\s+(?:[^\s,.;]+\s+){0,5}?(?:zu\s+verlangen|(?:kann|können|soll|sollen|muss|müssen|ist|sind)\s+(?:[^\s,.;]+\s+){0,3}?verlangt\s+werden)\b/;

function mustBePresent(ctx: MatchContext): boolean {
  // "darf erst begonnen werden, wenn die Baugenehmigung vorliegt": a decision or permit "vorliegt" once it is granted
  return MUST_BE_PRESENT.test(ctx.trail(120)) && ctx.sentenceMatches(REQUIRED) && !/Entscheidung|[Gg]enehmigung(?:en)?$/.test(ctx.text);
}

const NOT_NEEDED =
  /\b(?:ist|sind)\s+nicht\s+(?:\S+\s+){0,2}(?:vorzulegen|beizubringen|beizufügen|einzureichen|erforderlich)|\bbedarf\s+es\s+nicht\b|\bentfällt\s+die\s+(?:Pflicht|Vorlage)/;

/** Authorities that check identity on the spot (police, customs, border control). */
const CHECK_AUTHORITY = /Polizei\w*|Zollverwaltung|Zollbehörde\w*|Zollbedienstete\w*|Grenzbehörde\w*|Grenzkontrolle\w*|Kontrollbeamt\w*/;

/**
 * A bare "Bescheinigung" is public evidence only where the Absatz names a public issuer for it, often in another
 * sentence ("Die Bescheinigung muss … von der zuständigen Behörde des Herkunftslandes ausgestellt … sein", "die
 * amtliche Bescheinigung", "Bei der Einfuhr ist eine Bescheinigung der Zollbehörden erforderlich. Die Bescheinigung ist …
 * vorzulegen"), or where it certifies a public body's decision ("eine Bescheinigung über die Bewilligung
 * der Maßnahme durch einen Sozialleistungsträger"). A "Stelle" is public where it is the competent one or one a
 * government designates ("Die Bescheinigung wird auf Antrag von der Stelle erteilt, die von der Landesregierung bestimmt
 * wird", blind 14: BergArbWoFöG § 6); a bare "Stelle" may be a private accredited body.
 */
const PUBLIC_ISSUER_IN_ABSATZ =
  /\b(?:von|durch)\s+(?:der|einer)\s+(?:(?:nach\s+\S+\s+)?zuständigen\s+Stelle\s+(?:\S+\s+){0,3}?(?:ausgestellt|erteilt)|Stelle\s+(?:ausgestellt|erteilt)\w*,\s+die\s+(?:von\s+)?(?:der|dem)\s+(?:Landesregierung|Bundesregierung|Senat|\w*[Mm]inisteri\w*|\w*[Bb]ehörde))|\b(?:von|durch)\s+(?:der|dem|einer|einem|den)\s+(?:\S+\s+){0,3}?(?:\w*[Bb]ehörde\w*|\w*[Aa]mt(?:e?s)?|Gemeinde|\w*[Gg]ericht\w*|Bundesanstalt|Bundesamt\w*|Landesamt\w*|\w*[Mm]itgliedstaat\w*|Herkunftsstaat\w*|Drittstaat\w*)\s+(?:\S+\s+){0,10}?(?:ausgestellt|erteilt|bestätigt|ausgefertigt|auszustellen|auszufertigen|zu\s+erteilen|zu\s+bestätigen)\w*|\b(?:zoll|standes|finanz)?amtliche[nr]?\s+Bescheinigung|\bBescheinigung\w*\s+(?:des|der|eines|einer)\s+(?:\S+\s+){0,3}?(?:\w*[Bb]ehörde\w*|Finanzamt\w*|\w*[Aa]mt(?:e?s)?|Gemeinde|\w*[Gg]ericht\w*|Bundesanstalt|Bundesamt\w*|Landesamt\w*)\b|\b(?:Bewilligung|Genehmigung|Anerkennung|Feststellung|Zulassung|Erteilung)\s+(?:\S+\s+){0,4}?durch\s+(?:de[nmr]|die|das|eine[nmr]?)\s+(?:\S+\s+)?(?:\w*[Bb]ehörde\w*|\w*[Ll]eistungsträger\w*|\w*[Aa]mt(?:e?s)?|Gemeinde|\w*[Gg]ericht\w*|\w*[Kk]asse|Bundesanstalt|Bundesamt\w*|Landesamt\w*)\b/;

/**
 * The document is what the authority issues, extends or refuses, not what the citizen hands in: "Dem Antrag auf
 * Erteilung des Bootszeugnisses ist … beizufügen", "Ein Bootszeugnis darf nur erteilt werden, wenn …", "stellt … ein
 * Befähigungszeugnis aus", "hat die Ausfuhrgenehmigung zu versagen", "darf die Genehmigungsurkunde erst ausgehändigt
 * werden".
 */
const ISSUED_BEFORE = /\bzu\s+(?:erwerbende|erteilende|beantragende)[nmrs]?\s+$|\b(?:Erteilung|Verlängerung|Änderung|Ausstellung|Neuausstellung|Ausfertigung\s+und\s+Erteilung)(?:,\s+\S+)?(?:\s+(?:oder|und)\s+\S+)?\s+(?:des|der|eines|einer)\s+(?:\S+\s+)?$|\b(?:stellt|erteilt)\s+(?:(?!werden\b|wenn\b|sofern\b|falls\b)[^\s,;]+\s+){0,8}?(?:ein|eine|einen|den|die|das)\s+(?:\S+\s+)?$/;
const ISSUED_AFTER = /^\w*\s+(?:(?:erst|nur|dann)\s+)?(?:ausgehändigt|ausgegeben)\s+(?:werden|wird)\b|^\w*\s+(?:(?!vorzulegen|beizufügen|einzureichen|vorgelegt)\S+\s+){0,6}?(?:zu\s+versagen|(?:darf|dürfen|wird|werden)\s+(?:\S+\s+){0,3}(?:erteilt|ausgestellt|verlängert)|aus\b[.,;]?\s*(?:wenn|sofern|,|\.|$)|einzutragen)/;

/** Document nouns of feminine gender, whose "der" may be a dative. */
const FEMININE_DOCUMENT = /(?:ung|ungen|urkunde|nis)$/;

function receivesAttachment(ctx: MatchContext): boolean {
  if (!ctx.sentenceMatches(/beigefügt|beizufügen/)) return false;
  const stem = ctx.text.slice(0, Math.max(5, ctx.text.length - 2)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  // "Der Baugenehmigung sind die … Bauvorlagen beizufügen": a feminine noun after an opening "Der" is the dative
  const dativeOpening = FEMININE_DOCUMENT.test(ctx.text) ? `|^\\s*(?:\\(\\d+[a-z]?\\)\\s*)?Der\\s+${stem}\\w*\\s+(?:sind|ist)\\s[^.;]*?(?:beigefügt|beizufügen)\\w*` : '';
  const recipient = new RegExp(`\\b(?:dem|den)\\s+${stem}\\w*\\s+(?:beigefügt|beizufügen)\\w*${dativeOpening}`);
  return ctx.sentenceMatches(recipient) && !SUBMIT.test(ctx.sentence.replace(recipient, ''));
}

/**
 * The title of a cited EU act ("Richtlinie 2009/100/EG … vom 16. September 2009 über die gegenseitige Anerkennung von
 * Schiffsattesten für Binnenschiffe"): a document named there is the act's subject, nobody hands it in.
 */
const EU_ACT_TITLE =
  /\b(?:Richtlinie|Verordnung|Durchführungsverordnung|Beschluss|Entscheidung)\s+(?:\((?:EU|EG|EWG|Euratom)\)\s+)?(?:Nr\.\s+)?\d+\/\d+(?:\/(?:EU|EG|EWG))?\b[^;()]{0,200}?\süber\s+[^;()]{0,80}$/;

/** Texts of this rule, keyed by id; a lawyer edits them here. */
const TEXTS = {
  fetch:
    'Die zuständige Behörde kann den Nachweis mit Einwilligung der betroffenen Person elektronisch bei der ausstellenden öffentlichen Stelle abrufen; in diesem Fall entfällt die Pflicht zur Vorlage.',
  courtDocument: (rule: string) =>
    `Der Nachweis kann auch als elektronisches Dokument der ausstellenden öffentlichen Stelle nach ${rule} eingereicht werden.`,
};

export const nachweisVorlage = defineRule({
  id: 'nachweis-vorlage',
  title: 'Vorlage behördlicher Nachweise (Once-Only)',
  category: 'nachweis_vorlage',
  principle: 2,
  severity: 'hoch',
  source: 'Digitalcheck 2025, Prinzip 2.2 (vorhandene Daten nutzen); § 5 Abs. 2 EGovG; Registermodernisierung (IDNrG)',
  explanation:
    'Die Vorschrift verlangt von Bürgerinnen, Bürgern oder Unternehmen, einen Nachweis vorzulegen, den eine öffentliche Stelle ausgestellt hat (z. B. Meldebescheinigung, Urkunde, Registerauszug, Bescheinigung des Finanzamts). Nach dem Once-Only-Prinzip soll die Behörde solche Nachweise mit Einwilligung selbst bei der ausstellenden Stelle abrufen (§ 5 Abs. 2 EGovG); die Vorlagepflicht kann entfallen oder zur Vorhaltepflicht werden.',
  vocabulary: DOCUMENTS,
  guards: { condition: false, fiction: false, electronic: false },
  exceptions: [
    {
      id: 'rueckgabe-an-aussteller',
      rationale: 'Ein Patent, Ausweis oder eine Erlaubnis, die bei der ausstellenden Behörde abzuliefern oder zur Entwertung vorzulegen ist, wird zurückgegeben; nachgewiesen wird damit nichts.',
      // a return for cancellation is no evidence for a procedure; where the same sentence also asks for evidence
      // ("… beizufügen", "nachzuweisen") the document stays a finding
      when: (ctx) =>
        ctx.sentenceMatches(/\babzuliefern\b|\bzurückzugeben\b|\bzur\s+(?:Entwertung|Einziehung|Ungültigmachung)\b/) &&
        !ctx.sentenceMatches(/beizufügen|beizubringen|nachzuweisen|Nachweis|Antrag/),
      example: 'Der Inhaber hat ein unbrauchbar gewordenes Radarpatent unverzüglich bei der ausstellenden Behörde abzuliefern oder es ihr zur Entwertung vorzulegen.',
    },
    {
      id: 'bescheinigung-ohne-behoerde',
      rationale: 'Eine Bescheinigung ohne öffentliche Ausstellerin (Arbeitgeber, Sachverständige, Hersteller) kann keine Behörde abrufen.',
      stage: 'trigger',
      when: (ctx) => /^Bescheinigung(?:en)?$/.test(ctx.text) && !ctx.paragraphMatches(PUBLIC_ISSUER_IN_ABSATZ),
      example: 'Dem Antrag ist eine Bescheinigung über die Teilnahme an dem Lehrgang beizufügen.',
    },
    {
      id: 'privater-aussteller',
      rationale: 'Bescheinigungen privater Stellen (Wirtschaftsprüfer, Arzt, Arbeitgeber) kann keine Behörde abrufen.',
      stage: 'trigger',
      // a bare "Bescheinigung" is matched alone; its issuer follows it ("Bescheinigung einer oder eines
      // Prüfsachverständigen"), whatever public body the Absatz names elsewhere
      when: (ctx) =>
        PRIVATE_ISSUER.test(normalizeWhitespace(ctx.text)) ||
        (/^Bescheinigung(?:en)?$/.test(ctx.text) && PRIVATE_ISSUER.test(normalizeWhitespace(ctx.text + ctx.trail(80)))),
      example: 'Dem Antrag ist eine Bescheinigung eines Wirtschaftsprüfers der Industrie- und Handelskammer beizufügen.',
    },
    {
      id: 'ausweis-bei-kontrolle',
      rationale: 'Pass oder Ausweis, die bei einer Kontrolle von Polizei oder Zoll auf Verlangen vorzuzeigen sind, prüfen die Identität vor Ort; sie sind kein Nachweis in einem Verwaltungsverfahren.',
      when: (ctx) => {
        if (!/^(?:Pass|Paß|Ausweis|Personalausweis|Passersatz|Ausweisersatz)/.test(ctx.text)) return false;
        // the check authority and "auf Verlangen" belong to the hit's own duty, not to another item of a long list
        const duty = ctx.trail(160).split(/[;.]/)[0]!;
        return /\bauf\s+Verlangen\b/.test(duty) && CHECK_AUTHORITY.test(duty);
      },
      example: 'Ausländer sind verpflichtet, ihren Pass den Behörden der Zollverwaltung auf Verlangen vorzulegen.',
    },
    {
      id: 'privater-erlaubnisschein',
      rationale: 'Den Erlaubnisschein zum Fischen stellt der private Fischereiberechtigte aus; keine Behörde kann ihn abrufen.',
      stage: 'trigger',
      when: (ctx) => /^Erlaubnisschein/.test(ctx.text) && ctx.sentenceMatches(/Fischerei|Fischen|Angel/),
      example: 'Der Berechtigte hat bei der Ausübung der Fischerei den Erlaubnisschein bei sich zu führen und auf Verlangen auszuhändigen.',
    },
    {
      id: 'nachweis-als-gegenstand',
      rationale: 'Der Nachweis ist Gegenstand der Entscheidung (er wird beantragt, erteilt, versagt oder eingetragen), nicht ein Dokument, das jemand vorlegen muss.',
      stage: 'trigger',
      when: (ctx) =>
        ISSUED_BEFORE.test(ctx.lead(80)) ||
        ISSUED_AFTER.test(ctx.trail(120)) ||
        // "wenn eine Kopie … den Bootszeugnissen beigefügt wird": the document receives the attachment, and no other duty
        // of the sentence is left once that phrase is taken out
        receivesAttachment(ctx) ||
        // "Wird ein Fahrerqualifizierungsnachweis wegen Verlust … beantragt, sind … vorzulegen: …", "Wer eine Bescheinigung
        // des Bundesamtes … beantragt, muss … Unterlagen vorlegen"
        (/(?:\b(?:Wird|Werden)|(?<![\wäöüß])[Ww]er)\s+(?:ein|eine|einen|der|die|das)\s+$/.test(ctx.lead(16)) && /^[^.;,]*\bbeantragt\b/.test(ctx.trail(120))),
      example: 'Dem Antrag auf Erteilung oder Verlängerung des Bootszeugnisses ist die Untersuchungsbescheinigung beizufügen.',
    },
    {
      id: 'baugenehmigung-im-bauverfahren',
      rationale: 'Die Baugenehmigung ist Gegenstand des Bauverfahrens (beantragt, erteilt, erforderlich); ein Nachweis ist sie nur, wo sie an der Baustelle bereitzuhalten oder vorzulegen ist.',
      stage: 'trigger',
      when: (ctx) =>
        /^(?:Teil)?[Bb]augenehmigung|^Baufreigabeschein/.test(ctx.text) &&
        !ctx.sentenceMatches(ON_SITE_DUTY) &&
        !/^\w*\s+(?:[^\s,;.]+\s+){0,6}?(?:vorzulegen|vorzuzeigen|beizufügen|einzureichen|vorgelegt|vorgezeigt|beigefügt)\b/.test(ctx.trail(100)),
      example: 'Auf Antrag kann die Baugenehmigung auch unter der Bedingung erteilt werden, dass bautechnische Nachweise nachgereicht werden.',
    },
    {
      id: 'nur-angaben-aus-dem-nachweis',
      rationale: 'Wer nur Aktenzeichen und Datum eines Bescheids angibt, legt ihn nicht vor; was „im Zulassungsbescheid ausgewiesen“ ist, ist sein Inhalt, kein vorzulegendes Dokument; ein Nachweis „durch Nennung der Erlaubnisnummer“ kommt ohne Dokument aus.',
      stage: 'trigger',
      when: (ctx) =>
        /\b(?:Aktenzeichen|Geschäftszeichen|Datum|Nummer|Angaben?|Bezeichnung)\s+(?:(?:und|oder)\s+\S+\s+)?(?:des|der|eines|einer)\s+$/.test(ctx.lead(60)) ||
        // "ist der Nachweis über die Erlaubnis durch Nennung der … mitgeteilten Erlaubnisnummer zu erbringen"
        /^[^.;]{0,60}?\bdurch\s+(?:die\s+)?(?:Nennung|Angabe|Mitteilung)\s+(?:der|des)\s+(?:\S+\s+){0,6}?\S*(?:[Nn]ummer|[Kk]ennzeichen|[Zz]eichen)\b/.test(ctx.trail(160)) ||
        (/\b(?:im|in\s+(?:dem|der|einem|einer))\s+(?:[a-zäöüß]+e[nmrs]?\s+)?$/.test(ctx.lead(40)) && /^\w*\s+(?:\S+\s+)?(?:ausgewiesen|festgelegt|festgesetzt|bestimmt|genannt|angegeben|bezeichnet)\w*/.test(ctx.trail(60))) ||
        // a figure taken from the document ("als Bruttoraumzahl zugrunde gelegt: … die Bruttoraumzahl nach dem Internationalen
        // Schiffsmessbrief", blind 9: KanalStTO § 1)
        /\b(?:Bruttoraumzahl|Raumzahl|Tragfähigkeit|Wasserverdrängung|Maße|Werte?)\s+(?:nach|gemäß|laut)\s+(?:de[mnrs]|einem|einer)\s+(?:[A-ZÄÖÜ]?[a-zäöüß]+e[nmrs]?\s+)?$/.test(ctx.lead(80)),
      example: 'Bei Anzeige sind vorzulegen: 1. Aktenzeichen und Datum des Genehmigungsbescheides zur Errichtung der Anlage.',
    },
    {
      id: 'behoerde-fuegt-bei',
      rationale: '„So fügt das Prüfungsamt dem Bescheid das Abschlusszeugnis bei“: die Behörde stellt ihr eigenes Dokument aus und gibt es heraus; vorgelegt wird ihr nichts.',
      // the subject of the separable verb is a public body, and no other verb of handing in stands in the sentence
      when: (ctx) =>
        ctx.sentenceMatches(/\b(?:fügt|legt)\s+(?:das|die|der)\s+(?:\S+\s+)?(?:\S*[Aa]mt|\S*[Bb]ehörde|\S*[Gg]ericht|Prüfungsausschuss|Prüfungskommission)\b[^.;:]{0,120}?\sbei\b/) &&
        !ctx.sentenceMatches(/\b(?:vorzulegen|beizufügen|einzureichen|beizubringen|vorzuzeigen)\b/),
      example: 'Ist die Laufbahnprüfung bestanden, so fügt das Prüfungsamt dem Bescheid das Abschlusszeugnis bei.',
    },
    {
      id: 'nachweis-als-vermerk',
      rationale: '„Die Fahrtauglichkeit wurde nachgewiesen durch … Fahrtauglichkeitsbescheinigung“ vermerkt in einem Formular, womit etwas nachgewiesen wurde; vorzulegen ist damit nichts.',
      when: (ctx) => /\b(?:wurde|wurden)\s+(?:\S+\s+){0,3}?nachgewiesen\s+durch\b[^.;]{0,60}$/.test(ctx.lead(120)),
      example: 'Die Fahrtauglichkeit wurde nachgewiesen durch --- Fahrtauglichkeitsbescheinigung --- Abnahmeprotokoll.',
    },
    {
      id: 'an-beteiligte-uebersandt',
      rationale: '„Dem Antragsteller sind eine beglaubigte Abschrift des Beschlusses … zu übersenden“: das Gericht oder die Behörde schickt das Dokument einem Beteiligten; vorgelegt wird nichts.',
      // the sentence opens with the party in the dative and ends in a verb of sending to it (dev 14: IntGüRVG § 10)
      when: (ctx) =>
        /^\s*(?:\(\d+[a-z]?\)\s*)?(?:Dem|Den)\s+(?:Antragsteller\w*|Antragsgegner\w*|Beteiligten|Parteien|Schuldner\w*|Gläubiger\w*|Betroffenen|Verpflichteten|Berechtigten)\b[^.;]*\b(?:zu\s+übersenden|zuzustellen|auszuhändigen|zu\s+übermitteln)\b/.test(
          ctx.sentence,
        ),
      example: 'Dem Antragsteller sind eine beglaubigte Abschrift des Beschlusses und die Ausfertigung des Titels zu übersenden.',
    },
    {
      id: 'anerkennung-ohne-vorlage',
      rationale: '„Fahrtauglichkeitsbescheinigungen aus anderen Mitgliedstaaten werden anerkannt, wenn …“ regelt, welche fremden Nachweise gelten; vorzulegen ist damit nichts.',
      // the document opens the sentence as the subject of the recognition, and no verb of handing in stands beside it
      // ("nachgewiesen ist, dass …" proves a fact); dev 14 / precision 8: BinSchUO § 8
      when: (ctx) =>
        /^\s*(?:(?:Die|Der|Das)\s+)?$/.test(ctx.before) &&
        /^\w*\s+[^;]{0,300}?\b(?:werden|wird)\s+(?:\S+\s+){0,3}?anerkannt\b/.test(ctx.trail(320)) &&
        !ctx.sentenceMatches(/\b(?:vorzulegen|vorgelegt|beizufügen|beigefügt|einzureichen|eingereicht|beizubringen|vorzuzeigen)\b/),
      example:
        'Fahrtauglichkeitsbescheinigungen von Fahrzeugen aus anderen Mitgliedstaaten werden anerkannt, wenn nachgewiesen ist, dass Bau und Ausrüstung des Fahrzeugs den Vorschriften dieser Verordnung entsprechen.',
    },
    {
      id: 'titel-eines-rechtsakts',
      rationale: '„Richtlinie 2009/100/EG … über die gegenseitige Anerkennung von Schiffsattesten“ ist der Titel eines Rechtsakts; der Nachweis ist sein Gegenstand, nicht ein Dokument, das jemand vorlegen muss.',
      stage: 'trigger',
      when: (ctx) => EU_ACT_TITLE.test(ctx.lead(300)),
      example:
        'Fahrtauglichkeitsbescheinigungen werden anerkannt, wenn sie den Bestimmungen der Richtlinie 2009/100/EG des Europäischen Parlaments und des Rates vom 16. September 2009 über die gegenseitige Anerkennung von Schiffsattesten für Binnenschiffe entsprechen und nachgewiesen ist, dass Bau und Ausrüstung den Vorschriften entsprechen.',
    },
    {
      id: 'zeitpunkt-eines-bescheids',
      rationale: '„Nach Erlass des Bewilligungsbescheids“ nennt einen Zeitpunkt; vorzulegen ist etwas anderes.',
      stage: 'trigger',
      when: (ctx) =>
        /\b(?:nach|vor|seit|mit|ab|bis\s+zu[mr])\s+(?:dem\s+|der\s+)?(?:Erlass|Bekanntgabe|Zustellung|Zugang|Unanfechtbarkeit|Bestandskraft|Wirksamwerden|Eingang)\s+(?:des|der|eines|einer)\s+(?:\S+\s+)?$/.test(ctx.lead(60)),
      example: 'Die Antragsteller sind verpflichtet, das Drehbuch spätestens zwei Jahre nach Erlass des Bewilligungsbescheids zur Prüfung vorzulegen.',
    },
    {
      id: 'einsicht-in-unterlagen',
      rationale: 'Einsicht in vorhandene Unterlagen zu gewähren („Einsicht in die Unterlagen, insbesondere … Befähigungszeugnisse, zu gewähren“) ist eine Vorhaltepflicht bei der Aufsicht, keine Vorlage eines Nachweises im Verfahren.',
      stage: 'trigger',
      when: (ctx) => /\bEinsicht\s+in\s+[^.;]*$/.test(ctx.lead(200)) && /^[^.;]*?\bzu\s+gewähren\b/.test(ctx.trail(200)),
      example: 'Die Verantwortlichen haben Einsicht in die Unterlagen, insbesondere Seetagebücher und Befähigungszeugnisse, zu gewähren.',
    },
    {
      id: 'auslaendischer-nachweis',
      rationale: 'Ausländische Urkunden lassen sich nicht aus einem deutschen Register abrufen; wo der Text die ausländische Behörde als Ausstellerin nennt, bleibt es ein öffentlicher Nachweis (Rubrik).',
      stage: 'trigger',
      // the foreign word qualifies the document itself ("ausländische Geburtsurkunde", "ausländischen amtlichen …"); a
      // noun between names the foreign thing the document is about or its issuer ("der ausländischen Steuern durch
      // Vorlage entsprechender Urkunden", "eines von ausländischen Behörden ausgestellten amtlichen
      // Gesundheitszeugnisses"), and foreign authorities issue public evidence (rubric; blind 7 skaufg-2-5); a
      // coordinated document shares the word ("eines … ausländischen Passes oder Personalausweises")
      when: (ctx) =>
        /ausländische[nrs]?\s+(?:[a-zäöüß][\wäöüß-]*\s+){0,4}(?:[A-ZÄÖÜ][\wäöüß-]*\s+(?:oder|und|bzw\.)\s+(?:[a-zäöüß][\wäöüß-]*\s+){0,2})?$/.test(ctx.lead(60)),
      example: 'Dem Antrag ist eine ausländische Geburtsurkunde beizufügen.',
    },
    {
      id: 'elektronischer-nachweis',
      rationale: 'Der elektronische Identitäts- oder Registernachweis ist die Lösung, nicht das Hindernis; ebenso ein Nachweis, der „schriftlich oder in elektronischer Form“ mitgeführt und gezeigt werden darf.',
      stage: 'trigger',
      // "ist die Genehmigungsurkunde … schriftlich oder in elektronischer Form mitzuführen": the holder may show it on a device
      when: (ctx) =>
        /elektronische[nrs]?\s+$/.test(ctx.lead(16)) ||
        ctx.sentenceMatches(/\b(?:schriftlich|in\s+Papierform)\s+oder\s+(?:in\s+)?elektronisch\w*\s+(?:Form\s+)?(?:\S+\s+){0,4}?(?:mitzuführen|mitgeführt|vorzulegen|vorzuzeigen|auszuhändigen)\b/) ||
        (/^Identitätsnachweis/.test(ctx.text) && ctx.sentenceMatches(/Nutzerkonto|Verwaltungsportal|§\s*18\s+(?:des\s+)?(?:PAuswG|Personalausweisgesetz)/)),
      example: 'Die Identität ist durch den elektronischen Personalausweis nachzuweisen.',
    },
    {
      id: 'pruefbuch-nur-eintragung',
      rationale: 'Das Prüfbuch ist nur als vorzulegender Nachweis ein Once-Only-Fall; die Eintragung in das Prüfbuch prüft die Papier-Regel.',
      stage: 'trigger',
      // "unter Vorlage des Prüfbuchs nach Absatz 5 Satz 2 oder unter Angabe der wesentlichen Daten": the data suffice
      when: (ctx) => /^Prüfbuch/.test(ctx.text) && (/^\w*(?:\s+[^\s,;.]+){0,6}?\s+oder\s+unter\s+Angabe/.test(ctx.trail(80)) || (!/Vorlage\s+(?:des|eines)\s+$/.test(ctx.lead(20)) && !/^\w*,?\s+(?:\S+\s+){0,10}(?:vorzulegen|vorgelegt|vorzuzeigen|auszuhändigen)/.test(ctx.trail(120)))),
      example: 'Die Genehmigungen werden in ein Prüfbuch eingetragen.',
    },
    {
      id: 'entscheidung-als-zweck',
      rationale: '„Unterlagen, die für die behördlichen Entscheidungen erforderlich sind“ nennt den Zweck der Unterlagen, keinen behördlichen Nachweis, der vorzulegen ist.',
      stage: 'trigger',
      when: (ctx) => /^(?:gerichtlich|behördlich)/.test(ctx.text) && /\b(?:für|zu)\s+(?:die|den|der)\s+(?:\S+\s+)?$/.test(ctx.lead(30)),
      example: 'Dem Antrag sind die Unterlagen beizufügen, die für die weiteren behördlichen Entscheidungen erforderlich sind.',
    },
    {
      id: 'antrag-auf-entscheidung',
      rationale: 'Wer einen „Antrag auf gerichtliche Entscheidung“ einreicht, begehrt die Entscheidung erst; er legt keinen behördlichen Nachweis vor.',
      stage: 'trigger',
      when: (ctx) => /^(?:gerichtlich|behördlich)/.test(ctx.text) && /\bAntr(?:ag|ags|äge)\s+auf\s+$/.test(ctx.lead(24)),
      example: 'Die Wiedereinsetzung ist zu gewähren, wenn er den Antrag auf gerichtliche Entscheidung binnen zwei Wochen einreicht.',
    },
    {
      id: 'nachweis-zur-eigenen-akte',
      rationale: 'Was die Behörde zu ihrer eigenen Akte nimmt (Personal- oder Prüfungsakte), ist ihre Aktenführung; niemand muss dort einen Nachweis vorlegen.',
      stage: 'trigger',
      // a document handed in elsewhere in the sentence ("… dem Grundbuchamt vorgelegt worden ist; … zu den Grundakten zu nehmen") still counts
      when: (ctx) => (ctx.sentenceMatches(OWN_FILE) || ctx.leadInMatches(OWN_FILE_LIST)) && !ctx.sentenceMatches(HANDED_IN),
      example: 'In die Prüfungsakte ist zu nehmen: 1. ein Exemplar der Bescheinigung des Prüfungsamtes über die erbrachten Prüfungsleistungen.',
    },
    {
      id: 'vorlage-freigestellt',
      rationale: 'Wer einen Nachweis vorlegen „kann“, erhält eine Möglichkeit, die Voraussetzung zu belegen; die Pflicht, sie nachzuweisen, steht anderswo.',
      stage: 'trigger',
      // "kann zum Nachweis, dass …, eine … Bescheinigung … vorlegen": the person is the subject of "kann", no one "verlangt" it
      when: (ctx) =>
        /\bkann\s+zum\s+Nachweis\b/.test(ctx.lead(400)) && /^[^.;]*?\bvorlegen\b/.test(ctx.trail(200)) && !ctx.sentenceMatches(HAS_TO_DO),
      example: 'Der Antragsteller kann zum Nachweis seiner Zuverlässigkeit eine von der zuständigen Behörde seines Herkunftsstaates ausgestellte Bescheinigung vorlegen.',
    },
    {
      id: 'vorlage-nach-anderer-vorschrift',
      rationale: '„Sofern nach § 3 … eine Urkunde vorgelegt wird“ knüpft eine Folge an eine Vorlage, die eine andere Vorschrift regelt; dort ist sie zu prüfen.',
      stage: 'trigger',
      when: (ctx) =>
        /\b(?:sofern|soweit|wenn|falls)\s+(?:\S+\s+){0,2}?nach\s+(?:§|Artikel)\s*\d[^,;.]*$/.test(ctx.lead(120)) && /^\w*\s+(?:\S+\s+){0,3}?vorgelegt\s+(?:wird|werden|worden\s+ist)\b/.test(ctx.trail(60)),
      example: 'Die Frist beträgt zwei Wochen, sofern nach § 3 Absatz 2 Nummer 2 eine Akkreditierungsurkunde vorgelegt wird.',
    },
    {
      id: 'verordnungsermaechtigung',
      rationale: 'Eine Verordnungsermächtigung („kann durch Rechtsverordnung … Prüfungszeugnisse gleichstellen“) verlangt selbst keinen Nachweis; zu prüfen ist die Verordnung, die sie ausfüllt.',
      when: inEnablingProvision,
      example:
        'Das Bundesministerium kann durch Rechtsverordnung mit Zustimmung des Bundesrates im Ausland erworbene Prüfungszeugnisse den entsprechenden Zeugnissen gleichstellen, wenn die in der Prüfung nachgewiesenen Fertigkeiten gleichwertig sind.',
    },
    {
      id: 'keine-vorlagepflicht',
      rationale: 'Ohne Pflicht, den Nachweis vorzulegen oder beizufügen, entsteht kein Once-Only-Hindernis.',
      when: (ctx) =>
        !ctx.sentenceMatches(SUBMIT) &&
        !inApplicationContent(ctx) &&
        !ctx.leadInMatches(LIST_LEAD_IN) &&
        !mustBePresent(ctx) &&
        !DEMANDED_AFTER.test(ctx.trail(100)),
      example: 'Jeder Person, die das 14. Lebensjahr vollendet hat, wird auf Antrag ein Führungszeugnis erteilt.',
    },
    {
      id: 'behoerde-ruft-ab',
      rationale: 'Die Behörde holt den Nachweis selbst ein oder eine Stelle übermittelt ihn der anderen (Once-Only ist umgesetzt).',
      when: (ctx) => ctx.sentenceMatches(RETRIEVAL) || ctx.paragraphMatches(RETRIEVAL),
      example: 'Das Führungszeugnis ist vorzulegen, es sei denn, die Behörde kann es selbst beim Bundesamt für Justiz einholen.',
    },
    {
      id: 'elektronisches-dokument-der-stelle',
      rationale: 'Darf der Nachweis als elektronisches Dokument der ausstellenden öffentlichen Stelle eingereicht werden, ist kein Papier nötig; vor Gericht beweist es wie die Urkunde (§ 371a Abs. 3 ZPO).',
      when: (ctx) => ctx.paragraphMatches(PUBLIC_ELECTRONIC_DOCUMENT),
      example:
        'Der Schuldner hat im Termin eine öffentliche Urkunde über die Zahlung vorzulegen. Der Nachweis kann auch als elektronisches Dokument der ausstellenden öffentlichen Stelle nach § 130a der Zivilprozessordnung eingereicht werden.',
    },
    {
      id: 'vorlage-entbehrlich',
      rationale: '„Ist nicht vorzulegen“, „bedarf es nicht“: die Vorlagepflicht entfällt.',
      when: (ctx) => ctx.sentenceMatches(NOT_NEEDED),
      example: 'Eine Meldebescheinigung ist nicht mehr vorzulegen, wenn die Anschrift bekannt ist.',
    },
  ],
  report: (ctx) => {
    const court = courtDocumentRule(ctx.profile);
    // a court fetches nothing under the EGovG; the public body's electronic document is filed with it instead
    const sentence = court ? TEXTS.courtDocument(court[1]) : TEXTS.fetch;
    return { severity: modalSeverity(ctx), edit: { kind: 'appendSentence', sentence } };
  },
  examples: {
    flagged: [
      // blind 11 (AltgAATV § 2): the succession proven by the public evidence of the heirs
      'Ist der Anspruch auf Erben übergegangen, so ist dies durch [Erbnachweis] zu belegen.',
      // blind 9 (FoVDV § 8, SpielV § 6): the certificate of the Landesstelle attached; permits kept at the venue for inspection
      'Das [Stammzertifikat] oder gleichwertige Zeugnis nach § 15 Abs. 3 des Forstvermehrungsgutgesetzes ist beizufügen.',
      'Er hat dort den [Erlaubnisbescheid] zur Einsichtnahme bereitzuhalten.',
      // Landesrecht dev 10 (SächsPBG § 18): the demanding authority in the plural compound, the participles of showing
      'Die Polizeibehörden können verlangen, dass ein [Berechtigungsschein] vorgezeigt und zur Prüfung ausgehändigt wird.',
      // Landesrecht dev 10 (RDG Bln § 10): the permit deed goes back to the authority to be amended
      'Die [Genehmigungsurkunde] ist insoweit von der Genehmigungsbehörde ändern zu lassen.',
      // sweep 9 (PatG § 41): the priority document of the earlier application is the foreign office's copy, which the
      // office can fetch through WIPO DAS
      'Wer die Priorität einer früheren ausländischen Anmeldung in Anspruch nimmt, hat eine [Abschrift der früheren Anmeldung] einzureichen.',
      // the title of the directive is closed by its citation; the certificate after it is demanded
      'Nach der Richtlinie 2009/100/EG über die gegenseitige Anerkennung von Schiffsattesten (ABl. L 259 S. 8) ist das [Schiffsattest] der Behörde vorzulegen.',
      // the power to grant exemptions by ordinance follows the duty, and the number is given besides the document
      'Dem Antrag ist ein [Führungszeugnis] beizufügen; das Bundesministerium kann durch Rechtsverordnung Ausnahmen zulassen.',
      'Dem Antrag ist ein [Nachweis über die Zulassung] beizufügen; die Zulassungsnummer ist anzugeben.',
      // public certificates named by their issuer or kind (dev 8 probe: AbfAEV § 7, FlRV § 3, PfandBG § 33, NLPosV § 3)
      'Entsorgungsfachbetriebe haben der Anzeige die aktuell gültige [Registrierungsurkunde] beizufügen.',
      'Der [Schiffsmeßbrief] ist vorzulegen.',
      'Der Anmeldung ist die [Zustimmungsurkunde der Bundesanstalt] beizufügen.',
      'Zur Überprüfung der Identität ist die Kopie eines [Auszugs aus dem Handels- oder Genossenschaftsregister] beizufügen.',
      // certificates of the flag state under the liability conventions (dev 8: ÖlSG § 3)
      'Der Schiffsführer hat die [Pflichtversicherungsbescheinigung] an Bord mitzuführen und der zuständigen Behörde auf Verlangen vorzuweisen.',
      'Bei der Anmeldung haben sie ihre [Bestätigung der Teilnahmeberechtigung] vorzulegen.',
      'Dem Antrag ist eine [Meldebescheinigung] beizufügen, die nicht älter als drei Monate ist.',
      'Der Antragsteller hat ein [Führungszeugnis] zur Vorlage bei einer Behörde vorzulegen.',
      // Landesrecht: the duty to demand the certificate ("zu verlangen") puts the submission on the applicant
      'Die Gemeinde hat von den Bewerbern ein erweitertes [Führungszeugnis] zu verlangen.',
      'Dem Antrag sind die [Zeugnisse öffentlicher Schulen] beizufügen.',
      'Die Zuverlässigkeit ist durch einen [Auszug aus dem Gewerbezentralregister] nachzuweisen.',
      'Auf Verlangen ist eine [Bescheinigung des Finanzamts] über die steuerliche Zuverlässigkeit vorzulegen.',
      'Der Inhaber eines [Passes] ist verpflichtet, der Passbehörde den [Pass] vorzulegen, wenn eine Eintragung unzutreffend ist.',
      'Auf Verlangen des Prüfungsamtes ist ein [amtsärztliches Attest] vorzulegen.',
      'Die Berechtigung ist durch eine [Bescheinigung nachzuweisen, die von der Gemeinde] des Wohnorts unentgeltlich erteilt wird.',
      'Der Arbeitgeber ist verpflichtet, [Bescheide und Prüfberichte der Finanzbehörden] vorzulegen.',
      'Zur Prüfung ist der [Führerschein] der Klasse C vorzulegen.',
      'Die Lebensmittel dürfen nur verbracht werden, wenn eine [Bescheinigung] nach dem Muster der Anlage 4 vorgelegt wird. Die Bescheinigung muss von der zuständigen Behörde des Herkunftslandes ausgestellt sein.',
      'Mit dem Antrag ist der [Entlassungsschein] vorzulegen.',
      'Der Berechtigte ist verpflichtet, der Entschädigungsbehörde auf ihr Verlangen einmal jährlich eine [Lebensbescheinigung] vorzulegen.',
      'Der Beteiligte hat der Zollstelle das [Kontrollexemplar T 5] vorzulegen.',
      // a cross-reference between article and judgment: "des nach § 1 Absatz 1 aufgehobenen Urteils"
      'Für die Entschädigung ist eine [Ausfertigung des nach § 1 Absatz 1 aufgehobenen Urteils] vorzulegen.',
      'Anträge auf Zulassung zur Prüfung müssen folgende Unterlagen enthalten: 1. ein Lichtbild, 2. den [Sportbootführerschein] für den Geltungsbereich Seeschifffahrtsstraßen.',
      'Dem Antrag ist die [Akkreditierungsurkunde] in beglaubigter Kopie beizufügen.',
      'Der Nachweis ist durch öffentliche oder öffentlich beglaubigte [Urkunden] zu führen.',
      'Das [Schiffsattest] ist der Behörde auf Verlangen vorzulegen.',
      'Der Einfuhranzeige ist die mit einem Abfertigungsvermerk versehene [Einfuhrgenehmigung] beizufügen.',
      'Verstorbene dürfen erst bestattet werden, wenn ein [Leichenpaß] vorliegt.',
      'Bei der Antragstellung muss eine [Unbedenklichkeitsbescheinigung] der zuständigen Berufsgenossenschaft vorliegen.',
      'Dem Antrag auf Ausstellen eines Flugfunkzeugnisses ist die [Bescheinigung der Bundeswehr] beizufügen.',
      'Zum Nachweis der Zuverlässigkeit im Sinne des § 7 Nummer 1 sind dem Bundesamt ein [Führungszeugnis] und eine Übersicht der Arbeitgeber vorzulegen.',
      'Mit dem Antrag ist ein [Führungszeugnis] zur Vorlage bei der zuständigen Behörde zu beantragen.',
      'Dem Antrag sind beizufügen: 1. der Nachweis der staatlichen Anerkennung (BGBl. I S. 269), 2. die [Geburtsurkunde, 3. das polizeiliche Führungszeugnis].',
      'Die Polizei kann verlangen, dass ein [Berechtigungsschein] zur Prüfung ausgehändigt wird.',
      'Der Bewerbung ist eine [Bescheinigung über die Wählbarkeit] des Bewerbers beizufügen.',
      'Die Aufstellung ist der Bauaufsichtsbehörde unter Vorlage des [Prüfbuchs] anzuzeigen.',
      'Die Genehmigung darf nur erteilt werden, wenn der Unternehmer eine [Auskunft aus dem Gewerbezentralregister] vorlegt.',
      'Nach Hauptuntersuchungen hat der Unternehmer bei Kraftomnibussen das [Prüfbuch] unverzüglich der Genehmigungsbehörde oder der von der Landesregierung bestimmten Behörde vorzulegen.',
      'Der Arbeitnehmer hat dem Arbeitgeber eine [Bescheinigung] über die Bewilligung der Maßnahme durch einen Sozialleistungsträger unverzüglich vorzulegen.',
      'Der Reeder hat der Berufsgenossenschaft einen [Auszug aus dem Seeschiffsregister] vorzulegen.',
      'Der Netzbetreiber hat den dazu [von der zuständigen Behörde ausgestellten Bescheid] bei der Regulierungsbehörde vorzulegen.',
      'Die Bescheinigung ist von der zuständigen Behörde des Versandlandes auszustellen. Die [Bescheinigung] muß in dreifacher Ausfertigung vorgelegt werden.',
      'Bei der Einfuhr ist eine Bescheinigung der Zollbehörden erforderlich. Die [Bescheinigung] ist bei der Ausreise wieder vorzulegen.',
      // coordinated compounds with a hyphen: "amts-, vertrauens- oder personalärztliches Zeugnis"
      'Eine Erkrankung ist durch Vorlage eines [amts-, vertrauens- oder personalärztlichen Zeugnisses] nachzuweisen.',
      // a condition that names the duty itself, without citing another provision, still requires the document
      'Die Befugnis wird erteilt, wenn eine [Akkreditierungsurkunde] vorgelegt wird.',
      // a permit of the authority as a precondition (chat case): "erst …, wenn der Genehmigungsbescheid vorgelegt ist"
      'Das Grundbuchamt darf eine Eintragung in das Grundbuch erst vornehmen, wenn der [Genehmigungsbescheid] vorgelegt ist.',
      'Die Auszahlung erfolgt erst nach Vorlage des [Zuwendungsbescheides] der Bewilligungsbehörde.',
      // an official surveyor's evidence (NBauO § 76 Abs. 3)
      'Die Bauaufsichtsbehörde kann verlangen, dass ihr von der Bauherrin ein [Nachweis einer Vermessungsstelle] darüber vorgelegt wird, dass die Abstände eingehalten sind.',
      // a line break inside the phrase, as in the statute files
      'Steuerschuldner haben bis zum Ende des vierten Monats eine [amtliche\nBescheinigung] über die Vorjahreserzeugung vorzulegen.',
      'Die Abtretung ist auf dem Formblatt zu erklären und gemeinsam mit der [Dienstzeitbescheinigung] der Einzugsstelle zu übersenden.',
      // official health and veterinary certificates, demanded at the border or travelling with the consignment
      'Bei der Einstellung kann die Vorlage eines [amtlichen Gesundheitszeugnisses] verlangt werden.',
      'Die Tiere dürfen nur verbracht werden, wenn sie von einer [Tiergesundheitsbescheinigung] nach dem Muster der Anlage 2 begleitet sind.',
      'Der Beförderer hat den Sendungen das Gemeinsame [Veterinärdokument] für die Einfuhr beizufügen.',
      // the copy of the identity card is the same evidence as the card itself
      'Die betroffene Person hat ihre Identität durch Vorlage einer amtlich beglaubigten [Ausweiskopie] nachzuweisen.',
      // the Landesbauordnungen: the certificate of the beliehene chimney sweep before the building is used
      'Zur Schlussabnahme muss über die sichere Benutzbarkeit der Feuerungsanlagen die [Bescheinigung der bevollmächtigten Bezirksschornsteinfegerin] vorliegen.',
      'Wenn der Investmentfonds eine [Statusbescheinigung] vorlegt, so hat der Entrichtungspflichtige die Kapitalertragsteuer zu erstatten.',
      // blind 8: a list opened by the capitalised infinitive (KfSachvG § 3), a customs certificate (WeinG § 11), official
      // records coordinated with certified ones (TierSeuchErEinfV § 5)
      'Beizufügen sind 1. ein Lebenslauf mit Lichtbild; 2. eine amtlich beglaubigte Abschrift des [Führerscheins].',
      'Die Destillation ist der zuständigen Behörde durch Vorlage einer [zollamtlichen Bescheinigung] nachzuweisen.',
      'Die Genehmigung kann abhängig gemacht werden von dem Nachweis der Reinheit durch Vorlage der [amtlichen oder amtlich beglaubigten Prüfungsniederschriften] oder -zeugnisse.',
      // issue 8 (nachweis_vorlage misses of the dev sets): certificates named outside the strong triggers
      'Bei der Anmeldung zum Kurs ist die schriftliche [Teilnahmeberechtigung] vorzulegen.',
      'Der [Prüfungsnachweis] über die Ausbildereignung ist vor Beginn der letzten Prüfungsleistung zu erbringen.',
      'Die Eintragung in das Grundbuch ist erst zulässig, wenn dem Grundbuchamt die [Unanfechtbarkeit der Genehmigung] nachgewiesen ist.',
      'Betreibt die Behörde die Vollstreckung, ist dem Vollstreckungsantrag der [Bescheid gemäß § 9 Absatz 2] beizufügen.',
      'Dem Antrag ist eine [Ausfertigung der nach § 16 des Gesetzes aufgenommenen Niederschrift] beizufügen.',
      // dev 10 (AdVermiStAnKoV § 1, WeinV § 20a): what an application must contain is handed in with it, also the
      // register extract named by its purpose and the tax office's exemption notice
      'Der Antrag auf Anerkennung als Vermittlungsstelle muss insbesondere enthalten: 1. Satzung des Trägers, 2. [Auszug aus dem für die juristische Person maßgeblichen Register], 3. Wirtschaftsplan.',
      'Der Antrag muss insbesondere enthalten: 1. Satzung des Trägers, 2. vorläufige Bescheinigung über die Gemeinnützigkeit oder [Körperschaftsfreistellungsbescheid], 3. [Führungszeugnisse] für die Vertreter des Trägers.',
      'Anträge nach Absatz 1 müssen folgende Informationen enthalten: 1. den Zeitraum der Änderung, 2. eine [Bescheinigung der zuständigen obersten Landesbehörde] über die Anerkennung der besonderen Umstände.',
      // sweep 10 (AlkStV § 58, SeeBewachV § 14): a permit under another law, to be proven itself or handed in as a copy
      'Arzneimittelhersteller haben außerdem ihre [arzneimittelrechtliche Herstellungsberechtigung nachzuweisen].',
      'Hierbei sind Unterlagen mit den folgenden Angaben vorzulegen: 1. Name des Seeschiffes, 2. eine [Kopie der waffenrechtlichen Erlaubnis] gemäß § 28a des Waffengesetzes.',
      // Landesrecht dev 11 (LBO Saar § 73, blind 9 NBauO § 72): the authority's own permit held at the building site for it
      'Die [Baugenehmigung], die Bauvorlagen und die Bescheinigung über die Einweisung müssen an der Baustelle von Baubeginn an bereitgehalten werden.',
      '[Baugenehmigung] und Bauvorlagen müssen während der Ausführung von Bauarbeiten an der Baustelle vorgelegt werden können.',
      // rules-fed (Meisterprüfungsverordnungen, dev 5a/7/8): the Ausbilder-Eignung acquired under another regulation
      'Der [Erwerb der berufs- und arbeitspädagogischen Qualifikationen] nach der Ausbilder-Eignungsverordnung nach dem Berufsbildungsgesetz ist nachzuweisen. Der Nachweis ist vor Beginn der letzten Prüfungsleistung zu erbringen.',
      // rules-fed (VStG § 11, blind 7 SKAufG § 2): documents of a foreign authority, the foreign word on another noun
      'Der Steuerpflichtige hat den Nachweis über die Festsetzung und Zahlung der ausländischen Steuern durch Vorlage entsprechender [Urkunden] zu führen.',
      'Bei der Einreise kann die Vorlage eines von den Behörden des ausländischen Staates ausgestellten [amtlichen Gesundheitszeugnisses] verlangt werden.',
    ],
    accepted: [
      // a fee rule for the certificate, no duty to prove anything with it
      'Für die Erteilung eines Erbnachweises wird eine Gebühr nicht erhoben.',
      // the permit granted ("vorliegt"), or receiving the approved plans attached to it
      'Mit der Bauausführung darf erst begonnen werden, wenn die Baugenehmigung vorliegt.',
      'Der Baugenehmigung sind die mit einem Genehmigungsvermerk versehenen Bauvorlagen beizufügen.',
      // rules-fed: a foreign passport shares its word with the document coordinated after it (federal dev eidkg-8-2)
      'Die antragstellende Person hat sich unter Vorlage eines gültigen ausländischen Passes oder Personalausweises zu identifizieren.',
      // rules-fed: the same qualification proven by the exam of this procedure (dev 5a restmeistprv-2-4)
      'Der Prüfungsteil "Berufs- und arbeitspädagogische Qualifikationen" ist durch eine Prüfung gemäß der Ausbilder-Eignungsverordnung nachzuweisen. Die Aneignung der berufs- und arbeitspädagogischen Kenntnisse soll vor Zulassung erfolgen.',
      // blind 9 (KanalStTO § 1): a figure read from the document, nobody hands it in
      'Bei der Bemessung der Entgelte werden als Bruttoraumzahl zugrunde gelegt: bei Seeschiffen die Bruttoraumzahl nach dem Internationalen Schiffsmessbrief; bei Binnenschiffen die Hälfte der im Eichschein ausgewiesenen Tragfähigkeit.',
      // the entitlement as such, a point in time, the authority's own decision (issue 8 sweep)
      'Die Behörde kann den Leistungserbringer nach Ablauf von fünf Jahren seit der letzten Überprüfung seiner Teilnahmeberechtigung auffordern, die Voraussetzungen nachzuweisen.',
      'Die Sicherheit kann durch eine Hypothek nebst Zinsen seit dem Tag der Unanfechtbarkeit der Entscheidung erbracht werden.',
      'Ist ein Antrag nicht gestellt, kann in dem Bescheid gemäß § 2 ein Ausschluss festgestellt werden; die Voraussetzungen sind glaubhaft zu machen.',
      'Der Teilnahmeberechtigung ist ein Merkblatt beizufügen, das über das Anmeldeverfahren informiert.',
      // dev 10 sweep: an item that asks for data about a document, and a lead that asks for Angaben, hand nothing in
      'Der Antrag auf Anerkennung muss enthalten: 1. Name und Sitz des Trägers, 2. Angaben darüber, ob der Träger bereits ein Führungszeugnis für seine Vertreter besitzt.',
      'Der Antrag auf Eröffnung des Verfahrens muss enthalten: 1. die genaue Bezeichnung des Ereignisses, 2. die zur Berechnung notwendigen Angaben über die Anzahl der Reisenden, die das Schiff nach dem Schiffszeugnis befördern darf.',
      'Der Antrag auf Zulassung muss folgende Angaben enthalten: 1. Art des Befähigungszeugnisses, das erworben werden soll, 2. gewünschter Prüfungsort.',
      // a permit under another law that is only named (a firm holding it, a condition met) is nothing handed in
      'An Stelle der praktischen Tätigkeit muss eine dreijährige Tätigkeit in Betrieben mit Herstellungserlaubnis nachgewiesen werden.',
      'Dem Ersuchen soll zugestimmt werden, wenn die ausländische Stelle einen Bericht vorgelegt hat und eine erforderliche ausländerrechtliche Genehmigung erteilt oder zugesagt wurde.',
      'In der Genehmigungsurkunde ist der Betriebsbereich festzulegen.',
      'Die Genehmigungsurkunde ist schriftlich oder in elektronischer Form während der Fahrt mitzuführen und auf Verlangen zur Prüfung auszuhändigen.',
      'Einer juristischen Person darf die Genehmigungsurkunde erst ausgehändigt werden, wenn die Eintragung in das Register nachgewiesen ist.',
      // precision sample 8: proof by the permit's number, and an enabling provision on foreign certificates
      'Die Erlaubnis für eine einzelne Fahrt kann auch fernmündlich erteilt werden. In diesem Fall ist der Nachweis über die Erlaubnis durch Nennung der bei der Antragstellung mitgeteilten Erlaubnisnummer zu erbringen.',
      'Das Bundesministerium kann im Einvernehmen mit dem Bundesministerium für Wirtschaft durch Rechtsverordnung mit Zustimmung des Bundesrates im Ausland erworbene Prüfungszeugnisse den entsprechenden Zeugnissen über das Bestehen der Prüfungen nach diesem Gesetz gleichstellen.',
      // a figure read from the certificate; documents submitted earlier, as an adjective (dev 8 probe)
      'Werden Gebühren nach der Schiffsgröße erhoben, so ist die im amtlichen Schiffsmessbrief ausgewiesene Bruttoraumzahl zugrunde zu legen.',
      'Die Verordnung regelt das Verfahren zur Einsichtnahme in die zum Register eingereichten Dokumente und die Auskunft aus dem Stiftungsregister.',
      // a participle used as an adjective is no duty to submit (dev 8 precision probe: HufBeschlG § 8)
      'Die Bundesregierung kann durch Rechtsverordnung im Ausland erworbene Prüfungszeugnisse gleichstellen, wenn die in der Prüfung nachgewiesenen Fertigkeiten gleichwertig sind.',
      'Vom Ausweisinhaber darf nicht verlangt werden, den Personalausweis zu hinterlegen.',
      'Wenn eine Freistellungsbescheinigung vorliegt, gilt § 48 Absatz 4 entsprechend.',
      'Die Änderung ist nur dann unwesentlich, wenn die erforderlichen behördlichen Entscheidungen vorliegen.',
      'Hat die Nutzerin über ein Nutzerkonto den Identitätsnachweis erbracht, gilt die Schriftform als gewahrt.',
      'Jeder Person, die das 14. Lebensjahr vollendet hat, wird auf Antrag ein Führungszeugnis erteilt.',
      'Die Behörde kann mit Einwilligung des Antragstellers einen Auszug aus dem Gewerbezentralregister einholen.',
      'Die Behörde darf eine Auskunft aus dem Bundeszentralregister verarbeiten, die durch den Senator für Inneres als oberste Landesbehörde eingeholt wird.',
      'Die Meldebehörde übermittelt der Ausländerbehörde die Daten aus dem Melderegister.',
      'Dem Antrag ist ein ärztliches Attest beizufügen.',
      'Der Arbeitnehmer hat dem Arbeitgeber eine Bescheinigung des Kreditinstituts über die Verwahrung vorzulegen.',
      'Ein Bootszeugnis darf nur erteilt werden, wenn das Unternehmen nachgewiesen hat, dass das Sportboot fahrtauglich ist.',
      'Die Bootszeugnisse gelten weiter, wenn eine Kopie des Abnahmeprotokolls den Bootszeugnissen beigefügt wird.',
      'Wird ein Fahrerqualifizierungsnachweis wegen Verlust beantragt, ist eine Erklärung über den Verlust vorzulegen.',
      'Das Bundesinstitut hat die Ausfuhrgenehmigung zu versagen, wenn der Nachweis nicht erbracht ist.',
      'Auf der Grundlage der vorgelegten Schulungsbescheinigung stellt die Luftsicherheitsbehörde ein Befähigungszeugnis aus, sofern die Schulung erfolgreich war.',
      'Die Bescheinigungen sind vom Hersteller auszustellen und dem Käufer vorzulegen.',
      // the minutes of a party's nomination meeting come from the party, not from a public body
      'Eine Ausfertigung der Niederschrift über die Wahl des Bewerbers ist mit dem Kreiswahlvorschlag einzureichen.',
      'Die Passbehörde stellt dem Antragsteller einen neuen Pass aus.',
      'Personenstandsurkunden zur Vorlage bei den Entschädigungsbehörden sind gebührenfrei auszustellen.',
      'Der Genehmigungsbescheid ist dem Antragsteller und der Gemeinde zuzustellen.',
      'Die Aufstellung ist der Bauaufsichtsbehörde unter Vorlage des Prüfbuchs nach Absatz 5 Satz 2 oder unter Angabe der wesentlichen Daten anzuzeigen.',
      'Die Auszahlung erfolgt in dem im Zulassungsbescheid ausgewiesenen Kalenderjahr.',
      'Sofern eine Bestätigung eines Jahresabschlussprüfers für den Träger der Ausbildung vorliegt, ist auch diese vorzulegen.',
      // a document merely called foreign cannot be fetched from a German register (the exception's own example)
      'Dem Antrag ist eine ausländische Heiratsurkunde beizufügen.',
      // the authority issues the certificate; nobody has to hand it in
      'Die zuständige Behörde stellt auf Antrag eine Tiergesundheitsbescheinigung aus.',
      // blind 8: proof by an exam for the licence still to be acquired (SpFV § 8); a private expert's certificate named
      // right after the word, beside a public decision elsewhere in the sentence (LBO Saar § 68)
      'Die Befähigung ist durch eine Prüfung nachzuweisen, deren Inhalt sich nach dem Geltungsbereich des zu erwerbenden Sportbootführerscheins bestimmt.',
      'Die Zulassung einer Abweichung durch die Bauaufsichtsbehörde setzt voraus, dass die Bauherrin eine Bescheinigung einer oder eines Prüfsachverständigen vorlegt.',
    ],
  },
});
