import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { nameKey } from '../../server/retrieval/law-names';
import { listSources, loadSource } from '../../server/retrieval/sources';

/**
 * Checks that every relevant (law, section) of a search question set exists in the shipped corpus and carries text
 * (excerpt gaps such as "TEXT NICHT GEFUNDEN" do not count). Reads only the corpus files, never the search engine, so
 * it is safe on blind sets; it prints only the failing references, never the questions.
 *   npx tsx bench/lib/verify-search-questions.ts FILE.jsonl [CORPUS_DIR]
 */

const RelevantSchema = z.object({ law: z.string().min(1), section: z.string().min(1) });
const LineSchema = z.object({ id: z.string().min(1), relevant: z.array(RelevantSchema).min(1) });

const file = process.argv[2];
if (!file) throw new Error('usage: npx tsx bench/lib/verify-search-questions.ts FILE.jsonl [CORPUS_DIR]');
const corpusDir = resolve(process.argv[3] ?? 'corpus');

const sectionKey = (s: string) => s.replace(/\s+/g, '').toLowerCase();
/** law key → section key → characters of text after the heading line */
const sections = new Map<string, Map<string, number>>();
for (const { doc } of listSources([corpusDir]).map(loadSource)) {
  const bySection = sections.get(nameKey(doc.abbreviation)) ?? new Map<string, number>();
  for (const p of doc.provisions) {
    const body = doc.text
      .slice(p.start, p.end)
      .replace(/^[^\n]*\n/, '')
      .replace(/TEXT NICHT GEFUNDEN[^\n]*|\[…\]/g, '')
      .trim();
    bySection.set(sectionKey(p.label), Math.max(bySection.get(sectionKey(p.label)) ?? 0, body.length));
  }
  sections.set(nameKey(doc.abbreviation), bySection);
}

const problems: string[] = [];
const lines = readFileSync(resolve(file), 'utf8').split('\n').filter((l) => l.trim());
for (const [i, line] of lines.entries()) {
  const q = LineSchema.parse(JSON.parse(line));
  for (const r of q.relevant) {
    const chars = sections.get(nameKey(r.law))?.get(sectionKey(r.section));
    if (chars === undefined) problems.push(`line ${i + 1} (${q.id}): ${r.law} ${r.section} not in the corpus`);
    else if (chars < 40) problems.push(`line ${i + 1} (${q.id}): ${r.law} ${r.section} has no text in the corpus`);
  }
}
for (const p of problems) console.log(p);
console.log(`${lines.length} questions, ${problems.length} missing or empty references`);
process.exitCode = problems.length === 0 ? 0 : 1;
