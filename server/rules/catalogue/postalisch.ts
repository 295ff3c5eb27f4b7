import type { AmendmentEdit } from '../amendment';
import type { MatchContext } from '../context';
import { modalSeverity, offersElectronic } from '../lexicon';
import { defineRule } from '../types';

const PREPOSITION = /(?:durch|mit|mittels|per|als|gegen|im\s+Wege\s+de[rs])\s+(?:eine[ns]?\s+|einfache[nm]?\s+|de[nm]\s+)?$/;
/** Regulation of postal services themselves (PostG, universal service) is not a channel requirement. */
const POSTAL_MARKET = /Postdienstleistung|Universaldienst|Lizenznehmer|Briefbeförderung|Postunternehmen|Anbieter\s+von\s+Postdienst|Beförderung\s+von\s+(?:Briefsendungen|Postsendungen)/;

function edit(ctx: MatchContext, start: number): AmendmentEdit {
  const t = ctx.index.doc.text.slice(start, ctx.end);
  if (/Poststempel|zur\s+Post/.test(t)) {
    return { kind: 'appendSentence', sentence: 'Bei elektronischer Übermittlung tritt an die Stelle der Aufgabe zur Post der Zeitpunkt der Absendung.' };
  }
  const prep = start === ctx.start ? PREPOSITION.exec(ctx.lead(30)) : null;
  if (prep || start !== ctx.start) {
    const at = prep ? start - prep[0].length : start;
    return { kind: 'delete', target: `${prep ? prep[0] : ''}${t}`, at };
  }
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
    /\b(?:Post|Postweg\w*|Briefpost|Einschreiben(?:s)?(?:\s+(?:mit|gegen)\s+Rückschein)?|eingeschrieben(?:e[nmrs]?)?\s+Brief\w*|Einschreibebrief\w*|Zustellungsurkunde(?:n)?|Postzustellungsurkunde(?:n)?|Rückschein\w*|Poststempel\w*|Brief(?:es)?)\b/g,
  evaluate(ctx) {
    const { text } = ctx;
    let start = ctx.start;
    if (text === 'Post') {
      // "durch die Post", "per Post", "zur Post gegeben", "Aufgabe zur Post"; not "Deutsche Post AG", "Poststelle"
      const prep = /(?:(?:durch|mit|per|über)\s+(?:die|der)\s+|per\s+|Aufgabe\s+zur\s+|zur\s+)$/.exec(ctx.lead(16));
      if (!prep) return null;
      if (/^zur\s+$/.test(prep[0]) && !/^\s+(?:gegeben|zu\s+geben|aufgegeben|aufzugeben)/.test(ctx.trail(16))) return null;
      start -= prep[0].length;
    } else if (/^Brief/.test(text)) {
      const prep = /(?:durch|per|mittels)\s+(?:einfachen\s+)?$/.exec(ctx.lead(20));
      if (!prep) return null;
      start -= prep[0].length;
    }
    const { sentence } = ctx;
    if (ctx.profile.domain === 'post') return null;
    if (ctx.inDefinitions) return null;
    if (POSTAL_MARKET.test(sentence)) return null;
    if (ctx.negated()) return null;
    if (offersElectronic(sentence)) return null;
    const soft = /Aufgabe\s+zur\s+Post|zur\s+Post\s+(?:gegeben|aufgegeben)|Poststempel|gilt\b/.test(sentence);
    return { start, end: ctx.end, severity: soft ? 'mittel' : modalSeverity(sentence), edit: edit(ctx, start) };
  },
  examples: {
    flagged: [
      'Die Kündigung ist dem Mieter durch Einschreiben mit Rückschein zu übermitteln.',
      'Der Bescheid ist dem Antragsteller durch die Post mit Zustellungsurkunde zuzustellen.',
      'Für die Wahrung der Frist ist das Datum des Poststempels maßgebend.',
      'Die Anzeige ist mittels eingeschriebenen Briefes an die Aufsichtsbehörde zu richten.',
    ],
    accepted: [
      'Die Poststelle der Behörde nimmt die Eingänge entgegen.',
      'Die Lizenz ist für die Beförderung von Briefsendungen erforderlich, deren Einzelgewicht nicht mehr als 1 000 Gramm beträgt; Universaldienstleistungen sind auch Einschreiben.',
      'Der Bescheid kann durch die Post oder elektronisch zugestellt werden.',
      'Die Deutsche Post AG nimmt die ihr übertragenen Aufgaben wahr.',
      'Ein schriftlicher Verwaltungsakt gilt bei der Übermittlung durch die Post im Inland am vierten Tag nach der Aufgabe zur Post, ein elektronisch übermittelter Verwaltungsakt am vierten Tag nach der Absendung als bekannt gegeben.',
    ],
  },
});
