import type { AmendmentEdit } from '../amendment';
import type { MatchContext } from '../context';
import { DEEMING, EXAM, inflectLike, modalSeverity, offersElectronic } from '../lexicon';
import { defineRule } from '../types';

/** Nouns after "schriftlich-" that describe an exam or a text, not a form of communication. */
const NON_FORM_NOUN =
  /^\s+(?:\S+\s+)?(?:Prüfung\w*|Prüfungs\w*|Arbeit(?:en)?|Aufsichtsarbeit\w*|Klausur\w*|Teil\w*|Aufgabe\w*|Leistung\w*|Haus\w*arbeit\w*|Ausarbeitung\w*|Fragen|Test\w*|\w*[Pp]rüfung|Abschlussarbeit\w*|Examen\w*|Fach|Fächer\w*|Verfahren\w*|Umlaufverfahren\w*|Werk\w*|Quellen|Aufzeichnung\w*|Sprach\w*|Kenntnis\w*|Übersetzung\w*|Abschnitt\w*|Bearbeitung\w*|Beiträge|Material\w*|Ausdruck\w*|Fassung|Vorbringen\w*|Gutachten\w*|\w*[Tt]ext(?:e|en|es)?)\b/;
/** Words that show a communication act even inside an exam rule ("Der Prüfling kann schriftlich Widerspruch …"). */
const FORM_OBJECT =
  /Antrag|beantrag|Widerspruch|Einspruch|Einwendung|Erklärung|erklären|erklärt|Mitteilung|mitzuteilen|mitteil|mitgeteilt|schriftlich\s+bekannt\b|Anzeige|anzuzeigen|Zustimmung|Einwilligung|Bescheid|Kündigung|Rücktritt|Beschwerde|Bestätigung|benachrichtig|unterricht|Ladung|zu laden|Vollmacht|Genehmigung|Erlaubnis|Antwort|Ablehnung|abgelehnt|bekannt\s*(?:gegeben|zu\s*geben)|gibt\s+(?:\S+\s+){0,8}bekannt/;
/** "schriftlich oder mündlich" – any form is fine, so nothing blocks a digital channel. */
/** "schriftlich oder mündlich" (any form) and "praktisch, schriftlich und mündlich" (exam parts). */
const INFORMAL = /^\s*(?:,|oder|und|und\/oder|sowie|bzw\.)\s+(?:\S+\s+)?(?:fern)?(?:mündlich|praktisch)|^\s+(?:zu\s+)?bearbeit/;
/** "… befragen oder von ihnen schriftliche Auskünfte einholen": questioning in person or writing, the asking body's choice. */
const INFORMAL_BEFORE = /(?:mündlich\w*|praktisch\w*|befragen|anhören)\s*(?:,|oder|und|und\/oder|sowie|bzw\.)\s+(?:\S+\s+){0,2}$/;
/** "Schriftliche Erklärungen mit Dienstsiegel haben die Eigenschaft öffentlicher Urkunden" describes an effect. */
const PUBLIC_DEED = /Eigenschaft\s+(?:einer\s+)?öffentliche[rn]?\s+Urkunde/;
const COMMITTEE = /Abstimmung|Stimmabgabe|\bStimme\b|Umlaufverfahren|im\s+schriftlichen\s+Verfahren|schriftliche[ns]?\s+Verfahren|schriftliche[nr]?\s+(?:Stimmabgabe|Abstimmung|Beschlussfassung)|Briefwahl/;

function edit(ctx: MatchContext): AmendmentEdit {
  const word = ctx.text;
  const privat = ctx.profile.domain === 'privat';
  if (/^Schriftformerfordernis/i.test(word)) {
    return { kind: 'appendSentence', sentence: 'Die Schriftform kann durch die elektronische Form ersetzt werden.' };
  }
  if (/^Schriftform$/i.test(word)) {
    if (privat) return { kind: 'replace', target: word, at: ctx.start, by: 'Textform' };
    const article = /\b(der|die|in)\s+$/i.exec(ctx.before)?.[1]?.toLowerCase();
    const words = article === 'die' ? 'oder die elektronische Form' : article === 'in' ? 'oder in elektronischer Form' : 'oder der elektronischen Form';
    return { kind: 'insertAfter', anchor: word, at: ctx.start, words };
  }
  const orNext = /^\s+oder\b/.exec(ctx.after);
  if (orNext && word.toLowerCase() === 'schriftlich') {
    return { kind: 'replace', target: `${word}${orNext[0]}`, at: ctx.start, by: `${word}, elektronisch oder` };
  }
  if (privat && word.toLowerCase() === 'schriftlich') return { kind: 'replace', target: word, at: ctx.start, by: 'in Textform' };
  return { kind: 'insertAfter', anchor: word, at: ctx.start, words: `oder ${inflectLike(word, 'schriftlich', 'elektronisch')}` };
}

export const schriftform = defineRule({
  id: 'schriftform',
  title: 'Schriftformerfordernis ohne elektronische Alternative',
  category: 'schriftform',
  principle: 1,
  severity: 'hoch',
  source: 'Digitalcheck 2025, Prinzip 1.1/1.2; Normenscreening Schriftform (BT-Drs. 18/9177)',
  explanation:
    'Die Vorschrift verlangt die Schriftform. Sie zwingt zu Papier und eigenhändiger Unterschrift (oder zur kaum verbreiteten qualifizierten elektronischen Signatur) und verhindert so eine durchgängig digitale Abwicklung. Zu prüfen ist, ob eine Form überhaupt nötig ist; sonst genügt „schriftlich oder elektronisch“ bzw. im Privatrecht die Textform.',
  trigger: /\b(?:[Ss]chriftlich(?:e[nmrs]?)?|Schriftform(?:erfordernis(?:se[ns]?)?)?)\b/g,
  evaluate(ctx) {
    const { sentence, before, after } = ctx;
    if (ctx.inDefinitions) return null;
    if (/^schriftlich/i.test(ctx.text)) {
      if (NON_FORM_NOUN.test(after) && !/^\s+(?:\S+\s+)?(?:Prüfungsentscheidung|Prüfungsbescheid)/.test(after)) return null;
      if (EXAM.test(sentence) && !FORM_OBJECT.test(ctx.lead(60) + ctx.text + ctx.trail(60))) return null;
      if (INFORMAL.test(after) || INFORMAL_BEFORE.test(before)) return null;
    }
    if (COMMITTEE.test(sentence) || DEEMING.test(sentence) || PUBLIC_DEED.test(sentence) || ctx.inCondition()) return null;
    // a past fact ("… schriftlich mitgeteilt worden sind") or a prohibition ("darf nicht … schriftlich verkehren")
    if (/^\s+(?:\S+\s+){0,2}\S+\s+worden\s+(?:ist|sind|war|waren)\b/.test(after) || /\b(?:bereits|schon)\s+$/.test(ctx.lead(10))) return null;
    // "mit der in § 3 genannten schriftlichen Genehmigung" points to a written act required elsewhere
    if (/^schriftliche[nmrs]?$/.test(ctx.text) && /\b(?:genannte|bezeichnete|erwähnte|aufgeführte)[nmrs]?\s+$/.test(ctx.lead(30)) && /§/.test(ctx.lead(60))) return null;
    if (/\b(?:darf|dürfen)\s+(?:\S+\s+){0,3}nicht\b/.test(sentence) && !/\bmuss\b|\bmüssen\b|\bist\b[^,;]*\bzu\s+\w+|\bsind\b[^,;]*\bzu\s+\w+/.test(sentence)) return null;
    if (ctx.negated()) return null;
    if (offersElectronic(sentence)) return null;
    if (ctx.index.paragraphOffersElectronic(ctx.ref)) return null;
    if (ctx.index.provisionReplacesWrittenForm(ctx.ref)) return null;
    if (ctx.index.generalFormClause()) return null;
    const permissive = /\b(?:kann|können|darf|dürfen)\b/.test(sentence) && !/\bnur\b|\bausschließlich\b|\bmuss\b|\bmüssen\b|\bist\b[^,;]*\bzu\s+\w+/.test(sentence);
    return {
      start: ctx.start,
      end: ctx.end,
      severity: permissive ? 'mittel' : modalSeverity(sentence),
      edit: edit(ctx),
      note:
        ctx.profile.level === 'land'
          ? 'Für niedersächsische Behörden verlangt § 4 NDIG einen elektronischen Zugang, der die Schriftform ersetzen kann.'
          : undefined,
    };
  },
  examples: {
    flagged: [
      'Der Antrag ist schriftlich bei der zuständigen Behörde zu stellen.',
      'Die Kündigung des Vertrages bedarf der Schriftform.',
      'Der Widerspruch ist schriftlich oder zur Niederschrift bei der Behörde zu erheben.',
      'Die Erlaubnis wird auf schriftlichen Antrag erteilt.',
      'Der Verzicht ist der Behörde gegenüber schriftlich zu erklären; die elektronische Form ist ausgeschlossen.',
      'Die Entscheidung ist schriftlich zu begründen und den Beteiligten bekannt zu geben.',
      'Der Versicherungsnehmer kann auf eine Beratung durch schriftliche Erklärung verzichten.',
      'Anträge auf Erteilung einer Genehmigung bedürfen der Schriftform. Jede Änderung ist unverzüglich schriftlich oder elektronisch anzuzeigen.',
      'Die Prüfung findet nur statt, wenn der Betrieb der Anerkennungsstelle schriftlich erklärt hat, dass die Partie aus geprüften Beständen stammt.',
      'Das Prüfungsamt gibt das Ergebnis jeder Klausur den Prüflingen spätestens einen Monat nach dem Prüfungstag schriftlich bekannt.',
      'Die Behörde kann die Beteiligten anhören; die Auskunft ist schriftlich zu erteilen.',
      'Eine Genehmigung nach § 3 Abs. 1 setzt einen schriftlichen Antrag voraus. Eine Erlaubnis nach § 19 Absatz 1 Satz 1 setzt einen schriftlichen oder elektronischen Antrag voraus.',
    ],
    accepted: [
      'Der Antrag ist schriftlich oder elektronisch bei der zuständigen Behörde zu stellen.',
      'Die Prüfung besteht aus einem schriftlichen und einem mündlichen Teil.',
      'Die Vollmacht bedarf nicht der Schriftform.',
      'Die Erklärung kann schriftlich oder mündlich abgegeben werden.',
      'Die Kündigung bedarf der Textform.',
      '(1) Der Antrag ist schriftlich zu stellen. (2) Der Antrag kann auch elektronisch übermittelt werden.',
      'In der schriftlichen Prüfung hat der Prüfling zwei Aufsichtsarbeiten zu fertigen.',
      'Die Schriftform kann durch die elektronische Form ersetzt werden.',
      'Ist die Person nicht in der Lage, die Einwilligung schriftlich zu erklären, so kann diese auf andere Weise erklärt werden.',
      'Die Frist wird auch durch eine vor ihrem Ablauf zur Post gegebene schriftliche Erklärung gewahrt.',
      'Das Honorar umfasst auch den Aufwand für die Anfertigung des schriftlichen Gutachtens.',
      'Die Vorschriften über die Schriftform (§ 126 des Bürgerlichen Gesetzbuchs) bleiben unberührt.',
      'Die Beteiligten können auf die Schriftform verzichten.',
      'Ein schriftlicher Verwaltungsakt, der durch die Post übermittelt wird, gilt am vierten Tag nach der Aufgabe zur Post als bekannt gegeben.',
      'Der Anspruch besteht, wenn die Krankenkasse vor dem 5. November 1992 über den Anspruch bereits schriftlich entschieden hat.',
      'Die Prüfung wird schriftlich durchgeführt und dauert vier Stunden.',
      'Das Gremium kann Angehörige der Behörden befragen oder von ihnen schriftliche Auskünfte einholen.',
      'Wird vereinbart, anstelle einer Aussprache die schriftlichen Redetexte zu Protokoll zu nehmen, werden die Punkte kenntlich gemacht.',
      'Mit der in den §§ 3 und 4 genannten schriftlichen Genehmigung ist ein Verzeichnis fest zu verbinden.',
      'Der Antrag ist schriftlich zu stellen. Anträge nach Absatz 1 können auch elektronisch gestellt werden.',
    ],
  },
});
