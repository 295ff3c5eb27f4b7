import { resolve } from 'node:path';
import { loadSearchQuestions, missingReferences } from './search-questions';

/**
 * Checks that every relevant (law, section) of a search question set exists in the shipped corpus with text. Reads
 * only the corpus files, never the search engine, so it is safe on blind sets; it prints only failing references.
 *   npx tsx bench/lib/verify-search-questions.ts FILE.jsonl [CORPUS_DIR]
 */
const file = process.argv[2];
if (!file) throw new Error('usage: npx tsx bench/lib/verify-search-questions.ts FILE.jsonl [CORPUS_DIR]');
const questions = loadSearchQuestions(resolve(file));
const problems = missingReferences(questions, resolve(process.argv[3] ?? 'corpus'));
for (const p of problems) console.log(p);
console.log(`${questions.length} questions, ${problems.length} missing or empty references`);
process.exitCode = problems.length === 0 ? 0 : 1;
