import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalizeWhitespace } from '../../server/parser/structure';
import { corpusRoot, landesrechtPath, lawPath, readLaw } from './corpus';
import { loadRulesDev, RULES_DEV_PATH, type RulesDevItem } from './rules-dev';

/**
 * Checks that every provision of a rules set is a verbatim (whitespace-normalised) excerpt of the law it names: the
 * federal corpus for federal items, ../shared/data/{laender,nds} for Landesrecht items (those with `land`). Needs the
 * source texts, so it is a bench script, not a unit test:
 *   npx tsx bench/lib/verify-rules-dev.ts [FILE.jsonl]
 */

const input = process.argv[2] ? resolve(process.argv[2]) : RULES_DEV_PATH;
let federalRoot: string | undefined;
const sourcePath = (item: RulesDevItem): string =>
  item.land ? landesrechtPath(item.slug) : lawPath((federalRoot ??= corpusRoot()), item.slug);
const sourceText = (item: RulesDevItem, path: string): string =>
  item.land ? readFileSync(path, 'utf8') : readLaw(path).text;

const texts = new Map<string, string>();
const problems: string[] = [];
const items = loadRulesDev(input);
for (const item of items) {
  const path = sourcePath(item);
  if (!existsSync(path)) {
    problems.push(`${item.id}: no source ${path}`);
    continue;
  }
  if (!texts.has(path)) texts.set(path, normalizeWhitespace(sourceText(item, path)));
  if (!texts.get(path)!.includes(item.text)) problems.push(`${item.id}: text not found verbatim in ${item.slug}`);
}
for (const p of problems) console.log(p);
console.log(`${items.length - problems.length}/${items.length} provisions verbatim in their sources (${texts.size} laws)`);
process.exitCode = problems.length === 0 ? 0 : 1;
