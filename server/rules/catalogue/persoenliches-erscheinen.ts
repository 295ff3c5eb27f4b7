import { modalSeverity } from '../lexicon';
import type { AmendmentEdit } from '../amendment';
import type { MatchContext } from '../context';
import { defineRule } from '../types';

/** Verbs that turn "persönlich" into physical presence (signing is the unterschrift rule). */
const PRESENCE_AFTER =
  /^\s+(?:\S+\s+){0,9}?(?:erschein\w*|zu erscheinen|vorzusprechen|vorsprech\w*|vorzustellen|anwesend\w*|abzugeben|abgegeben|einzureichen|eingereicht|vorzulegen|vorgelegt|zu beantragen|beantragt|zu stellen|gestellt|abzuholen|abgeholt|auszuhändigen|ausgehändigt|entgegenzunehmen|zu übergeben|übergeben|anzuhören|angehört|zu hören|gehört|zu vernehmen|vernommen|teilzunehmen|zu melden|gemeldet|vorzuführen|vorgeführt|vorzuzeigen|vorstellig|zu identifizieren|identifizier\w*|anzumelden|anmelden|einzutragen)\b/;
/** "persönlich bei der Behörde …" is presence whatever verb follows. */
const PRESENCE_PLACE = /^\s+(?:bei|vor|an|in)\s+(?:der|dem|den|einer|einem)\s+(?:\S+\s+)?(?:Behörde|Stelle|Gericht|Amt|Standesamt|Agentur|Geschäftsstelle|Dienststelle|Gerichtsstelle|\S*behörde|\S*stelle|\S*amt|\S*[Rr]äumen?)\b/;
const PRESENCE_NOUN =
  /^\s+(?:Erscheinen\w*|Vorsprache|Anwesenheit|Vorstellung|Anhörung|Anmeldung|Teilnahme|Vorsprechen|Übergabe|Abholung|Aushändigung|Vernehmung|Meldung|Vorführung)\b/;
/** "persönlich haftend", "persönlich betroffen": a personal quality, not presence. */
const NOT_PRESENCE_ADVERB =
  /^\s+(?:haft\w*|betroffen\w*|bekannt\w*|geeignet\w*|zuverlässig\w*|verantwortlich\w*|befangen\w*|beteiligt\w*|abhängig\w*|interessiert\w*|nahe\w*|geschädigt\w*|verpflichtet\w*|berechtigt\w*|und\s+wirtschaftlich\w*)/;
/** Remote alternatives: video hearing, eID, telephone. */
const REMOTE =
  /Videokonferenz|Bild- und Tonübertragung|Bild und Ton|§\s*128a|audiovisuell|fernmündlich|telefonisch|[Oo]nline|§\s*18\s+(?:des\s+)?(?:PAuswG|Personalausweisgesetz)|Videokommunikation|Videotelefonie/;
/** In the same sentence also an electronic route counts ("schriftlich, elektronisch oder zur Niederschrift"). */
const REMOTE_SENTENCE = /elektronisch|Identitätsnachweis/;
/** Summons elsewhere: "wenn er einer Aufforderung, persönlich zu erscheinen, folgt" only describes the situation. */
const SUMMONS = /aufgefordert|Aufforderung|geladen|Ladung|Verlangen/;
const DUTY = /\b(?:hat|haben|muss|müssen|ist\s+verpflichtet|sind\s+verpflichtet|soll|sollen)\b/;
/** Enforcement of the summons ("unentschuldigt fernbleiben, kann die Vorführung angeordnet werden") shows the duty. */
const ENFORCED = /Vorführung|vorgeführt|Ordnungsgeld|Zwangsgeld|unentschuldigt/;
/** "Einreichen einer Beschwerdeschrift oder … zu Protokoll": the written route is open. */
const WRITTEN_PLEADING = /(?:Beschwerde|Klage|Antrags|Berufungs|Revisions|Einspruchs|Rechtsmittel|Widerspruchs)schrift/;
const NO_DUTY = /\bverhindert\b|\bnicht\s+verpflichtet\b|\bbraucht\s+nicht\b|\bkeine\s+Pflicht\b|\bnur,?\s+soweit\b[^.]*\b(?:vorgesehen|bestimmt|vorgeschrieben)/;
const OFFICIAL_SELF = /Leitung|Leiter|Präsident|Minister|Vorsitzende/;
const PUBLICATION = /Verkündung|gesetzblatt|Ausgabe|Veröffentlichung|veröffentlich|Druckwerk|Zeitschrift|Zeitung|Presse|Heft|Anzeiger|Amtsblatt/i;

function edit(ctx: MatchContext, start: number): AmendmentEdit {
  if (/^(?:Niederschrift|Protokoll)$/.test(ctx.text)) {
    const phrase = ctx.index.doc.text.slice(start, ctx.end);
    return { kind: 'replace', target: phrase, at: start, by: `elektronisch oder ${phrase}` };
  }
  const video =
    ctx.profile.domain === 'gericht'
      ? 'im Wege der Bild- und Tonübertragung nach § 128a der Zivilprozessordnung'
      : 'im Wege der Bild- und Tonübertragung';
  return {
    kind: 'appendSentence',
    sentence: `Das persönliche Erscheinen kann durch eine Identifizierung mit einem elektronischen Identitätsnachweis nach § 18 des Personalausweisgesetzes oder durch eine Anhörung ${video} ersetzt werden.`,
  };
}

export const persoenlichesErscheinen = defineRule({
  id: 'persoenliches-erscheinen',
  title: 'Persönliches Erscheinen bei der Behörde',
  category: 'persoenliches_erscheinen',
  principle: 1,
  severity: 'hoch',
  source: 'Digitalcheck 2025, Prinzip 1.1; Art. 30 Abs. 2 EGovG-Artikelgesetz 2013 (Normenscreening persönliches Erscheinen)',
  explanation:
    'Die Vorschrift verlangt, dass eine Person physisch bei der Behörde oder dem Gericht erscheint oder dort etwas persönlich erledigt. Meist geht es um die Feststellung der Identität oder ein Gespräch; beides lässt sich mit dem elektronischen Identitätsnachweis oder per Videokonferenz (§ 27c VwVfG) erreichen.',
  trigger:
    /\b(?:persönlich(?:e[nmrs]?)?|Vorsprache|vorzusprechen|vorsprechen|Niederschrift|Protokoll|erscheinen|Erscheinens?)\b/g,
  evaluate(ctx) {
    const { text } = ctx;
    let start = ctx.start;
    // cheap look at the preceding words first: most hits of these frequent words are not about presence
    if (text === 'Niederschrift' || text === 'Protokoll') {
      const prep = (text === 'Niederschrift' ? /\bzur\s+$/ : /\bzu\s+$/).exec(ctx.lead(8));
      if (!prep) return null;
      start -= prep[0].length;
    } else if (text === 'erscheinen') {
      if (!/\bzu\s+$/.test(ctx.lead(6))) return null;
    } else if (/^Erscheinen/.test(text)) {
      if (!/\b(?:das|zum|dem|des|sein|ihr|seines|ihres|persönliche[ns]?)\s+$/.test(ctx.lead(20))) return null;
    }
    const { sentence } = ctx;
    if (ctx.inDefinitions) return null;
    if (/^persönlich/.test(text)) {
      // the adjective ("persönliche Eignung") needs a presence noun; the adverb may govern a verb further on
      const adverb = text === 'persönlich' && !NOT_PRESENCE_ADVERB.test(ctx.after);
      if (!PRESENCE_NOUN.test(ctx.after) && !(adverb && (PRESENCE_AFTER.test(ctx.after) || PRESENCE_PLACE.test(ctx.after)))) return null;
      // "auf Antrag der Leitung … persönlich": the official herself, not a citizen's presence
      if (OFFICIAL_SELF.test(ctx.lead(80)) && !PRESENCE_PLACE.test(ctx.after) && !/erschein/.test(ctx.trail(60))) return null;
      if (/^\s+(?:\S+\s+){0,3}?(?:zu unterschreiben|unterschrieben|zu unterzeichnen|unterzeichnet)/.test(ctx.after)) return null;
    }
    if (text === 'Niederschrift' || text === 'Protokoll') {
      // "schriftlich oder zur Niederschrift" is the written-form rule's case; here only the sole channel counts
      if (/schriftlich|elektronisch|Schriftsatz/i.test(sentence) || WRITTEN_PLEADING.test(sentence)) return null;
      // an optional extra route ("kann … zur Niederschrift erklärt werden") is no obstacle
      if (/\b(?:kann|können)\b/.test(sentence) && !/\bnur\b/.test(sentence)) return null;
      if (!/Behörde|Stelle|Geschäftsstelle|Gericht|Urkundsbeamt|Standesamt|Standesbeamt|Amt\b|Amtes|Notar|Rechtspfleger|erklär|einleg|erheb|beantrag|geben/.test(sentence)) return null;
    }
    if (/Erscheinen/.test(text) && PUBLICATION.test(sentence)) return null;
    if (ctx.inCondition()) return null;
    if (ctx.negated() || /^\s*(?:\S+\s+){0,3}?(?:entbunden|befreit)\b/.test(ctx.after)) return null;
    if (NO_DUTY.test(sentence)) return null;
    const lead = ctx.lead(160);
    if (SUMMONS.test(lead) && !DUTY.test(lead) && !ENFORCED.test(sentence)) return null;
    if (REMOTE.test(sentence) || REMOTE_SENTENCE.test(sentence) || REMOTE.test(ctx.paragraphText)) return null;
    return { start, end: ctx.end, severity: modalSeverity(sentence), edit: edit(ctx, start) };
  },
  examples: {
    flagged: [
      'Der Antragsteller hat bei der Antragstellung persönlich zu erscheinen.',
      'Die Anmeldung ist persönlich bei der Meldebehörde abzugeben.',
      'Die Erklärung ist zur Niederschrift beim Standesamt abzugeben.',
      'Die Behörde kann das persönliche Erscheinen des Beteiligten anordnen.',
      'Der Arbeitslose hat sich persönlich bei der zuständigen Agentur für Arbeit arbeitslos zu melden.',
      'Bei Wehrpflichtigen, die einer Aufforderung der Wehrersatzbehörde, sich persönlich zu melden, unentschuldigt nicht nachkommen, kann die Vorführung angeordnet werden.',
      'Die Eintragungsberechtigten haben sich persönlich und eigenhändig in die Listen einzutragen.',
      'Ein Prüfling hat seine Prüfungsakte grundsätzlich persönlich in den Räumen des Prüfungsamts einzusehen.',
    ],
    accepted: [
      'Die persönlich haftenden Gesellschafter sind zur Vertretung berechtigt.',
      'Die Erlaubnis ist zu versagen, wenn der Antragsteller die erforderliche persönliche Zuverlässigkeit nicht besitzt.',
      'Von dem persönlichen Erscheinen kann abgesehen werden, wenn die Identität anderweitig festgestellt ist.',
      'Der Widerspruch ist schriftlich oder zur Niederschrift bei der Behörde zu erheben.',
      'Das Gericht kann die Anhörung im Wege der Bild- und Tonübertragung durchführen, statt das persönliche Erscheinen anzuordnen.',
      'Die Verordnung tritt am Tag nach dem Erscheinen des Bundesgesetzblattes in Kraft.',
      'Die Beschwerde wird durch Einreichen einer Beschwerdeschrift oder durch Erklärung zu Protokoll der Geschäftsstelle eingelegt.',
      'Wird die Versicherung an Eides statt von einer Behörde zur Niederschrift aufgenommen, sind zur Aufnahme nur der Behördenleiter und sein Vertreter befugt.',
      'Die Hauptverhandlung wird in Abwesenheit des Betroffenen durchgeführt, wenn er von der Verpflichtung zum persönlichen Erscheinen entbunden war.',
    ],
  },
});
