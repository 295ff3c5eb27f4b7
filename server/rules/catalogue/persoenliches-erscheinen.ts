import { modalSeverity } from '../lexicon';
import type { AmendmentEdit } from '../amendment';
import type { MatchContext } from '../context';
import { defineRule } from '../types';

/** Verbs that turn "persönlich" into physical presence (signing is the unterschrift rule). */
const PRESENCE_AFTER =
  /^\s+(?:\S+\s+){0,9}?(?:erschein\w*|zu erscheinen|vorzusprechen|vorsprech\w*|vorzustellen|anwesend\w*|abzugeben|abgegeben|einzureichen|eingereicht|vorzulegen|vorgelegt|zu beantragen|beantragt|zu stellen|gestellt|abzuholen|abgeholt|in\s+Empfang\s+(?:zu\s+)?nehmen|in\s+Empfang\s+genommen|auszuhändigen|ausgehändigt|entgegenzunehmen|zu übergeben|übergeben|anzuhören|angehört|zu hören|gehört|zu vernehmen|vernommen|anhören|teilzunehmen|zu melden|gemeldet|vorzuführen|vorgeführt|vorzuzeigen|vorstellig|zu identifizieren|identifizier\w*|anzumelden|anmelden|abzumelden|abmelden|einzutragen|einzuschreiben|zu\s+immatrikulieren|zugegen|vorstellen|einzufinden|zu\s+erfolgen)\b/;
/**
 * "Die Anmeldung ist persönlich vorzunehmen": the act towards the authority named in the sentence is made in person
 * ("vornehmen" alone, as in "die Prüfung persönlich vorzunehmen", only means by oneself).
 */
const IN_PERSON_ACT = /^\s+(?:\S+\s+){0,9}?(?:vorzunehmen|vorgenommen)\b/;
const ACT_TOWARDS_AUTHORITY = /\b(?:An|Ab|Um|Rück)?[Mm]eldung\b|\bAntrag(?:stellung)?\b|\bEinschreibung\b|\bImmatrikulation\b|\bRegistrierung\b/;
/** "mündlich vor der Jagdbehörde", "mündlich bei dem Standesamt": the oral statement is made in the office. */
const ORAL_AT_OFFICE =
  /^\s+(?:(?:bei|vor)\s+(?:der|dem|einer|einem)|beim)\s+(?:(?:zuständigen|unteren|oberen|örtlichen)\s+)?(?:Behörde|Stelle|Gericht|Amt|Standesamt|Geschäftsstelle|Dienststelle|Gemeinde|Verwaltung|\S*behörde|\S*stelle|\S*amt|\S*verwaltung)\b/;
/** The same place before the adverb: "Die Anzeige ist beim Standesamt mündlich zu erstatten". */
const OFFICE_BEFORE_ORAL =
  /(?:(?:bei|vor)\s+(?:der|dem|einer|einem)|beim)\s+(?:(?:zuständigen|unteren|oberen|örtlichen)\s+)?(?:Behörde|Stelle|Gericht|Amt|Standesamt|Geschäftsstelle|Dienststelle|Gemeinde|Verwaltung|\S*behörde|\S*stelle|\S*amt|\S*verwaltung)\s+$/;
/** "in der Dienststelle der Vollstreckungsbehörde abzugeben": a declaration made in the authority's rooms. */
const IN_OFFICE = /\bin\s+(?:der|den|dem)\s+(?:\S*[Dd]ienststelle|Diensträume\w*|Amtsräume\w*|Räume\w*\s+(?:der|des)\s+\S*(?:[Bb]ehörde|[Aa]mt\w*))\b[^.;:]{0,60}$/;
/** "persönlich bei der Behörde …", also contracted ("persönlich beim Prüfungsamt"), is presence whatever verb follows. */
const PRESENCE_PLACE = /^\s+(?:(?:bei|vor|an|in)\s+(?:der|dem|den|einer|einem)|beim|im|am)\s+(?:\S+\s+)?(?:Behörde|Stelle|Gericht|Amt|Standesamt|Agentur|Geschäftsstelle|Dienststelle|Gerichtsstelle|Gemeinde|Stadt|Verwaltung|Rathaus|Schule|Schulleitung|\S*behörde|\S*stelle|\S*amt|\S*verwaltung|\S*[Rr]äumen?)\b/;
/**
 * Other separable verbs of an act at the office in the indicative ("Die Eltern melden das Kind persönlich bei der Schule
 * an", "Die Jagdbehörde händigt den Jagdschein persönlich aus"): the stem before "persönlich", the prefix closing the clause.
 */
const SEPARABLE_ACT_LEAD = /\b(?:meldet|melden|händigt|händigen|gibt|geben|reicht|reichen|holt|holen)\s+(?:[^\s,;.]+\s+){0,6}$/;
const SEPARABLE_ACT_AFTER = /^\s+(?:(?:bei|in)\s+(?:der|dem)\s+\S+\s+)?(?:an|ab|aus|ein)\s*(?:[.;:]|,\s|$)/;
/** The separable hearing verb in the indicative: "Das Gericht hört den Betroffenen persönlich an." */
const SEPARABLE_HEARING_LEAD = /\bh(?:ört|ören)\s+(?:\S+\s+){0,6}$/;
const SEPARABLE_HEARING_AFTER = /^\s+an\s*(?:[.;:]|,\s|$)/;
/** "Die Anmeldung erfolgt persönlich": the act itself takes place in person. */
const TAKES_PLACE_BEFORE = /\b(?:erfolgt|erfolgen|geschieht|geschehen)\s+(?:nur\s+|ausschließlich\s+)?$/;
/** "Die Anmeldung zur Schule erfolgt durch die Erziehungsberechtigten persönlich": the act named is made in person. */
const TAKES_PLACE_BY_PERSON_BEFORE = /\b(?:erfolgt|erfolgen)\s+durch\s+(?:den|die|das|einen|eine)\s+(?:\S+\s+){1,3}?(?:nur\s+)?$/;
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
const REPRESENTATION = /vertret|Vertret/;
/** Summons elsewhere: "wenn er einer Aufforderung, persönlich zu erscheinen, folgt" only describes the situation. */
const SUMMONS = /aufgefordert|Aufforderung|geladen|Ladung|Verlangen/;
const DUTY = /\b(?:hat|haben|muss|müssen|ist\s+verpflichtet|sind\s+verpflichtet|soll|sollen)\b/;
/**
 * Enforcement of the summons ("unentschuldigt fernbleiben, kann die Vorführung angeordnet werden") shows the duty;
 * so does a consequence attached to not obeying it ("Wird der Aufforderung, … zu erscheinen, keine Folge geleistet, so …").
 */
const ENFORCED = /Vorführung|vorgeführt|Ordnungsgeld|Zwangsgeld|unentschuldigt|keine\s+Folge|nicht\s+Folge/;
/** "Einreichen einer Beschwerdeschrift oder … zu Protokoll": the written route is open. */
const WRITTEN_PLEADING =
  /(?:Beschwerde|Klage|Anklage|Antrags|Berufungs|Revisions|Einspruchs|Rechtsmittel|Widerspruchs|Rechtfertigungs|Begründungs)schrift|\b(?:unterzeichneten|unterschriebenen|eingereichten)\s+Schrift\b/;
/** Costs of an appearance ordered elsewhere ("bei angeordneter persönlicher Vorstellung auch Verdienstausfall … erstattet"). */
const REIMBURSED = /\b(?:erstattet|Erstattung|entschädigt|Entschädigung|Verdienstausfall|Reisekosten|Fahrtkosten|Justizvergütungs\S*|JVEG)\b/;
const NO_DUTY = /\bverhindert\b|\bnicht\s+verpflichtet\b|\bbraucht\s+nicht\b|\bkeine\s+Pflicht\b|\bnur,?\s+soweit\b[^.]*\b(?:vorgesehen|bestimmt|vorgeschrieben)/;
/** "bei einer bestimmten Dienststelle", "bei der Gemeindeverwaltung": a place the person has to go to. */
const REPORT_PLACE =
  /(?:\b(?:(?:bei|in)\s+(?:der|dem|den|einer|einem)|beim|im)\s+(?:\S+\s+){0,2}?(?:\S*[Dd]ienststelle|\S*[Bb]ehörde|\S*[Vv]erwaltung|\S*[Aa]mt|Polizei\S*|Gemeinde\S*|Stelle|Wache|Revier|Standesamt|Geschäftsstelle|Diensträume\w*|Amtsräume\w*)|\ban\s+Amtsstelle)\b[^.;]{0,60}$/;
/**
 * A declaration made "vor" an official or an authority ("Die Erklärung ist vor dem Standesbeamten abzugeben", "vor der
 * Meldebehörde zu erklären"): the person stands before the official. Only the office noun right after the article
 * (with a few adjectives) counts, so that "vor der Entscheidung der Behörde" stays a time.
 */
const BEFORE_OFFICIAL =
  /\b(?:vor|in\s+(?:Anwesenheit|Gegenwart)\s+(?:des|der|eines|einer))\s+(?:(?:der|dem|einer|einem)\s+)?(?:(?:zuständigen|örtlich|unteren|oberen|obersten|jeweiligen)\s+){0,2}(?:\S*[Bb]ehörde|Standesbeamt\w*|Standesamt\w*|Urkundsbeamt\w*|Wahlleiter\w*|Wahlvorsteher\w*|Bürgermeister\w*|Gemeinde(?:verwaltung)?|\S*[Dd]ienststelle|Geschäftsstelle|\S+amt(?:es|s)?|\S*[Gg]ericht(?:es|s)?|\S*[Vv]erwaltung)\b[^.;:]{0,60}$/;
/** A Meldeauflage: reporting in person at set times (not a one-off registration or a report by radio or telephone). */
const MELDEAUFLAGE = /bestimmten\s+(?:Tagen|Zeiten|Zeitpunkten)|regelmäßig|in\s+bestimmten\s+Abständen|Meldeauflage|persönlich/;
const OFFICIAL_SELF = /Leitung|Leiter|Präsident|Minister|Vorsitzende/;
const PUBLICATION = /Verkündung|gesetzblatt|Ausgabe|Veröffentlichung|veröffentlich|Druckwerk|Zeitschrift|Zeitung|Presse|Heft|Anzeiger|Amtsblatt/i;
/** "das Datum des Erscheinens des betreffenden Dokuments": the thing that appears is a publication, not a person. */
const PUBLISHED_THING = /^\s+(?:des|der|eines|einer)\s+(?:\S+\s+){0,2}?\w*(?:[Dd]okument|[Bb]uch|[Bb]lätter|[Bb]latt|[Bb]erichts?|[Ww]erk|[Vv]erzeichnis|[Kk]atalog|[Ll]iste|[Tt]ext)\w*/;
/**
 * The attendance duty is presupposed, not ordered: a relative clause ("Termine …, bei denen sein persönliches Erscheinen
 * erforderlich ist") or a "wenn" clause after a cross-reference ("Absatz 1 gilt auch, wenn … ein persönliches
 * Erscheinen … als notwendig anerkennt").
 */
const PRESUPPOSED_BEFORE = /\b(?:bei|zu|in|für)\s+(?:denen|dem|der|welche[mnr]?)\s+[^,;.:]*$|\bgilt\s+(?:\S+\s+){0,3}?(?:auch|entsprechend),?\s+wenn\s+[^,;.:]*$/;
const PRESUPPOSED_AFTER = /^[^,;.:]{0,500}\b(?:erforderlich|notwendig|angeordnet|vorgeschrieben)\b[^,;.:]{0,500}\b(?:ist|sind|wird|werden|war|anerkennt|hält)\b/;

/**
 * "die Vorführung einer Person / des Betroffenen anordnen": the one brought before the authority is a person; not after
 * an arrest ("Festnahme und Vorführung der Person nach §§ 229, 230 BGB"), which brings a detainee before a judge.
 */
const PERSON_AFTER = /^\s+(?:einer|der|des|eines)\s+(?:\S+\s+)?(?:Person|Betroffenen|Beteiligten|Zeugen|Beschuldigten|Angeklagten|Sachverständigen|\S*[Pp]flichtigen)\b/;
/**
 * "in die Schule geladen", "zur Anhörung in die Diensträume der Behörde geladen": the summons names the office the
 * person has to go to. Without such a place "geladen" is a court's summons to a hearing or goods being loaded.
 */
const OFFICE_DESTINATION =
  /\b(?:in\s+(?:die|das|den)|ins|zur|zum)\s+(?:\S+\s+){0,2}?(?:Schule|Diensträume\w*|Amtsräume\w*|\S*[Dd]ienststelle|\S*[Bb]ehörde|Polizei\S*|Rathaus|\S*[Aa]mt|Geschäftsstelle|Wache)\b[^,;.:]*$/;
/** "ist verpflichtet, der Ladung Folge zu leisten": a plain "Ladung" is a duty to appear only when it must be obeyed. */
const SUMMONS_OBEYED = /\b(?:verpflichtet|hat|haben|muss|müssen)\b[^.;]{0,80}\bLadung\s+(?:\S+\s+){0,4}?Folge\s+zu\s+leisten\b/;
/** "sich … vorzustellen" with a place or summons; "sich vorzustellen, dass" is imagining. */
const SELF_PRESENTATION = /\bsich\s+(?:[^.;:]*?\s)?$/;

/** "zur Niederschrift", "zu Protokoll" (the preposition belongs to the span), or null. */
function minutesPreposition(ctx: MatchContext): string | null {
  return (ctx.text === 'Niederschrift' ? /\bzur\s+$/ : /\bzu\s+$/).exec(ctx.lead(8))?.[0] ?? null;
}

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
  vocabulary: [
    'persönlich{e,en,em,er,es}',
    'Vorsprache',
    'vorzusprechen',
    'vorsprechen',
    'Niederschrift',
    'Protokoll',
    'erscheinen',
    'Erscheinen{s}',
    // a summons ("Die Polizei kann eine Person vorladen") is a duty to appear in person
    'vorladen',
    'vorzuladen',
    'Vorladung',
    // the summons in the passive: "Der Betroffene wird zur Anhörung vorgeladen"
    'vorgeladen',
    // the summons in the passive with the office as destination ("zu einem Gespräch in die Schule geladen werden")
    'geladen',
    // the duty to obey it ("sie sind verpflichtet, der Ladung Folge zu leisten")
    'Ladung',
    // "hat sich … bei der Meldebehörde einzufinden": to present oneself at a place
    'einzufinden',
    // an enforced attendance ("zu dessen Vorführung zur Anhörung") compels presence in person
    'Vorführung',
    // Meldeauflage: "sich … bei einer bestimmten Dienststelle zu melden"
    'zu melden',
    'Meldeauflage{n}',
    // "Die Unterschrift ist bei der Gemeindeverwaltung zu leisten"
    'zu leisten',
    // the same in the passive: "Die Unterschrift muss bei der Gemeinde geleistet werden"
    'geleistet',
    // "Sie haben sich nach Aufforderung … vorzustellen", "sich zur Musterung vorzustellen"
    'vorzustellen',
    // the separable verb in the indicative: "Die Polizei lädt die Person zur Vernehmung vor"
    'lädt',
    'laden',
    // a declaration made before an official ("ist vor dem Standesbeamten abzugeben", "vor der Meldebehörde zu erklären")
    'abzugeben',
    'abgegeben',
    'zu erklären',
    // the entry of a petition in the municipality's rooms ("Die Eintragung erfolgt in den Eintragungsräumen")
    'Eintragungsr{aum,aums,äume,äumen}',
    // "hat bei der Jagdbehörde vorstellig zu werden": to call at the office in person
    'vorstellig',
    // an oral statement at the office ("hat die Angaben mündlich vor der Jagdbehörde zu machen")
    'mündlich',
  ],
  guards: { fiction: false, electronic: false },
  exceptions: [
    {
      id: 'vorstellig-ohne-werden',
      rationale: '„Vorstellig“ ist nur als „vorstellig (zu) werden“ ein Gang zur Behörde; „persönlich vorstellig“ prüft schon die Regel für „persönlich“.',
      stage: 'trigger',
      when: (ctx) => ctx.text === 'vorstellig' && (!/^\s+(?:zu\s+)?(?:werden|wird)\b/.test(ctx.trail(12)) || /\bpersönlich\s+$/.test(ctx.lead(12))),
      example: 'Wer bei der Behörde vorstellig geworden ist, erhält eine Bestätigung.',
    },
    {
      id: 'muendlich-ohne-amtsstelle',
      rationale: '„Mündlich“ verlangt nur mit dem Ort der Erklärung („mündlich vor der Behörde“, „mündlich bei dem Standesamt“) ein Erscheinen; mündliche Prüfungen, fernmündliche Auskünfte oder „schriftlich oder mündlich“ nicht.',
      stage: 'trigger',
      when: (ctx) =>
        ctx.text === 'mündlich' &&
        (!(ORAL_AT_OFFICE.test(ctx.trail(60)) || OFFICE_BEFORE_ORAL.test(ctx.lead(60))) || ctx.sentenceMatches(/schriftlich|elektronisch|fernmündlich|telefonisch|Textform|Prüfung/) || /\bauch\s+$/.test(ctx.lead(8))),
      example: 'Die Auskunft kann mündlich oder schriftlich erteilt werden.',
    },
    {
      id: 'niederschrift-ohne-zur',
      rationale: 'Nur „zur Niederschrift“ bzw. „zu Protokoll“ verlangt eine Erklärung vor Ort; die Niederschrift als Dokument nicht.',
      stage: 'trigger',
      when: (ctx) => (ctx.text === 'Niederschrift' || ctx.text === 'Protokoll') && minutesPreposition(ctx) === null,
      example: 'Über die Sitzung ist eine Niederschrift zu fertigen.',
    },
    {
      id: 'erscheinen-ohne-zu',
      rationale: '„erscheinen“ ohne „zu“ ist meist das Erscheinen einer Schrift oder ein Anschein, keine Pflicht zur Anwesenheit.',
      stage: 'trigger',
      when: (ctx) => ctx.text === 'erscheinen' && !/\bzu\s+$/.test(ctx.lead(6)),
      example: 'Die Hefte erscheinen monatlich.',
    },
    {
      id: 'erscheinen-ohne-bezug',
      rationale: '„Erscheinen“ ist nur mit Bezug auf eine Person („das persönliche Erscheinen“, „zum Erscheinen“) eine Anwesenheitspflicht.',
      stage: 'trigger',
      when: (ctx) => /^Erscheinen/.test(ctx.text) && !/\b(?:das|zum|dem|des|sein|ihr|seines|ihres|persönliche[ns]?)\s+$/.test(ctx.lead(20)),
      example: 'Mit Erscheinen dieses Heftes ändern sich die Preise.',
    },
    {
      id: 'erscheinen-als-zeitpunkt',
      rationale: '„Vor dem für das Erscheinen festgesetzten Zeitpunkt“ bemisst eine Frist; die Pflicht zu erscheinen begründet die Ladung, nicht dieser Satz.',
      stage: 'trigger',
      when: (ctx) => /^Erscheinen/.test(ctx.text) && /^\s+(?:\S+\s+){0,3}?(?:festgesetzten|bestimmten|anberaumten)\s+(?:Zeitpunkt|Termin|Tag)\b/.test(ctx.trail(80)),
      example: 'Das Ersuchen wird nur ausgeführt, wenn es spätestens einen Monat vor dem für das Erscheinen des Beschuldigten festgesetzten Zeitpunkt zugeht.',
    },
    {
      id: 'widerspruch-in-der-versammlung',
      rationale: '„Widerspruch zur Niederschrift“ erklärt ein Gesellschafter in der Haupt- oder Anteilsinhaberversammlung, nicht vor einer Behörde.',
      stage: 'trigger',
      // also in the other word order: "… zur Niederschrift Widerspruch erhebt"
      when: (ctx) => ctx.text === 'Niederschrift' && (/\bWiderspruch\s+zur\s+$/.test(ctx.lead(20)) || (/\bzur\s+$/.test(ctx.lead(6)) && /^\s+Widerspruch\b/.test(ctx.trail(14)))),
      example: 'Die Gesellschaft hat jedem Aktionär, der gegen den Verlegungsbeschluss Widerspruch zur Niederschrift erklärt, den Erwerb seiner Aktien anzubieten.',
    },
    {
      id: 'melden-ohne-dienststelle',
      rationale: '„Zu melden“ ist nur als „sich … bei einer Dienststelle zu melden“ (Meldeauflage) ein Erscheinen; eine Meldung von Vorfällen an eine Stelle nicht.',
      stage: 'trigger',
      when: (ctx) => /^zu\s+melden$/.test(ctx.text) && !(/\bsich\b/.test(ctx.lead(200)) && REPORT_PLACE.test(ctx.lead(120)) && ctx.sentenceMatches(MELDEAUFLAGE)),
      example: 'Der Leitstelle sind alle Einsätze unverzüglich zu melden.',
    },
    {
      id: 'einfinden-ohne-dienststelle',
      rationale: '„Sich einzufinden“ ist nur bei einer Behörde oder Dienststelle ein Gang zur Verwaltung; sich im Prüfungsraum oder am Einsatzort einzufinden ist Teil der Prüfung oder des Dienstes.',
      stage: 'trigger',
      when: (ctx) => ctx.text === 'einzufinden' && !(/\bsich\b/.test(ctx.lead(200)) && REPORT_PLACE.test(ctx.lead(120))),
      example: 'Die Prüflinge haben sich pünktlich im Prüfungsraum einzufinden.',
    },
    {
      id: 'vorladung-im-nebensatz',
      rationale: '„Wenn diese … vorgeladen werden“, „wer vorgeladen ist“: der Nebensatz nennt eine anderswo angeordnete Vorladung und ordnet selbst keine an.',
      stage: 'trigger',
      when: (ctx) => /^(?:vor)?geladen$/.test(ctx.text) && /(?:\b(?:[Ww]enn|[Ss]ofern|[Ss]oweit|[Ff]alls|[Nn]achdem|[Ss]obald|[Ss]olange|[Ww]er)|,\s*(?:die|der|den|dem|denen))\s[^,;.:]*$/.test(ctx.lead(160)),
      example: 'Das Entschädigungsgesetz ist auf die Personen entsprechend anzuwenden, wenn diese nach Absatz 1 vorgeladen oder herangezogen werden.',
    },
    {
      id: 'geladen-ohne-amtsort',
      rationale: '„Geladen“ ist nur mit der Behörde, Dienststelle oder Schule als Ziel („in die Schule geladen“) ein Gang dorthin; „zum Termin geladen“ lädt zu einer Verhandlung, „geladen“ kann auch Fracht sein.',
      stage: 'trigger',
      when: (ctx) => ctx.text === 'geladen' && !OFFICE_DESTINATION.test(ctx.lead(120)),
      example: 'Die Beteiligten werden zum Termin geladen.',
    },
    {
      id: 'ladung-ohne-folgepflicht',
      rationale: 'Die Ladung verlangt nur dort ein Erscheinen, wo der Satz die Pflicht ausspricht, ihr Folge zu leisten; Frist und Inhalt einer Ladung regeln das Verfahren.',
      stage: 'trigger',
      when: (ctx) => ctx.text === 'Ladung' && !ctx.sentenceMatches(SUMMONS_OBEYED),
      example: 'Die Ladung muss mindestens eine Woche vor dem Termin zugehen.',
    },
    {
      id: 'meldeauflage-erwaehnt',
      rationale: 'Nur die Anordnung einer Meldeauflage oder ihre Pflicht ist ein Erscheinen; ihre bloße Nennung in einer Zuständigkeits- oder Datenvorschrift nicht.',
      stage: 'trigger',
      when: (ctx) => /^Meldeauflage/.test(ctx.text) && !ctx.sentenceMatches(/anordn|angeordnet|auferleg|erteil|verpflicht|befolg|nachzukommen|Verstoß/),
      example: 'Die Daten über Meldeauflagen werden nach einem Jahr gelöscht.',
    },
    {
      id: 'leisten-ohne-unterschrift-vor-ort',
      rationale: '„Zu leisten“ ist nur als Unterschrift, die bei einer Stelle zu leisten ist, eine Pflicht zum Erscheinen.',
      stage: 'trigger',
      when: (ctx) => /^(?:zu\s+leisten|geleistet)$/.test(ctx.text) && !(/[Uu]nterschrift|[Uu]nterzeichn/.test(ctx.lead(200)) && REPORT_PLACE.test(ctx.lead(80))),
      example: 'Die Sicherheit ist in Höhe der voraussichtlichen Kosten zu leisten.',
    },
    {
      id: 'vorstellen-ohne-sich',
      rationale: '„Vorzustellen“ ist nur reflexiv („sich … vorzustellen“) ein Erscheinen; „das Vorhaben dem Ausschuss vorzustellen“ präsentiert eine Sache, „sich vorzustellen, dass“ ist ein Gedanke.',
      stage: 'trigger',
      // "beim Arzt, bei dem sich der Patient vorzustellen hat": a relative clause names the place of a duty set elsewhere
      when: (ctx) =>
        ctx.text === 'vorzustellen' &&
        (!SELF_PRESENTATION.test(ctx.lead(100)) ||
          /^\s*(?:,\s*)?(?:dass|daß|wie|was|ob)\b/.test(ctx.trail(10)) ||
          /persönlich\s+(?:\S+\s+){0,3}$/.test(ctx.lead(40)) ||
          /\b(?:bei|zu|an|vor)\s+(?:dem|der|denen|welche[mr]?)\s+sich\b[^,;.]*$/.test(ctx.lead(120))),
      example: 'Der Träger hat das Vorhaben dem Ausschuss vorzustellen.',
    },
    {
      id: 'laden-ohne-vor',
      rationale: '„Lädt/laden“ ist nur mit abgetrenntem „vor“ eine Vorladung; „lädt … ein“ oder „sind zu laden“ lädt zu einem Termin, ohne Pflicht zu erscheinen.',
      stage: 'trigger',
      when: (ctx) => /^l[äa]d/.test(ctx.text) && !/^[^.;:]{0,120}?\svor(?=\s*(?:[.;:,]|$|und\b|oder\b))/.test(ctx.trail(130)),
      example: 'Der Vorsitzende lädt die Mitglieder schriftlich zur Sitzung ein.',
    },
    {
      id: 'abgabe-ohne-amtsperson',
      rationale: 'Eine Erklärung „abzugeben“ oder „zu erklären“ verlangt nur vor einer Behörde oder Amtsperson („vor dem Standesbeamten“) ein Erscheinen; „gegenüber der Behörde“ oder ohne Ort ist jeder Weg offen.',
      stage: 'trigger',
      when: (ctx) => /^(?:abzugeben|abgegeben|zu\s+erklären)$/.test(ctx.text) && !BEFORE_OFFICIAL.test(ctx.lead(140)) && !IN_OFFICE.test(ctx.lead(140)),
      example: 'Die Erklärung ist gegenüber der Meldebehörde abzugeben.',
    },
    {
      id: 'erklaerung-vor-amtsperson-wahlweise',
      rationale: 'Kann die Erklärung auch schriftlich, elektronisch oder vor einer anderen Stelle abgegeben werden, ist das Erscheinen nur ein Weg unter mehreren.',
      when: (ctx) =>
        /^(?:abzugeben|abgegeben|zu\s+erklären)$/.test(ctx.text) &&
        (ctx.sentenceMatches(/schriftlich|elektronisch|Textform|öffentlich\s+beglaubigt/) ||
          /\b(?:kann|können)\s+(?:\S+\s+){0,8}?auch\s+vor\b/.test(ctx.lead(140)) ||
          // "notarisch beurkundet oder vor dem Registergericht abgegeben oder bei diesem eingereicht": another way of the same act
          /^\s+oder\s+(?:\S+\s+){0,5}?(?:eingereicht|übersandt|übermittelt|mitgeteilt|nachgewiesen|zugeleitet)\b/.test(ctx.trail(80)) ||
          /\b(?:beurkundet|beglaubigt|eingereicht|übersandt|übermittelt|mitgeteilt)\s+oder\s+[^.;]{0,80}$/.test(ctx.lead(100))),
      example: 'Die Erklärung kann auch vor dem Standesbeamten abgegeben werden, der die Ehe geschlossen hat.',
    },
    {
      id: 'eintragungsraum-ohne-eintragung',
      rationale: 'Die Eintragungsräume verlangen nur dort ein Erscheinen, wo die Eintragung in ihnen vorzunehmen ist; ihre Bestimmung oder Bekanntmachung durch die Gemeinde regelt die Organisation, und neben einer Eintragung im Internet sind sie nur ein Weg.',
      stage: 'trigger',
      when: (ctx) =>
        /^Eintragungsr/.test(ctx.text) &&
        !(
          /\b(?:in|im)\s+(?:den|dem)\s+(?:\S+\s+)?$/.test(ctx.lead(30)) &&
          ctx.sentenceMatches(/Eintragung\b|eintragen|einzutragen|eingetragen|Unterschrift|unterzeichn/) &&
          !ctx.sentenceMatches(/bestimm|festleg|festgelegt|bekannt|einzurichten|eingerichtet|Internet|[Oo]nline|elektronisch/)
        ),
      example: 'Die Gemeinde bestimmt die Eintragungsräume und die Eintragungszeiten.',
    },
    {
      id: 'vorstellen-zur-untersuchung',
      rationale: 'Sich zu einer ärztlichen Untersuchung oder Musterung vorzustellen verlangt die Untersuchung selbst, keine Form des Verfahrens (wie „sich untersuchen zu lassen“).',
      stage: 'trigger',
      when: (ctx) => ctx.text === 'vorzustellen' && ctx.sentenceMatches(/[Uu]ntersuch|Musterung|ärztlich/),
      example: 'Die Wehrpflichtigen haben sich nach Aufforderung durch die Karrierecenter vorzustellen und ärztlich untersuchen zu lassen.',
    },
    {
      id: 'vorfuehrung-ohne-person',
      rationale: '„Vorführung“ ist nur als Vorführung einer Person zur Anhörung, Vernehmung oder Untersuchung eine erzwungene Anwesenheit; die Vorführung eines Fahrzeugs oder Films nicht.',
      stage: 'trigger',
      when: (ctx) =>
        ctx.text === 'Vorführung' &&
        (!(/^\s+(?:\S+\s+){0,3}?(?:zur|zum)\s+(?:Anhörung|Vernehmung|Untersuchung|Termin|Verhandlung|Begutachtung)\b/.test(ctx.trail(60)) || (PERSON_AFTER.test(ctx.trail(50)) && !/Festnahme\s+und\s+$/.test(ctx.lead(20)))) ||
          /^\s+(?:\S+\s+){0,2}?\S*(?:[Ff]ahrzeug|Anhänger|[Ss]chiff|Gerät|Anlage|Tier)/.test(ctx.trail(40))),
      example: 'Die Vorführung des Fahrzeugs zur Untersuchung ist bei der Prüfstelle anzumelden.',
    },
    {
      id: 'vorladung-erwaehnt',
      rationale: 'Die Vorladung als Gegenstand („Bei der Vorladung soll deren Grund angegeben werden“) begründet keine Pflicht; die Befugnis oder ihre Durchsetzung schon.',
      // "ist auf Vorladung … verpflichtet, … teilzunehmen": the summons triggers a duty to attend
      when: (ctx) =>
        ctx.text === 'Vorladung' &&
        !ctx.sentenceMatches(ENFORCED) &&
        // "darf die Vorladung nicht mit Zwangsmitteln durchsetzen, es sei denn …": its enforcement in whatever verb form
        !ctx.sentenceMatches(/zwangsweise|durchgesetzt|durchsetzen|durchzusetzen|Zwangsmittel|Folge\s+leisten|keine\s+Folge|\b(?:verpflichtet|hat|haben|muss|müssen)\b[^.;]{0,80}\bFolge\s+zu\s+leisten/) &&
        !(/\bauf\s+$/.test(ctx.lead(6)) && ctx.sentenceMatches(/\bverpflichtet\b|\bzu\s+erscheinen\b|\bteilzunehmen\b/)),
      example: 'Bei der Vorladung soll deren Grund angegeben werden.',
    },
    {
      id: 'persoenlich-ohne-anwesenheit',
      rationale: '„Persönlich“ ist nur mit einer Handlung vor Ort (erscheinen, abgeben, vorsprechen) eine Anwesenheitspflicht; „persönlich haftend“, „persönliche Eignung“ nicht.',
      when: (ctx) => {
        if (!/^persönlich/.test(ctx.text)) return false;
        const adverb = ctx.text === 'persönlich' && !NOT_PRESENCE_ADVERB.test(ctx.after);
        const hearing = adverb && SEPARABLE_HEARING_AFTER.test(ctx.after) && SEPARABLE_HEARING_LEAD.test(ctx.lead(80));
        const separableAct = adverb && SEPARABLE_ACT_AFTER.test(ctx.after) && SEPARABLE_ACT_LEAD.test(ctx.lead(80));
        const takesPlace =
          adverb && (TAKES_PLACE_BEFORE.test(ctx.lead(30)) || (TAKES_PLACE_BY_PERSON_BEFORE.test(ctx.lead(80)) && ctx.sentenceMatches(ACT_TOWARDS_AUTHORITY)));
        // "Die Eintragung ist nur persönlich und unter Vorlage des Ausweises möglich": only in person
        const onlyInPerson = adverb && /\bnur\s+$/.test(ctx.lead(8)) && /^\s+(?:\S+\s+){0,8}?(?:möglich|zulässig)\b/.test(ctx.after);
        const actInPerson = adverb && IN_PERSON_ACT.test(ctx.after) && ctx.sentenceMatches(ACT_TOWARDS_AUTHORITY);
        return (
          !PRESENCE_NOUN.test(ctx.after) &&
          !hearing &&
          !separableAct &&
          !takesPlace &&
          !onlyInPerson &&
          !actInPerson &&
          !(adverb && (PRESENCE_AFTER.test(ctx.after) || PRESENCE_PLACE.test(ctx.after)))
        );
      },
      example: 'Die persönlich haftenden Gesellschafter sind zur Vertretung berechtigt.',
    },
    {
      id: 'selbst-statt-vertretung',
      rationale: '„Persönlich teilnehmen/wahrnehmen“ neben einer Vertretungsregel heißt selbst statt durch Vertreter, nicht vor Ort statt digital; „kann … persönlich wahrnehmen“ erlaubt nur.',
      when: (ctx) =>
        ctx.text === 'persönlich' &&
        /^\s+(?:\S+\s+){0,2}?(?:teilzunehmen|teilnehmen|teil|wahrzunehmen|wahrnehmen|wahr)\b/.test(ctx.trail(40)) &&
        (ctx.paragraphMatches(REPRESENTATION) || /\b(?:kann|können|darf|dürfen)\b/.test(ctx.before)),
      example: 'Sie kann sich vertreten lassen. Sie hat persönlich teilzunehmen, wenn ein Drittel der Mitglieder dies verlangt.',
    },
    {
      id: 'anwesenheit-des-lehrpersonals',
      rationale: 'Die Anwesenheit von Lehrkräften oder Praxisbegleitern in der Ausbildungsstätte ist Inhalt der Ausbildung, kein Gang zu einer Behörde.',
      when: (ctx) =>
        /^persönlich/.test(ctx.text) &&
        /^\s+Anwesenheit\s+(?:\S+\s+){0,2}(?:praxisbegleitend|praxisanleitend|Lehrkr[aä]ft|Lehrend|Ausbilder|Dozent)/.test(ctx.trail(80)),
      example: 'Hierzu ist eine regelmäßige persönliche Anwesenheit der praxisbegleitenden Personen in den Einrichtungen zu gewährleisten.',
    },
    {
      id: 'amtsperson-selbst',
      rationale: '„Auf Antrag der Leitung … persönlich“ betrifft die Amtsperson selbst, nicht das Erscheinen einer Bürgerin oder eines Bürgers.',
      when: (ctx) => /^persönlich/.test(ctx.text) && OFFICIAL_SELF.test(ctx.lead(80)) && !PRESENCE_PLACE.test(ctx.after) && !/erschein/.test(ctx.trail(60)),
      example: 'Auf Antrag der Leiterin der Behörde hat der Beauftragte persönlich anzuhören.',
    },
    {
      id: 'persoenliche-unterschrift',
      rationale: '„Persönlich zu unterschreiben“ ist ein Fall der Unterschrift (unterschrift), keine Anwesenheitspflicht.',
      when: (ctx) => /^persönlich/.test(ctx.text) && /^\s+(?:\S+\s+){0,3}?(?:zu unterschreiben|unterschrieben|zu unterzeichnen|unterzeichnet)/.test(ctx.after),
      example: 'Der Wahlvorschlag ist von den Bewerbern persönlich einzureichen und zu unterzeichnen.',
    },
    {
      id: 'niederschrift-neben-schriftform',
      rationale: '„Schriftlich oder zur Niederschrift“ lässt den schriftlichen Weg offen; das prüft die Schriftform-Regel.',
      when: (ctx) => (ctx.text === 'Niederschrift' || ctx.text === 'Protokoll') && (ctx.sentenceMatches(/schriftlich|elektronisch|Textform|Schriftsatz/i) || ctx.sentenceMatches(WRITTEN_PLEADING)),
      example: 'Der Widerspruch ist schriftlich oder zur Niederschrift bei der Behörde zu erheben.',
    },
    {
      id: 'niederschrift-als-zusatzweg',
      rationale: 'Ein zusätzlicher Weg („kann … zur Niederschrift erklärt werden“) ist kein Hindernis.',
      when: (ctx) => (ctx.text === 'Niederschrift' || ctx.text === 'Protokoll') && ctx.sentenceMatches(/\b(?:kann|können)\b/) && !ctx.sentenceMatches(/\bnur\b/),
      example: 'Die Erklärung kann auch zur Niederschrift der Geschäftsstelle abgegeben werden.',
    },
    {
      id: 'niederschrift-ohne-stelle',
      rationale: '„Zur Niederschrift“ ist nur vor einer Stelle (Behörde, Gericht, Standesamt) eine Erklärung vor Ort.',
      when: (ctx) =>
        (ctx.text === 'Niederschrift' || ctx.text === 'Protokoll') &&
        // "bei der Gemeindeverwaltung zur Niederschrift zu stellen": a municipality's office is such a place, filing a request such an act
        // "durch Erklärung zur Niederschrift beim Amtsgericht": the declaration noun and a court in a compound count too
        !ctx.sentenceMatches(/Behörde|Stelle|Geschäftsstelle|[Gg]ericht|Urkundsbeamt|Standesamt|Standesbeamt|Amt\b|Amtes|Notar|Rechtspfleger|Gemeinde|[Vv]erwaltung|[Ee]rklär|einleg|erheb|beantrag|geben|\bzu\s+stellen\b/),
      example: 'Die Zeugenaussage wird zur Niederschrift genommen.',
    },
    {
      id: 'erscheinen-einer-veroeffentlichung',
      rationale: 'Das Erscheinen eines Gesetzblatts oder einer Zeitung ist keine Anwesenheit.',
      when: (ctx) => /Erscheinen/.test(ctx.text) && (ctx.sentenceMatches(PUBLICATION) || PUBLISHED_THING.test(ctx.trail(60))),
      example: 'Die Verordnung tritt am Tag nach dem Erscheinen des Bundesgesetzblattes in Kraft.',
    },
    {
      id: 'erscheinen-vorausgesetzt',
      rationale: 'Der Satz setzt eine anderswo angeordnete Anwesenheitspflicht voraus („Termine, bei denen sein persönliches Erscheinen erforderlich ist“) und ordnet selbst keine an.',
      when: (ctx) => /^(?:Erscheinen|persönlich)/.test(ctx.text) && PRESUPPOSED_BEFORE.test(ctx.lead(120)) && PRESUPPOSED_AFTER.test(ctx.trail(120)),
      example: 'Der Ausländer kann Termine bei Behörden und Gerichten, bei denen sein persönliches Erscheinen erforderlich ist, ohne Erlaubnis wahrnehmen.',
    },
    {
      id: 'entbunden-oder-befreit',
      rationale: 'Wer vom persönlichen Erscheinen entbunden oder befreit ist, muss nicht erscheinen.',
      when: (ctx) => /^\s*(?:\S+\s+){0,3}?(?:entbunden|befreit)\b/.test(ctx.after),
      example: 'Der Betroffene wird auf Antrag von seinem persönlichen Erscheinen entbunden.',
    },
    {
      id: 'keine-pflicht',
      rationale: '„Ist verhindert“, „ist nicht verpflichtet“, „nur, soweit vorgesehen“: der Satz begründet keine Anwesenheitspflicht.',
      when: (ctx) => ctx.sentenceMatches(NO_DUTY),
      example: 'Der Beteiligte ist nicht verpflichtet, persönlich bei der Behörde zu erscheinen.',
    },
    {
      id: 'gelegenheit-zum-erscheinen',
      rationale: '„Ist Gelegenheit zu geben, sich … vorzustellen“ eröffnet eine Möglichkeit; eine Pflicht zu erscheinen begründet der Satz nicht.',
      // the opportunity must govern the hit ("Gelegenheit zu geben, sich … vorzustellen"), not another item of the sentence
      // also with the verb before the noun, in any tense ("erhielten im Jahr 2019 die Gelegenheit, persönlich vorzusprechen"),
      // and a right or possibility the infinitive depends on ("Unterrichtung über … die Möglichkeit, bei der Verhandlung
      // persönlich zu erscheinen", dev 14: IRG § 87b)
      when: (ctx) =>
        /\bGelegenheit\s+(?:zu\s+geben|gegeben|erhält|erhalten)\b[^.;]*$/.test(ctx.lead(160)) ||
        /\b(?:erhält|erhalten|erhielt|erhielten|bekommt|bekommen|bekam|bekamen|hat|haben|hatte|hatten)\s+(?:\S+\s+){0,6}?(?:die|eine)\s+Gelegenheit\s*,\s+[^.;,]*$/.test(ctx.lead(160)) ||
        /\b(?:die|der|eine|einer|das|dem)\s+(?:Möglichkeit|Recht)\s*,\s+[^.;,]*$/.test(ctx.lead(160)),
      example: 'Den zur Wahl vorgeschlagenen Bewerbern ist Gelegenheit zu geben, sich dem Kreistag vor der Wahl vorzustellen.',
    },
    {
      id: 'erscheinen-als-angabe',
      rationale: '„Auskunft über das persönliche Erscheinen der Person zu der Verhandlung“ ist eine Angabe in einem Dokument, keine Pflicht zu erscheinen.',
      when: (ctx) =>
        /^(?:persönlich|Erscheinen)/.test(ctx.text) &&
        /\b(?:Auskunft|Auskünfte|Angaben?|Informationen?|Mitteilung|Hinweis)\s+(?:über|zu)\s+(?:das|dem|ein)\s+(?:persönliche\s+)?$/.test(ctx.lead(80)),
      example: 'Die Bescheinigung enthält die Auskunft über das persönliche Erscheinen der betroffenen Person zu der Verhandlung.',
    },
    {
      id: 'erscheinen-als-fiktion',
      rationale: '„Als Wehrdienst gilt auch das Erscheinen …“ ordnet dem Erscheinen eine Rechtsfolge zu; die Pflicht steht anderswo.',
      when: (ctx) => /^Erscheinen/.test(ctx.text) && /^\s*Als\s+[^,;.]{0,60}?\s(?:gilt|gelten)\b/.test(ctx.sentence),
      example: 'Als Wehrdienst gilt auch das Erscheinen zur Feststellung der Wehrdienstfähigkeit auf Anordnung einer Dienststelle.',
    },
    {
      id: 'ladung-anderswo',
      rationale: 'Der Satz knüpft an eine Ladung an, die anderswo geregelt ist („wenn er einer Aufforderung, persönlich zu erscheinen, folgt“).',
      when: (ctx) => {
        const lead = ctx.lead(160);
        return SUMMONS.test(lead) && !DUTY.test(lead) && !ctx.sentenceMatches(ENFORCED);
      },
      example: 'Die Reisekosten werden erstattet, wenn er einer Aufforderung, persönlich zu erscheinen, folgt.',
    },
    {
      id: 'kosten-des-erscheinens',
      rationale: 'Der Satz regelt die Erstattung von Kosten oder Verdienstausfall für ein anderswo angeordnetes Erscheinen, nicht das Erscheinen selbst.',
      when: (ctx) => ctx.sentenceMatches(REIMBURSED) && !ctx.sentenceMatches(DUTY),
      example: 'Den Dienstpflichtigen werden bei angeordneter persönlicher Vorstellung auch Verdienstausfall und Fahrtkosten erstattet.',
    },
    {
      id: 'fernweg-eroeffnet',
      rationale: 'Eine Anhörung per Video, telefonisch oder ein elektronischer Identitätsnachweis ersetzt die Anwesenheit.',
      // "schriftlich, elektronisch oder mündlich vorladen": the electronic word concerns the summons, not the appearance
      when: (ctx) => ctx.sentenceMatches(REMOTE) || (!/orlad/.test(ctx.text) && ctx.sentenceMatches(REMOTE_SENTENCE)) || ctx.paragraphMatches(REMOTE),
      example: 'Das Gericht kann die Anhörung im Wege der Bild- und Tonübertragung durchführen, statt das persönliche Erscheinen anzuordnen.',
    },
  ],
  report(ctx) {
    const start = ctx.text === 'Niederschrift' || ctx.text === 'Protokoll' ? ctx.start - minutesPreposition(ctx)!.length : ctx.start;
    return { start, severity: modalSeverity(ctx), edit: edit(ctx, start) };
  },
  examples: {
    flagged: [
      'Der Antragsteller hat bei der Antragstellung [persönlich zu erscheinen].',
      'Die Anmeldung ist innerhalb von zwei Wochen nach dem Einzug [persönlich] vorzunehmen.',
      'Die Bewerberinnen und Bewerber haben sich innerhalb der Einschreibfrist [persönlich] im Studierendensekretariat einzuschreiben.',
      'Wer einen Jagdschein beantragt, hat die Angaben [mündlich] vor der Jagdbehörde zu machen.',
      'Die Anzeige ist von dem Bestattungspflichtigen [mündlich] bei dem Standesamt zu erstatten.',
      'Die Anzeige ist beim Standesamt [mündlich] zu erstatten.',
      'Die Anmeldung zur Schule erfolgt durch die Erziehungsberechtigten [persönlich].',
      'Die Eltern melden das Kind [persönlich] bei der Schule an.',
      'Die Jagdbehörde händigt den Jagdschein [persönlich] aus.',
      'Die Vermögensauskunft ist vom Schuldner in der Dienststelle der Vollstreckungsbehörde [abzugeben].',
      'Die Bewerberin oder der Bewerber hat bei der Jagdbehörde [vorstellig] zu werden.',
      'Die Erklärung über die Annahme der Wahl ist vor dem Wahlleiter [abzugeben].',
      'Die Anmeldung ist [persönlich] bei der Meldebehörde abzugeben.',
      // a contracted preposition names the place as well (chat case)
      'Die Anmeldung zur Prüfung hat [persönlich] beim Prüfungsamt zu erfolgen.',
      'Zur Anhörung wird der Betroffene [vorgeladen].',
      'Der Antragsteller hat sich zur Feststellung seiner Identität bei der Meldebehörde [einzufinden].',
      'Der Bewerber hat bei der Aushändigung der Urkunde [persönlich] zugegen zu sein.',
      'Die Erklärung ist [zur Niederschrift] beim Standesamt abzugeben.',
      'Die Behörde kann das [persönliche Erscheinen] des Beteiligten anordnen.',
      'Der Arbeitslose hat sich [persönlich] bei der zuständigen Agentur für Arbeit arbeitslos zu melden.',
      'Bei Wehrpflichtigen, die einer Aufforderung der Wehrersatzbehörde, sich [persönlich] zu melden, unentschuldigt nicht nachkommen, kann die Vorführung angeordnet werden.',
      'Die Eintragungsberechtigten haben sich [persönlich] und eigenhändig in die Listen einzutragen.',
      'Ein Prüfling hat seine Prüfungsakte grundsätzlich [persönlich] in den Räumen des Prüfungsamts einzusehen.',
      'Die Polizei kann eine Person schriftlich, elektronisch oder mündlich [vorladen], wenn Tatsachen die Annahme rechtfertigen, dass sie sachdienliche Angaben machen kann.',
      'Leistet ein Betroffener der [Vorladung] ohne hinreichenden Grund keine Folge, so kann sie zwangsweise durchgesetzt werden.',
      'Wer Verkehrsvorschriften nicht beachtet, ist auf [Vorladung] der Straßenverkehrsbehörde verpflichtet, an einem Unterricht teilzunehmen.',
      'Die Wohnung des Betroffenen darf nur betreten werden, wenn das Gericht dies zu dessen [Vorführung] zur Anhörung angeordnet hat.',
      'Die Behörde kann anordnen, dass sich die Person zu bestimmten Zeiten bei der Polizeidienststelle [zu melden] hat.',
      'Die Unterstützungsunterschrift ist bei der Gemeindeverwaltung [zu leisten].',
      'Das Gericht hört den Betroffenen vor der Entscheidung [persönlich] an.',
      'Der Antrag ist bei der Gemeindeverwaltung [zur Niederschrift] zu stellen.',
      'Die Unterschrift muss bei der Gemeindeverwaltung [geleistet] werden.',
      'Die Unterstützungsunterschriften können nur in den Diensträumen der Gemeinde [geleistet] werden.',
      'Die Anmeldung zur Eheschließung erfolgt [persönlich].',
      'Die Abholung des Ausweises hat [persönlich] zu erfolgen.',
      'Die Behörde kann anordnen, dass sich eine Person zu bestimmten Zeiten auf einer Polizeidienststelle [vorzustellen] hat.',
      'Die Polizei [lädt] die Person zur Vernehmung vor, wenn sie sachdienliche Angaben machen kann.',
      'Die Eintragung in die Unterstützungsliste ist nur [persönlich] bei der Gemeinde möglich.',
      'Die Agentur kann die [Vorführung] einer Person anordnen, die einer Aufforderung, sich [vorzustellen], ohne hinreichenden Grund nicht folgt.',
      'Wird von einem Zeugen der Aufforderung, vor dem Konsularbeamten zu [erscheinen], keine Folge geleistet, so finden die Vorschriften der Zivilprozessordnung über das Ausbleiben von Zeugen entsprechende Anwendung.',
      // issue 8, Land wording: a declaration before an authority or an official
      'Die Erklärung über die Namensführung ist vor dem Standesbeamten [abzugeben].',
      'Die Versicherung an Eides statt ist vor der zuständigen Behörde [abzugeben].',
      'Der Austritt ist vor dem Standesamt des Wohnsitzes [zu erklären].',
      'Die Eheschließenden haben die Erklärung in Anwesenheit des Standesbeamten [abzugeben].',
      'Der Austritt aus der Religionsgemeinschaft wird durch Erklärung [zur Niederschrift] beim Amtsgericht vollzogen.',
      'Wer nach Absatz 1 vorgeladen wird, ist verpflichtet, der [Vorladung] Folge zu leisten.',
      // Land wording (school and hearing law): the passive summons with the office as destination
      'Die Eltern können zu einem Gespräch in die Schule [geladen] werden.',
      'Die betroffene Person wird zur Anhörung in die Diensträume der Behörde [geladen].',
      'Die Eltern sind verpflichtet, der [Ladung] der Schule Folge zu leisten.',
      'Die Polizei darf die [Vorladung] nur mit Zwangsmitteln durchsetzen, wenn dies zur Durchführung erkennungsdienstlicher Maßnahmen erforderlich ist.',
      'Der Inhaber des Jagdscheins hat sich auf Verlangen an Amtsstelle [einzufinden].',
      'Die Unterschriften dürfen nur auf den amtlichen Eintragungsblättern und nur in den [Eintragungsräumen] während der festgesetzten Eintragungszeit abgegeben werden.',
      'Der Bewerber muss den Fischereischein [persönlich] in Empfang nehmen.',
      'Die Eintragung ist nur [persönlich] und unter Vorlage des Personalausweises möglich.',
    ],
    accepted: [
      'Das Zuleitungsschreiben enthält das Datum des Erscheinens des betreffenden Dokuments in deutscher Sprache.',
      'Absatz 1 gilt auch, wenn der zuständige Leistungsträger ein persönliches Erscheinen nachträglich als notwendig anerkennt.',
      'Die Gesellschaft kann nur dann verzichten, wenn nicht eine Minderheit zur Niederschrift Widerspruch erhebt.',
      'Einwendungen können in Textform oder zur Niederschrift bei der Gemeinde erhoben werden.',
      'Die persönlich haftenden Gesellschafter sind zur Vertretung berechtigt.',
      'Die Erlaubnis ist zu versagen, wenn der Antragsteller die erforderliche persönliche Zuverlässigkeit nicht besitzt.',
      'Von dem persönlichen Erscheinen kann abgesehen werden, wenn die Identität anderweitig festgestellt ist.',
      'Der Widerspruch ist schriftlich oder zur Niederschrift bei der Behörde zu erheben.',
      'Das Gericht kann die Anhörung im Wege der Bild- und Tonübertragung durchführen, statt das persönliche Erscheinen anzuordnen.',
      'Die Verordnung tritt am Tag nach dem Erscheinen des Bundesgesetzblattes in Kraft.',
      'Die Beschwerde wird durch Einreichen einer Beschwerdeschrift oder durch Erklärung zu Protokoll der Geschäftsstelle eingelegt.',
      'Seitens des Angeklagten kann dies nur in einer von dem Verteidiger unterzeichneten Schrift oder zu Protokoll der Geschäftsstelle geschehen.',
      'Die Erhebung der Klage geschieht zu Protokoll der Geschäftsstelle oder durch Einreichung einer Anklageschrift.',
      'Wird die Versicherung an Eides statt von einer Behörde zur Niederschrift aufgenommen, sind zur Aufnahme nur der Behördenleiter und sein Vertreter befugt.',
      'Die Hauptverhandlung wird in Abwesenheit des Betroffenen durchgeführt, wenn er von der Verpflichtung zum persönlichen Erscheinen entbunden war.',
      'Der Leitstelle sind alle Einsätze der Feuerwehr unverzüglich zu melden.',
      'Die Vorsitzende hört die Mitglieder persönlich betroffener Ausschüsse an.',
      'Über die Sitzung des Gemeinderats ist eine Niederschrift zu fertigen.',
      'Die Sicherheit ist in Höhe der voraussichtlichen Kosten zu leisten.',
      'Die Zahlung ist bei der Gemeindekasse geleistet worden.',
      'Die Stellungnahme ist vor der Entscheidung der Behörde abzugeben.',
      'Die Erklärung kann schriftlich oder vor dem Standesbeamten abgegeben werden.',
      'Die Gemeinde gibt die Eintragungsräume und die Eintragungszeit öffentlich bekannt.',
      'Die Unterschrift kann in den Eintragungsräumen oder durch Eintragung im Internet geleistet werden.',
      'Ist der Versicherte nicht in der Lage, einer Vorladung des Medizinischen Dienstes Folge zu leisten, soll die Untersuchung in seiner Wohnung stattfinden.',
      'Wenn die Eltern in die Schule geladen werden, ist der Grund anzugeben.',
      'Die Zahlung erfolgt durch den Schuldner persönlich.',
      'Die Auskunft kann bei der Behörde mündlich oder schriftlich eingeholt werden.',
      'Der Ladung ist eine Wegbeschreibung zur Dienststelle beizufügen.',
    ],
  },
});
