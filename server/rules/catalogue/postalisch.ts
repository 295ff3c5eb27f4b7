import type { AmendmentEdit } from '../amendment';
import type { MatchContext } from '../context';
import { DEEMING, PAPER_FALLBACK, modalSeverity, offersElectronic, mainClause } from '../lexicon';
import { defineRule } from '../types';

const PREPOSITION = /(?:durch|mit|mittels|per|als|gegen|auf|im\s+Wege\s+de[rs])\s+(?:eine[ns]?\s+|einfache[nm]?\s+|de[nm]\s+)?$/;
/** Regulation of postal services themselves (PostG, universal service) is not a channel requirement. */
const POSTED_CASE = /^(?:Wird|Werden|Wenn|Falls|Sofern)\s[^,;]*\b(?:Post|Postweg)\b[^,;]*,/;
const POSTAL_MARKET = /Postdienstleistung|Universaldienst|Lizenznehmer|Briefbeförderung|Postunternehmen|Anbieter\s+von\s+Postdienst|Beförderung\s+von\s+(?:Briefsendungen|Postsendungen)/;

function edit(ctx: MatchContext, start: number): AmendmentEdit {
  const t = ctx.index.doc.text.slice(start, ctx.end);
  if (/Poststempel|zur\s+Post/.test(t)) {
    return { kind: 'appendSentence', sentence: 'Bei elektronischer Übermittlung tritt an die Stelle der Aufgabe zur Post der Zeitpunkt der Absendung.' };
  }
  if (start !== ctx.start) return { kind: 'delete', target: t, at: start };
  return {
    kind: 'appendSentence',
    sentence: 'Die Übermittlung kann auch elektronisch erfolgen, insbesondere durch Bereitstellung zum Abruf über ein Nutzerkonto.',
  };
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
  trigger:
    /\b(?:Post|Postweg\w*|Briefpost|Einschreiben(?:s)?(?:\s+(?:mit|gegen)\s+Rückschein)?|eingeschrieben(?:e[nmrs]?)?\s+Brief\w*|Einschreibebrief\w*|Zustellungsurkunde(?:n)?|Postzustellungsurkunde(?:n)?|Rückschein\w*|Poststempel\w*|Brief(?:es)?|eingeschrieben|Briefwahl)\b/g,
  evaluate(ctx) {
    const { text } = ctx;
    let start = ctx.start;
    if (text === 'Post') {
      // "durch die Post", "per Post", "zur Post gegeben", "Aufgabe zur Post"; not "Deutsche Post AG", "Poststelle"
      const prep = /(?:(?:durch|mit|per|über)\s+(?:die|der)\s+|per\s+|Aufgabe\s+zur\s+|zur\s+)$/.exec(ctx.lead(16));
      if (!prep) return null;
      if (/^zur\s+$/.test(prep[0]) && !/^\s+(?:gegeben|zu\s+geben|aufgegeben|aufzugeben)/.test(ctx.trail(16))) return null;
      start -= prep[0].length;
    } else if (/^(?:Post)?[Zz]ustellungsurkunde/.test(text)) {
      // the form itself ("Vordruck für die Zustellungsurkunde") is no channel; "mit Zustellungsurkunde" is
      if (!/(?:mit|gegen)\s+(?:\S+\s+)?$/.test(ctx.lead(20))) return null;
    } else if (text === 'eingeschrieben') {
      // adverb "eingeschrieben übersenden"; not "im Register eingeschrieben" or enrolled students
      if (/^\s+Brief/.test(ctx.trail(8)) || !/send|übermitt|zuzuleiten|zugeleitet/.test(ctx.sentence)) return null;
    } else if (/^Brief/.test(text)) {
      const prep = /(?:durch|per|mittels)\s+(?:einfachen\s+)?$/.exec(ctx.lead(20));
      if (!prep) return null;
      start -= prep[0].length;
    } else {
      // include the preposition in the span: "durch Einschreiben", "mit Zustellungsurkunde", "auf dem Postweg"
      const prep = PREPOSITION.exec(ctx.lead(30));
      if (prep && !/^(?:Poststempel|Briefwahl)/.test(text)) start -= prep[0].length;
    }
    const { sentence } = ctx;
    if (ctx.profile.domain === 'post') return null;
    if (ctx.inDefinitions) return null;
    if (POSTAL_MARKET.test(sentence) || DEEMING.test(sentence) || ctx.inCondition()) return null;
    // "Wird … durch die Post übermittelt, ist das Datum der Aufgabe zur Post anzugeben": the whole sentence hangs on the case
    if (POSTED_CASE.test(sentence) || PAPER_FALLBACK.test(sentence)) return null;
    // "Für die Übermittlung auf dem Postweg …": the postal route is the exception, not the rule
    if (/(?:Für|Bei|Im\s+Falle?\s+de[rs])\s+(?:die\s+|der\s+)?Übermittlung\s+auf\s+dem\s+$/.test(ctx.lead(50))) return null;
    if (ctx.negated()) return null;
    if (offersElectronic(mainClause(sentence)) || ctx.index.paragraphOffersElectronic(ctx.ref)) return null;
    const soft = /Aufgabe\s+zur\s+Post|zur\s+Post\s+(?:gegeben|aufgegeben)|Poststempel|gilt\b/.test(sentence);
    return { start, end: ctx.end, severity: soft ? 'mittel' : modalSeverity(sentence), edit: edit(ctx, start) };
  },
  examples: {
    flagged: [
      'Die Kündigung ist dem Mieter durch Einschreiben mit Rückschein zu übermitteln.',
      'Der Bescheid ist dem Antragsteller durch die Post mit Zustellungsurkunde zuzustellen.',
      'Für die Wahrung der Frist ist das Datum des Poststempels maßgebend.',
      'Die Anzeige ist mittels eingeschriebenen Briefes an die Aufsichtsbehörde zu richten.',
      'Hat der Inhaber eine elektronische Anmeldung durchgeführt, wird ein Aufkleber durch die Behörde auf dem Postweg an die neue Anschrift versendet.',
    ],
    accepted: [
      'Die Poststelle der Behörde nimmt die Eingänge entgegen.',
      'Die Lizenz ist für die Beförderung von Briefsendungen erforderlich, deren Einzelgewicht nicht mehr als 1 000 Gramm beträgt; Universaldienstleistungen sind auch Einschreiben.',
      'Der Bescheid kann durch die Post oder elektronisch zugestellt werden.',
      'Hat der Antragsteller zugestimmt, wird der Bescheid auf dem Postweg oder elektronisch übermittelt.',
      'Die Deutsche Post AG nimmt die ihr übertragenen Aufgaben wahr.',
      'Wird die Bescheinigung durch die Post übermittelt, ist das Datum der Aufgabe zur Post auf der Bescheinigung anzugeben.',
      'Formlos mitgeteilte Entscheidungen gelten mit dem dritten Tag nach Aufgabe zur Post als bekannt gegeben.',
      'Im Fall einer Störung der Datenübertragung ist ausnahmsweise eine Mitteilung auf dem Postweg möglich.',
      'Bei einer Zusendung der Unterlagen durch die Post im Inland gelten die Unterlagen am dritten Tag nach der Absendung als zugesandt.',
      'Ein schriftlicher Verwaltungsakt gilt bei der Übermittlung durch die Post im Inland am vierten Tag nach der Aufgabe zur Post, ein elektronisch übermittelter Verwaltungsakt am vierten Tag nach der Absendung als bekannt gegeben.',
    ],
  },
});
