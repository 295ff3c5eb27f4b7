import { defineRule } from '../types';

const CASES_NAMED = /liegt\s+(?:\S+\s+){0,3}vor,\s+wenn|insbesondere\s+(?:dann\s+)?vor|im\s+Sinne\s+des\s+Satzes/;

/** The vague term only blocks automation where it opens or steers a decision of the authority. */
const DECISION =
  /\b(?:kann|können|darf|dürfen|soll|sollen|ist|sind)\b[^.;]{0,500}\b(?:zulassen|zugelassen|genehmig\w*|gewähr\w*|absehen|abgesehen|verlänger\w*|erteil\w*|befrei\w*|erlass\w*|erlassen|stunden|gestundet|Ausnahme\w*|abweich\w*|bewillig\w*|anerkenn\w*|anerkannt|erstatt\w*|verzicht\w*|übernehm\w*|übernommen|ermäßig\w*|zustimm\w*|widerruf\w*|entscheid\w*|festsetz\w*|festgesetzt)\b/;

export const unbestimmterBegriff = defineRule({
  id: 'unbestimmter-begriff',
  title: 'Unbestimmter Rechtsbegriff oder Ermessen in Massenverfahren',
  category: 'unbestimmter_begriff',
  principle: 4,
  severity: 'hinweis',
  source: 'Digitalcheck 2025, Prinzip 4.2 und 4.3; § 35a VwVfG (kein vollautomatisierter Verwaltungsakt bei Ermessen)',
  explanation:
    'Hinweis: Der Begriff lässt der Behörde einen Wertungs- oder Ermessensspielraum. Nach § 35a VwVfG schließt das einen vollautomatisierten Bescheid aus. In Massenverfahren helfen abschließende Fallgruppen, objektive Schwellenwerte oder Pauschalen; Ermessen bleibt den echten Sonderfällen vorbehalten.',
  vocabulary: [
    'begründeten Fällen',
    'begründeten Ausnahmefällen',
    'begründeten Einzelfällen',
    'Härte',
    'Härtefall',
    'Härtefällen',
    'Härtefalls',
    'pflichtgemäßem Ermessen',
    'gelagerten Fällen',
    'gelagerten Ausnahmefällen',
    'gelagerten Einzelfällen',
    'atypischen Fällen',
  ],
  guards: { condition: false, fiction: false, electronic: false },
  exceptions: [
    {
      id: 'ohne-wertungsbezug',
      rationale: 'Nur „besondere/unbillige Härte“ und „in (besonders) begründeten Fällen“ eröffnen einen Wertungsspielraum.',
      stage: 'trigger',
      when: (ctx) => {
        const lead = ctx.lead(20);
        return /^Härte/.test(ctx.text) ? !/(?:besondere[nr]?|unbillige[nr]?)\s+$/.test(lead) : /^(?:begründeten|gelagerten|atypischen)/.test(ctx.text) && !/\b[Ii]n\s+(?:besonders\s+)?$/.test(lead);
      },
      example: 'Die Härte des Materials ist zu prüfen, bevor die Behörde entscheidet.',
    },
    {
      id: 'keine-entscheidung',
      rationale: 'Der Begriff hindert die Automatisierung nur, wo er eine Entscheidung der Behörde steuert.',
      when: (ctx) => !ctx.sentenceMatches(DECISION) && !ctx.sentenceMatches(/\bentscheid/),
      example: 'Eine besondere Härte wurde im Bericht beschrieben.',
    },
    {
      id: 'kein-massenverfahren',
      rationale: 'Im Privat-, Straf- und Prozessrecht gibt es keine automatisierten Massenverfahren der Verwaltung.',
      when: (ctx) => ctx.profile.domain === 'privat' || ctx.profile.domain === 'straf' || ctx.profile.domain === 'gericht',
      example: 'In begründeten Ausnahmefällen kann das Gericht die Frist verlängern.',
      exampleLaw: 'ZPO',
    },
    {
      id: 'fallgruppen-benannt',
      rationale: 'Eine abschließende Fallgruppe im Absatz („… liegt insbesondere vor, wenn“) macht den Begriff bereits handhabbar.',
      when: (ctx) => ctx.paragraphMatches(CASES_NAMED),
      example: 'Eine besondere Härte liegt insbesondere vor, wenn das Einkommen die Freigrenze nicht übersteigt; in diesem Fall kann die Behörde von der Rückforderung absehen.',
    },
  ],
  report(ctx) {
    const { n, of } = ctx.sentenceNumber;
    return {
      severity: 'hinweis',
      confidence: 0.6,
      edit: { kind: 'appendSentence', sentence: `Ein solcher Fall im Sinne ${of > 1 ? `des Satzes ${n}` : 'dieser Vorschrift'} liegt nur vor, wenn […].` },
    };
  },
  examples: {
    flagged: [
      'In [begründeten Ausnahmefällen] kann die Behörde die Frist verlängern.',
      'Zur Vermeidung einer besonderen [Härte] kann von der Rückforderung abgesehen werden.',
      'Die Behörde entscheidet nach [pflichtgemäßem Ermessen] über die Gewährung des Zuschusses.',
    ],
    accepted: [
      'Eine besondere Härte liegt insbesondere vor, wenn das Einkommen die Freigrenze nicht übersteigt; in diesem Fall kann die Behörde von der Rückforderung absehen.',
      'Der Vertrag kann aus wichtigem Grund ohne Einhaltung einer Frist gekündigt werden.',
      'Die Frist beträgt einen Monat.',
    ],
  },
});

