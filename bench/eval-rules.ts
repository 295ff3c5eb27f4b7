import { resolve } from 'node:path';
import { CORE_CATEGORIES, type Category } from '../server/contracts/finding';
import { keywordBaseline } from './lib/keyword-baseline';
import { computeMetrics, type EvalMetrics, type Score, type ScoredItem } from './lib/metrics';
import { loadRulesDev, RULES_DEV_PATH, RULES_HELDOUT_PATHS } from './lib/rules-dev';

/**
 * Scores the rule engine (or the naive keyword baseline) on a labelled set of provisions.
 *   npm run eval:rules [-- --input FILE.jsonl | --all] [--baseline] [--quiet] [--json]
 * --all scores the dev set and both held-out sets, tables only.
 * A report, not a gate: always exits 0 so that a quality drop never hides the numbers.
 */

interface Options {
  inputs: string[];
  baseline: boolean;
  quiet: boolean;
  json: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { inputs: [RULES_DEV_PATH], baseline: false, quiet: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--baseline') opts.baseline = true;
    else if (a === '--quiet') opts.quiet = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--input' && argv[i + 1]) opts.inputs = [resolve(argv[++i]!)];
    else if (a.startsWith('--input=')) opts.inputs = [resolve(a.slice('--input='.length))];
    else if (a === '--all') {
      opts.inputs = [RULES_DEV_PATH, ...RULES_HELDOUT_PATHS];
      opts.quiet = true;
    }
    else throw new Error(`unknown argument: ${a}`);
  }
  return opts;
}

/** Categories found, and for the rule engine why a category was not reported (for the misses). */
type Checker = (text: string, law: string) => { categories: Category[]; whyNot?: (c: Category) => string };

async function loadChecker(baseline: boolean): Promise<Checker> {
  if (baseline) return (text) => ({ categories: keywordBaseline(text) });
  const { explainText } = await import('../server/rules/engine');
  return (text, law) => {
    const { findings, decisions } = explainText(text, { law });
    return {
      categories: findings.map((f) => f.category),
      whyNot: (c) => {
        const mine = decisions.filter((d) => d.category === c && d.suppressedBy);
        if (mine.length === 0) return 'kein Auslösewort';
        return mine.map((d) => `„${d.match}“ → ${d.suppressedBy!.kind === 'guard' ? 'Schutzregel' : 'Ausnahme'} ${d.suppressedBy!.id}`).join('; ');
      },
    };
  };
}

const pct = (x: number) => x.toFixed(3);
const row = (name: string, s: Score) =>
  `${name.padEnd(26)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}   ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`;

function printTable(m: EvalMetrics, title: string): void {
  console.log(`${title} — ${m.items} provisions`);
  console.log(`${'category'.padEnd(26)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}   prec.  recall  F1`);
  for (const [c, s] of Object.entries(m.perCategory)) console.log(row(c, s));
  console.log('-'.repeat(68));
  console.log(row('micro', m.micro));
  console.log(`${'macro F1'.padEnd(56)}${pct(m.macroF1)}`);
  console.log(row('flags anything', m.anyFlag) + `   (TN ${m.anyFlag.tn})`);
}

function printMisses(m: EvalMetrics, whyNot: Map<string, (c: Category) => string>): void {
  for (const [title, list] of [
    ['False positives', m.falsePositives],
    ['False negatives', m.falseNegatives],
  ] as const) {
    console.log(`\n${title} (${list.length}):`);
    for (const x of list) {
      console.log(`  ${x.id.padEnd(34)} ${x.category.padEnd(25)} ${x.excerpt}`);
      if (x.note) console.log(`  ${''.padEnd(34)} note: ${x.note}`);
      const why = title === 'False negatives' ? whyNot.get(x.id)?.(x.category as Category) : undefined;
      if (why) console.log(`  ${''.padEnd(34)} unterdrückt: ${why}`);
    }
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const check = await loadChecker(opts.baseline);
  const tool = opts.baseline ? 'keyword baseline' : 'rule engine';
  for (const [n, input] of opts.inputs.entries()) {
    const set = loadRulesDev(input);
    const started = performance.now();
    const whyNot = new Map<string, (c: Category) => string>();
    const scored: ScoredItem[] = set.map((item) => {
      const result = check(item.text, item.law);
      if (result.whyNot) whyNot.set(item.id, result.whyNot);
      return { id: item.id, text: item.text, gold: item.labels, predicted: result.categories, note: item.note };
    });
    const seconds = (performance.now() - started) / 1000;
    const metrics = computeMetrics(scored, CORE_CATEGORIES);
    if (opts.json) {
      const { falsePositives, falseNegatives, ...rest } = metrics;
      const out = opts.quiet ? rest : metrics;
      console.log(JSON.stringify({ tool, input, seconds, ...out }, null, 2));
      continue;
    }
    if (n > 0) console.log('');
    printTable(metrics, `${tool} on ${input}`);
    if (!opts.quiet) printMisses(metrics, whyNot);
  }
}

const USAGE = 'usage: npm run eval:rules -- [--input FILE.jsonl | --all] [--baseline] [--quiet] [--json]';

// `npm run eval:rules | head` must not end in an EPIPE stack trace
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main().catch((e: unknown) => {
  // a broken engine or set is reported, but the script stays a report (exit 0)
  console.error(`eval-rules: ${e instanceof Error ? e.message : String(e)}`);
  if (e instanceof Error && e.message.startsWith('unknown argument')) console.error(USAGE);
});
