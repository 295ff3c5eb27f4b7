import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { LawDocument } from '../server/contracts/document';
import { CORE_CATEGORIES, type Finding } from '../server/contracts/finding';
import { parseLawMarkdown } from '../server/parser/law-markdown';
import { normalizeWhitespace } from '../server/parser/structure';
import { checkDocument } from '../server/rules/engine';
import { corpusRoot, landesrechtPath, lawPath } from './lib/corpus';
import { computeMetrics, type ScoredItem } from './lib/metrics';
import { isBlindFile } from './lib/blind-draw';
import { type RulesDevItem, loadRulesDev } from './lib/rules-dev';

/**
 * Scores labelled sets the way the CLI and the batch see a provision: the engine runs on the WHOLE statute and the
 * findings inside the labelled Absatz count. `eval:rules` checks each Absatz alone, so it cannot see facts of other
 * §§ (a general form clause, the title of the §): a wrong general clause once hid every schriftform finding of a law.
 *   npx tsx bench/eval-rules-fulldoc.ts [--corpus DIR] [--misses] FILE.jsonl …
 * Items whose Absatz is not found verbatim in the statute are counted as "unmatched" and left out. A report; exits 0.
 */

interface Options {
  corpus?: string;
  misses: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { misses: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--corpus' && argv[i + 1]) opts.corpus = resolve(argv[++i]!);
    else if (a === '--misses') opts.misses = true;
    else if (a.startsWith('--')) throw new Error(`unknown argument: ${a}`);
    else opts.files.push(resolve(a));
  }
  if (opts.files.length === 0) throw new Error('no set given');
  // a current blind set is reported as totals only; its misses would make it development data (none is left now)
  if (opts.misses && opts.files.some((f) => isBlindFile(f))) throw new Error('a blind set is scored without --misses (totals only)');
  return opts;
}

/** Leading "(2)" and whitespace differ between the set and the statute text. */
const plain = (s: string) => normalizeWhitespace(s).replace(/^\(\d+[a-z]?\)\s*/, '');

interface CheckedLaw {
  doc: LawDocument;
  findings: Finding[];
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const federalRoot = opts.corpus ?? corpusRoot();
  const laws = new Map<string, CheckedLaw>();
  const lawOf = (item: RulesDevItem): CheckedLaw => {
    const path = item.land ? landesrechtPath(item.slug) : lawPath(federalRoot, item.slug);
    let law = laws.get(path);
    if (!law) {
      const doc = parseLawMarkdown(readFileSync(path, 'utf8'), { path });
      law = { doc, findings: checkDocument(doc, item.land ? { land: item.land } : {}) };
      laws.set(path, law);
    }
    return law;
  };
  for (const file of opts.files) {
    const scored: ScoredItem[] = [];
    let unmatched = 0;
    for (const item of loadRulesDev(file)) {
      const { doc, findings } = lawOf(item);
      const want = plain(item.text);
      const para = doc.provisions.flatMap((p) => p.paragraphs).find((a) => plain(doc.text.slice(a.start, a.end)) === want);
      if (!para) {
        unmatched++;
        continue;
      }
      const predicted = [...new Set(findings.filter((f) => f.location.start >= para.start && f.location.start < para.end).map((f) => f.category))];
      scored.push({ id: item.id, text: item.text, gold: item.labels, predicted, note: item.note });
    }
    const m = computeMetrics(scored, CORE_CATEGORIES);
    const f = (x: number) => x.toFixed(3);
    console.log(
      `${basename(file)}: n ${m.items} (unmatched ${unmatched})  micro P ${f(m.micro.precision)} R ${f(m.micro.recall)} F1 ${f(m.micro.f1)}  | any P ${f(m.anyFlag.precision)} R ${f(m.anyFlag.recall)}`,
    );
    if (opts.misses) for (const x of [...m.falsePositives.map((x) => ({ ...x, kind: 'FP' })), ...m.falseNegatives.map((x) => ({ ...x, kind: 'FN' }))]) console.log(`  ${x.kind} ${x.id} ${x.category}`);
  }
}

try {
  main();
} catch (e) {
  console.error(`eval-rules-fulldoc: ${e instanceof Error ? e.message : String(e)}`);
}
