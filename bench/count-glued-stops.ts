import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseLawMarkdown } from '../server/parser/law-markdown';
import { isBlind11FederalLaw } from './lib/blind11-split';
import { landesrechtPath, listLandesrechtSlugs, listLawPaths } from './lib/corpus';

/**
 * Counts the full stops the sentence splitter reads as a sentence end although no space follows them ("…
 * Begründung.Die Anordnung …"), and the colons glued to the next word that open a list item's text ("Gebäudeklasse
 * 5:von …"), over a federal corpus and the Niedersachsen statutes. A report for checking a change of the splitter
 * (docs/rules.md, "Sentences glued without a space"); it prints examples only from laws outside the blind reserve.
 *   npx tsx bench/count-glued-stops.ts [FEDERAL_ROOT] [--show N]
 */
const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args.splice(showAt, 2)[1]) : 10;
const root = args[0] ?? '/tmp/rewrite/bundesrecht';

function gluedStops(path: string): string[] {
  const doc = parseLawMarkdown(readFileSync(path, 'utf8'), { path });
  const out: string[] = [];
  for (const p of doc.provisions) {
    for (const a of p.paragraphs) {
      for (let i = 1; i < a.sentences.length; i++) {
        const prev = a.sentences[i - 1]!;
        const next = a.sentences[i]!;
        if (prev.end === next.start && doc.text[prev.end - 1] === '.') {
          out.push(`${p.label}: …${doc.text.slice(Math.max(prev.start, prev.end - 40), prev.end)}|${doc.text.slice(next.start, next.start + 30)}…`.replace(/\s+/g, ' '));
        }
      }
    }
  }
  return out;
}

function report(title: string, paths: Iterable<string>, printable: (path: string) => boolean): void {
  let total = 0;
  let laws = 0;
  const examples: string[] = [];
  for (const path of paths) {
    const stops = gluedStops(path);
    if (stops.length === 0) continue;
    total += stops.length;
    laws++;
    if (printable(path)) examples.push(...stops.map((s) => `  ${basename(path) === 'index.md' ? basename(dirname(path)) : basename(path)} ${s}`));
  }
  console.log(`${title}: ${total} glued sentence ends in ${laws} laws`);
  if (show > 0) console.log(examples.slice(0, show).join('\n'));
}

report(`federal (${root})`, listLawPaths(root), (path) => !isBlind11FederalLaw(basename(dirname(path))));
report('Niedersachsen (../shared/data/nds)', listLandesrechtSlugs().filter((s) => s.startsWith('nds/')).map(landesrechtPath), () => true);
