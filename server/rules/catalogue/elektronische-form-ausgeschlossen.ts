import type { AmendmentEdit } from '../amendment';
import type { MatchContext } from '../context';
import { offersElectronic } from '../lexicon';
import { defineRule } from '../types';

/** Texts of this rule, keyed by id; a lawyer edits them here. */
const TEXTS = {
  explanation:
    'Die Vorschrift schließt die elektronische Ersetzung der Schriftform aus (§ 3a VwVfG bzw. die Landesnorm, § 36a SGB I oder § 87a AO „findet keine Anwendung“). Damit ist der digitale Weg ausdrücklich versperrt: Erklärung, Bescheid oder Niederschrift müssen auf Papier mit Unterschrift ergehen, auch wo eine elektronische Form mit qualifizierter Signatur oder ein anderes sicheres Verfahren genügen würde.',
  note: 'Zu prüfen ist, ob der Ausschluss noch nötig ist; ohne ihn gilt die allgemeine Regel, nach der die elektronische Form die Schriftform ersetzen kann.',
};

/**
 * The law that lets the electronic form replace the written form: § 3a VwVfG and its Land versions (also "§ 3 a des
 * Landesverwaltungsverfahrensgesetzes", Art. 3a BayVwVfG), § 36a SGB I, § 87a AO. A citation of another law's § 3a
 * ("§ 3a Absatz 1 des Gesetzes") is no exclusion of the electronic form.
 */
const SUBSTITUTION_LAW =
  String.raw`(?:§|Art\.)\s*(?:3\s*a|36\s*a|87\s*a)(?:\s+Abs(?:atz|\.)\s*\d+)?(?:\s+Satz\s+\d+)?\s+(?:des\s+(?:Ersten|Zehnten)\s+Buches\s+Sozialgesetzbuch|des\s+\S*[Vv]erwaltungsverfahrensgesetzes(?:\s+für\s+(?:das\s+Land\s+)?\S+)?|der\s+Abgabenordnung|(?:Bay|L|Nds)?VwVfG|SGB\s+(?:I|X)\b|AO\b)`;

/**
 * "§ 3a des Verwaltungsverfahrensgesetzes findet keine Anwendung / ist nicht anzuwenden / gilt nicht" and "…, dabei
 * findet § 3 a des Landesverwaltungsverfahrensgesetzes keine Anwendung".
 */
const EXCLUSION = new RegExp(
  String.raw`${SUBSTITUTION_LAW}\s+(?:(?:findet|finden)\s+(?:insoweit\s+|hierbei\s+|dabei\s+)?keine\s+Anwendung|(?:ist|sind)\s+(?:insoweit\s+)?nicht\s+anzuwenden|(?:gilt|gelten)\s+nicht(?=\s*[.;,]))` +
    String.raw`|(?:findet|finden)\s+(?:insoweit\s+|hierbei\s+|dabei\s+)?${SUBSTITUTION_LAW}\s+(?:insoweit\s+)?keine\s+Anwendung`,
  'g',
);

/**
 * A form of the provision's own ("auf einem besonderen Vordruck", "amtlich vorgeschriebener Datensatz", a certificate
 * "das dem Muster nach Anhang I … entspricht"), or the label that travels with the goods ("Der Pflanzenpass besteht aus
 * einem Etikett oder einem Etikett und einem Warenbegleitpapier").
 */
const OWN_FORM = /\bEtikett\w*|\b\w*[Bb]egleitpapier\w*|\bVordruck\w*|\bFormular\w*|\bDatensatz\w*|\bvorgeschriebene[nms]?\s+(?:Muster|Format)\b|\bMuster\s+(?:nach|in|der|des)\s+(?:de[mr]\s+)?(?:Anhang|Anlage)\b/;

/** "Im Antragsverfahren nachzureichende Erklärungen können mittels Datenübertragung abgegeben werden" (PAuswG, PassG). */
const DATA_TRANSFER = /\bDaten(?:fern)?übertragung\b/;

/** The Absatz without the exclusion itself: what else the provision says about the channel. */
function restOfParagraph(ctx: MatchContext): string {
  const p = ctx.paragraphText;
  const at = ctx.paragraphBefore.length;
  return p.slice(0, at) + p.slice(at + ctx.text.length);
}

/** The words of the provision (§) outside the hit's sentence. */
function restOfProvision(ctx: MatchContext): string {
  const text = ctx.index.doc.text;
  return text.slice(ctx.provision.start, ctx.ref.start) + text.slice(ctx.ref.end, ctx.provision.end);
}

/**
 * Delete the exclusion: a sentence of its own ("§ 3a … findet keine Anwendung.", "Für Zuordnungsbescheide … findet
 * § 3a … keine Anwendung.") goes as a whole, a clause ("…, dabei findet § 3 a … keine Anwendung; …") with its lead-in.
 */
function edit(ctx: MatchContext): AmendmentEdit {
  const sentence = ctx.sentence;
  const lead = /^(?:\(\d+[a-z]?\)\s*)?/.exec(sentence)![0];
  const ownSentence = /^\s*(?:\.\s*)?$/.test(ctx.after) && !/[,;:]/.test(ctx.before.slice(lead.length));
  if (ownSentence) {
    const target = sentence.slice(lead.length).trimEnd();
    return { kind: 'delete', target, at: ctx.index.doc.text.indexOf(target, ctx.ref.start) };
  }
  const clause = /,\s*(?:dabei|hierbei|insoweit)?\s*$/.exec(ctx.before);
  if (clause) return { kind: 'delete', target: clause[0] + ctx.text, at: ctx.start - clause[0].length };
  return { kind: 'delete', target: ctx.text, at: ctx.start };
}

export const elektronischeFormAusgeschlossen = defineRule({
  id: 'elektronische-form-ausgeschlossen',
  title: 'Elektronische Ersetzung der Schriftform ausgeschlossen',
  category: 'schriftform',
  principle: 1,
  severity: 'hoch',
  source: 'Digitalcheck 2025, Prinzip 1.1/1.2; § 3a VwVfG, § 36a SGB I, § 87a AO; Normenscreening Schriftform (BT-Drs. 18/9177)',
  explanation: TEXTS.explanation,
  vocabulary: EXCLUSION,
  // the hit is itself a negation of § 3a and names the electronic form: both default guards would read it as relief
  guards: { negation: false, electronic: false },
  exceptions: [
    {
      id: 'anderer-elektronischer-weg',
      rationale: 'Die Vorschrift eröffnet selbst einen anderen elektronischen Weg („können in vereinfachter elektronischer Form … eingereicht werden“); der Ausschluss von § 3a macht nur dessen Signaturanforderungen entbehrlich.',
      // any electronic word in the Absatz, only an explicit opening elsewhere in the §
      when: (ctx) => offersElectronic(restOfParagraph(ctx)) || DATA_TRANSFER.test(restOfParagraph(ctx)) || offersElectronic(restOfProvision(ctx), true),
      example:
        'Anträge auf Gewährung einer Zuwendung können in vereinfachter elektronischer Form in der dafür vorgesehenen Software eingereicht werden. § 3a des Landesverwaltungsverfahrensgesetzes findet insoweit keine Anwendung.',
    },
    {
      id: 'eigener-vordruck',
      rationale: 'Schreibt der § einen eigenen Vordruck, ein Muster, einen Datensatz oder ein Etikett an der Ware vor, sichert der Ausschluss von § 3a diese Form; ob sie Papier verlangt, prüft papier_vordruck am Vordruck.',
      when: (ctx) => OWN_FORM.test(restOfProvision(ctx)) || OWN_FORM.test(ctx.sentence),
      example:
        'Die zuständige Behörde kann vorschreiben, dass der Antrag auf einem besonderen Vordruck gestellt werden muss. § 3a des Verwaltungsverfahrensgesetzes ist nicht anzuwenden.',
    },
  ],
  report: (ctx) => ({ edit: edit(ctx), note: TEXTS.note }),
  examples: {
    flagged: [
      'Über den wesentlichen Inhalt der Verhandlungen ist eine Niederschrift zu fertigen, dabei [findet § 3 a des Landesverwaltungsverfahrensgesetzes keine Anwendung]; sie muss den Namen des Vorsitzenden enthalten.',
      'Der Bescheid ist zu begründen und zuzustellen. [§ 3a des Verwaltungsverfahrensgesetzes findet keine Anwendung].',
      'Für Zuordnungsbescheide nach diesem Gesetz [findet § 3a des Verwaltungsverfahrensgesetzes keine Anwendung].',
      'Die Erklärung ist gegenüber dem Träger abzugeben. [§ 36a des Ersten Buches Sozialgesetzbuch gilt nicht].',
      'Der Antrag ist beim Finanzamt zu stellen. [§ 87a der Abgabenordnung ist nicht anzuwenden].',
      // an Absatz of its own: the exclusion reaches the acts of the whole § (VermG § 36 Abs. 3)
      '## § 36 Widerspruchsverfahren\n\n(1) Über den Widerspruch entscheidet die Behörde.\n\n(2) [§ 3a des Verwaltungsverfahrensgesetzes findet keine Anwendung].\n',
    ],
    accepted: [
      'Anträge auf Gewährung einer Zuwendung können in vereinfachter elektronischer Form in der dafür vorgesehenen Software eingereicht werden. § 3a des Landesverwaltungsverfahrensgesetzes findet insoweit keine Anwendung.',
      'Die zuständige Behörde kann vorschreiben, dass der Antrag auf einem besonderen Vordruck gestellt werden muss. § 3a des Verwaltungsverfahrensgesetzes ist nicht anzuwenden.',
      // another law's § 3a, and the VwGO's own § 87a, are no rule on the electronic form
      'Als Güterumschlag im Sinn des § 3a Absatz 1 des Gesetzes gilt nicht der Betrieb von Wartungsfahrzeugen.',
      'Für die Revision gelten die Vorschriften über die Berufung entsprechend. Die §§ 87a, 130a und 130b finden keine Anwendung.',
      '§ 3a des Verwaltungsverfahrensgesetzes findet Anwendung.',
      // the application itself is made in person; declarations handed in later may go by data transfer (PAuswG § 9 Abs. 1)
      'Personalausweise werden auf Antrag ausgestellt. § 3a Abs. 1 des Verwaltungsverfahrensgesetzes ist nicht anzuwenden. Im Antragsverfahren nachzureichende Erklärungen können mittels Datenübertragung abgegeben werden.',
      // the plant passport is a label on the goods (PflBeschauV § 13c)
      '## § 13c Pflanzenpass\n\n(1) Der Pflanzenpass besteht aus einem Etikett und einem Warenbegleitpapier.\n\n(2) § 3a des Verwaltungsverfahrensgesetzes findet keine Anwendung.\n',
      // the certificate follows an EU template named in another Absatz of the § (PflBeschauV § 6)
      '## § 6 Zeugnisse\n\n(1) Die Waren dürfen nur eingeführt werden, wenn sie von einem Zeugnis begleitet werden, das dem Muster nach Anhang I der Richtlinie entspricht.\n\n(2) § 3a des Verwaltungsverfahrensgesetzes findet keine Anwendung.\n',
    ],
  },
});
