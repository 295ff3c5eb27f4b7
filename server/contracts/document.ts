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
  paragraphs: z.array(ParagraphSchema),
});
export type Provision = z.infer<typeof ProvisionSchema>;

export const LawDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  abbreviation: z.string(),
  jurisdiction: z.enum(['Bund', 'Niedersachsen', 'Entwurf', 'Sonstige']),
  /** Version date or note ("Stand"), as known. */
  stand: z.string().optional(),
  /** True when the text is only an excerpt (Niedersachsen files). */
  excerpt: z.boolean().optional(),
  /** Full source text that all offsets refer to. */
  text: z.string(),
  provisions: z.array(ProvisionSchema),
});
export type LawDocument = z.infer<typeof LawDocumentSchema>;
