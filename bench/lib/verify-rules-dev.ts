import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalizeWhitespace } from '../../server/parser/structure';
import { corpusRoot, lawPath, readLaw } from './corpus';
import { loadRulesDev, RULES_DEV_PATH } from './rules-dev';

/**
 * Checks that every provision of a rules dev set is a verbatim (whitespace-normalised) excerpt of the
 * federal corpus law it names. Needs the corpus, so it is a bench script, not a unit test:
 *   npx tsx bench/lib/verify-rules-dev.ts [FILE.jsonl]
 */

const input = process.argv[2] ? resolve(process.argv[2]) : RULES_DEV_PATH;
const root = corpusRoot();
const texts = new Map<string, string>();
const problems: string[] = [];
const items = loadRulesDev(input);
for (const item of items) {
  const path = lawPath(root, item.slug);
  if (!existsSync(path)) {
    problems.push(`${item.id}: no law ${item.slug} in the corpus`);
    continue;
  }
  if (!texts.has(item.slug)) texts.set(item.slug, normalizeWhitespace(readLaw(path).text));
  if (!texts.get(item.slug)!.includes(item.text)) problems.push(`${item.id}: text not found verbatim in ${item.slug}`);
}
for (const p of problems) console.log(p);
console.log(`${items.length - problems.length}/${items.length} provisions verbatim in the corpus (${texts.size} laws)`);
process.exitCode = problems.length === 0 ? 0 : 1;
