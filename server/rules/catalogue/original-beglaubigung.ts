import type { AmendmentEdit } from '../amendment';
import type { MatchContext } from '../context';
import {
  ELECTRONIC_EXCLUDED,
  HANDED_IN,
  HANDED_IN_SEPARABLE,
  LIST_LEAD_IN,
  isBareServedCopy,
  ORDINANCE_CONTENT_LEAD,
  OWN_FILE,
  OWN_FILE_LIST,
  PUBLIC_DEED,
  modalSeverity,
} from '../lexicon';
import { defineRule } from '../types';

/**
 * Duties to hand over documents; an "Original" is only a hurdle when it has to be submitted, or carried to be shown on
 * inspection ("Der Fahrer hat das Original der Bescheinigung … mitzuführen").
 */
const SUBMIT = new RegExp(
  `${/mitzuführen|mitgeführt|(?:mit|bei)\s+sich\s+zu\s+führen|abzuliefern|abgeliefert|vorliegen|vorzulegen|vorgelegt|vorlegen|vorlegt|einreicht|nachzureichen|nachgereicht|beizufügen|beigefügt|beifügen|einzureichen|eingereicht|einreichen|beizubringen|beigebracht|zu übersenden|übersandt|zu übermitteln|auszuhändigen|vorzuweisen|vorzuzeigen|vorzeigen|zurückzugeben|Vorlage\b(?!\s+bei\s+einer\s+Behörde)|zu hinterlegen|hinterlegt|Übersendung/.source}|${HANDED_IN_SEPARABLE.source}`,
);
/** Form requirements of certification: "bedarf der notariellen Beurkundung", "in öffentlich beglaubigter Form". */
const FORM_DEMAND = /\b(?:wird|werden)\b[^.;]{0,80}\bbeurkundet\b|\bbedarf\b|\bbedürfen\b|\bmu(?:ss|ß)(?![\wäöüß])|\bmüssen\b|\bist\b[^.;]{0,120}\bzu\s+(?:beglaubigen|beurkunden)|\bsind\b[^.;]{0,120}\bzu\s+(?:beglaubigen|beurkunden)|beglaubigte[nr]?\s+Form|erfordert|erforderlich|\bbeurkundet\w*\b[^.;]{0,80}\b(?:vorzulegen|beizufügen|einzureichen|beizubringen|nachzuweisen)\b/;
/** A plain copy is enough, or the certification is electronic itself. */
const COPY_OK =
  /(?:Kopie|Abschrift|Ablichtung|Abbild)\w*\s+(?:\S+\s+){0,4}genügt|genügt\s+(?:\S+\s+){0,5}(?:Kopie|Abschrift|Ablichtung)|elektronische[ns]?\s+(?:Dokument|Kopie|Abschrift|Abbild|Zeugnis)|[Ee]lektronisch\s+(?:beglaubigt|übermittelt\w*\s+(?:Kopie|Abschrift))|§\s*39a|§\s*40a|§§\s*16a|in\s+elektronischer\s+Form|elektronisch\s+(?:\S+\s+){0,2}(?:vorgelegt|übermittelt|mitgeführt|eingereicht)|Videokommunikation|Scan/;
/** A sentence that lets a plain or electronic copy do; "in elektronischer Form ist ausgeschlossen" lets none. */
const copySuffices = (s: string) => COPY_OK.test(s.replace(CERTIFIED_COPY, 'Urkunde')) && !ELECTRONIC_EXCLUDED.test(s);
/**
 * A certified copy ("öffentlich beglaubigte Abschrift", "amtlich beglaubigten Kopie"): no plain copy, even where it
 * "genügt"; an electronically certified one is electronic, and one named after "statt" is what is replaced.
 */
const CERTIFIED_COPY = /(?<![Ee]lektronisch\s+)(?<!\bstatt\s+(?:\S+\s+)?)\bbeglaubigte[nrs]?\s+(?:Kopie|Abschrift|Ablichtung|Abbild)\w*/g;
/** A plain copy offered beside the certified one, each with its own "als" ("als Abschrift oder als beglaubigte Ablichtung"). */
const PLAIN_COPY_ALTERNATIVE =
  /\bals\s+(?:einfache[nr]?\s+)?(?:Kopie|Abschrift|Ablichtung|Fotokopie)\s+oder\s+als\s+(?:\S+\s+)?beglaubigte[nr]?\s|\bals\s+(?:\S+\s+)?beglaubigte[nr]?\s+(?:Kopie|Abschrift|Ablichtung)\s+oder\s+als\s+(?:einfache[nr]?\s+)?(?:Kopie|Abschrift|Ablichtung|Fotokopie)\b/;
/** The clause around a hit asks whether a copy exists ("Ist eine Ausfertigung … nicht vorhanden, so …"). */
const EXISTENCE_CASE = /^\s*(?:\(\d+[a-z]?\)\s*)?(?:Ist|Sind|[Ww]enn|[Ss]oweit|[Ss]ofern|[Ff]alls)\b[^;]*\bvorhanden\b/;
const OPENING_CONDITION = /^(?:\(\d+[a-z]?\)\s*)?(?:Soweit|Sofern|Wenn|Falls)\s[^,;]*,\s*/;
// "Die Gemeinde kann Unterschriften beglaubigen" grants the power as well ("kann … beglaubigen lassen" is the citizen's
// act), and so does the power to hand certified copies out ("darf … Personen, die ein Interesse glaubhaft machen, …
// beglaubigte Abschriften aushändigen")
const AUTHORITY_POWER =
  /\b(?:befugt|zuständig|ermächtigt|Zuständigkeit|beglaubigt\s+werden\s+können|(?:darf|kann|können)\s+(?:\S+\s+){0,4}beglaubigen(?!\s+(?:zu\s+)?lassen)|(?:darf|kann)\s+(?:\S+\s+){0,30}?beglaubigte\s+(?:Abschriften|Kopien|Auszüge|Ablichtungen)\s+(?:\S+\s+){0,3}?(?:aushändigen|erteilen|ausstellen|übersenden))\b/;
/** "von einer Person zu beglaubigen, die … hierzu befugt ist": the power describes who certifies, it grants nothing. */
const CERTIFIER_CLAUSE = /,\s*(?:die|der|welche[rs]?)\s[^.;:,]*?\b(?:hierzu|dazu)\s+(?:\S+\s+){0,2}?(?:befugt|ermächtigt)\b[^,.;]*/g;
/**
 * A certified translation in other words: "eine Übersetzung, deren Richtigkeit von einer … befugten Person bestätigt
 * worden ist", "Die Richtigkeit der Übersetzung ist von einer Person zu beglaubigen".
 */
const TRANSLATION_CERTIFIED = /Übersetzung[^.;]{0,80}\bRichtigkeit|Richtigkeit\s+(?:der|einer)\s+Übersetzung/;
// the certifier may be named by a list of states ("von einer 1. in einem Mitgliedstaat … oder 2. … befugten Person bestätigt")
const CERTIFIED_BY = /^[^;]{0,40}?\bvon\s+(?:einer|einem|dem|der)\s[^;]{0,400}?\b(?:bestätigt|bescheinigt|beglaubigt|zu\s+bestätigen|zu\s+bescheinigen|zu\s+beglaubigen)\b/;

/**
 * "Ausfertigung des/der …" followed by a decision, order, contract, deed, declaration or permit: the official copy. The head noun is
 * matched inside compounds too, where it is written in lower case ("des Einstellungsbeschlusses", "der
 * Einfuhrgenehmigung", "des Probenahmeprotokolls").
 */
const ISSUED_DOCUMENT_AFTER =
  /^\s+(?:des|der|ihrer|seiner|ihres|seines|dieses|dieser)\s+(?:(?:nach|gemäß)\s+(?:§§?|Artikel|Art\.)\s*[^,;]{0,60}?\s+)?(?:\S+\s+){0,4}[\wäöüßÄÖÜ/-]*(?:[Uu]rteil|[Bb]eschluss|[Bb]eschlusses|[Ee]ntscheidung|[Tt]itel|[Uu]rkunde|[Ss]chiedsspruch|[Vv]ergleich|Vollstreckungs|[Ee]rklärung|[Bb]escheid\w*|[Vv]ertrag(?:es|s)?\b|[Ee]rbschein\w*|[Tt]estament\w*|[Vv]ollmacht|[Vv]erfügung|[Bb]estätigung|[Gg]enehmigung|[Ee]rlaubnis|Bauvorlagen|[Pp]rotokoll\w*|[Nn]iederschrift\w*|[Zz]eugnis\w*)/;

/**
 * "Das Probenahmeprotokoll ist … vorzulegen, eine Ausfertigung ist ihm zu überlassen": the document was named earlier in
 * the sentence, and "eine Ausfertigung" of it is handed over.
 */
const DOCUMENT_NAMED_BEFORE =
  /^(?:\(\d+[a-z]?\)\s*)?(?:Der|Die|Das)\s+(?:\S+\s+)?[\wäöüßÄÖÜ-]*(?:[Pp]rotokoll|[Nn]iederschrift|[Bb]escheid|[Uu]rkunde|[Bb]escheinigung|[Bb]estätigung|[Bb]eschluss|[Uu]rteil)\w*\b/;
const COPY_HANDED_OVER = /^\s+(?:ist|wird|sind|werden)\s+(?:\S+\s+){0,4}?(?:zu\s+überlassen|auszuhändigen|zu\s+übersenden|zuzuleiten|zu\s+übergeben|zuzustellen)\b/;
const namedCopyHandedOver = (ctx: MatchContext) =>
  /\b(?:eine|je\s+eine)\s+$/.test(ctx.lead(12)) && DOCUMENT_NAMED_BEFORE.test(ctx.before) && COPY_HANDED_OVER.test(ctx.trail(80));

/** An authority or chamber as the one a document goes to. */
const AUTHORITY_RECIPIENT = /[Bb]ehörde|amt\b|[Ss]telle\b|Gemeinde|Kammer|Verwaltung\b/;
/** Things, not documents: finds, monuments, works of art are kept or delivered "im Original" as objects. */
const ORIGINAL_THING = /\b(?:(?:Boden|Zufalls)?[Ff]und(?:e|es|stücke?)?|\w*[Dd]enkmal(?:s|e|es)?|\w*[Dd]enkmäler[n]?|Kunstwerke?|Kulturgut|Kulturgüter)\b/;

/** "die zweite Ausfertigung der Freistellungsbescheinigung": a numbered part of a multi-part paper form, no certified copy. */
const NUMBERED_COPY_BEFORE = /\b(?:erste|zweite|dritte|vierte|weitere)[nr]?\s+$/;

/** "die mit dem Bestätigungsvermerk versehene Ausfertigung": an endorsed, official copy whatever document it is of. */
const ENDORSED_BEFORE = /\bmit\s+(?:de[mn]|einem|ihrem|seinem)\s+[\wäöüßÄÖÜ-]*(?:[Vv]ermerk|[Ss]iegel|[Ss]tempel)\s+versehenen?\s+$/;

/** The hit is the word "beurkunden/Beurkundung" itself, not a deed whose name holds the letters ("Originalsterbeurkunde"). */
const NOTARIAL_WORD = /^[Bb]eurkund/;

/** Texts of this rule, keyed by id; a lawyer edits them here. */
const TEXTS = {
  onlineNotary: 'Die Beurkundung kann auch mittels Videokommunikation nach den §§ 16a bis 16e des Beurkundungsgesetzes erfolgen.',
  onlineCertification: 'Die öffentliche Beglaubigung kann auch im Wege der Videokommunikation nach § 40a des Beurkundungsgesetzes vorgenommen werden.',
  /** Beurkundung by an authority (not a notary): the electronic record of the declaration. */
  authorityRecord: 'Die Beurkundung kann auch in elektronischer Form vorgenommen werden; § 3a Absatz 2 des Verwaltungsverfahrensgesetzes gilt entsprechend.',
  copy: 'Die Unterlagen können auch elektronisch als Kopie übermittelt werden; nur bei begründeten Zweifeln an der Echtheit kann die zuständige Behörde die Vorlage des Originals oder einer beglaubigten Abschrift verlangen.',
};

function edit(ctx: MatchContext): AmendmentEdit {
  if (NOTARIAL_WORD.test(ctx.text)) {
    const notarial = /notariell|Notar/.test(ctx.lead(60) + ctx.trail(60));
    return { kind: 'appendSentence', sentence: notarial ? TEXTS.onlineNotary : TEXTS.authorityRecord };
  }
  if (/öffentlich\s+$/.test(ctx.lead(14))) return { kind: 'appendSentence', sentence: TEXTS.onlineCertification };
  return { kind: 'appendSentence', sentence: TEXTS.copy };
}

/** Notarial acts and public certification have their own online procedures in the BeurkG, whoever asks for them. */
function notarialBasis(ctx: MatchContext): string[] | undefined {
  if (NOTARIAL_WORD.test(ctx.text) && /notariell|Notar/.test(ctx.lead(60) + ctx.trail(60))) return ['§§ 16a bis 16e BeurkG', '§ 128 BGB'];
  if (/öffentlich\s+$/.test(ctx.lead(14))) return ['§ 40a BeurkG', '§ 129 BGB'];
  return undefined;
}

export const originalBeglaubigung = defineRule({
  id: 'original-beglaubigung',
  title: 'Original, Urschrift oder beglaubigte Kopie',
  category: 'original_beglaubigung',
  principle: 1,
  severity: 'hoch',
  source: 'Digitalcheck 2025, Prinzip 1.1; § 5 Abs. 1 EGovG (elektronische Nachweise)',
  explanation:
    'Die Vorschrift verlangt Originale, Urschriften, beglaubigte Abschriften oder eine amtliche bzw. notarielle Beglaubigung oder Beurkundung. Papieroriginale lassen sich nicht digital übermitteln; nach § 5 Abs. 1 EGovG genügen grundsätzlich elektronische Kopien, bei Zweifeln kann das Original nachgefordert werden. Für notarielle Akte gibt es die Online-Verfahren des Beurkundungsgesetzes.',
  vocabulary: [
    'Original{e,en,s}',
    ...['urkunde', 'dokument', 'beleg', 'unterlage', 'rechnung', 'vollmacht', 'ausfertigung', 'zeugnis', 'bescheinigung'].map((w) => `Original${w}*`),
    // the original of a civil-status deed in one word ("gegen Vorlage der Originalsterbeurkunde")
    'Original{geburts,sterbe,heirats,ehe,abstammungs,personenstands,einbürgerungs}urkunde*',
    'Urschrift{en}',
    // "ist urschriftlich einzureichen": the original under its adverb (Bavarian and older Land drafting)
    'urschriftlich{e,en,em,er,es}',
    'beglaubig*',
    'Beglaubigung{en}',
    'Beglaubigungsvermerk{e,en,s,es}',
    'beurkund*',
    'Beurkundung',
    // the form named by its adjective ("Der Gesellschaftsvertrag bedarf notarieller Form")
    'notariell{e,en,er} Form',
    'Apostille',
    'Legalisation',
    'legalisiert*',
    'Ausfertigung{en}',
    // a certified translation in other words ("eine Übersetzung, deren Richtigkeit von einer … befugten Person bestätigt worden ist")
    'Richtigkeit',
    // a certified translation by its maker ("eine Übersetzung, die von einem öffentlich bestellten oder beeidigten
    // Übersetzer gefertigt ist")
    'beeidigt{e,en,em,er,es} Übersetzer*',
    'vereidigt{e,en,em,er,es} Übersetzer*',
    // the interpreter sworn in for translations ("eine Übersetzung durch einen vereidigten Dolmetscher")
    'beeidigt{e,en,em,er,es} Dolmetscher*',
    'vereidigt{e,en,em,er,es} Dolmetscher*',
    // the same by appointment ("von einem öffentlich bestellten Übersetzer angefertigt", "eine hierzu ermächtigte Übersetzerin")
    'öffentlich bestellt{e,en,em,er,es} Übersetzer*',
    'ermächtigt{e,en,em,er,es} Übersetzer*',
  ],
  guards: { condition: false, fiction: false, electronic: false },
  exceptions: [
    {
      id: 'wirkung-oeffentliche-urkunde',
      rationale: '„… haben die Eigenschaft öffentlich beglaubigter Urkunden“ beschreibt die Beweiskraft eines Dokuments, es verlangt keine Beglaubigung.',
      when: (ctx) => ctx.sentenceMatches(PUBLIC_DEED),
      example: 'Mit dem Dienstsiegel versehene Erklärungen der Bank haben die Eigenschaft öffentlich beglaubigter Urkunden.',
    },
    {
      id: 'inhalt-einer-verordnung',
      rationale: 'Was eine Rechtsverordnung bestimmen kann („In der Verordnung kann auch bestimmt werden …“), ordnet selbst keine Beurkundung an.',
      when: (ctx) => ctx.leadInOpen(ORDINANCE_CONTENT_LEAD),
      example:
        'In der Verordnung kann auch bestimmt werden 1. das Verfahren zur Ermittlung der Verkehrswerte, 2. dass ein Angebot nicht innerhalb der Frist zum Abschluss eines notariell beurkundeten Kaufvertrages führt.',
    },
    {
      id: 'abschrift-auf-antrag-ausgestellt',
      rationale: 'Beglaubigte Abschriften oder Ausfertigungen, die eine Stelle auf Antrag ausstellt oder erteilt, sind ein Angebot an die Antragstellerin; verlangt wird von ihr nichts.',
      stage: 'trigger',
      // also Ausfertigungen of a judgment granted to the parties on their application (dev set 13, VwGO § 168)
      when: (ctx) =>
        (/^beglaubigt/.test(ctx.text) || (/^Ausfertigung/.test(ctx.text) && !/vollstreckbare\s+$/.test(ctx.lead(20)))) &&
        ctx.sentenceMatches(/\b[Aa]uf\s+(?:\S+\s+)?Antrag\b/) &&
        ctx.sentenceMatches(/\b(?:stellt|stellen)\s[^.;]{0,120}\baus\b|\b(?:werden|wird)\s[^.;]{0,80}\b(?:erteilt|ausgestellt)\b|\b(?:erteilt|erteilen)\s/) &&
        !ctx.sentenceMatches(SUBMIT),
      example: 'Die Hochschule stellt auf Antrag beglaubigte Abschriften der Zeugnisse aus.',
    },
    {
      id: 'original-aufzubewahren',
      rationale: 'Originale aufzubewahren ist eine Frage der Aktenführung (Regel Papierakte), keine Vorlage eines Originals oder einer Beglaubigung.',
      when: (ctx) =>
        /^Original/.test(ctx.text) &&
        /^[^.;]*?\b(?:aufzubewahren|aufbewahrt\s+werden)\b/.test(ctx.trail(400)) &&
        !/^[^.;]*?\b(?:vorzulegen|beizufügen|einzureichen|zu\s+übersenden|zu\s+übermitteln|auszuhändigen)\b/.test(ctx.trail(400)),
      example: 'Die Träger haben die Originalbelege der Ausgaben mindestens fünf Jahre nach Vorlage des Tätigkeitsnachweises aufzubewahren.',
    },
    {
      id: 'kennzeichnung-der-abschrift',
      rationale: '„Die Auszüge und beglaubigten Kopien sind als solche zu bezeichnen“ regelt, wie ausgegebene Abschriften gekennzeichnet werden; verlangt wird keine Beglaubigung.',
      // not where the Absatz also demands the documents ("in dreifacher Ausfertigung vorgelegt werden; die Urschrift …
      // sind als solche zu kennzeichnen")
      when: (ctx) =>
        ctx.sentenceMatches(/\bsind\s+als\s+solche\s+(?:zu\s+bezeichnen|zu\s+kennzeichnen|kenntlich\s+zu\s+machen)\b/) &&
        !ctx.paragraphMatches(/vorzulegen|vorgelegt|beizufügen|beigefügt|einzureichen|eingereicht|beizubringen/),
      example: 'Die Auszüge und beglaubigten Kopien sind als solche zu bezeichnen.',
    },
    {
      id: 'vermerk-ohne-pflicht',
      rationale: 'Der Beglaubigungsvermerk ist nur ein Hindernis, wo ein Dokument ihn tragen muss; „kann mit dem Beglaubigungsvermerk verbunden werden“ regelt seine Gestalt.',
      stage: 'trigger',
      when: (ctx) => /^Beglaubigungsvermerk/.test(ctx.text) && !ctx.sentenceMatches(/zu\s+versehen|versehen\s+(?:sein|werden|ist|sind)|\btragen\b|enthalten\s+muss|beizufügen|vorzulegen|einzureichen/),
      example: 'Der Vermerk kann mit dem Beglaubigungsvermerk verbunden werden.',
    },
    {
      id: 'ausfertigung-ohne-titel',
      rationale: 'Nur die Ausfertigung einer Entscheidung, Urkunde oder Erklärung ist eine amtliche Abschrift; „in dreifacher Ausfertigung“ prüft die Papier-Regel.',
      stage: 'trigger',
      when: (ctx) =>
        /^Ausfertigung/.test(ctx.text) &&
        (!ISSUED_DOCUMENT_AFTER.test(ctx.trail(140)) || NUMBERED_COPY_BEFORE.test(ctx.lead(20))) &&
        // "Der Erbschein ist in Ausfertigung vorzulegen": the document to be submitted as its official copy (no number before it)
        !(/\bin\s+$/.test(ctx.lead(6)) && ctx.sentenceMatches(SUBMIT)) &&
        !ENDORSED_BEFORE.test(ctx.lead(80)) &&
        !namedCopyHandedOver(ctx) &&
        // "Die Entscheidungen sind dem Bundeszentralregister durch Übersendung einer Ausfertigung mitzuteilen": the
        // document was named before; it is communicated as its official copy
        !/(?:^|\s)(?:Übersendung|Übergabe|Zusendung)\s+(?:einer|von)\s+$/.test(ctx.lead(30)) &&
        !isBareServedCopy(ctx),
      example: 'Die Unterlagen sind in dreifacher Ausfertigung einzureichen.',
    },
    {
      id: 'original-nur-bei-zweifeln',
      rationale: 'Das Original nur bei begründeten Zweifeln an der Echtheit nachzufordern ist der Regelweg des § 5 Abs. 1 EGovG: sonst genügt die Kopie.',
      when: (ctx) =>
        /^(?:Original|Urschrift|beglaubig)/.test(ctx.text) &&
        // also "kann nur bei begründeten Zweifeln verlangt werden"
        ctx.sentenceMatches(/\bZweifel\w*\s+(?:\S+\s+){0,3}(?:Echtheit|Richtigkeit|Übereinstimmung)\b|\bnur\s+bei\s+(?:begründeten\s+|berechtigten\s+)?Zweifeln\b/) &&
        ctx.sentenceMatches(/\b(?:kann|können|darf|dürfen)\b[^.;]{0,120}\b(?:verlangen|anfordern|nachfordern|verlangt|angefordert|nachgefordert)\b/),
      example: 'Die Behörde kann die Vorlage des Originals verlangen, wenn Zweifel an der Echtheit der Kopie bestehen.',
    },
    {
      id: 'beurkundung-nicht-notariell',
      rationale: 'Nur die notarielle Beurkundung ist eine Formpflicht der Beteiligten; das Standesamt beurkundet selbst (Register).',
      stage: 'trigger',
      // an authority's own Beurkundung of a contract or declaration is a form requirement too; register entries are not
      when: (ctx) =>
        NOTARIAL_WORD.test(ctx.text) &&
        !/notariell|Notar/.test(ctx.lead(60) + ctx.trail(60)) &&
        // the minutes of a general meeting are a notarial record (§ 130 AktG): "in der Verhandlungsniederschrift zu beurkunden"
        !/Verhandlungsniederschrift|Niederschrift\s+über\s+die\s+\S*[Vv]ersammlung/.test(ctx.lead(80)) &&
        (ctx.sentenceMatches(/[Rr]egister|Standesamt|Standesbeamt|Personenstand|Geburt|Eheschließung|Sterbefall/) ||
          !/\b(?:von|durch|vor)\s+(?:der|dem|einer|einem)\s+(?:\S+\s+)?(?:\S*[Bb]ehörde|Gemeinde\w*|\S*[Ss]telle|\S*[Aa]mt|Urkundsbeamt\w*)\b/.test(ctx.lead(80) + ctx.text + ctx.trail(80))),
      example: 'Die Geburt eines Kindes wird im Geburtenregister beurkundet.',
    },
    {
      id: 'diplomatisch-beglaubigt',
      rationale: '„Beglaubigte diplomatische Vertretung“ heißt akkreditiert, nicht beglaubigt.',
      stage: 'trigger',
      // "Er beglaubigt und empfängt die Gesandten" (Art. 59 GG): the envoy, a person, is accredited
      when: (ctx) =>
        /^beglaubigt/.test(ctx.text) &&
        /^\s+(?:\S+\s+)?(?:diplomatisch|konsularisch|Vertretung|Mission|Botschaft)|^\s+(?:und\s+\S+\s+)?(?:die|den)\s+(?:\S+\s+)?(?:Gesandt|Botschafter|Missionsch)/.test(ctx.trail(40)),
      example: 'Steuerfrei ist das Halten von Fahrzeugen, die für eine bei der Bundesrepublik Deutschland beglaubigte diplomatische Vertretung zugelassen sind, wenn die Zulassung nachgewiesen ist.',
    },
    {
      id: 'straf-oder-notarrecht',
      rationale: 'Strafrecht (Urkundenfälschung) und Beurkundungsrecht regeln Urkunden selbst; das notarielle Verfahren ist die Beglaubigung.',
      when: (ctx) => ctx.profile.domain === 'straf' || ctx.profile.domain === 'notar',
      example: 'Der Notar hat die Urschrift der Niederschrift zu verwahren und vorzulegen.',
      exampleLaw: 'BeurkG',
    },
    {
      id: 'vertragsurkunde-im-archiv',
      rationale: 'Ratifikationsurkunden und Urschriften völkerrechtlicher Verträge werden hinterlegt; niemand muss sie in einem Verfahren vorlegen.',
      when: (ctx) => ctx.sentenceMatches(/Ratifikation/),
      example: 'Die Ratifikationsurkunden und Urschriften dieses Vertrages werden im Staatsarchiv hinterlegt.',
    },
    {
      id: 'abschrift-zur-eigenen-akte',
      rationale: 'Eine Ausfertigung oder beglaubigte Abschrift, die die Behörde zu ihrer eigenen Akte nimmt (Personalgrundakte), ist Aktenführung; niemand muss sie vorlegen.',
      stage: 'trigger',
      // a document handed in elsewhere in the sentence ("… dem Grundbuchamt vorgelegt worden ist; … zu den Grundakten zu nehmen") still counts
      when: (ctx) => (ctx.sentenceMatches(OWN_FILE) || ctx.leadInMatches(OWN_FILE_LIST)) && !ctx.sentenceMatches(HANDED_IN),
      example: 'Eine Ausfertigung des Abschlusszeugnisses oder eine beglaubigte Kopie wird zur Personalgrundakte genommen.',
    },
    {
      id: 'beglaubigung-als-zustaendigkeit',
      rationale: '„Die Beglaubigung … erteilt das Bundesverwaltungsamt“ bestimmt, wer beglaubigt; es verlangt von niemandem eine Beglaubigung.',
      stage: 'trigger',
      when: (ctx) =>
        /^Beglaubigung/.test(ctx.text) &&
        // the sentence may hold dates ("vom 13. Mai 1975"), so the verb is looked for in the whole sentence
        ctx.sentenceMatches(/\berteilt\s+(?:das|die|der)\s+(?:\S+\s+)?\S*(?:amt|behörde|ministerium|stelle|gericht|vertretung)\b/i) &&
        !ctx.sentenceMatches(SUBMIT),
      example: 'Die Beglaubigung nach Artikel 3 des Abkommens erteilt das Bundesverwaltungsamt für Urkunden aus dem Geschäftsbereich der Behörden des Bundes.',
    },
    {
      id: 'beglaubigung-als-taetigkeit',
      rationale: '„Bescheinigungen und Beglaubigungen“ als Tätigkeitsbereich oder Ausbildungsinhalt nennen eine Aufgabe der Behörde; von niemandem wird eine Beglaubigung verlangt.',
      stage: 'trigger',
      // the plural noun as an item of a list, without any demand in its sentence ("Einweisung in folgende Tätigkeitsbereiche: … Bescheinigungen und Beglaubigungen")
      when: (ctx) =>
        /^(?:Beglaubigungen|Beurkundungen)$/.test(ctx.text) &&
        /(?:,|:|\bund|\boder|\bsowie)\s+(?:\S+\s+){0,2}$/.test(ctx.lead(40)) &&
        !ctx.sentenceMatches(SUBMIT) && !ctx.sentenceMatches(FORM_DEMAND) && !ctx.sentenceMatches(/\bverlang\w*|\bzu\s+(?:beglaubigen|beurkunden)\b/),
      example:
        'Die praktische Ausbildung an einer Auslandsvertretung umfasst die Einweisung in folgende Tätigkeitsbereiche: 1. Verwaltung, 2. Rechts- und Konsularwesen, insbesondere Pass- und Visastelle, Bescheinigungen und Beglaubigungen.',
    },
    {
      id: 'beeidigter-uebersetzer-ohne-uebersetzung',
      rationale: 'Der beeidigte, öffentlich bestellte oder ermächtigte Übersetzer (oder vereidigte Dolmetscher) ist nur als Urheber einer vorzulegenden Übersetzung eine Beglaubigungsform; seine Bestellung oder Vergütung verlangt nichts.',
      stage: 'trigger',
      when: (ctx) =>
        /^(?:(?:be|ver)eidigt|öffentlich\s+bestellt|ermächtigt)/.test(ctx.text) &&
        !(ctx.sentenceMatches(/Übersetzung/) && (ctx.sentenceMatches(SUBMIT) || ctx.sentenceMatches(/\b(?:muss|müssen)\b|\bsind\s+\S+\s+zu\b|\bist\s+\S+\s+zu\b/))),
      example: 'Die Landesjustizverwaltung führt ein Verzeichnis der allgemein beeidigten Übersetzerinnen und Übersetzer.',
    },
    {
      id: 'beglaubigung-verneint',
      rationale: '„beglaubigt keine Unterschriften“, „beglaubigt nicht“: die Behörde lehnt die Beglaubigung ab, niemand muss eine beibringen.',
      stage: 'trigger',
      when: (ctx) => /^beglaubig(?:t|en)$/.test(ctx.text) && /^\s+(?:keine[nmrs]?|nicht)\b/.test(ctx.trail(10)),
      example: 'Die Meldebehörde beglaubigt keine Unterschriften.',
    },
    {
      id: 'original-als-sache',
      rationale: 'Ein Bodenfund, ein Denkmal oder ein Kunstwerk „im Original“ ist eine Sache, kein Dokument, dessen Urschrift vorzulegen wäre.',
      when: (ctx) => /^(?:im |in )?Original/.test(ctx.text) && ctx.sentenceMatches(ORIGINAL_THING),
      example: 'Bewegliche Funde sind im Original an das Landesamt für Denkmalpflege abzuliefern.',
    },
    {
      id: 'original-ohne-vorlage',
      rationale: 'Ein Original, eine Urschrift oder Apostille ist nur ein Hindernis, wenn sie vorzulegen, beizufügen oder zu übersenden ist.',
      // indicative duties count: "Die Originale … werden den zuständigen Behörden übermittelt"
      // "Dem Antrag sind beizufügen: 1. Originalrechnungen": the duty stands in the lead-in of the list
      when: (ctx) =>
        /^(?:im |in )?Original|^Urschrift|^Apostille|^Legalis|^legalis/.test(ctx.text) &&
        !ctx.sentenceMatches(SUBMIT) &&
        !ctx.sentenceMatches(/\b(?:wird|werden)\b[^.;]{0,500}\b(?:übermittelt|übersandt|zugeleitet)\b/) &&
        // files handed over "auch im Original" to an oversight body ("herauszugeben", "zur Verfügung zu stellen")
        !ctx.sentenceMatches(/\bherauszugeben\b|\bzur\s+Verfügung\s+zu\s+stellen\b/) &&
        // handed to an authority in the original ("Der Meldebehörde ist die Abmeldebescheinigung im Original zu übergeben")
        !(ctx.sentenceMatches(/\bzu\s+übergeben\b/) && ctx.sentenceMatches(AUTHORITY_RECIPIENT)) &&
        !ctx.leadInMatches(LIST_LEAD_IN),
      example: 'Die Urschrift des Vertrags verbleibt beim Bundesamt.',
    },
    {
      id: 'beweiskraft',
      rationale: '„Eine beglaubigte Abschrift der Eintragung … erbringt vollen Beweis“ regelt, was eine Urkunde beweist; verlangt wird sie damit nicht.',
      when: (ctx) =>
        ctx.sentenceMatches(/\b(?:erbringt|erbringen|begründet|begründen|liefert|liefern)\s+(?:den\s+)?(?:vollen\s+)?Beweis\b/) && !ctx.sentenceMatches(SUBMIT),
      example: 'Eine beglaubigte Abschrift der Eintragung der Ehe in das Standesregister erbringt vollen Beweis der Eheschließung.',
    },
    {
      id: 'beglaubigung-als-vergangene-handlung',
      rationale: '„Der Notar, der … Unterschriften beglaubigt hat“ bezeichnet, wer früher beglaubigt hat; verlangt wird keine Beglaubigung.',
      // the perfect tense in the active voice ("beglaubigt hat/haben"); a demand is passive ("beglaubigt sein/werden")
      when: (ctx) => ctx.text === 'beglaubigt' && /^\s+(?:hat|haben|hatte|hatten)\b/.test(ctx.trail(10)),
      example:
        'Auf Ersuchen des Gerichts hat der Notar, der Unterschriften unter solchen Erklärungen beglaubigt hat, in entsprechendem Umfang Auskunft zu erteilen.',
    },
    {
      id: 'vergangene-beurkundung',
      rationale: 'Eine Übergangsregel über die Wirksamkeit früher vorgenommener Beurkundungen oder Beglaubigungen verlangt keine neue.',
      // a past act ("die … vorgenommen worden sind") together with its validity ("sind nicht … unwirksam", "bleiben wirksam")
      when: (ctx) =>
        ctx.sentenceMatches(/\b(?:vorgenommen|erteilt|errichtet|ausgestellt|aufgenommen)\s+worden\s+(?:sind|ist)\b/) &&
        ctx.sentenceMatches(/\b(?:unwirksam|wirksam|gültig|ungültig|rechtswirksam)\b/),
      example:
        'Beglaubigungen, die vor Inkrafttreten dieses Gesetzes vorgenommen worden sind, sind nicht deswegen unwirksam, weil die tätige Person nicht die Befähigung zum höheren Dienst besaß.',
    },
    {
      id: 'ausfertigung-ohne-vorlage',
      rationale: 'Eine Ausfertigung ist nur ein Hindernis, wenn sie vorzulegen, zuzustellen oder zu erteilen ist.',
      // an Ausfertigung handed over or sent ("übergibt … eine Ausfertigung des Bescheids") is the official copy in paper;
      // so is one that carries the Vollstreckungsklausel or a translation ("ist mit der Ausfertigung zu verbinden"), and
      // one to be given back ("die mit dem Bestätigungsvermerk versehene Ausfertigung … zurückzugeben")
      when: (ctx) =>
        /^Ausfertigung/.test(ctx.text) &&
        !ctx.sentenceMatches(SUBMIT) &&
        !ctx.leadInMatches(LIST_LEAD_IN) &&
        !ctx.sentenceMatches(/zuzustellen|zugestellt|erteil|übergibt|übergeben|zu\s+übergeben|übersendet|zuzuleiten|zugeleitet|zuzusenden|zugesandt|auszuhändigen|händigt|zurückzugeben|zurückgegeben|zurückzusenden|zu\s+verbinden|(?<!Kenntnis\s)zu\s+setzen/),
      example: 'Die Ausfertigung des Urteils verbleibt in der Akte.',
    },
    {
      id: 'beurkundung-ohne-formpflicht',
      rationale: 'Die notarielle Beurkundung ist nur ein Hindernis, wo sie verlangt wird („bedarf der notariellen Beurkundung“).',
      when: (ctx) => NOTARIAL_WORD.test(ctx.text) && !ctx.sentenceMatches(FORM_DEMAND),
      example: 'Der Notar hat bei der Beurkundung die Beteiligten zu belehren, die anwesend sind.',
    },
    {
      id: 'notarielle-form-nicht-verlangt',
      rationale: '„Notarielle Form“ ist nur als verlangte Form ein Hindernis („bedarf notarieller Form“, „ist in notarieller Form zu schließen“); „wenn die Vereinbarung nur in notarieller Form gültig ist“ setzt sie voraus.',
      stage: 'trigger',
      when: (ctx) =>
        /^notariell/.test(ctx.text) &&
        !/\b(?:bedarf|bedürfen)\s+(?:auch\s+)?(?:der\s+)?$/.test(ctx.lead(30)) &&
        !/^\s+(?:bedarf|bedürfen)\b|^\s+(?:\S+\s+){0,3}?(?:zu\s+(?:schließen|errichten|erklären|abzugeben)|abzuschließen|abzugeben)\b/.test(ctx.trail(60)),
      example: 'Die Schiedsstelle wird nicht tätig, wenn die zu protokollierende Vereinbarung nur in notarieller Form gültig ist.',
    },
    {
      id: 'richtigkeit-ohne-uebersetzung',
      rationale: '„Richtigkeit“ ist nur als von einer befugten Person bestätigte Richtigkeit einer Übersetzung eine Beglaubigung; die Richtigkeit von Angaben oder Daten nicht.',
      stage: 'trigger',
      when: (ctx) => ctx.text === 'Richtigkeit' && !(TRANSLATION_CERTIFIED.test(ctx.lead(100) + ctx.text + ctx.trail(40)) && CERTIFIED_BY.test(ctx.trail(500))),
      example: 'Die Finanzbehörde kann verlangen, dass der Abschlussprüfer die Richtigkeit einzelner Angaben bestätigt.',
    },
    {
      id: 'befugnis-oder-gebuehr',
      rationale: 'Die Befugnis, zu beglaubigen oder beglaubigte Abschriften auszuhändigen, oder eine Gebühr dafür verpflichtet niemanden zur Beglaubigung.',
      // a competence in an opening condition ("Soweit die Behörde nicht … zuständig ist, übersendet sie …") is a case, not the power to certify
      // in a list only the lead-in and the hit's own item count: "Personen, die zur Vertretung … befugt sind" in item 3
      // grants no power to certify the copy of item 1
      when: (ctx) =>
        ctx.itemScopeHolds('befugnis', (scope) => AUTHORITY_POWER.test(scope.replace(OPENING_CONDITION, '').replace(CERTIFIER_CLAUSE, ''))) || ctx.sentenceMatches(/Gebühr|Auslagen|Kostenverzeichnis/),
      example: 'Jede Behörde ist befugt, Abschriften von Urkunden, die sie selbst ausgestellt hat, zu beglaubigen.',
    },
    {
      id: 'beglaubigungsverfahren-oder-gleichstellung',
      rationale: 'Ein Paragraf über das Beglaubigungsverfahren der Behörden oder eine Gleichstellungsregel („stehen beglaubigten Abschriften gleich“) verlangt nichts von Bürgern.',
      when: (ctx) =>
        /^(?:Amtliche\s+)?Beglaubigung/.test(ctx.provision.title) || ctx.sentenceMatches(/\bgleich(?:gestellt|stehen)\b|\bstehen\s+(?:\S+\s+){0,6}gleich\b/),
      example: 'Ausdrucke elektronischer Dokumente stehen beglaubigten Abschriften gleich.',
    },
    {
      id: 'urschrift-bei-gericht',
      rationale: 'Die Urschrift eines Urteils bleibt bei den Gerichtsakten; das ist innerer Aktenverlauf.',
      when: (ctx) => ctx.sentenceMatches(/Geschäftsstelle|Gerichtsakten|bei den Akten|Urteil/) && /Urschrift/.test(ctx.text),
      example: 'Die Urschrift des Urteils ist der Geschäftsstelle zu übersenden.',
    },
    {
      id: 'vorhandensein-als-fall',
      rationale: '„Ist eine Ausfertigung oder beglaubigte Abschrift nicht vorhanden, …“ beschreibt einen Fall; verlangt wird darin nichts.',
      // only the hit's own clause: the main clause may still demand a certified copy
      when: (ctx) => EXISTENCE_CASE.test(ctx.lead(160).split(',').pop()! + ctx.text + ctx.trail(100).split(',')[0]!),
      example: 'Ist eine Ausfertigung oder beglaubigte Abschrift nicht vorhanden, so kann das Gericht den Inhalt der Urkunde durch Beschluss feststellen.',
    },
    {
      id: 'aushaendigung-als-fall',
      rationale: '„Wird dem Verbraucher erst später eine Ausfertigung des Vertrags ausgehändigt, kann er …“ knüpft an einen Fall an, es verlangt keine Ausfertigung.',
      when: (ctx) => /^Ausfertigung/.test(ctx.text) && ctx.inCondition() && /^(?:\(\d+[a-z]?\)\s*)?(?:Wird|Werden)\s/.test(ctx.before),
      example: 'Wird dem Verbraucher erst nach Beginn des Vertragsverhältnisses eine Ausfertigung des Vertrags ausgehändigt, kann er noch bis zum Ablauf von zwei Wochen kündigen.',
    },
    {
      id: 'kopie-genuegt',
      rationale: 'Eine Kopie oder ein elektronisches Dokument genügt (§ 5 EGovG), oder die Beglaubigung erfolgt elektronisch (§§ 39a, 40a BeurkG).',
      // "Der Abschluss des Vertrags in elektronischer Form ist ausgeschlossen" names the electronic form only to exclude it
      // "Eine öffentlich beglaubigte Abschrift genügt": the copy that suffices has to be certified, so it relieves nothing
      // asked by every hit of an Absatz: read once per long sentence and Absatz
      when: (ctx) => ctx.sentenceHolds('kopie-genuegt', copySuffices) || ctx.paragraphHolds('kopie-genuegt', (ss) => ss.some(copySuffices)),
      example: 'Die Unterlagen können im Original oder als elektronische Kopie vorgelegt werden.',
    },
    {
      id: 'einfache-abschrift-wahlweise',
      rationale: '„Entweder als Abschrift oder als beglaubigte Ablichtung“: eine einfache Abschrift genügt wahlweise, beglaubigt werden muss nichts.',
      // each copy has its own "als": in "als amtlich beglaubigte Abschrift oder Ablichtung" the certification covers both
      when: (ctx) => ctx.sentenceMatches(PLAIN_COPY_ALTERNATIVE),
      example: 'Im Falle eines bloßen Verweises muss das andere Vertragsdokument dem Vertrag entweder als Abschrift oder als beglaubigte Ablichtung beigefügt sein.',
    },
  ],
  report(ctx) {
    const legalBasis = notarialBasis(ctx);
    return { severity: modalSeverity(ctx), edit: edit(ctx), ...(legalBasis ? { legalBasis } : {}) };
  },
  examples: {
    flagged: [
      // dev set 13 (AktG § 285): the notarial minutes of a general meeting
      'Die Zustimmung ist in der Verhandlungsniederschrift zu [beurkunden].',
      'Der Widerspruch ist in der Niederschrift über die Hauptversammlung zu [beurkunden].',
      // a long object between "ist" and "zu beurkunden" (AktG § 285 Abs. 3)
      'Bei Beschlüssen, die einzutragen sind, ist der Widerspruch eines Gesellschafters in der Verhandlungsniederschrift oder in einem Anhang zur Niederschrift zu [beurkunden].',
      // sweep 9 (IRG § 55): the decision named before is communicated by sending its official copy
      'Die rechtskräftigen Entscheidungen des Gerichts sind dem Bundeszentralregister durch Übersendung einer [Ausfertigung] mitzuteilen.',
      // the plural with a duty in its sentence
      'Die nach ausländischem Recht erforderlichen [Beglaubigungen] sind dem Antrag beizufügen.',
      // the plural as a list item of a demand ("verlangen") is demanded, not a field of work
      'Die Stelle kann für die Anerkennung folgende Unterlagen verlangen: Zeugnisse, Bescheinigungen und [Beglaubigungen].',
      // sweep 11 (EWGV1016/68DV § 4): the original carried on the journey, to be shown on inspection
      'Der Fahrer hat das [Original] der Bescheinigung während der ganzen Dauer der Fahrten mitzuführen.',
      // sweep 11 (DüngMProbV § 10): the document was named before in the sentence; its official copy is handed over
      'Das Probenahmeprotokoll ist dem Verantwortlichen des Betriebs zur Unterschrift vorzulegen, eine [Ausfertigung] ist ihm zu überlassen.',
      // the power in the sentence is the authority's, the certified copies are the applicant's to hand in
      'Die Behörde darf die Eintragung nur vornehmen, wenn der Antragsteller [beglaubigte] Abschriften der Urkunden vorlegt.',
      // a power of representation in another list item grants no power to certify (dev 8 probe: InhKontrollV § 8)
      'Den Anzeigen sind beizufügen: 1. eine amtlich [beglaubigte] Kopie eines gültigen Ausweises, 2. eine Liste der Personen, die zur Vertretung des Anzeigepflichtigen befugt sind.',
      // one "als" for both copies: the certification covers the Ablichtung too (exception einfache-abschrift-wahlweise)
      'Der Führerschein ist dem Antrag als amtlich [beglaubigte] Abschrift oder Ablichtung beizufügen.',
      // files handed over to an oversight body, if need be in the original (dev 8: BNDG § 56)
      'Der Kontrollrat kann verlangen, Akten, soweit ein berechtigtes Interesse besteht auch im [Original], zur Verfügung zu stellen.',
      // a certified translation in other words; the certifier's power is no power of the addressee
      'Das Gericht kann von dem Antragsteller eine Übersetzung verlangen, deren [Richtigkeit] von einer Person bestätigt worden ist, die in einem Mitgliedstaat hierzu befugt ist.',
      'Die [Richtigkeit] der Übersetzung ist von einer Person zu [beglaubigen], die in den nachfolgend genannten Staaten hierzu befugt ist.',
      // the electronic form named only to be excluded
      'Der Vertrag ist schriftlich abzuschließen. Der Abschluss des Vertrags in elektronischer Form ist ausgeschlossen. Der Unternehmer hat dem Verbraucher eine [Ausfertigung] des Vertrags auszuhändigen.',
      'Die Zustimmung des Eigentümers ist notariell [beurkundet] vorzulegen.',
      // shown in person like handed in: "im Original vorzuzeigen"
      'Der Reisepass ist im [Original] vorzuzeigen.',
      'Der Vertrag wird von der Gemeinde [beurkundet].',
      // a cross-reference between article and record: "der nach § 16 … aufgenommenen Niederschriften"
      'Dem Antrag ist eine [Ausfertigung] der nach § 16 Absatz 3 des Schuldverschreibungsgesetzes aufgenommenen Niederschriften beizufügen.',
      'Die Gemeinde übergibt dem Eigentümer eine [Ausfertigung] des Bescheids.',
      'Dem Antrag sind die Zeugnisse im [Original oder in amtlich beglaubigter] Abschrift beizufügen.',
      'Die Vollmacht ist in öffentlich [beglaubigter] Form vorzulegen.',
      'Der Vertrag bedarf der notariellen [Beurkundung].',
      // the spelling before 1996, still in force in many statutes
      'Der Spaltungsplan muß notariell [beurkundet] werden.',
      'Dem Antrag ist eine [Ausfertigung] der aufgenommenen Niederschriften beizufügen.',
      'Dem Antrag ist eine [Ausfertigung] des Übergabe-/Übernahmeprotokolls beizufügen.',
      'Soweit die Sonderungsbehörde nicht für die Führung des Liegenschaftskatasters zuständig ist, übersendet sie dieser Behörde eine [beglaubigte] Abschrift des Sonderungsbescheides.',
      'Die [Urschrift] der Bescheinigung ist der Behörde vorzulegen.',
      'Die Satzung ist [urschriftlich] bei der Rechtsaufsichtsbehörde einzureichen.',
      'Fremdsprachigen Unterlagen ist eine Übersetzung beizufügen, die von einer öffentlich bestellten oder [beeidigten Übersetzerin] gefertigt ist.',
      'Dem Antrag ist eine [Ausfertigung] des Erbscheins beizufügen.',
      'Die Übersetzung muss von einer [vereidigten Übersetzerin] angefertigt sein.',
      'Fremdsprachige Urkunden sind mit einer Übersetzung eines [öffentlich bestellten Übersetzers] vorzulegen.',
      'Die Vereinbarung bedarf [notarieller Form].',
      'Die Übersetzung muss durch eine hierzu [ermächtigte Übersetzerin] angefertigt sein.',
      // a civil-status deed's original in one word (Land burial law)
      'Die Bestattungserlaubnis wird nur gegen Vorlage der [Originalsterbeurkunde] erteilt.',
      'Auf Verlangen ist eine Übersetzung durch einen [vereidigten Dolmetscher] vorzulegen.',
      'Der Antragsteller legt die Urkunde im [Original] vor.',
      'Die Approbationsurkunde ist nach dem Widerruf in [Urschrift] zurückzugeben.',
      'Der Meldebehörde ist die Abmeldebescheinigung im [Original] zu übergeben.',
      'Der Bundeswahlleiter ist vom Verzichtenden durch Übersendung einer [Ausfertigung] der Verzichtserklärung zu unterrichten.',
      'Dem Prüfbuch ist eine [Ausfertigung] der mit einem Genehmigungsvermerk versehenen Bauvorlagen beizufügen.',
      'Die Unterlagen müssen bei der Antragstellung im [Original] vorliegen.',
      'Wird die Vollmacht durch Telefax übermittelt, ist das [Original] binnen eines Monats nachzureichen.',
      'Mit der [Ausfertigung] des Schuldtitels ist dessen Übersetzung zu verbinden.',
      'Jeder Endprobe ist eine [Ausfertigung] des Probenahmeprotokolls beizufügen.',
      'Sie sind der Zollstelle unter Vorlage einer [Ausfertigung] der Einfuhrgenehmigung anzumelden.',
      'Eine [Ausfertigung] des unterzeichneten Ausbildungsvertrages ist der Auszubildenden auszuhändigen.',
      // the copy named without its document, served by the court or notary
      'Im Falle des § 1 ist dem Antragsteller und nach dem Ermessen des Gerichts oder des Notars auch anderen Beteiligten eine [Ausfertigung] zuzustellen.',
      'Die Bescheinigung muss in dreifacher Ausfertigung vorgelegt werden; die [Urschrift] wie auch die erste und zweite Mehrausfertigung sind als solche zu kennzeichnen.',
      // the duty stands in the lead-in of the list, the items are read as sentences of their own
      'Dem Antrag sind beizufügen: 1. [Originalrechnungen], auf denen die Diagnose vermerkt ist, 2. der Nachweis des Umrechnungskurses.',
      // Land wording: the official copy named by "in Ausfertigung" (issue 8)
      'Die Vollmacht ist in [Ausfertigung] vorzulegen.',
      'Das Testament ist in [Urschrift] beim Nachlassgericht abzuliefern.',
      'Statt der Urkunde genügt eine öffentlich [beglaubigte] Abschrift.',
      'Die Einwilligung ist in notariell [beurkundeter] Form nachzuweisen.',
    ],
    accepted: [
      // "legt … vor" counts only with the prefix closing the clause; "vor der Entscheidung" is a time
      'Die Behörde legt das Original der Urkunde vor der Entscheidung zu den Akten.',
      // dev set 13 (VwGO § 168): Ausfertigungen granted to the parties on their application
      'Den Beteiligten können auf Antrag Ausfertigungen des Beschlusses erteilt werden.',
      'Die Landesjustizverwaltung bestellt die öffentlich bestellten Übersetzer auf Antrag für fünf Jahre.',
      'Eine beglaubigte Übersetzung kann nur bei begründeten Zweifeln verlangt werden.',
      // sweep 11: numbered parts of a multi-part form carried on the journey are the paper rule's (ausfertigung-ohne-titel)
      'Der Beförderer hat während der Beförderung die zweite und dritte Ausfertigung des vereinfachten Begleitdokuments mitzuführen.',
      // a bare copy with no document named before it in the sentence
      'Die Anzeige ist vollständig zu erstatten, eine Ausfertigung ist beizufügen.',
      // precision sample 8b: the authority's power to hand out certified copies
      'Die Generaldirektion darf Personen, die ein begründetes Interesse glaubhaft machen, Einsicht in die Bescheinigung gestatten und diesen Personen Auszüge daraus oder beglaubigte Abschriften aushändigen.',
      'Er schließt im Namen des Bundes die Verträge mit auswärtigen Staaten. Er beglaubigt und empfängt die Gesandten.',
      'Elektronisch beglaubigte Abschriften müssen mit einer qualifizierten elektronischen Signatur der beglaubigenden Person versehen sein.',
      'Jede Behörde ist befugt, Abschriften von Urkunden, die sie selbst ausgestellt hat, zu beglaubigen.',
      'Dem Antrag ist eine Kopie des Zeugnisses beizufügen; eine Beglaubigung ist nicht erforderlich.',
      'Die Geburt eines Kindes wird im Geburtenregister beurkundet.',
      'Die Urschrift des Urteils verbleibt bei den Gerichtsakten.',
      'Der Berichtigungsbeschluss wird auf dem Urteil und den Ausfertigungen vermerkt.',
      'Der Beförderer hat die zweite Ausfertigung der Freistellungsbescheinigung mitzuführen.',
      'Eine Vollmacht kann formlos erteilt werden; einer Beglaubigung bedarf es nicht.',
      'Die Unterlagen können im Original oder als elektronische Kopie vorgelegt werden.',
      'Die Ratifikationsurkunden und Urschriften dieses Vertrages werden im Staatsarchiv hinterlegt.',
      'Steuerfrei ist das Halten von Fahrzeugen, die für eine bei der Bundesrepublik Deutschland beglaubigte diplomatische Vertretung zugelassen sind, wenn die Zulassung nachgewiesen ist.',
      'Beurkundungen, die vor Inkrafttreten dieses Gesetzes vorgenommen worden sind, bleiben wirksam.',
      'Der Bürgermeister kann Abschriften amtlich beglaubigen.',
    ],
  },
});
