import type { AmendmentEdit } from '../amendment';
import type { MatchContext } from '../context';
import { modalSeverity } from '../lexicon';
import { defineRule } from '../types';

/** Internet or electronic gazette in the same sentence or Absatz makes the print/posting an extra, not the only way. */
const ONLINE =
  /Internet|elektronisch|Bundesanzeiger|[Oo]nline|Website|Webseite|Internetseite|Homepage|Veröffentlichungsplattform|Portal|§\s*27a|§\s*27b|zugänglich\s+zu\s+machen|zugänglich\s+gemacht|Informationssystem|Informations- und Kommunikations\w*|Intranet|Informationstechn\w*/;
/** A duty to publish; a participle ("im Amtsblatt veröffentlichten Bekanntmachung") is only a citation. */
const PUBLISH =
  /bekannt\s*zu\s*machen|bekanntzumachen|bekanntzugeben|bekannt\s*zu\s*geben|zu\s+veröffentlichen|(?:wird|werden|ist|sind)\s+(?:\S+\s+){0,10}(?:veröffentlicht|bekannt\s*gemacht|bekannt\s*gegeben|verkündet)\b(?!e)|zu\s+verkünden|(?:muss|muß|müssen|soll|sollen)\s+(?:\S+\s+){0,10}(?:veröffentlicht|bekannt\s*gemacht|bekannt\s*gegeben)\s+werden|Bekanntmachung\s+(?:erfolgt|ist|hat)|(?:erfolgt|erfolgen)\s+(?:\S+\s+){0,6}(?:Amtsblatt|Zeitung)|\bveröffentlichen\b|\bbekannt\s*machen\b|\bbekanntmachen\b|einzurücken|abzudrucken|Veröffentlichung\s+in\b|Bekanntmachung\s+in\b|hinzuweisen/;
/** An exception the court or authority must order: the channel named in it is no alternative of the rule itself. */
const ORDERED_EXCEPTION = /(?:sofern|soweit|es\s+sei\s+denn)\b[^.;]*?\bnicht\b[^.;]*?\b(?:anordnet|bestimmt)\b[^.;]*/g;
const EU_GAZETTE = /Amtsblatt\s+der\s+Europäischen|Amtsblatt\s+(?:der|des)\s+(?:EU|EG|Gemeinschaft)/;

function edit(ctx: MatchContext): AmendmentEdit {
  if (/ausleg|Auslegung|Einsicht/i.test(ctx.text)) {
    return {
      kind: 'appendSentence',
      sentence: 'Die Unterlagen sind zusätzlich auf der Internetseite der zuständigen Behörde zugänglich zu machen; maßgeblich ist der Inhalt der im Internet veröffentlichten Unterlagen.',
    };
  }
  return {
    kind: 'appendSentence',
    sentence: 'Die Bekanntmachung erfolgt zusätzlich auf der Internetseite der zuständigen Behörde; für den Beginn von Fristen ist die Veröffentlichung im Internet maßgeblich.',
  };
}

export const aushangBekanntmachung = defineRule({
  id: 'aushang-bekanntmachung',
  title: 'Bekanntmachung nur durch Aushang, Auslegung oder Druckmedium',
  category: 'aushang_bekanntmachung',
  principle: 1,
  severity: 'hoch',
  source: 'Digitalcheck 2025, Prinzip 1.1; §§ 27a, 27b VwVfG (seit 1.1.2024)',
  explanation:
    'Die Vorschrift sieht eine Bekanntmachung nur durch Aushang, Auslegung zur Einsichtnahme, ortsübliche Bekanntmachung oder in Zeitung/Amtsblatt vor. Wer nicht vor Ort ist, erfährt davon nicht. Nach §§ 27a, 27b VwVfG erfolgen Bekanntmachung und Auslegung über die Internetseite der Behörde, ergänzt um mindestens einen weiteren Weg.',
  trigger:
    /\b(?:Aushang|Aushangs|ausgehängt|auszuhängen|aushängen|Anschlag|Gerichtstafel|Amtstafel|Anschlagtafel|Bekanntmachungstafel|Aushangtafel|[Ss]chwarzen?\s+Brett|ortsüblich(?:e[nmrs]?)?|auszulegen|auslegen|ausgelegt|ausliegen|Auslegung|Tageszeitung(?:en)?|Zeitung(?:en)?|Amtsblatt|Amtsblatts|Amtsblattes|Amtsblättern|Kreisblatt|Gemeindeblatt|Veröffentlichungsblatt)\b/g,
  evaluate(ctx) {
    const text = ctx.text;
    // cheap checks on the neighbouring words first: "Anschlag", "Auslegung", "auszulegen" mostly mean other things
    if (text === 'Anschlag' && !/durch\s+$/.test(ctx.lead(8)) && !/^\s+an\b/.test(ctx.trail(5))) return null;
    if (/^ortsüblich/.test(text) && !/^\s+(?:bekannt|Bekanntmachung|Weise)/.test(ctx.trail(20))) return null;
    // "im Sinne des § 3" refers to a duty defined elsewhere; "… bekannt gemacht worden ist" to a past act
    if (/^\s+im\s+Sinne\s+de[rs]\b/.test(ctx.trail(14)) || /^\s+(?:\S+\s+){0,2}?(?:bekannt\s*gemacht|ausgelegt|ausgehängt)\s+worden\b/.test(ctx.trail(50))) return null;
    if (/^aus(?:zu)?leg|^ausgelegt|^ausliegen/.test(text) && !/(?:öffentlich|Einsicht(?:nahme)?)\s+(?:\S+\s+){0,3}$/.test(ctx.lead(60))) return null;
    // "bei der Antrag und Unterlagen zur Einsicht ausgelegt sind": where a display ordered elsewhere takes place
    if (/^ausgelegt|^ausgehängt/.test(text) && /^\s+(?:sind|ist|werden|wird)\b/.test(ctx.trail(8)) && /,\s*(?:bei|in|an)\s+(?:der|dem|denen|welcher|welchem)\s[^,;]*$/.test(ctx.lead(120))) return null;
    if (text === 'Auslegung' && !/öffentliche[nr]?\s+$/.test(ctx.lead(14))) return null;
    const { sentence } = ctx;
    if (ctx.inDefinitions) return null;
    // a notice at the place of business between private parties (AGB, § 305 BGB) is no public announcement
    if (ctx.profile.domain === 'privat' && /^(?:Aushang|ausgehängt|auszuhängen|aushängen)/.test(text)) return null;
    if (/Zeitung|blatt|Amtsblätt/i.test(text) && !PUBLISH.test(sentence)) return null;
    if (/Amtsblatt/.test(text) && EU_GAZETTE.test(sentence)) return null;
    if (/Zeitung/.test(text) && /Zeitschrift|Verlag|Presse|Steuersatz|Umsatz|Lieferung|Erzeugnis|Druckerzeugnis/.test(sentence)) return null;
    if (ctx.negated()) return null;
    // "sofern das Gericht nicht anordnet, dass … in den Bundesanzeiger …": the online channel only on a special order
    if (ONLINE.test(sentence.replace(ORDERED_EXCEPTION, '')) || ONLINE.test(ctx.paragraphText.replace(ORDERED_EXCEPTION, ''))) return null;
    return { start: ctx.start, end: ctx.end, severity: modalSeverity(sentence), edit: edit(ctx) };
  },
  examples: {
    flagged: [
      'Der Plan ist einen Monat lang zur Einsicht auszulegen.',
      'Ort und Zeit der Auslegung sind ortsüblich bekannt zu machen.',
      'Die Ladung wird durch Aushang an der Gemeindetafel bekannt gegeben.',
      'Die Satzung ist im Amtsblatt des Landkreises zu veröffentlichen.',
      'Auf die Auslegung der Unterlagen ist durch Veröffentlichung in zwei überregionalen Tageszeitungen hinzuweisen.',
      'Einzelheiten werden durch die Regulierungsbehörde festgelegt und in ihrem Amtsblatt veröffentlicht.',
      'Die Aufforderung muss durch eine Tageszeitung bekannt gemacht werden, sofern das Gericht nicht anordnet, dass eine Einrückung in den Bundesanzeiger erfolgt.',
      'Die Übersicht ist vom Kapitän zu unterschreiben, bevor sie an dem leicht zugänglichen Ort ausgehängt wird.',
      'Abweichend hiervon werden verkündet: a) Tarife im Amtsblatt der Hauptverwaltung, b) sonstige Tarife im Verkehrsblatt.',
    ],
    accepted: [
      'Die Verordnung ist im Bundesanzeiger bekannt zu machen.',
      'Der Plan ist öffentlich auszulegen und zusätzlich im Internet zugänglich zu machen.',
      'Die Verordnung wird im Amtsblatt der Europäischen Union veröffentlicht.',
      'Die Lieferung von Zeitungen und Zeitschriften unterliegt dem ermäßigten Steuersatz.',
      'Die Bekanntmachung erfolgt durch Veröffentlichung auf der Internetseite der Gemeinde.',
      'Die Anforderungen an den Aushang im Sinne des § 3 Absatz 1 gelten für jede Aktualisierung.',
      'Die Meldung ist gegenüber der beauftragten Person vorzunehmen, soweit die Übertragung ortsüblich bekannt gemacht worden ist.',
      'Einwendungen können bei der Stelle erhoben werden, bei der Antrag und Unterlagen zur Einsicht ausgelegt sind.',
      'Die Satzung wird im Amtsblatt der Europäischen Union verkündet.',
      'Die Aufforderung ist in einer Tageszeitung bekannt zu machen, sofern die Behörde nicht die Veröffentlichung im Internet für ausreichend hält.',
    ],
  },
});
