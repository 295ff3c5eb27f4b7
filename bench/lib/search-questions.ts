import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { nameKey } from '../../server/retrieval/law-names';
import { listSources, loadSource } from '../../server/retrieval/sources';

/** One retrieval question of the search sets (test/fixtures/search-questions*.jsonl). */
export const SEARCH_QUESTION_KINDS = ['paraphrase', 'keyword', 'concept', 'citation'] as const;
export const SearchQuestionSchema = z.object({
  id: z.string().min(1),
  query: z.string().min(1),
  relevant: z.array(z.object({ law: z.string().min(1), section: z.string().min(1) })).min(1),
  /** Named by blind sets 2 to 8 and the drawn dev sets: lay paraphrase, keyword list, concept, or a citation ("Was regelt § 9 OZG?"). */
  kind: z.enum(SEARCH_QUESTION_KINDS).optional(),
});
export type SearchQuestion = z.infer<typeof SearchQuestionSchema>;

const FIXTURES = resolve(import.meta.dirname, '../../test/fixtures');
/** Blind set 2 (README-blind2.md): had its one blind run, development data now (a default set of eval:search). */
export const SEARCH_BLIND2_PATH = resolve(FIXTURES, 'search-questions-paraphrase-blind2.jsonl');
/** Blind set 3 (README-blind3.md): had its one blind run, development data now (a default set of eval:search). */
export const SEARCH_BLIND3_PATH = resolve(FIXTURES, 'search-questions-paraphrase-blind3.jsonl');
/** Blind set 4 (README-blind4-search.md): had its one blind run, development data now (a default set of eval:search). */
export const SEARCH_BLIND4_PATH = resolve(FIXTURES, 'search-questions-paraphrase-blind4.jsonl');
/** Blind set 5 (README-blind5-search.md): had its one blind run, development data now (a default set of eval:search). */
export const SEARCH_BLIND5_PATH = resolve(FIXTURES, 'search-questions-paraphrase-blind5.jsonl');
/** Blind set 6 (README-blind6-search.md): had its one blind run, development data now (a default set of eval:search). */
export const SEARCH_BLIND6_PATH = resolve(FIXTURES, 'search-questions-paraphrase-blind6.jsonl');
/** Blind set 7 (README-blind7-search.md): had its one blind run, development data now (a default set of eval:search). */
export const SEARCH_BLIND7_PATH = resolve(FIXTURES, 'search-questions-paraphrase-blind7.jsonl');
/** Blind set 8 (README-blind8-search.md): had its one blind run, development data now (a default set of eval:search). */
export const SEARCH_BLIND8_PATH = resolve(FIXTURES, 'search-questions-paraphrase-blind8.jsonl');
/** Blind set 9 (README-blind9-search.md): had its one blind run, development data now (a default set of eval:search). */
export const SEARCH_BLIND9_PATH = resolve(FIXTURES, 'search-questions-paraphrase-blind9.jsonl');
/** Blind set 10 (README-blind10-search.md): spent at 14:37 UTC on 2026-12-07, a default development set of eval:search. */
export const SEARCH_BLIND10_PATH = resolve(FIXTURES, 'search-questions-paraphrase-blind10.jsonl');
/** Blind set 11 (test/fixtures/README-blind11-search.md): spent at 17:27 UTC on 2026-12-07, a default development set of eval:search. */
export const SEARCH_BLIND11_PATH = resolve(FIXTURES, 'search-questions-paraphrase-blind11.jsonl');
/** Blind set 12 (test/fixtures/README-blind12-search.md): spent at 20:07 UTC on 2026-12-07, a default development set of eval:search. */
export const SEARCH_BLIND12_PATH = resolve(FIXTURES, 'search-questions-paraphrase-blind12.jsonl');
/** Blind set 13 (test/fixtures/README-blind13-search.md): spent at 22:52 UTC on 2026-12-07, a default development set of eval:search. */
export const SEARCH_BLIND13_PATH = resolve(FIXTURES, 'search-questions-paraphrase-blind13.jsonl');
/** Blind set 14 (test/fixtures/README-blind14-search.md): spent at 01:33 UTC on 2026-12-08, a default development set of eval:search. */
export const SEARCH_BLIND14_PATH = resolve(FIXTURES, 'search-questions-paraphrase-blind14.jsonl');

export function loadSearchQuestions(path: string): SearchQuestion[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = SearchQuestionSchema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`line ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return parsed.data;
    });
}

/** The key eval:search compares hits with: law by `nameKey`, section without spaces, lower case. */
export const relevanceKey = (law: string, section: string) => `${nameKey(law)}|${section.replace(/\s+/g, '').toLowerCase()}`;

/**
 * Relevant (law, section) pairs that are not in the corpus or have no text there (excerpt gaps such as
 * "TEXT NICHT GEFUNDEN" do not count as text). Reads only the corpus files, never the search engine.
 */
export function missingReferences(questions: SearchQuestion[], corpusDir: string): string[] {
  const textChars = new Map<string, number>();
  for (const { doc } of listSources([corpusDir]).map(loadSource)) {
    for (const p of doc.provisions) {
      const body = doc.text
        .slice(p.start, p.end)
        .replace(/^[^\n]*\n/, '')
        .replace(/TEXT NICHT GEFUNDEN[^\n]*|TITEL NICHT GEFUNDEN[^\n]*|\[…\]/g, '')
        .trim();
      const key = relevanceKey(doc.abbreviation, p.label);
      textChars.set(key, Math.max(textChars.get(key) ?? 0, body.length));
    }
  }
  const problems: string[] = [];
  for (const q of questions) {
    for (const r of q.relevant) {
      const chars = textChars.get(relevanceKey(r.law, r.section));
      if (chars === undefined) problems.push(`${q.id}: ${r.law} ${r.section} not in the corpus`);
      // a heading alone (an excerpt without the wording) cannot answer a question
      else if (chars < 40) problems.push(`${q.id}: ${r.law} ${r.section} has no text in the corpus`);
    }
  }
  return problems;
}
