import { defineRule } from '../types';

/** The vague term only blocks automation where it opens or steers a decision of the authority. */
const DECISION =
  /\b(?:kann|können|darf|dürfen|soll|sollen|ist|sind)\b[^.;]*\b(?:zulassen|zugelassen|genehmig\w*|gewähr\w*|absehen|abgesehen|verlänger\w*|erteil\w*|befrei\w*|erlass\w*|erlassen|stunden|gestundet|Ausnahme\w*|abweich\w*|bewillig\w*|anerkenn\w*|anerkannt|erstatt\w*|verzicht\w*|übernehm\w*|übernommen|ermäßig\w*|zustimm\w*|widerruf\w*|entscheid\w*|festsetz\w*|festgesetzt)\b/;

export const unbestimmterBegriff = defineRule({
  id: 'unbestimmter-begriff',
  title: 'Unbestimmter Rechtsbegriff oder Ermessen in Massenverfahren',
  category: 'unbestimmter_begriff',
  principle: 4,
  severity: 'hinweis',
  source: 'Digitalcheck 2025, Prinzip 4.2 und 4.3; § 35a VwVfG (kein vollautomatisierter Verwaltungsakt bei Ermessen)',
  explanation:
    'Hinweis: Der Begriff lässt der Behörde einen Wertungs- oder Ermessensspielraum. Nach § 35a VwVfG schließt das einen vollautomatisierten Bescheid aus. In Massenverfahren helfen abschließende Fallgruppen, objektive Schwellenwerte oder Pauschalen; Ermessen bleibt den echten Sonderfällen vorbehalten.',
  trigger: /\b(?:begründeten\s+(?:Ausnahme|Einzel)?[Ff]ällen|Härte(?:fall|fällen|falls)?|pflichtgemäßem\s+Ermessen|gelagerten\s+(?:Ausnahme|Einzel)?[Ff]ällen|atypischen\s+Fällen)\b/g,
  evaluate(ctx) {
    const lead = ctx.lead(20);
    if (/^Härte/.test(ctx.text) ? !/(?:besondere[nr]?|unbillige[nr]?)\s+$/.test(lead) : /^(?:begründeten|gelagerten|atypischen)/.test(ctx.text) && !/\b[Ii]n\s+(?:besonders\s+)?$/.test(lead)) return null;
    if (!DECISION.test(ctx.sentence) && !/\bentscheid/.test(ctx.sentence)) return null;
    if (ctx.inDefinitions || ctx.negated()) return null;
    if (ctx.profile.domain === 'privat' || ctx.profile.domain === 'straf' || ctx.profile.domain === 'gericht') return null;
    // a closed list right after the term ("… liegt insbesondere vor, wenn") already makes it operable
    if (/liegt\s+(?:\S+\s+){0,3}vor,\s+wenn|insbesondere\s+(?:dann\s+)?vor|im\s+Sinne\s+des\s+Satzes/.test(ctx.paragraphText)) return null;
    const { n, of } = ctx.sentenceNumber;
    return {
      start: ctx.start,
      end: ctx.end,
      severity: 'hinweis',
      confidence: 0.6,
      edit: { kind: 'appendSentence', sentence: `Ein solcher Fall im Sinne ${of > 1 ? `des Satzes ${n}` : 'dieser Vorschrift'} liegt nur vor, wenn […].` },
    };
  },
  examples: {
    flagged: [
      'In begründeten Ausnahmefällen kann die Behörde die Frist verlängern.',
      'Zur Vermeidung einer besonderen Härte kann von der Rückforderung abgesehen werden.',
      'Die Behörde entscheidet nach pflichtgemäßem Ermessen über die Gewährung des Zuschusses.',
    ],
    accepted: [
      'Eine besondere Härte liegt insbesondere vor, wenn das Einkommen die Freigrenze nicht übersteigt; in diesem Fall kann die Behörde von der Rückforderung absehen.',
      'Der Vertrag kann aus wichtigem Grund ohne Einhaltung einer Frist gekündigt werden.',
      'Die Frist beträgt einen Monat.',
    ],
  },
});

