/**
 * npm run eval:search-split [-- --heldout2]
 * The measured decision for each retrieval mechanism: R@5 and MRR@10 of the default search and of each
 * mechanism switched off, on the keyword/citation sets and on the 98 paraphrase questions (development set plus the
 * former blind set) split in two fixed halves by a hash of the question id: a mechanism is kept only when it
 * raises both halves (tuned on one, checked on the other, then swapped) and does not lower the keyword sets.
 * --heldout2 adds the held-out set written before this tuning (measure it once, at the end).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { createSearchIndexFromDocuments, type EngineOptions } from '../server/retrieval/index';
import { nameKey } from '../server/retrieval/law-names';
import { listSources, loadSource } from '../server/retrieval/sources';

const QuestionSchema = z.object({
  id: z.string(),
  query: z.string(),
  relevant: z.array(z.object({ law: z.string(), section: z.string() })).min(1),
});
type Question = z.infer<typeof QuestionSchema>;
const read = (file: string): Question[] =>
  readFileSync(resolve(file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => QuestionSchema.parse(JSON.parse(l)));

const args = process.argv.slice(2);
const keyword = ['search-questions.jsonl', 'search-questions-heldout.jsonl', 'search-questions-blind.jsonl'].flatMap((f) => read(`test/fixtures/${f}`));
const paraphrase = ['search-questions-paraphrase-dev.jsonl', 'search-questions-paraphrase-blind.jsonl'].flatMap((f) => read(`test/fixtures/${f}`));
/** Fixed halves: the first hex digit of the id's hash, even or odd. */
const half = (q: Question) => (parseInt(createHash('sha256').update(q.id).digest('hex')[0]!, 16) % 2 === 0 ? 'A' : 'B');
const sets: [string, Question[]][] = [
  ['Stichwort/Zitat (180)', keyword],
  ['Paraphrase Hälfte A', paraphrase.filter((q) => half(q) === 'A')],
  ['Paraphrase Hälfte B', paraphrase.filter((q) => half(q) === 'B')],
  ['Paraphrase alle (98)', paraphrase],
  ['davon Entwicklungssatz', paraphrase.filter((q) => q.id.startsWith('pd-'))],
  ['davon früherer Blindsatz', paraphrase.filter((q) => !q.id.startsWith('pd-'))],
];
if (args.includes('--heldout2')) sets.push(['Held-out 2 (30, vor dem Tuning)', read('test/fixtures/search-questions-paraphrase-heldout2.jsonl')]);

const BASE: EngineOptions = { decompound: true, synonyms: true };
const VARIANTS: [string, EngineOptions][] = [
  ['Standard', BASE],
  ['ohne Rechtsbegriffe-Karte', { ...BASE, concepts: false }],
  ['ohne OpenThesaurus', { ...BASE, thesaurus: false }],
  ['ohne Kompositazerlegung', { ...BASE, decompound: false }],
];
const only = args.includes('--only-default');
/** --misses A|B: the default search's misses on one half (the half being tuned on; the other stays unread). */
const missesOf = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : undefined;
const misses: string[] = [];
const key = (law: string, section: string) => `${nameKey(law)}|${section.replace(/\s+/g, '').toLowerCase()}`;
const docs = listSources([resolve('corpus')]).map(loadSource);
console.log('Variante'.padEnd(28), ...sets.map(([n, qs]) => `${n} [${qs.length}] `.padEnd(16)));
for (const [name, options] of only ? VARIANTS.slice(0, 1) : VARIANTS) {
  const index = createSearchIndexFromDocuments(docs, options);
  const cells = sets.map(([, qs]) => {
    let r5 = 0;
    let mrr = 0;
    for (const q of qs) {
      const rel = new Set(q.relevant.map((r) => key(r.law, r.section)));
      const ranked = index.search(q.query, { k: 10 }).map((h) => key(h.law, h.section ?? h.ref));
      r5 += new Set(ranked.slice(0, 5).filter((r) => rel.has(r))).size / rel.size;
      const first = ranked.findIndex((r) => rel.has(r));
      mrr += first >= 0 ? 1 / (first + 1) : 0;
      if (missesOf && name === 'Standard' && qs === paraphrase && half(q) === missesOf && (first < 0 || first >= 3)) {
        const hits = index.search(q.query, { k: 3 });
        misses.push(`${q.id} (Rang ${first < 0 ? '–' : first + 1}): ${q.query}\n  erwartet ${q.relevant.map((r) => `${r.law} ${r.section}`).join(', ')}; erhalten ${hits.map((h) => `${h.law} ${h.section}`).join(' | ')}`);
      }
    }
    return `${(r5 / qs.length).toFixed(3)} / ${(mrr / qs.length).toFixed(3)}`.padEnd(16);
  });
  console.log(name.padEnd(28), ...cells);
}
if (misses.length) console.log(`\nFehlgriffe (Rang > 3) in Hälfte ${missesOf}:\n${misses.join('\n')}`);
