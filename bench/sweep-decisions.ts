import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseLawMarkdown } from '../server/parser/law-markdown';
import { normalizeWhitespace } from '../server/parser/structure';
import { checkDocument } from '../server/rules/engine';
import { isBlind7FederalLaw, isBlind7LaenderId } from './lib/blind7-split';
import { corpusRoot, landesrechtPath, listLandesrechtSlugs, listLawPaths, readLaw } from './lib/corpus';

/**
 * Decisions of the engine Absatz by Absatz over the whole unreserved corpus (federal laws not `isBlind7FederalLaw`,
 * Landesrecht Absätze not `isBlind7LaenderId`), for a before/after comparison of a change to a shared guard: the
 * engine runs on the whole statute (so § and law-wide facts count) and each Absatz with a finding is written as
 *   id <TAB> categories <TAB> Absatz text
 * with the ids of the rules dev sets ("vwvfg-64-1", "bw-polg-12-3"). Diff two outputs with `sort | join`.
 *   npx tsx bench/sweep-decisions.ts OUT.tsv
 */

const out = process.argv[2];
if (!out) throw new Error('usage: sweep-decisions.ts OUT.tsv');

const slugPart = (label: string) => label.replace(/^(§|Art\.)\s*/, '').toLowerCase();
const lines: string[] = [];

function sweep(source: string, idSlug: string, keep: (id: string) => boolean, land?: string): void {
  const doc = parseLawMarkdown(source);
  const findings = checkDocument(doc, land ? { land } : {});
  if (findings.length === 0) return;
  for (const prov of doc.provisions) {
    for (const para of prov.paragraphs) {
      const base = `${idSlug}-${slugPart(prov.label)}`;
      const id = para.number ? `${base}-${para.number}` : base;
      if (!keep(id)) continue;
      const cats = [...new Set(findings.filter((f) => f.location.start >= para.start && f.location.start < para.end).map((f) => f.category))].sort();
      if (cats.length > 0) lines.push(`${id}\t${cats.join(',')}\t${normalizeWhitespace(doc.text.slice(para.start, para.end)).slice(0, 1500)}`);
    }
  }
}

for (const path of listLawPaths(corpusRoot())) {
  const law = readLaw(path);
  if (isBlind7FederalLaw(law.slug)) continue;
  sweep(law.text, law.slug, () => true);
}
for (const slug of listLandesrechtSlugs()) {
  const [land = ''] = slug.split('/');
  // the parser does not take "## §\u00a012" for a heading (as bench/lib/blind-draw.ts landesrechtUnits)
  const text = readFileSync(landesrechtPath(slug), 'utf8').replace(/^(#+\s*§)\u00a0/gm, '$1 ');
  sweep(text, `${land}-${basename(slug).toLowerCase()}`, (id) => !isBlind7LaenderId(id), land);
}
writeFileSync(out, lines.sort().join('\n') + '\n');
console.log(`${lines.length} Absätze with findings → ${out}`);
