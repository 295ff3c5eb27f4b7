import { z } from 'zod';

/**
 * The one finding shape of the product. Rule engine, AI review, REST, socket.io, client, exports
 * and LLM prompts all use exactly this schema, so a finding never has to be translated.
 */

/**
 * The nine mandatory codes of the Digitalcheck rule engine, two further codes named by the Digitalcheck and the NDIG
 * (payment, paper files), and the hint categories.
 */
export const CATEGORY_CODES = [
  'schriftform',
  'unterschrift',
  'persoenliches_erscheinen',
  'original_beglaubigung',
  'papier_vordruck',
  'aushang_bekanntmachung',
  'postalisch',
  'technologie_spezifisch',
  'nachweis_vorlage',
  // further hindrances (§ 6 NDIG / § 4 EGovG payment, § 10 NDIG / § 6 EGovG electronic files); not scored by the metrics
  'zahlung',
  'papierakte',
  // hints (severity "hinweis")
  'unbestimmter_begriff',
  'basisdienst',
  'medienbruch',
  'datenschutz',
  'begriffsharmonisierung',
] as const;
export const CategorySchema = z.enum(CATEGORY_CODES);
export type Category = z.infer<typeof CategorySchema>;

/** The nine codes that the evaluation scores. */
export const CORE_CATEGORIES = CATEGORY_CODES.slice(0, 9) as readonly Category[];

/** Every hindrance code the rule engine reports with a fix (the help page explains these). */
export const HINDRANCE_CATEGORIES = CATEGORY_CODES.slice(0, 11) as readonly Category[];

export const SeveritySchema = z.enum(['hoch', 'mittel', 'hinweis']);
export type Severity = z.infer<typeof SeveritySchema>;

/** Digitalcheck principle, numbering of version 1.5 (2025). */
export const PrincipleSchema = z.number().int().min(1).max(5);
export type Principle = z.infer<typeof PrincipleSchema>;

export const FindingSourceSchema = z.enum(['Regel', 'KI']);

export const LocationSchema = z.object({
  /** Law abbreviation or draft title ("NDIG", "VwVfG", "Entwurf"). */
  law: z.string(),
  /** "Artikel 1" in an amending law (the draft's own structure). */
  article: z.string().optional(),
  /** "§ 5" or "Art. 3" */
  section: z.string().optional(),
  /** Absatz number as written ("2", "2a"). */
  paragraph: z.string().optional(),
  /** 1-based sentence number within the Absatz (or the § when it has no Absätze). */
  sentence: z.number().int().positive().optional(),
  /** Nummer ("3") and Buchstabe ("a") of an enumeration. */
  number: z.string().optional(),
  letter: z.string().optional(),
  /** Human citation, e.g. "§ 5 Abs. 2 Satz 1 Nr. 3". */
  ref: z.string(),
  /** Character offsets of the matched words in the analysed source text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Location = z.infer<typeof LocationSchema>;

const offset = z.number().int().nonnegative();
/**
 * The change a finding proposes, as words at absolute offsets of the analysed text. From it the exports build the
 * Änderungsbefehl for the document at hand (draft or statute) and the tracked change in Word.
 * `appendSentence.at` is the end of the sentence the new one follows.
 */
export const FindingEditSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('insertAfter'), anchor: z.string(), at: offset, words: z.string() }),
  z.object({ kind: z.literal('replace'), target: z.string(), at: offset, by: z.string() }),
  z.object({ kind: z.literal('delete'), target: z.string(), at: offset }),
  z.object({
    kind: z.literal('appendSentence'),
    sentence: z.string(),
    at: offset,
    /** Set when the sentence is not the last of its Absatz: the new one goes in after this Satz ("nach Satz 1 … eingefügt"). */
    afterSentence: z.number().int().positive().optional(),
  }),
]);
export type FindingEdit = z.infer<typeof FindingEditSchema>;

/** One guard or exception of the rule engine that decided a candidate hit. */
export const DecisionCheckSchema = z.object({
  kind: z.enum(['guard', 'exception']),
  id: z.string(),
  /** German one-line legal reason. */
  rationale: z.string(),
});
export type DecisionCheck = z.infer<typeof DecisionCheckSchema>;

/**
 * Why the rule engine reports a finding of one rule: the default guards every hit of the rule passed (with German
 * labels) and the named exceptions of the rule that were checked and did not apply ("Warum gemeldet?"). The same for
 * every finding of the rule, so an answer names it once per rule (`RuleTracesSchema`), not once per finding.
 */
export const RuleTraceSchema = z.object({
  guards: z.array(z.object({ id: z.string(), label: z.string() })),
  exceptions: z.array(z.string()),
});
export type RuleTrace = z.infer<typeof RuleTraceSchema>;

/** Rule id → its trace, for the rule findings (source "Regel") of one answer; a finding finds it by its `ruleId`. */
export const RuleTracesSchema = z.record(z.string(), RuleTraceSchema);
export type RuleTraces = z.infer<typeof RuleTracesSchema>;

export const FindingSchema = z.object({
  /** Stable within one analysis: ruleId + offsets. */
  id: z.string(),
  ruleId: z.string(),
  category: CategorySchema,
  principle: PrincipleSchema,
  severity: SeveritySchema,
  source: FindingSourceSchema,
  location: LocationSchema,
  quote: z.object({
    /** The matched words exactly as in the source. */
    match: z.string(),
    /** The whole sentence that contains them. */
    sentence: z.string(),
  }),
  /** German explanation why this blocks digital execution. */
  explanation: z.string(),
  /** German replacement wording. */
  suggestion: z.string(),
  /** Enabling provisions, e.g. ["§ 3a VwVfG", "§ 4 NDIG"]. */
  legalBasis: z.array(z.string()),
  /** Ready amendment instruction in German drafting style (Handbuch der Rechtsförmlichkeit). */
  amendment: z.string(),
  /** The structured change behind `suggestion` and `amendment`; absent when a producer (the model) gives only text. */
  edit: FindingEditSchema.optional(),
  /** 0..1, how sure the producer is. */
  confidence: z.number().min(0).max(1).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const PRINCIPLE_TITLES: Record<Principle, string> = {
  1: 'Digitale Angebote für alle nutzbar gestalten',
  2: 'Datenwiederverwendung benötigt einheitliches Recht',
  3: 'Etablierte Technologien ermöglichen effiziente Umsetzung',
  4: 'Automatisierung basiert auf eindeutigen Regelungen',
  5: 'Datenschutz und Informationssicherheit schaffen Vertrauen',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  hoch: 'Hoch',
  mittel: 'Mittel',
  hinweis: 'Hinweis',
};

export const CATEGORY_LABELS: Record<Category, string> = {
  schriftform: 'Schriftform',
  unterschrift: 'Eigenhändige Unterschrift',
  persoenliches_erscheinen: 'Persönliches Erscheinen',
  original_beglaubigung: 'Original / Beglaubigung',
  papier_vordruck: 'Papier / Vordruck',
  aushang_bekanntmachung: 'Aushang / Bekanntmachung',
  postalisch: 'Postweg',
  technologie_spezifisch: 'Technologiespezifisch',
  nachweis_vorlage: 'Nachweisvorlage (Once-Only)',
  zahlung: 'Zahlung nur bar oder auf Papier',
  papierakte: 'Papierakte / Aufbewahrung auf Papier',
  unbestimmter_begriff: 'Unbestimmter Begriff / Ermessen',
  basisdienst: 'Basisdienste nicht genutzt',
  medienbruch: 'Medienbruch',
  datenschutz: 'Datenschutz',
  begriffsharmonisierung: 'Begriffsharmonisierung',
};
