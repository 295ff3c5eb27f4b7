import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** Term lists are data; they are validated once at load so a broken entry fails at start-up with its name. */
const TermListSchema = z.object({
  note: z.string(),
  entries: z
    .array(z.object({ pattern: z.string().min(3), issuer: z.string().min(3) }))
    .min(1)
    .superRefine((entries, ctx) => {
      const seen = new Set<string>();
      entries.forEach((e, i) => {
        if (seen.has(e.pattern)) ctx.addIssue({ code: 'custom', path: [i, 'pattern'], message: `doppelter Eintrag ${e.pattern}` });
        seen.add(e.pattern);
        try {
          new RegExp(e.pattern);
        } catch (err) {
          ctx.addIssue({ code: 'custom', path: [i, 'pattern'], message: `ungültiger regulärer Ausdruck: ${(err as Error).message}` });
        }
      });
    }),
});
export type TermList = z.infer<typeof TermListSchema>;

export function loadTermList(name: string): TermList {
  const raw: unknown = JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), 'utf8'));
  const parsed = TermListSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Term list ${name}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** End of a word: `\b` does not see one after ß or an umlaut ("Leichenpaß"), so the letter itself may end it too. */
const WORD_END = '(?:\\b|(?<=[äöüßÄÖÜ])(?![\\wäöüßÄÖÜ]))';

/**
 * One alternation over all entries, bounded by word boundaries, compiled once. A space in a pattern matches any
 * whitespace: in a statute a line break often falls inside a phrase ("amtliche\nBescheinigung").
 */
export function termRegex(list: TermList, flags = 'g'): RegExp {
  return new RegExp(`\\b(?:${list.entries.map((e) => `(?:${e.pattern.replace(/ /g, '\\s+')})`).join('|')})${WORD_END}`, flags);
}
