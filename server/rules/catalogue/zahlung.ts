import type { AmendmentEdit } from '../amendment';
import type { MatchContext } from '../context';
import { modalSeverity } from '../lexicon';
import { defineRule } from '../types';

/** Texts of this rule, keyed by id; a lawyer edits them here. */
const TEXTS = {
  explanation:
    'Die Vorschrift verlangt eine Zahlung in bar, mit Gebührenmarken oder auf einem Papierbeleg (Überweisungsträger, Zahlkarte). Wer online beantragt, muss dann doch zur Kasse oder zur Post. Nach § 4 EGovG (für Niedersachsen § 6 NDIG) muss die Behörde eine im elektronischen Geschäftsverkehr übliche und sichere Bezahlmöglichkeit anbieten.',
  payOnline:
    'Die Zahlung kann auch über ein im elektronischen Geschäftsverkehr übliches und hinreichend sicheres Zahlungsverfahren erfolgen.',
  /** Ends the sentence whose cash word is struck ("ist … zu entrichten; die Zahlung ist auch unbar … möglich"). */
  payCashless:
    'die Zahlung ist auch unbar, insbesondere über ein im elektronischen Geschäftsverkehr übliches und hinreichend sicheres Zahlungsverfahren, möglich',
};

/** A payment duty: "bar … zu entrichten", "in bar zu leisten". */
const PAY_VERB =
  /^\s+(?:\S+\s+){0,8}?(?:zu\s+)?(?:entrichten|entrichtet|zahlen|gezahlt|bezahlen|bezahlt|einzuzahlen|eingezahlt|zu\s+leisten|geleistet|auszuzahlen|ausgezahlt|zu\s+begleichen|beglichen)\b/;
/** The cash desk or pay office of an authority ("bei der Kasse der Gemeinde", "an der Zahlstelle der Behörde"). */
const CASH_DESK = /\b(?:bei|an|in)\s+(?:der|die|einer)\s+(?:\S+\s+)?(?!Sparkasse)(?:\S*[Kk]asse|\S*[Zz]ahlstelle)\b/;
/** What the administration charges, also inside compounds ("Prüfungsgebühr", "Standgebühr", "Verfahrenskosten"). */
const CHARGE =
  /[Gg]ebühr|[Kk]osten|Auslagen|Abgabe|[Ee]ntgelt|Beitr|[Bb]eitrag|[Kk]asse|Verwarnungsgeld|Geldbuße|Zwangsgeld|Sicherheitsleistung|Maut|Steuer/;
/**
 * The cash office's own service ("Die Gemeindekasse hat … dem Einzahler eine Quittung zu erteilen", "Wertpapiere … von
 * der Gemeindekasse verwahrt", blind 14: BW GemKVO §§ 14, 20): a Kassenordnung rules how the office receipts and keeps
 * things, not how anyone has to pay.
 */
const CASH_OFFICE_OWN_TASK =
  /\b(?:Die|die|der)\s+\w*[Kk]asse\s+(?:hat|haben|kann|darf|soll)\b[^.;]{0,300}?\b(?:Quittung\w*\s+zu\s+erteilen|zu\s+verwahren|zu\s+buchen)\b|\bvon\s+der\s+\w*[Kk]asse\s+verwahrt\b/;
/** A payer's duty in the sentence itself ("ist bar … zu entrichten") stays a finding whatever the office does. */
const PAYER_DUTY = /\b(?:ist|sind)\s+(?:\S+\s+){0,6}?(?:zu\s+entrichten|zu\s+zahlen|zu\s+leisten|einzuzahlen)\b/;
/** A cashless channel that is open besides the cash desk or the paper slip. */
const CASHLESS = /unbar|bargeldlos|Lastschrift|Kartenzahlung|Zahlungskarte|Girocard|Kreditkarte|Zahlungsdienst|E-?Payment|Online-?Bezahl|elektronisch\w*\s+(?:Bezahl|Zahl)/i;

/** "nur", "ausschließlich" and "in" before the cash word go with it ("ist nur in bar zu zahlen" → "ist zu zahlen"). */
const CASH_LEAD = /(?:\b(?:nur|ausschließlich)\s+)?(?:\bin\s+)?$/;
/** The payment verb closes its clause: the cashless clause can follow it. */
const CLAUSE_END = /^\s*(?:[.;]|$)/;

/**
 * A cash duty whose verb closes the sentence ("Die Gebühr ist bar bei der Kasse zu entrichten.") loses its cash word
 * and says that cashless payment is open; an appended sentence "kann auch unbar erfolgen" would stand next to a
 * sentence that still demands cash. A verb followed by a clause keeps its place: "bar" becomes "bar oder unbar". Stamps,
 * paper slips and other wordings keep the appended sentence.
 */
function cashEdit(ctx: MatchContext): AmendmentEdit {
  const verb = ctx.text === 'bar' ? PAY_VERB.exec(ctx.trail(60)) : null;
  if (!verb) return { kind: 'appendSentence', sentence: TEXTS.payOnline };
  const at = ctx.start - CASH_LEAD.exec(ctx.lead(30))![0].length;
  // a clause follows the verb ("…, wenn …"): the cashless way joins the cash word instead
  if (!CLAUSE_END.test(ctx.after.slice(verb[0].length))) return { kind: 'replace', target: ctx.index.doc.text.slice(at, ctx.end), at, by: 'bar oder unbar' };
  const target = ctx.index.doc.text.slice(at, ctx.end + verb[0].length);
  return { kind: 'replace', target, at, by: `${verb[0].trim()}; ${TEXTS.payCashless}` };
}

export const zahlung = defineRule({
  id: 'zahlung',
  title: 'Zahlung nur bar, mit Gebührenmarken oder per Papierbeleg',
  category: 'zahlung',
  principle: 1,
  severity: 'hoch',
  source: 'Digitalcheck 2025, Prinzip 1.1 (durchgängig digital); § 4 EGovG, § 6 NDIG (elektronische Bezahlmöglichkeiten)',
  explanation: TEXTS.explanation,
  vocabulary: [
    'bar',
    'Barzahlung{en}',
    'Bargeld',
    'Gebührenmarke{n}',
    'Kostenmarke{n}',
    'Stempelmarke{n}',
    'Überweisungsträger{s,n}',
    'Zahlkarte{n}',
    'Zahlschein{e,en,s}',
    'Postanweisung{en}',
    // the fishing levy paid by a stamp glued into the Fischereischein (Land fishing laws)
    'Fischereiabgabemarke{n}',
    // "durch Einzahlung bei der Kasse", "an der Zahlstelle einzuzahlen": the cash desk as the way of payment
    'Einzahlung',
    'einzuzahlen',
  ],
  exceptions: [
    {
      id: 'einzahlung-ohne-kasse',
      rationale:
        'Eine Einzahlung ist nur als Weg der Zahlung („durch Einzahlung bei der Kasse“, „an der Zahlstelle einzuzahlen“) ein Papierweg; „auf das Konto einzuzahlen“ ist eine Überweisung, „Einzahlungen“ in der Kassenordnung sind Buchungsposten.',
      stage: 'trigger',
      when: (ctx) =>
        /^(?:Einzahlung|einzuzahlen)/.test(ctx.text) &&
        (!ctx.sentenceMatches(CASH_DESK) ||
          ctx.sentenceMatches(/Konto|überw[ei]/) ||
          (ctx.text === 'Einzahlung' && !/\b(?:durch|mittels)\s+(?:\S+\s+)?$/.test(ctx.lead(30)))),
      example: 'Der Betrag ist auf das Konto der Landeskasse einzuzahlen.',
    },
    {
      id: 'bar-ohne-zahlung',
      rationale: '„Bar“ ist nur als Zahlungsweise („bar zu entrichten“, „in bar“) ein Hindernis, nicht als Adjektiv („bar jeder Grundlage“).',
      stage: 'trigger',
      when: (ctx) => ctx.text === 'bar' && !/\bin\s+$/.test(ctx.lead(4)) && !PAY_VERB.test(ctx.trail(60)),
      example: 'Die Behauptung ist bar jeder tatsächlichen Grundlage und wird zurückgewiesen, wenn sie zu entscheiden ist.',
    },
    {
      id: 'privatrechtlicher-kaufpreis',
      rationale: 'Im Privat- und Steuerrecht beschreiben Barzahlung und Bargeld Geschäfte zwischen Privaten, keinen Weg zur Behörde.',
      when: (ctx) => ctx.profile.domain === 'privat' || ctx.profile.domain === 'steuer',
      example: 'Der Unternehmer hat den Gegenstand gegen Barzahlung zu liefern.',
      exampleLaw: 'BGB',
    },
    {
      id: 'unbare-zahlung-moeglich',
      rationale: 'Ist daneben eine unbare Zahlung (Lastschrift, Karte, elektronisches Bezahlverfahren) eröffnet, ist die Barzahlung nur ein zusätzlicher Weg.',
      when: (ctx) => !/^(?:Überweisungsträger|Zahlkarte|Zahlschein)/.test(ctx.text) && ctx.sentenceMatches(CASHLESS),
      example: 'Die Gebühr kann bar oder unbar entrichtet werden.',
    },
    {
      id: 'keine-zahlung-an-die-verwaltung',
      rationale: 'Nur Gebühren, Abgaben, Beiträge oder andere Forderungen der Verwaltung betreffen den Weg zur Behörde; Auszahlungen und Kapitalanlagen nicht.',
      when: (ctx) =>
        !/marke|Überweisungsträger|Zahlkarte|Zahlschein/.test(ctx.text) &&
        !ctx.sentenceMatches(CHARGE),
      example: 'Die Entschädigung wird durch Barzahlung erfüllt.',
    },
    {
      id: 'barzahlung-ermoeglichen',
      rationale: 'Wer Barzahlung ermöglichen oder zulassen muss, bietet einen zusätzlichen Weg an; das ist kein Hindernis.',
      when: (ctx) => ctx.sentenceMatches(/ermöglich|zuzulassen|zugelassen|\bauch\b/) && !ctx.sentenceMatches(/\bnur\b|\bausschließlich\b/),
      example: 'Der Betreiber hat dem Schuldner die Entrichtung der Mautgebühr durch Barzahlung zu ermöglichen.',
    },
    {
      id: 'barzahlung-ausgeschlossen-oder-zahlungstag',
      rationale: 'Ein Ausschluss der Barzahlung oder eine Regel über den Tag der Zahlung („Als Tag der Zahlung gilt …“) schreibt keinen Papierweg vor.',
      when: (ctx) => ctx.sentenceMatches(/ausgeschlossen|unzulässig|nicht\s+zulässig|Tag\s+der\s+\w*[Zz]ahlung\s+gilt|gilt\s+als\s+letzter/),
      example: 'Eine Sicherheitsleistung durch Barzahlung ist ausgeschlossen.',
    },
    {
      id: 'kassendienst',
      rationale: 'Wie die Kasse selbst Quittungen erteilt, bucht oder Wertzeichen verwahrt, regelt den inneren Kassendienst; einen Zahlungsweg für Bürgerinnen, Bürger oder Unternehmen schreibt das nicht vor.',
      when: (ctx) => ctx.paragraphMatches(CASH_OFFICE_OWN_TASK) && !ctx.sentenceMatches(PAYER_DUTY),
      example: 'Die Gemeindekasse hat über jede Einzahlung, die nicht den Gegenwert für gegen Barzahlung abgegebene Drucksachen darstellt, dem Einzahler eine Quittung zu erteilen.',
    },
    {
      id: 'bargeld-als-gegenstand',
      rationale: 'Bargeld als Gegenstand (Sicherstellung, Geldwäsche, Auszahlung an Bedürftige) ist kein Zahlungsweg zur Behörde.',
      // "durch Hinterlegung von Bargeld": the deposit of cash is the way a security is paid
      when: (ctx) => ctx.text === 'Bargeld' && !/\bmit\s+$|\bin\s+$|\b(?:Hinterlegung|Einzahlung)\s+von\s+$/.test(ctx.lead(24)),
      example: 'Die Polizei kann Bargeld sicherstellen, das als Sicherheitsleistung bestimmt ist.',
    },
  ],
  report(ctx) {
    const sole = ctx.sentenceMatches(/\bnur\b|\bausschließlich\b/) || /marke/.test(ctx.text);
    return { severity: sole ? 'hoch' : modalSeverity(ctx), edit: cashEdit(ctx) };
  },
  examples: {
    flagged: [
      'Die Verwaltungsgebühr ist [bar] bei der Kasse der Gemeinde zu entrichten.',
      'Die Gebühr wird durch Verwendung von [Gebührenmarken] entrichtet.',
      'Die Zahlung ist ausschließlich mit dem beigefügten [Überweisungsträger] zu leisten.',
      'Das Verwarnungsgeld ist in [bar] zu zahlen.',
      'Die Prüfungsgebühr ist bei der Anmeldung [bar] zu entrichten.',
      'Die Gebühr ist durch [Einzahlung] bei der Kasse der Gemeinde zu entrichten.',
      'Die Sicherheitsleistung ist durch Hinterlegung von [Bargeld] bei der Hinterlegungsstelle zu erbringen.',
    ],
    accepted: [
      'Die Gebühr kann bar oder durch Lastschrift entrichtet werden.',
      'Die Gebühr ist auf das Konto der Gemeinde zu überweisen.',
      'Die Behauptung ist bar jeder Grundlage.',
      'Der Betrag ist auf das Konto der Landeskasse einzuzahlen.',
      'Ohne Annahmeanordnung dürfen Einzahlungen gebucht werden, die irrtümlich bei der Gemeindekasse eingehen.',
      'Gefangene erhalten einen angemessenen Barbetrag zur persönlichen Verfügung.',
    ],
  },
});
