import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { corpusRoot, lawUnits, listLawPaths, readLaw } from './lib/corpus';
import { type DepaperedItem, DepaperedItemSchema, reconstructOldWording } from './lib/depapered';

/**
 * Builds test/fixtures/rules-depapered-proxy.jsonl from the federal corpus (slugs a–m only, so that laws n–z stay
 * unseen): every Absatz whose 2022 wording carries an electronic alternative of the kinds the 2016/2017 de-papering
 * laws added, with the old wording reconstructed by removing the alternative (bench/lib/depapered.ts). Deterministic:
 * corpus order, at most MAX_PER_LAW Absätze per law.
 *   npx tsx bench/build-depapered-proxy.ts [OUT.jsonl]
 */

const OUT = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../test/fixtures/rules-depapered-proxy.jsonl'));
const MAX_PER_LAW = 2;
const MIN_CHARS = 60;
const MAX_CHARS = 1200;

const items: DepaperedItem[] = [];
let laws = 0;
for (const path of listLawPaths(corpusRoot())) {
  const slug = basename(resolve(path, '..'));
  if (!/^[a-m]/.test(slug)) continue;
  laws++;
  let taken = 0;
  for (const unit of lawUnits(readLaw(path))) {
    if (taken >= MAX_PER_LAW) break;
    if (unit.text.length < MIN_CHARS || unit.text.length > MAX_CHARS) continue;
    const r = reconstructOldWording(unit.text);
    if (!r) continue;
    items.push(DepaperedItemSchema.parse({ id: unit.id, law: unit.law, slug: unit.slug, ref: unit.ref, kinds: r.kinds, rubricForm: r.rubricForm, old: r.old, new: unit.text }));
    taken++;
  }
}
writeFileSync(OUT, items.map((i) => JSON.stringify(i)).join('\n') + '\n');
console.log(`${items.length} pairs from ${laws} laws (slugs a–m) → ${OUT}`);
