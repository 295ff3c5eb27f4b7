import { z } from 'zod';

/** One retrieval hit at Absatz granularity; also the citation shape of chat answers. */
export const SearchHitSchema = z.object({
  /** Abbreviation as in corpus/manifest.json ("NDIG", "VwVfG") or the guidance document id. */
  law: z.string(),
  /** "§ 4 Abs. 2" (or the guidance section label). */
  ref: z.string(),
  /** § title. */
  title: z.string(),
  /** Absatz text (white space normalised). */
  text: z.string(),
  score: z.number(),
  lawTitle: z.string().optional(),
  /** Version note shown with every hit. */
  stand: z.string().optional(),
  jurisdiction: z.string().optional(),
  kind: z.enum(['law', 'guidance']).optional(),
  /** True when the law ships only as an excerpt. */
  excerpt: z.boolean().optional(),
  section: z.string().optional(),
  paragraph: z.string().optional(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const CitationSchema = z.object({
  law: z.string(),
  ref: z.string(),
  title: z.string(),
  text: z.string(),
  stand: z.string().optional(),
  lawTitle: z.string().optional(),
  kind: z.enum(['law', 'guidance']).optional(),
  excerpt: z.boolean().optional(),
});
export type Citation = z.infer<typeof CitationSchema>;
