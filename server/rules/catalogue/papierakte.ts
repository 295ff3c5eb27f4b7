import { ADMINISTRATION_RECORD, PAPER_FALLBACK } from '../lexicon';
import { defineRule } from '../types';

/** Texts of this rule, keyed by id; a lawyer edits them here. */
const TEXTS = {
  explanation:
    'Die Vorschrift setzt eine Papierakte, eine Ablage auf Papier oder die Aufbewahrung von Originalen voraus. Das erzwingt Ausdrucke und Medienbrüche in der Behörde. Akten sollen elektronisch geführt werden (§ 6 EGovG, für Niedersachsen § 10 NDIG); Papierdokumente können ersetzend eingescannt werden (§ 7 EGovG, § 11 NDIG).',
  eAkteBund:
    'Die Akten können elektronisch geführt werden; Dokumente in Papierform können nach § 7 des E-Government-Gesetzes in elektronische Dokumente übertragen und aufbewahrt werden.',
  /** Other Länder: their E-Government-Gesetz is named generically (its § is in the legal basis, where known). */
  eAkteAnderesLand:
    'Die Akten können elektronisch geführt werden; Dokumente in Papierform können nach dem E-Government-Gesetz des Landes in elektronische Dokumente übertragen werden.',
  eAkteLand:
    'Die Akten können elektronisch geführt werden; Dokumente in Papierform können nach § 11 des Niedersächsischen Gesetzes über digitale Verwaltung und Informationssicherheit in elektronische Dokumente übertragen werden.',
};

/** Paper kept by the authority: a file, a card index, the originals in storage. */
const PAPER_KEEPING = /\bOriginal(?:e|en|s)?\b|Urschrift|Papierform|in\s+Papier|Papierakte|Papierdokument|Karteikarte|Kartei\b/;
const FILE_CONTEXT = /\bAkte|Akten\b|Vorgang|Vorgänge|Unterlagen|Schriftgut|Schriftstück|Registratur|Dokument/;

export const papierakte = defineRule({
  id: 'papierakte',
  title: 'Papierakte, Ablage oder Aufbewahrung auf Papier',
  category: 'papierakte',
  principle: 1,
  severity: 'mittel',
  source: 'Digitalcheck 2025, Prinzip 1.1 (durchgängig digital); § 6 EGovG, § 10 NDIG (elektronische Aktenführung), § 7 EGovG, § 11 NDIG',
  explanation: TEXTS.explanation,
  vocabulary: [
    'Papierakte{n}',
    'Papierform',
    'Papierdokument{e,en}',
    'Karteikarte{n}',
    'Kartei',
    'Ablage',
    'abzulegen',
    'aufzubewahren',
    'Aufbewahrung',
  ],
  exceptions: [
    {
      id: 'aufbewahrung-ohne-papier',
      rationale: 'Eine Aufbewahrungspflicht ist medienneutral; nur „im Original“ oder „in Papierform“ aufzubewahren erzwingt Papier.',
      when: (ctx) => /^(?:aufzubewahren|Aufbewahrung)$/.test(ctx.text) && !ctx.sentenceMatches(PAPER_KEEPING),
      example: 'Die Unterlagen sind fünf Jahre aufzubewahren.',
    },
    {
      id: 'ablage-ohne-akte',
      rationale: '„Ablage“ ist nur als Ablage von Schriftgut in einer Akte ein Papierhindernis.',
      when: (ctx) => /^(?:Ablage|abzulegen)$/.test(ctx.text) && !(ctx.sentenceMatches(FILE_CONTEXT) && (ctx.sentenceMatches(PAPER_KEEPING) || ctx.paragraphMatches(PAPER_KEEPING))),
      example: 'Die Ablage von Abfällen auf dem Grundstück ist verboten.',
    },
    {
      id: 'papierform-ohne-akte',
      rationale: '„Papierform“ betrifft hier die Übermittlung (papier_vordruck), nicht die Aktenführung oder Aufbewahrung.',
      when: (ctx) => /^Papier(?:form|dokument)/.test(ctx.text) && !ctx.sentenceMatches(/Akte|aufzubewahr|Aufbewahrung|aufbewahrt|Ablage|abzulegen|archiv|zu\s+führen|geführt/i),
      example: 'Der Antrag kann auch in Papierform gestellt werden, wenn die Behörde es verlangt.',
    },
    {
      id: 'papier-als-rueckfall',
      rationale: 'Papier nur als Rückfall bei technischer Störung eines elektronischen Verfahrens ist schon digital gedacht.',
      when: (ctx) => ctx.sentenceMatches(PAPER_FALLBACK),
      example: 'Ist aus technischen Gründen eine Übermittlung nach § 4 vorübergehend nicht möglich, so ist die Akte in Papierform zu übermitteln und aufzubewahren.',
    },
    {
      id: 'kartei-ohne-fuehrung',
      rationale: 'Eine Kartei ist nur ein Hindernis, wo sie zu führen ist.',
      when: (ctx) => /^Kartei/.test(ctx.text) && !ctx.sentenceMatches(/führt|führen|geführt|anzulegen|angelegt/),
      example: 'Die Kartei des früheren Amtes wurde dem Archiv übergeben und ist zu erhalten.',
    },
    {
      id: 'buch-des-pflichtigen',
      rationale: 'Ein Buch, das Bürgerinnen, Bürger oder Betriebe führen (Fangbuch, Prüfbuch, Betriebstagebuch), ist keine Akte der Verwaltung; seine Papierform prüft die Regel Papier und Vordruck.',
      stage: 'trigger',
      when: (ctx) => /^Papier/.test(ctx.text) && ctx.sentenceMatches(/[a-zäöüß]buch\b|Bücher\b/) && !ctx.sentenceMatches(ADMINISTRATION_RECORD),
      example: 'Das Fangbuch ist in Papierform zu führen.',
    },
    {
      id: 'ersetzendes-scannen',
      rationale: 'Die Vorschrift regelt die Übertragung von Papier in elektronische Dokumente oder erlaubt Papier nur noch als Ausnahme (§ 7 EGovG, § 10 Abs. 3, § 11 NDIG).',
      when: (ctx) =>
        ctx.sentenceMatches(/übertragen|digitalisier|einges?cannt|ersetzend|vernichte|weiterhin|unverhältnismäßig/) ||
        (ctx.sentenceMatches(/\b(?:kann|können|darf|dürfen)\b/) && !ctx.sentenceMatches(/\bnur\b|\bausschließlich\b|\bsind\b[^.;]{0,500}\bzu\s+\w+|\bist\b[^.;]{0,500}\bzu\s+\w+/)),
      example: 'Akten oder Aktenteile können weiterhin in Papierform geführt werden, wenn die Anforderungen nicht oder nur mit unverhältnismäßigem Aufwand erfüllt werden können.',
    },
  ],
  report: (ctx) => ({
    edit: { kind: 'appendSentence', sentence: ctx.profile.land === 'nds' ? TEXTS.eAkteLand : ctx.profile.land ? TEXTS.eAkteAnderesLand : TEXTS.eAkteBund },
  }),
  examples: {
    flagged: [
      'Die Bescheinigungen sind im Original fünf Jahre [aufzubewahren].',
      'Die Behörde führt für jeden Betrieb eine [Papierakte].',
      'Die Niederschriften sind in [Papierform] zu den Akten zu nehmen und dort [aufzubewahren].',
      // the administration's own card index and files (probe battery; papier_vordruck stays silent on them)
      'Die untere Jagdbehörde führt über die erteilten Jagdscheine eine [Kartei].',
      'Die Schülerakte ist in [Papierform] zu führen.',
    ],
    accepted: [
      // a book the citizen keeps: papier_vordruck's
      'Das Fangbuch ist in Papierform zu führen.',
      'Die Unterlagen sind fünf Jahre aufzubewahren.',
      'Die Behörde kann die Akten elektronisch führen.',
      'Dokumente in Papierform sollen in elektronische Dokumente übertragen und in elektronischer Form aufbewahrt werden.',
    ],
  },
});
