import { z } from 'zod';

/**
 * Parsed structure of a law or draft: law → (Artikel) → § → Absatz → Satz → Nummer.
 * Every node carries [start, end) character offsets into `LawDocument.text`, so that any finding
 * can be cited ("§ 5 Abs. 2 Satz 1 Nr. 3") and highlighted in the original text.
 */

export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof SpanSchema>;

export const SentenceSchema = SpanSchema.extend({ index: z.number().int().positive() });
export type Sentence = z.infer<typeof SentenceSchema>;

/** An enumeration item ("1.", "a)", "aa)"); level 1 = Nummer, 2 = Buchstabe, 3 = Doppelbuchstabe. */
export const ItemSchema = SpanSchema.extend({ label: z.string(), level: z.number().int().min(1).max(3) });
export type Item = z.infer<typeof ItemSchema>;

export const ParagraphSchema = SpanSchema.extend({
  /** Absatz number as written ("2", "2a"); null when the § has no numbered Absätze. */
  number: z.string().nullable(),
  sentences: z.array(SentenceSchema),
  items: z.array(ItemSchema),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const ProvisionSchema = SpanSchema.extend({
  /** Stable id within the document, e.g. "p-5" or "a1-p-5". */
  id: z.string(),
  /** "§ 5", "Art. 3", "Anlage 1". */
  label: z.string(),
  /** Heading text after the label ("Elektronischer Zugang"), may be empty. */
  title: z.string(),
  /** For amending laws: "Artikel 1" of the draft that holds this provision. */
  article: z.string().optional(),
  /** For amending laws: the law this new wording amends (abbreviation or title). */
  targetLaw: z.string().optional(),
  /** True when this provision is new wording quoted inside an amendment instruction. */
  amendedWording: z.boolean().optional(),
  /** For new wording: Nummer of the draft's instruction list that holds it ("3" in "Artikel 1 Nummer 3"). */
  number: z.string().optional(),
  /** For new wording: Buchstabe under that Nummer ("a"). */
  letter: z.string().optional(),
  /** For new wording: Doppelbuchstabe under that Buchstabe ("aa"). */
  doubleLetter: z.string().optional(),
  paragraphs: z.array(ParagraphSchema),
});
export type Provision = z.infer<typeof ProvisionSchema>;

/**
 * Parts of a draft or Drucksache. Only `law` is law text (checked for hindrances); the others are shown as what
 * they are, and the Begründung serves as evidence.
 */
export const DocumentPartKindSchema = z.enum([
  'cover',
  'vorblatt',
  'anschreiben',
  'inhaltsuebersicht',
  'law',
  'begruendung',
  'stellungnahme',
  'gegenaeusserung',
  'synopse',
  'other',
]);
export type DocumentPartKind = z.infer<typeof DocumentPartKindSchema>;

export const DocumentPartSchema = SpanSchema.extend({
  kind: DocumentPartKindSchema,
  /** German heading as shown to the user ("Vorblatt", "Begründung – Zu Artikel 1"). */
  title: z.string(),
  /** For Begründung parts: the Artikel ("Artikel 1") or § ("§ 5") they explain. */
  article: z.string().optional(),
  section: z.string().optional(),
});
export type DocumentPart = z.infer<typeof DocumentPartSchema>;

/** A place the parser could not read with certainty (an unbalanced quotation mark), shown to the user. */
export const ParseWarningSchema = SpanSchema.extend({
  code: z.enum(['unbalanced_quote', 'unassigned_text']),
  /** German message naming the place ("Artikel 1 Nummer 2: Anführungszeichen „ ohne Gegenstück"). */
  message: z.string(),
});
export type ParseWarning = z.infer<typeof ParseWarningSchema>;

/**
 * One line of the Gliederung the drafter checks against the document: every provision and every other part with
 * its place and the number of findings in it. `checked` is false for parts that are not law text (no findings come
 * from them); `unassigned` marks text the parser could not place in any part.
 */
export const OutlineEntrySchema = SpanSchema.extend({
  kind: z.enum(['law', 'amendment', 'begruendung', 'inhaltsuebersicht', 'vorblatt', 'other']),
  /** "Artikel 1" of the draft. */
  article: z.string().optional(),
  /** Nummer and Buchstabe of the Artikel's instruction list (amendments only). */
  number: z.string().optional(),
  letter: z.string().optional(),
  /** The law this provision belongs to or amends (abbreviation or title in the nominative). */
  targetLaw: z.string().optional(),
  /** "§ 5", "Art. 45". */
  section: z.string().optional(),
  /** Citation as shown ("Artikel 1 Nummer 2 – § 5a NMarktG", "Begründung – Zu Artikel 1"). */
  ref: z.string(),
  title: z.string().optional(),
  checked: z.boolean(),
  unassigned: z.boolean().optional(),
  findings: z.number().int().nonnegative(),
});
export type OutlineEntry = z.infer<typeof OutlineEntrySchema>;

export const LawDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  abbreviation: z.string(),
  jurisdiction: z.enum(['Bund', 'Niedersachsen', 'Entwurf', 'Sonstige']),
  /** Land collection files of other Länder: the Land named in the front matter ("Bayern"); decides its legal bases. */
  land: z.string().optional(),
  /** Version date or note ("Stand"), as known. */
  stand: z.string().optional(),
  /** True when the text is only an excerpt (Niedersachsen files). */
  excerpt: z.boolean().optional(),
  /** Full source text that all offsets refer to. */
  text: z.string(),
  provisions: z.array(ProvisionSchema),
  /** Drafts: the parts of the document (Vorblatt, law text, Begründung …) in order. */
  parts: z.array(DocumentPartSchema).optional(),
  /** Drafts: places the parser could not read with certainty. */
  warnings: z.array(ParseWarningSchema).optional(),
});
export type LawDocument = z.infer<typeof LawDocumentSchema>;
