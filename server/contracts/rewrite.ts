import { z } from 'zod';
import { CategorySchema } from './finding';

/**
 * One coherent rewrite per Absatz: all rule findings of the Absatz resolved together into one new wording, one
 * Änderungsbefehl and the enabling provisions of the field of law the Absatz belongs to.
 */

const offset = z.number().int().nonnegative();

/** One change of the Absatz; offsets are relative to the original Absatz text (`AbsatzRewrite.original`). */
export const RewriteEditSchema = z.object({
  /**
   * `repeal`: a whole Satz (with `sentence`) or the whole Absatz (without) goes, "Satz 2 wird aufgehoben", "§ 5 Absatz 3
   * wird aufgehoben" (HdR: units are repealed, words struck); `new` is "(weggefallen)" for the Absatz, else empty.
   */
  kind: z.enum(['insertAfter', 'insertBefore', 'replace', 'delete', 'appendSentence', 'repeal']),
  start: offset,
  end: offset,
  /** The words replaced (for insertAfter/insertBefore: the anchor words; for appendSentence: empty). */
  old: z.string(),
  /** The words that stand there afterwards (for an insertion: the inserted words only). */
  new: z.string(),
  /** 1-based Satz, Nummer and Buchstabe of the Absatz the change lies in (none for an appended sentence). */
  sentence: z.number().int().positive().optional(),
  number: z.string().optional(),
  letter: z.string().optional(),
  findingIds: z.array(z.string()),
  categories: z.array(CategorySchema),
});
export type RewriteEdit = z.infer<typeof RewriteEditSchema>;

export const AbsatzRewriteSchema = z.object({
  /** "§ 5 Abs. 2" */
  ref: z.string(),
  /** The law the Absatz belongs to (for an amending draft: the amended law). */
  law: z.string(),
  /** Absolute offsets of the Absatz in the analysed text. */
  start: offset,
  end: offset,
  /** § and Absatz of the unit, as the Änderungsbefehl names them. */
  unit: z.object({ section: z.string().optional(), paragraph: z.string().optional() }),
  /** The law whose field gives the enabling provisions, when it is not the document's (an amended ZPO: "ZPO"). */
  field: z.string().optional(),
  original: z.string(),
  /** The new wording of the whole Absatz. */
  text: z.string(),
  edits: z.array(RewriteEditSchema),
  /** One Änderungsbefehl for the Absatz (Handbuch der Rechtsförmlichkeit); empty when nothing is changed. */
  command: z.string(),
  legalBasis: z.array(z.string()),
  /** German notes for the drafter: contradictions with the rest of the Absatz, changes left to the drafter. */
  notes: z.array(z.string()),
  /** Every finding of the Absatz. */
  findingIds: z.array(z.string()),
  /** Findings the rewrite does not resolve (the notes say why). */
  unresolved: z.array(z.string()),
});
export type AbsatzRewrite = z.infer<typeof AbsatzRewriteSchema>;
