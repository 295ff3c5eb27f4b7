import { signatureSubstituteSentence } from '../legal-basis';
import { HONOUR_DEED, PAPER_FALLBACK, PUBLIC_DEED, RELAXES_FORM, modalSeverity } from '../lexicon';
import { defineRule } from '../types';

/**
 * Treaty acts: "das am 5. Mai 2000 in Brüssel unterzeichnete Abkommen", "Unterzeichnerstaaten"; "einer unterzeichneten
 * Schrift oder zu Protokoll der Geschäftsstelle" is a court record, not a treaty protocol.
 */
const TREATY =
  /\b(?:am|vom)\s+\d{1,2}\.\s*(?:\S+\s+)?\d{4}\b[^.]{0,120}unterzeichnet|unterzeichnete[nms]?\s+(?:\S+\s+){0,3}(?:Abkommen|Übereinkommen|Vertrag|Vertrages|(?<!\bzu\s)Protokolls?\b|Vereinbarung|Zusatzprotokoll|Notenwechsel|Charta|Konvention|Statut)|Abkommen|Übereinkommen|Staatsvertr(?:ag|äge)\w*|Vertragsstaat|Unterzeichnerstaat|Ratifikation|Ratifizierung/;
/** Signatures of officials on the authority's or court's own acts (minutes, judgments, certificates). */
const OFFICIAL =
  /Vorsitzende|Präsident|Richter|Urkundsbeamte|Protokollführer|Schriftführer|Beisitzer|Leiter(?:in)?\s+der|Behördenleit|Bürgermeister|Standesbeamte|Notar|Gerichtsvollzieher|Rechtspfleger|Wahlvorst|Prüfungsausschuss|Prüfer|Bundesminister|Dienststellenleit|Beamt|Amtsträger|Konsularbeamt|Kommission|Ausschuss|Vorstand/;
/** Private parties and applicants: with them a signature is a real hurdle even next to an official. */
const CITIZEN =
  /Antragsteller|Beteiligte|Bewerber|Arbeitgeber|Arbeitnehmer|Unternehmer|Betreiber|Wahlberechtigte|Versicherte|Steuerpflichtige|Schuldner|Gläubiger|Mieter|Vermieter|Käufer|Verbraucher|Eltern|Berechtigte|Person|Erklärende|Inhaber|Anmeldende|Pflichtige|Teilnehmer|Patient|Spender|Vertragsparteien|Vollmachtgeber|Erblasser|Gesellschafter|Bieter/;
const SUBSTITUTED = /^[^.;,]{0,120}\b(?:fehlen|entfallen|entfällt|ersetzt|ersetzen|durch\s+\S+\s+ersetzt|nicht erforderlich)\b/;
/**
 * "Erfolgen Führung und Aufbewahrung elektronisch, ist sicherzustellen, dass die eindeutige Zuordnung zu dem
 * Verantwortlichen gewährleistet ist": for records kept otherwise the attribution replaces the signature.
 */
const ATTRIBUTION_INSTEAD = /(?:eindeutige|zweifelsfreie|sichere)\s+Zuordnung\s+(?:\S+\s+){0,6}?(?:gewährleistet|sichergestellt|möglich)/;
const PAPER_ONLY_WHEN_UNREASONABLE = /Papierform[^.]{0,500}\b(?:wenn|soweit|sofern)\b[^.]{0,500}elektronisch\w*[^.]{0,500}\bnicht\s+(?:zumutbar|möglich)/;

/**
 * The signature of a legal norm ("Eine Verordnung muss … 6. unterzeichnet sein", "Die Satzung ist vom Bürgermeister zu
 * unterzeichnen"): its Ausfertigung is law-making, which § 3a VwVfG (administrative procedure) does not govern.
 */
const NORM_SIGNED_LEAD = /^\s*(?:\(\d+[a-z]?\)\s*)?(?:Eine|Die|Jede)\s+(?:\S+\s+)?(?:Rechtsverordnung|Verordnung|Satzung)\s+(?:muss|müssen|ist|sind)\b/;
const NORM_SIGNED = /\b(?:Rechtsverordnung|Verordnung|Satzung)(?:en)?\s+(?:ist|sind|muss|müssen)\s+(?:\S+\s+){0,8}?(?:zu\s+unterzeichnen|unterzeichnet\s+sein)\b/;
/** Texts of this rule, keyed by id; a lawyer edits them here. */
const TEXTS = {
  normSentence: 'An die Stelle der Unterzeichnung kann eine qualifizierte elektronische Signatur treten.',
  normNote:
    'Die Unterzeichnung einer Rechtsnorm (Ausfertigung) ist Rechtsetzung, kein Verwaltungsverfahren; § 3a VwVfG gilt dafür nicht. Die elektronische Ausfertigung ist im Verkündungsrecht zu regeln.',
};

/** Deeds of honours: orders, decorations and their certificates ("Verleihungsurkunde", "Besitzzeugnis"). */
const CONFERRER_AFTER = /^\w*\s+(?:durch\s+)?(?:de[snr]|die)\s+(?:\S+\s+)?(?:Bundespräsident|Bundeskanzler|Bundesminister|Minister|Ministerpräsident|Präsident|Staatsoberhaupt)/;

export const unterschrift = defineRule({
  id: 'unterschrift',
  title: 'Eigenhändige Unterschrift ohne elektronisches Äquivalent',
  category: 'unterschrift',
  principle: 1,
  severity: 'hoch',
  source: 'Digitalcheck 2025, Prinzip 1.1; § 13 EGovG (Unterschriftsfeld begründet keine Schriftform)',
  explanation:
    'Die Vorschrift verlangt eine (eigenhändige) Unterschrift. Ohne ausdrückliches elektronisches Äquivalent erzwingt sie Papier oder die qualifizierte elektronische Signatur. Wo die Identität gesichert werden muss, genügen eID-basierte Verfahren oder ein Nutzerkonto; sonst kann die Unterschrift entfallen.',
  vocabulary: [
    '~unterschrift{en}',
    'unterschriftlich{e,en,em,er,es}',
    // support signatures of election proposals ("Unterstützungsunterschriften")
    'Unterstützungsunterschrift{en}',
    'Namensunterschrift*',
    'Unterschriftsfeld*',
    'Unterschriftsleistung*',
    '~unterschreiben',
    '~unterschrieben',
    '~unterschriebene{n,m,r,s}',
    '~unterschreibt',
    '~unterschreibung',
    'unterzuschreiben',
    'zu unterschreibende{n,m,r,s}',
    '~unterzeichnen',
    '~unterzeichnet',
    '~unterzeichnete{n,m,r,s}',
    '~unterzeichnung',
    'zu unterzeichnende{n,m,r,s}',
    'unterzuzeichnen',
    'eigenhändig{e,en,em,er,es}',
    'handschriftlich{e,en,em,er,es}',
    // countersigning and initialling are signatures too ("von den Ausbildern gegenzuzeichnen", "vom
    // Taucheinsatzleiter abzuzeichnen", "Aufzeichnungen mit Namenszeichen des prüfenden Apothekers")
    'gegenzuzeichnen',
    'gegengezeichnet',
    'abzuzeichnen',
    'Namenszeichen{s}',
  ],
  guards: { condition: false, fiction: false },
  exceptions: [
    {
      id: 'unterschrift-im-papier-rueckfall',
      rationale: 'Gilt die Unterschrift nur für Papierdokumente, die ausnahmsweise zugelassen werden, weil der elektronische Weg unzumutbar ist, ist die Vorschrift schon digital.',
      stage: 'scope',
      when: (ctx) => ctx.paragraphMatches(PAPER_ONLY_WHEN_UNREASONABLE),
      example:
        'Die Behörde lässt zu, dass die Erklärungen als Dokumente in Papierform übermittelt werden, wenn eine elektronische Übermittlung nicht zumutbar ist. Die Erklärungen müssen unterschrieben sein.',
    },
    {
      id: 'unterschrift-als-rueckfall',
      rationale: 'Die Unterschrift gilt nur für das Papier, das als Rückfall eines elektronischen Verfahrens zugelassen wird (Härtefall, technische Störung); die Regel ist schon digital.',
      when: (ctx) => ctx.sentenceMatches(PAPER_FALLBACK),
      example:
        'Auf Antrag kann die Finanzbehörde zur Vermeidung unbilliger Härten auf eine elektronische Übermittlung verzichten; in diesem Fall ist die Erklärung nach amtlich vorgeschriebenem Vordruck abzugeben und eigenhändig zu unterschreiben.',
    },
    {
      id: 'wirkung-oeffentliche-urkunde',
      rationale: '„Unterschriebene und gesiegelte Erklärungen haben die Eigenschaft öffentlicher Urkunden“ beschreibt eine Beweiskraft, es verlangt keine Unterschrift.',
      when: (ctx) => ctx.sentenceMatches(PUBLIC_DEED),
      example: 'Ordnungsgemäß unterschriebene und mit dem Abdruck des Dienstsiegels versehene Erklärungen der Bank haben die Eigenschaft öffentlich beglaubigter Urkunden.',
    },
    {
      id: 'unterschrift-in-fiktion',
      rationale: '„Ihre Unterschrift gilt (nicht) als Zustimmung“ regelt die Wirkung einer Unterschrift, es verlangt keine.',
      stage: 'trigger',
      when: (ctx) => /^[Uu]nterschrift/.test(ctx.text) && /^\s+(?:gilt|gelten)\s+(?:\S+\s+){0,2}?als\b/.test(ctx.trail(30)),
      example: 'Es genügt die Beteiligung der Vertretung; ihre Unterschrift gilt jedoch nicht als Zustimmung der einzelnen Eigentümer.',
    },
    {
      id: 'unterstuetzung-ohne-pflicht',
      rationale: 'Unterstützungsunterschriften als Gegenstand (Formblätter beschaffen, verwahren, Auskünfte darüber) verlangen keine Unterschrift; nur wo sie zu leisten oder beizubringen sind.',
      stage: 'trigger',
      when: (ctx) =>
        /^Unterstützungsunterschrift/.test(ctx.text) &&
        (/\b(?:über|für|mit)\s+(?:die\s+|den\s+)?$/.test(ctx.lead(20)) ||
        !ctx.sentenceMatches(/zu\s+leisten|beizubringen|beizufügen|einzureichen|erforderlich|bedarf|bedürfen|\bmuss\b|\bmüssen\b|persönlich|handschriftlich|eigenhändig/)),
      example: 'Der Landeswahlleiter beschafft die Formblätter für die Unterstützungsunterschriften.',
    },
    {
      id: 'voelkerrechtlicher-vertrag',
      // also the Länder's Staatsverträge with the Bund or another Land: a constitutional act, no form duty
      rationale: 'Die Unterzeichnung eines völkerrechtlichen Vertrags oder Staatsvertrags ist ein Akt der Staaten oder Länder, keine Formpflicht im Verwaltungsverfahren.',
      when: (ctx) => /^[Uu]nterzeichn/.test(ctx.text) && ctx.sentenceMatches(TREATY),
      example: 'Dem in Brüssel am 5. Mai 2000 unterzeichneten Abkommen wird zugestimmt.',
    },
    {
      id: 'akt-des-staatsoberhaupts',
      rationale: 'Die Unterschrift des Bundespräsidenten unter Ehrungen, Ernennungen oder Gesetzen ist ein Staatsakt, keine Formpflicht im Verwaltungsverfahren.',
      when: (ctx) => /^[Uu]nter(?:schr|zeichn)/.test(ctx.text) && /^\s+(?:\S+\s+)?(?:durch|von)\s+(?:de[nm]|die)\s+Bundespräsident/.test(ctx.trail(40)),
      example: 'Die Verleihungsurkunden werden nach Vollziehung der Unterschrift durch den Bundespräsidenten übersandt.',
    },
    {
      id: 'befugnis-zur-beglaubigung',
      rationale: 'Die Befugnis einer Stelle, Unterschriften zu beglaubigen, verpflichtet niemanden zu unterschreiben.',
      // "Die Gemeinde kann Unterschriften beglaubigen" grants the power too
      when: (ctx) =>
        (ctx.sentenceMatches(/\b(?:befugt|ermächtigt|zuständig)\b/) && ctx.sentenceMatches(/beglaubig/)) ||
        ctx.sentenceMatches(/\b(?:kann|können)\s+(?:\S+\s+){0,4}beglaubigen\b(?!\s+(?:zu\s+)?lassen)/),
      example: 'Die Urkundsperson bei der Betreuungsbehörde ist befugt, Unterschriften auf Vorsorgevollmachten öffentlich zu beglaubigen.',
    },
    {
      id: 'verweis-auf-regelwerk',
      rationale: '„Die Vorschriften über … gelten entsprechend“ verweist auf ein Regelwerk und ordnet selbst keine Unterschrift an.',
      when: (ctx) => ctx.sentenceMatches(/Vorschriften\s+über\s+(?:\S+\s+){0,12}(?:gelten|finden)|(?:gelten|finden)\s+(?:\S+\s+){0,6}Vorschriften\s+über/),
      example: 'Für die Unterschrift gelten die Vorschriften über die Beurkundung entsprechend.',
    },
    {
      id: 'unterschrift-entfaellt',
      rationale: 'Der Satz regelt das Fehlen oder Ersetzen der Unterschrift („können … fehlen“, „Wird die Unterschrift verweigert, …“).',
      when: (ctx) => SUBSTITUTED.test(ctx.after) || ctx.sentenceMatches(/verweigert|[Uu]nterbleibt/),
      example: 'Bei einem mit Hilfe automatischer Einrichtungen erlassenen Bescheid können Unterschrift und Namenswiedergabe fehlen.',
    },
    {
      id: 'eigenhaendig-ohne-schrift',
      rationale: '„Eigenhändig“ betrifft nur mit Unterschrift, Schrift oder Ausfüllen die Unterschrift; die „eigenhändige Fahrzeugsteuerung“ nicht.',
      stage: 'trigger',
      when: (ctx) =>
        /^eigenhändig/.test(ctx.text) &&
        !/^\s+(?:\S+\s+){0,4}?(?:\S*[Uu]nterschr|\S*[Uu]nterzeichn|Namens\S*|\S*geschrieben|\S*[Ss]chrift|ausgefüllt|auszufüllen|ausfüllen|abzufassen|abgefasst|einzutragen|eingetragen|einträgt|eintragen|zu\s+(?:unterschreiben|unterzeichnen|schreiben))/.test(ctx.trail(60)) &&
        !/[Uu]nterschr|[Uu]nterzeichn/.test(ctx.lead(40)),
      example: 'Das System muss die Erforderlichkeit der eigenhändigen Fahrzeugsteuerung durch den Fahrzeugführer erkennen können.',
    },
    {
      id: 'handschrift-erlaubt',
      rationale: '„Können handschriftlich eingefügt werden“ erlaubt die Hand neben dem Druck; eine Unterschrift verlangt der Satz nicht.',
      when: (ctx) => /^handschriftlich/.test(ctx.text) && ctx.sentenceMatches(/\b(?:kann|können|darf|dürfen)\b/) && !ctx.sentenceMatches(/[Uu]nterschr|[Uu]nterzeichn/),
      example: 'Symbole, die auf der Tastatur der Maschine nicht vorhanden sind, können handschriftlich eingefügt werden.',
    },
    {
      id: 'handschrift-als-arbeitsweise',
      rationale: '„Bei handschriftlicher Bearbeitung“ beschreibt eine Arbeitsweise, keine Unterschrift.',
      when: (ctx) => /^handschriftlich/.test(ctx.text) && /^\s+(?:Bearbeitung|Ergänzung|Eintragung|Änderung|Vermerk|Notiz)/.test(ctx.trail(16)),
      example: 'Die Blätter sollen mit einem Durchschreibemittel versehen sein, das auch bei handschriftlicher Bearbeitung die Lesbarkeit gewährleistet.',
    },
    {
      id: 'form-wird-gelockert',
      rationale: 'Die Vorschrift hebt die Unterschrift auf oder lässt ein Äquivalent an ihre Stelle treten (EGovG § 13).',
      when: (ctx) => ctx.sentenceMatches(RELAXES_FORM),
      example: 'Ist durch Rechtsvorschrift ein Formular mit Unterschriftsfeld vorgeschrieben, wird allein dadurch nicht die Anordnung der Schriftform bewirkt.',
    },
    {
      id: 'zuordnung-statt-unterschrift',
      rationale: 'Lässt der Absatz andere (elektronische) Aufzeichnungen zu, wenn die eindeutige Zuordnung zum Verantwortlichen gesichert ist, tritt diese an die Stelle der Unterschrift.',
      stage: 'scope',
      when: (ctx) => ctx.paragraphMatches(ATTRIBUTION_INSTEAD),
      example:
        'Die Aufzeichnungen sind vom Betreiber zu unterschreiben. Erfolgen Führung und Aufbewahrung nach Absatz 2, ist sicherzustellen, dass die eindeutige Zuordnung zu dem Verantwortlichen gewährleistet ist.',
    },
    {
      id: 'bildunterschrift',
      rationale: '„Die Unterschrift zu Abbildung 9“ ist eine Bildunterschrift (Legende), keine Unterzeichnung.',
      stage: 'trigger',
      when: (ctx) => /^Unterschrift(?:en)?$/.test(ctx.text) && /^\s+(?:zu|unter)\s+(?:der\s+|den\s+)?(?:Abbildung|Abb\.|Tabelle|Grafik|Bild|Skizze|Zeichnung)/.test(ctx.trail(30)),
      example: 'Die in der Unterschrift zu Abbildung 9 der Anlage II genannte Behörde ist das Beschussamt.',
    },
    {
      id: 'zusatz-zur-unterschrift',
      rationale: '„Den Unterschriften ist die Amtsbezeichnung beizufügen“ regelt den Inhalt einer anderswo verlangten Unterschrift, keine eigene Pflicht zu unterschreiben.',
      when: (ctx) =>
        /^Unterschrift(?:en)?$/.test(ctx.text) &&
        /(?:^|[.;:]\s*|\(\d+\)\s*)(?:Den|Der)\s+$/.test(ctx.lead(12)) &&
        /^\s+(?:(?:ist|sind|soll|sollen|muss|müssen|hat|haben)\s*)?[^.;]{0,160}\b(?:beizufügen|beigefügt|hinzuzufügen|hinzugefügt|anzufügen|angefügt)\b/.test(ctx.trail(200)),
      example: 'Den Unterschriften soll die Amtsbezeichnung beigefügt werden.',
    },
    {
      id: 'ehrenurkunde',
      rationale: 'Die Urkunde über eine Auszeichnung mit der Unterschrift des Staatsoberhaupts ist ein Ehrenzeichen, kein Verfahrensschritt.',
      // only the signature of the one who confers it: "5. die Unterschrift des Antragstellers" on an application for a lost deed stays
      when: (ctx) => ctx.sentenceMatches(HONOUR_DEED) && CONFERRER_AFTER.test(ctx.trail(50)),
      example: 'Über die Verleihung des Ehrenzeichens erhält der Ausgezeichnete eine Verleihungsurkunde mit der Unterschrift des Bundespräsidenten.',
    },
    {
      id: 'zeitpunkt-der-unterzeichnung',
      rationale: '„Im Zeitpunkt der Unterzeichnung“ datiert einen Vorgang, es verlangt keine Unterschrift.',
      stage: 'trigger',
      // "während der der Unterzeichnung folgenden Sitzung" dates the session by the signature
      // "mit dem Tage der Unterzeichnung", "am Tag ihrer Unterzeichnung durch beide Parteien"
      when: (ctx) => /\b(?:Zeitpunkt|Tage?|Datum)\s+(?:der|ihrer|seiner|deren|dessen)\s+$/.test(ctx.lead(24)) || /^\s+(?:folgenden|vorausgehenden|vorangehenden)\b/.test(ctx.trail(20)),
      example: 'Maßgeblich sind die Verhältnisse im Zeitpunkt der Unterzeichnung des Vertrags.',
    },
    {
      id: 'unterschrift-beschreibt-befugnis',
      rationale: '„Rechte, die mittels der Unterschrift … ausgeübt werden können“ beschreibt eine Kontovollmacht, es verlangt keine Unterschrift.',
      when: (ctx) =>
        /^Unterschrift/.test(ctx.text) && /\b(?:mittels|durch)\s+(?:der|ihrer|seiner|deren|dessen)\s+$/.test(ctx.lead(20)) && /^[^.;]{0,100}\bausgeübt\s+werden\s+(?:kann|können)\b/.test(ctx.trail(120)),
      example:
        'Bei einem Konto, an dem zwei oder mehrere Personen Rechte haben, die mittels der Unterschrift von einer oder mehreren dieser Personen ausgeübt werden können, ist der jeweilige Anteil maßgeblich.',
    },
    {
      id: 'befugnis-zu-unterschreiben',
      rationale: '„Können Bauvorlagen auch weiterhin unterschreiben“ verleiht eine Berechtigung (etwa die Bauvorlageberechtigung); eine Unterschrift verlangt der Satz von niemandem.',
      stage: 'trigger',
      // "können … nur unterschreiben" restricts who signs a document that must be signed, so it stays a finding
      when: (ctx) => /^(?:unterschreiben|unterzeichnen)$/.test(ctx.text) && /\b(?:kann|können|darf|dürfen)\s+(?![^.;]*\bnur\b)[^.;]{0,160}$/.test(ctx.lead(200)),
      example: 'Personen, die bisher regelmäßig Bauvorlagen gefertigt haben, können Bauvorlagen für Gebäude dieser Art auch weiterhin unterschreiben.',
    },
    {
      id: 'nur-befugte-unterzeichnen',
      rationale: '„… darf nur von Wirtschaftsprüfern unterzeichnet werden“ regelt, wer unterzeichnen darf; die Unterschrift selbst verlangt eine andere Vorschrift.',
      stage: 'trigger',
      // "persönlich" or "eigenhändig" turn it into a demand on the form of the signature itself
      when: (ctx) =>
        /^(?:unterzeichnet|unterschrieben)$/.test(ctx.text) &&
        /\b(?:darf|dürfen)\s[^.;]{0,120}\bnur\s+(?:von|durch)\s[^.;]{0,80}$/.test(ctx.lead(220)) &&
        /^\s+werden\b/.test(ctx.trail(10)) &&
        !ctx.sentenceMatches(/persönlich|eigenhändig|handschriftlich/),
      example: 'Bei der Prüfung durch einen Prüfungsverband darf der gesetzlich vorgeschriebene Bestätigungsvermerk nur von Wirtschaftsprüfern unterzeichnet werden.',
    },
    {
      id: 'beglaubigte-unterschriften-als-nachweis',
      rationale: 'Beglaubigte Unterschriften Dritter als Nachweis sind ein Fall der Beglaubigung; „mit beglaubigter Unterschrift des Antragstellers“ bleibt eine Unterschriftspflicht.',
      when: (ctx) =>
        ctx.text === 'Unterschriften' && (/^[^.;,]{0,60}\b(?:(?:öffentlich|amtlich|notariell)\s+)?beglaubigt/.test(ctx.after) || /beglaubigten\s+$/.test(ctx.lead(16))),
      example: 'Die Niederschrift ist mit öffentlich beglaubigten Unterschriften der Eigentümer nachzuweisen.',
    },
    {
      id: 'unterschrift-als-gegenstand-der-beglaubigung',
      rationale: '„Bei der Beglaubigung einer Unterschrift …“, „Eine Unterschrift soll nur beglaubigt werden, wenn …“ regeln, wie Behörde oder Notar beglaubigen; eine Unterschrift wird damit nicht verlangt.',
      stage: 'trigger',
      when: (ctx) =>
        /^Unterschrift(?:en)?$/.test(ctx.text) &&
        (/\bBeglaubigung\s+(?:einer|der|von)\s+$/.test(ctx.lead(24)) || /^\s+(?:soll|sollen|darf|dürfen|kann|können|wird|werden)\s+(?:\S+\s+){0,2}beglaubigt\b/.test(ctx.trail(40))),
      example: 'Eine Unterschrift soll nur beglaubigt werden, wenn sie in Gegenwart des beglaubigenden Bediensteten vollzogen oder anerkannt wird.',
    },
    {
      id: 'nachbildung-genuegt',
      rationale: 'Genügt eine Nachbildung (Faksimile) der Unterschrift, ist keine eigenhändige Unterschrift nötig.',
      when: (ctx) => ctx.sentenceMatches(/Nachbildung\s+der\s+(?:\S+\s+)?Unterschrift|[Ff]aksimil|vervielfältigte[rn]?\s+Unterschrift/),
      example: 'Eine Nachbildung der eigenhändigen Unterschrift genügt.',
    },
  ],
  report(ctx) {
    if (ctx.paragraphMatches(NORM_SIGNED_LEAD) || ctx.sentenceMatches(NORM_SIGNED)) {
      return { severity: 'mittel', edit: { kind: 'appendSentence', sentence: TEXTS.normSentence }, note: TEXTS.normNote, legalBasis: ['Art. 25 Abs. 2 eIDAS-VO'] };
    }
    return {
      // signatures of officials on the authority's own acts (minutes, judgments) are an internal media break
      severity: ctx.sentenceMatches(OFFICIAL) && !ctx.sentenceMatches(CITIZEN) ? 'mittel' : modalSeverity(ctx),
      edit: { kind: 'appendSentence', sentence: signatureSubstituteSentence(ctx.profile) },
    };
  },
  examples: {
    flagged: [
      'Der Antrag ist vom Antragsteller [eigenhändig zu unterschreiben].',
      'Die Angaben sind vom Taucheinsatzleiter [abzuzeichnen] und zwei Jahre aufzubewahren.',
      'Über die Prüfungen sind Aufzeichnungen mit [Namenszeichen] des prüfenden Apothekers anzufertigen.',
      // filing for publication with the Bundesanzeiger is another act; the report is still signed
      'Die Prüfer haben den Bericht zu [unterzeichnen]. Sie haben ihn dem Gericht einzureichen; der Bericht ist auch beim Betreiber des Bundesanzeigers elektronisch einzureichen.',
      'Die Erklärung muss von der erklärenden Person [unterzeichnet] sein.',
      'Der Wahlvorschlag muss von mindestens 200 Wahlberechtigten persönlich und [handschriftlich unterzeichnet] sein.',
      'Der Vordruck ist mit Datum und [Unterschrift] des Arbeitgebers zu versehen.',
      'Die Niederschrift ist von dem Vorsitzenden zu [unterzeichnen]. Nimmt ein Mitglied mittels Videokonferenz an der Sitzung teil, so hat es seine Teilnahme in Textform zu bestätigen.',
      'Der Vertrag ist von beiden Vertragsparteien zu [unterzeichnen].',
      'Die Niederschrift ist vom Vorsitzenden und vom Schriftführer zu [unterzeichnen].',
      'Über den Verlauf der Prüfung ist eine von allen Mitgliedern der Kommission [zu unterzeichnende] Niederschrift anzufertigen.',
      'Der Ankunftsnachweis ist dem Asylsuchenden erst nach [Unterschriftsleistung] auszuhändigen.',
      'Der Antrag ist vom Antragsteller [eigenhändig zu unterschreiben], eine Paraphe genügt nicht.',
      'Seitens des Angeklagten kann dies nur in einer von dem Verteidiger [unterzeichneten] Schrift oder zu Protokoll der Geschäftsstelle geschehen.',
    ],
    accepted: [
      'Die Gemeinde kann Unterschriften und Abschriften beglaubigen.',
      // a Land's Staatsvertrag: signing it is a constitutional act, not a form duty
      'Die Landesregierung gibt dem Landtag vor der Unterzeichnung von Staatsverträgen mit dem Bund rechtzeitig Gelegenheit zur Stellungnahme.',
      'Es liegt während der der Unterzeichnung folgenden Sitzung zur Einsicht auf.',
      'Die Anordnung tritt mit dem Tage der Unterzeichnung in Kraft.',
      'Diese Vereinbarung tritt am Tag ihrer Unterzeichnung durch beide Parteien in Kraft.',
      'Die Erklärung ist von dem Antragsteller zu unterzeichnen. Die Erklärung nach Satz 1 ist in Textform abzugeben.',
      'Dem in Brüssel am 5. Mai 2000 unterzeichneten Abkommen wird zugestimmt.',
      'Die Verleihungsurkunden werden vom Chef des Bundespräsidialamtes nach Vollziehung der Unterschrift durch den Bundespräsidenten übersandt.',
      'Die Urkundsperson bei der Betreuungsbehörde ist befugt, Unterschriften auf Vorsorgevollmachten öffentlich zu beglaubigen.',
      'Bei einem mit Hilfe automatischer Einrichtungen erlassenen Bescheid können Unterschrift und Namenswiedergabe fehlen.',
      'Die Erklärung kann auch ohne Unterschrift abgegeben werden.',
      'Die Blätter sollen mit einem Durchschreibemittel versehen sein, das auch bei handschriftlicher Bearbeitung die Lesbarkeit gewährleistet.',
      'Eine Nachbildung der eigenhändigen Unterschrift genügt.',
      'Die Verordnung bestimmt die Anforderungen an eine Bestätigung, um die eigenhändige Unterzeichnung durch den Anleger in gleichwertiger Weise zu ersetzen.',
      'Der Antrag ist zu unterschreiben oder mit einer qualifizierten elektronischen Signatur zu versehen.',
      'Die Leistung wird ausgezahlt, ohne dass es einer Unterschriftsleistung bedarf.',
      // the papier_vordruck rewrite appends this sentence; it must not raise a new finding
      'Der Vordruck ist auch elektronisch zur Verfügung zu stellen; ein darin vorgesehenes Unterschriftsfeld begründet kein Schriftformerfordernis.',
      'Die Verordnung bestimmt die Anforderungen, die an eine Bestätigung durch Fernkommunikationsmittel zu stellen sind, um die eigenhändige Unterzeichnung durch den Anleger nach § 15 Absatz 3 des Gesetzes in gleichwertiger Art und Weise zu ersetzen.',
    ],
  },
});
