import { basename, resolve } from 'node:path';
import { CORE_CATEGORIES, type Category } from '../server/contracts/finding';
import { keywordBaseline } from './lib/keyword-baseline';
import { computeMetrics, type EvalMetrics, type Score, type ScoredItem } from './lib/metrics';
import {
  loadRulesDev,
  RULES_DEV_PATH,
  RULES_FEDERAL_BLIND3_PATH,
  RULES_FEDERAL_BLIND4_PATH,
  RULES_FEDERAL_BLIND5_PATH,
  RULES_FEDERAL_BLIND6_PATH,
  RULES_FEDERAL_BLIND7_PATH,
  RULES_FEDERAL_BLIND8_PATH,
  RULES_FEDERAL_BLIND9_PATH,
  RULES_FEDERAL_BLIND10_PATH,
  RULES_FEDERAL_BLIND11_PATH,
  RULES_FEDERAL_BLIND12_PATH,
  RULES_FEDERAL_BLIND13_PATH,
  RULES_FEDERAL_BLIND14_PATH,
  RULES_FEDERAL_DEV5S_PATH,
  RULES_FEDERAL_DEV5B_PATH,
  RULES_FEDERAL_DEV5A_PATH,
  RULES_FEDERAL_DEV6_PATH,
  RULES_FEDERAL_DEV7_PATH,
  RULES_FEDERAL_DEV8_PATH,
  RULES_FEDERAL_DEV9_PATH,
  RULES_FEDERAL_DEV10_PATH,
  RULES_FEDERAL_DEV11_PATH,
  RULES_HELDOUT_PATHS,
  RULES_LAENDER_BLIND2_ENRICHED_PATH,
  RULES_LAENDER_BLIND2_PATH,
  RULES_LAENDER_BLIND3_PATH,
  RULES_LAENDER_BLIND4_PATH,
  RULES_LAENDER_BLIND5_PATH,
  RULES_LAENDER_BLIND6_PATH,
  RULES_LAENDER_BLIND7_PATH,
  RULES_LAENDER_BLIND8_PATH,
  RULES_LAENDER_BLIND9_PATH,
  RULES_LAENDER_BLIND10_PATH,
  RULES_LAENDER_BLIND11_PATH,
  RULES_LAENDER_BLIND12_PATH,
  RULES_LAENDER_BLIND13_PATH,
  RULES_LAENDER_BLIND14_PATH,
  RULES_LAENDER_BLIND_PATH,
  RULES_LAENDER_DEV_PATH,
  RULES_LAENDER_DEV5_PATH,
  RULES_LAENDER_DEV6_PATH,
  RULES_LAENDER_DEV7_PATH,
  RULES_LAENDER_DEV8_PATH,
  RULES_LAENDER_DEV10_PATH,
  RULES_LAENDER_DEV11_PATH,
  RULES_LAENDER_DEV12_PATH,
  RULES_NDS_FULLDOC_DEV_PATH,
  RULES_DEV13_SWEEP_PATH,
  RULES_DEV14_SWEEP_PATH,
  RULES_PRECISION_DEV6_PATH,
  RULES_PRECISION_DEV7_PATH,
  RULES_PRECISION_DEV8_PATH,
  type RulesDevItem,
} from './lib/rules-dev';

/**
 * Scores the rule engine (or the naive keyword baseline) on labelled sets of provisions.
 *   npm run eval:rules [-- --input FILE.jsonl | --all] [--blind] [--baseline] [--quiet] [--json]
 * --all scores the federal dev set, both federal held-out sets, the Landesrecht dev set, the used-up blind sets 1
 * to 14, the federal written-form dev set 5s and the dev sets 5a, 5b, Landesrecht 5, federal 6, Landesrecht 6, federal 7, Landesrecht 7 and federal 8 and 9
 * (tables only) and prints them side by side with the keyword baseline; the strata of blind sets 3 to 14 and of the
 * dev sets 5a, 6, 7, 8 and 9 are scored separately (form-word draw: precision near natural frequency; enriched draw: per-code
 * recall; hindrance-shape draw "Muster": per-code precision and recall). `--input` on a spent blind file prints its
 * misses like any dev set.
 * No blind set is left: blind set 14 (README-blind14.md) had its one run at 01:33 UTC on 0a13d32f and is scored with
 * --all as "(jetzt dev)", like blind sets 1 to 13. A new blind set goes into BLIND_SETS, which --blind alone scores,
 * as tables only; while BLIND_SETS is empty --blind says that no blind set is left.
 * A report, not a gate: always exits 0 so that a quality drop never hides the numbers.
 */

interface EvalSet {
  name: string;
  path: string;
  /** Further files scored together with `path` as one set (the combined blind strata). */
  alsoPaths?: string[];
  /** Only the items of this stratum (blind sets 3 and 4). */
  stratum?: RulesDevItem['stratum'];
}

const ALL_SETS: EvalSet[] = [
  { name: 'federal dev', path: RULES_DEV_PATH },
  { name: 'federal held-out 1', path: RULES_HELDOUT_PATHS[0] },
  { name: 'federal held-out 2', path: RULES_HELDOUT_PATHS[1] },
  { name: 'Landesrecht dev', path: RULES_LAENDER_DEV_PATH },
  { name: 'Landesrecht blind 1 (verbraucht, jetzt dev)', path: RULES_LAENDER_BLIND_PATH },
  { name: 'Landesrecht blind 2 Zufall (jetzt dev)', path: RULES_LAENDER_BLIND2_PATH },
  { name: 'Landesrecht blind 2 angereichert (jetzt dev)', path: RULES_LAENDER_BLIND2_ENRICHED_PATH },
  { name: 'Bund blind 3 Formwort (jetzt dev)', path: RULES_FEDERAL_BLIND3_PATH, stratum: 'form' },
  { name: 'Bund blind 3 angereichert (jetzt dev)', path: RULES_FEDERAL_BLIND3_PATH, stratum: 'enriched' },
  { name: 'Landesrecht blind 3 (jetzt dev)', path: RULES_LAENDER_BLIND3_PATH },
  { name: 'Bund blind 4 Formwort (jetzt dev)', path: RULES_FEDERAL_BLIND4_PATH, stratum: 'form' },
  { name: 'Bund blind 4 angereichert (jetzt dev)', path: RULES_FEDERAL_BLIND4_PATH, stratum: 'enriched' },
  { name: 'Landesrecht blind 4 (jetzt dev)', path: RULES_LAENDER_BLIND4_PATH },
  { name: 'Bund dev 5s Schriftform', path: RULES_FEDERAL_DEV5S_PATH },
  { name: 'Bund dev 5b', path: RULES_FEDERAL_DEV5B_PATH },
  { name: 'Landesrecht dev 5', path: RULES_LAENDER_DEV5_PATH },
  { name: 'Bund dev 5a Formwort', path: RULES_FEDERAL_DEV5A_PATH, stratum: 'form' },
  { name: 'Bund dev 5a angereichert', path: RULES_FEDERAL_DEV5A_PATH, stratum: 'enriched' },
  { name: 'Bund blind 5 Formwort (jetzt dev)', path: RULES_FEDERAL_BLIND5_PATH, stratum: 'form' },
  { name: 'Bund blind 5 angereichert (jetzt dev)', path: RULES_FEDERAL_BLIND5_PATH, stratum: 'enriched' },
  { name: 'Landesrecht blind 5 Formwort (jetzt dev)', path: RULES_LAENDER_BLIND5_PATH, stratum: 'form' },
  { name: 'Landesrecht blind 5 angereichert (jetzt dev)', path: RULES_LAENDER_BLIND5_PATH, stratum: 'enriched' },
  { name: 'Bund dev 6 Formwort', path: RULES_FEDERAL_DEV6_PATH, stratum: 'form' },
  { name: 'Bund dev 6 angereichert', path: RULES_FEDERAL_DEV6_PATH, stratum: 'enriched' },
  { name: 'Landesrecht dev 6 Formwort', path: RULES_LAENDER_DEV6_PATH, stratum: 'form' },
  { name: 'Landesrecht dev 6 angereichert', path: RULES_LAENDER_DEV6_PATH, stratum: 'enriched' },
  { name: 'Präzision 6 Fehlmeldungen (Bund + Land)', path: RULES_PRECISION_DEV6_PATH },
  { name: 'Präzision 7 Fehlmeldungen (Bund + Land)', path: RULES_PRECISION_DEV7_PATH },
  { name: 'Präzision 8 Fehlmeldungen (Bund)', path: RULES_PRECISION_DEV8_PATH },
  { name: 'Bund blind 6 Formwort (jetzt dev)', path: RULES_FEDERAL_BLIND6_PATH, stratum: 'form' },
  { name: 'Bund blind 6 angereichert (jetzt dev)', path: RULES_FEDERAL_BLIND6_PATH, stratum: 'enriched' },
  { name: 'Landesrecht blind 6 Formwort (jetzt dev)', path: RULES_LAENDER_BLIND6_PATH, stratum: 'form' },
  { name: 'Landesrecht blind 6 angereichert (jetzt dev)', path: RULES_LAENDER_BLIND6_PATH, stratum: 'enriched' },
  { name: 'Bund dev 7 Formwort', path: RULES_FEDERAL_DEV7_PATH, stratum: 'form' },
  { name: 'Bund dev 7 angereichert', path: RULES_FEDERAL_DEV7_PATH, stratum: 'enriched' },
  { name: 'Landesrecht dev 7 Formwort', path: RULES_LAENDER_DEV7_PATH, stratum: 'form' },
  { name: 'Landesrecht dev 7 angereichert', path: RULES_LAENDER_DEV7_PATH, stratum: 'enriched' },
  { name: 'Bund blind 7 Formwort (jetzt dev)', path: RULES_FEDERAL_BLIND7_PATH, stratum: 'form' },
  { name: 'Bund blind 7 angereichert (jetzt dev)', path: RULES_FEDERAL_BLIND7_PATH, stratum: 'enriched' },
  { name: 'Landesrecht blind 7 Formwort (jetzt dev)', path: RULES_LAENDER_BLIND7_PATH, stratum: 'form' },
  { name: 'Landesrecht blind 7 angereichert (jetzt dev)', path: RULES_LAENDER_BLIND7_PATH, stratum: 'enriched' },
  { name: 'Bund dev 8 Formwort', path: RULES_FEDERAL_DEV8_PATH, stratum: 'form' },
  { name: 'Bund dev 8 angereichert', path: RULES_FEDERAL_DEV8_PATH, stratum: 'enriched' },
  { name: 'Landesrecht dev 8 Formwort', path: RULES_LAENDER_DEV8_PATH, stratum: 'form' },
  { name: 'Landesrecht dev 8 angereichert', path: RULES_LAENDER_DEV8_PATH, stratum: 'enriched' },
  { name: 'Bund blind 8 Formwort (jetzt dev)', path: RULES_FEDERAL_BLIND8_PATH, stratum: 'form' },
  { name: 'Bund blind 8 angereichert (jetzt dev)', path: RULES_FEDERAL_BLIND8_PATH, stratum: 'enriched' },
  { name: 'Landesrecht blind 8 Formwort (jetzt dev)', path: RULES_LAENDER_BLIND8_PATH, stratum: 'form' },
  { name: 'Bund dev 9 Formwort', path: RULES_FEDERAL_DEV9_PATH, stratum: 'form' },
  { name: 'Bund dev 10 Formwort', path: RULES_FEDERAL_DEV10_PATH, stratum: 'form' },
  { name: 'Landesrecht dev 10 Formwort', path: RULES_LAENDER_DEV10_PATH, stratum: 'form' },
  { name: 'Landesrecht dev 10 angereichert', path: RULES_LAENDER_DEV10_PATH, stratum: 'enriched' },
  { name: 'Bund blind 9 Formwort (jetzt dev)', path: RULES_FEDERAL_BLIND9_PATH, stratum: 'form' },
  { name: 'Bund blind 9 angereichert (jetzt dev)', path: RULES_FEDERAL_BLIND9_PATH, stratum: 'enriched' },
  { name: 'Landesrecht blind 9 Formwort (jetzt dev)', path: RULES_LAENDER_BLIND9_PATH, stratum: 'form' },
  { name: 'Landesrecht dev 11 Formwort', path: RULES_LAENDER_DEV11_PATH, stratum: 'form' },
  { name: 'Bund dev 11 Formwort', path: RULES_FEDERAL_DEV11_PATH, stratum: 'form' },
  { name: 'Bund dev 11 angereichert', path: RULES_FEDERAL_DEV11_PATH, stratum: 'enriched' },
  { name: 'Bund blind 10 Formwort (jetzt dev)', path: RULES_FEDERAL_BLIND10_PATH, stratum: 'form' },
  { name: 'Bund blind 10 angereichert (jetzt dev)', path: RULES_FEDERAL_BLIND10_PATH, stratum: 'enriched' },
  { name: 'Landesrecht blind 10 Formwort (jetzt dev)', path: RULES_LAENDER_BLIND10_PATH, stratum: 'form' },
  { name: 'Dev 12 Sweep schwache Codes (Bund + Land)', path: RULES_LAENDER_DEV12_PATH },
  { name: 'Bund blind 11 Formwort (jetzt dev)', path: RULES_FEDERAL_BLIND11_PATH, stratum: 'form' },
  { name: 'Bund blind 11 angereichert (jetzt dev)', path: RULES_FEDERAL_BLIND11_PATH, stratum: 'enriched' },
  { name: 'Landesrecht blind 11 Formwort (jetzt dev)', path: RULES_LAENDER_BLIND11_PATH, stratum: 'form' },
  { name: 'NDS vier Gesetze ganz (dev)', path: RULES_NDS_FULLDOC_DEV_PATH },
  // blind set 12 had no enriched stratum in either file (README-blind12.md)
  { name: 'Bund blind 12 Formwort (jetzt dev)', path: RULES_FEDERAL_BLIND12_PATH, stratum: 'form' },
  { name: 'Landesrecht blind 12 Formwort (jetzt dev)', path: RULES_LAENDER_BLIND12_PATH, stratum: 'form' },
  { name: 'Dev 13 Sweep schwache Codes (Bund + Land)', path: RULES_DEV13_SWEEP_PATH },
  // blind set 13 had no enriched stratum in either file (README-blind13.md)
  { name: 'Bund blind 13 Formwort (jetzt dev)', path: RULES_FEDERAL_BLIND13_PATH, stratum: 'form' },
  { name: 'Landesrecht blind 13 Formwort (jetzt dev)', path: RULES_LAENDER_BLIND13_PATH, stratum: 'form' },
  { name: 'Dev 14 Sweep Formpflicht-Muster', path: RULES_DEV14_SWEEP_PATH },
  // blind set 14: a form-word and a hindrance-shape ("Muster") stratum per file (README-blind14.md)
  { name: 'Bund blind 14 Formwort (jetzt dev)', path: RULES_FEDERAL_BLIND14_PATH, stratum: 'form' },
  { name: 'Bund blind 14 Muster (jetzt dev)', path: RULES_FEDERAL_BLIND14_PATH, stratum: 'pattern' },
  { name: 'Landesrecht blind 14 Formwort (jetzt dev)', path: RULES_LAENDER_BLIND14_PATH, stratum: 'form' },
  { name: 'Landesrecht blind 14 Muster (jetzt dev)', path: RULES_LAENDER_BLIND14_PATH, stratum: 'pattern' },
];
/** Sets scored only with --blind, tables only. Empty while no blind set is drawn: --blind then says so. */
const BLIND_SETS: EvalSet[] = [];
const isBlind = (set: EvalSet) => BLIND_SETS.includes(set);

interface Options {
  sets: EvalSet[];
  all: boolean;
  blind: boolean;
  baseline: boolean;
  quiet: boolean;
  json: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { sets: [], all: false, blind: false, baseline: false, quiet: false, json: false };
  let input: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--baseline') opts.baseline = true;
    else if (a === '--quiet') opts.quiet = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--blind') opts.blind = true;
    else if (a === '--all') opts.all = true;
    else if (a === '--input' && argv[i + 1]) input = resolve(argv[++i]!);
    else if (a.startsWith('--input=')) input = resolve(a.slice('--input='.length));
    else throw new Error(`unknown argument: ${a}`);
  }
  if (input && opts.all) throw new Error('unknown argument: --input cannot be combined with --all');
  const blindInput = BLIND_SETS.find((s) => !s.alsoPaths && !s.stratum && s.path === input);
  if (blindInput && !opts.blind) throw new Error('a blind set is scored only with --blind');
  if (opts.all) {
    opts.sets = opts.blind ? [...ALL_SETS, ...BLIND_SETS] : ALL_SETS;
    opts.quiet = true;
  } else if (input) opts.sets = [blindInput ?? { name: basename(input, '.jsonl'), path: input }];
  else opts.sets = opts.blind ? BLIND_SETS : [ALL_SETS[0]!];
  return opts;
}

/** Categories found, and for the rule engine why a category was not reported (for the misses). */
type Checker = (text: string, law: string, land?: string) => { categories: Category[]; whyNot?: (c: Category) => string };
interface Tool {
  name: string;
  check: Checker;
}

const BASELINE: Tool = { name: 'keyword baseline', check: (text) => ({ categories: keywordBaseline(text) }) };

async function loadEngine(): Promise<Tool> {
  const { explainText } = await import('../server/rules/engine');
  return {
    name: 'rule engine',
    check: (text, law, land) => {
      const { findings, decisions } = explainText(text, { law, ...(land ? { land } : {}) });
      return {
        categories: findings.map((f) => f.category),
        whyNot: (c) => {
          const mine = decisions.filter((d) => d.category === c && d.suppressedBy);
          if (mine.length === 0) return 'kein Auslösewort';
          return mine.map((d) => `„${d.match}“ → ${d.suppressedBy!.kind === 'guard' ? 'Schutzregel' : 'Ausnahme'} ${d.suppressedBy!.id}`).join('; ');
        },
      };
    },
  };
}

interface Result {
  set: EvalSet;
  tool: string;
  seconds: number;
  metrics: EvalMetrics;
  /** Per provision id, why the engine did not report a category (the engine only). */
  whyNot: Map<string, (c: Category) => string>;
}

function score(set: EvalSet, tool: Tool): Result {
  const items = [set.path, ...(set.alsoPaths ?? [])]
    .flatMap((p) => loadRulesDev(p))
    .filter((i) => !set.stratum || i.stratum === set.stratum);
  const started = performance.now();
  const whyNot = new Map<string, (c: Category) => string>();
  const scored: ScoredItem[] = items.map((item) => {
    const result = tool.check(item.text, item.law, item.land);
    if (result.whyNot) whyNot.set(item.id, result.whyNot);
    return { id: item.id, text: item.text, gold: item.labels, predicted: result.categories, note: item.note };
  });
  const seconds = (performance.now() - started) / 1000;
  return { set, tool: tool.name, seconds, metrics: computeMetrics(scored, CORE_CATEGORIES), whyNot };
}

const pct = (x: number) => x.toFixed(3);
const row = (name: string, s: Score) =>
  `${name.padEnd(26)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}   ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`;

function printTable(r: Result): void {
  const m = r.metrics;
  const files = [r.set.path, ...(r.set.alsoPaths ?? [])].map((p) => basename(p)).join(' + ');
  console.log(`${r.tool} on ${r.set.name} (${files}) — ${m.items} provisions`);
  console.log(`${'category'.padEnd(26)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}   prec.  recall  F1`);
  for (const [c, s] of Object.entries(m.perCategory)) console.log(row(c, s));
  console.log('-'.repeat(68));
  console.log(row('micro', m.micro));
  console.log(`${'macro F1'.padEnd(56)}${pct(m.macroF1)}`);
  console.log(row('flags anything', m.anyFlag) + `   (TN ${m.anyFlag.tn})`);
}

function printMisses(r: Result): void {
  for (const [title, list, misses] of [
    ['False positives', r.metrics.falsePositives, false],
    ['False negatives', r.metrics.falseNegatives, true],
  ] as const) {
    console.log(`\n${title} (${list.length}):`);
    for (const x of list) {
      console.log(`  ${x.id.padEnd(34)} ${x.category.padEnd(25)} ${x.excerpt}`);
      if (x.note) console.log(`  ${''.padEnd(34)} note: ${x.note}`);
      const why = misses ? r.whyNot.get(x.id) : undefined;
      if (why) console.log(`  ${''.padEnd(34)} warum nicht: ${why(x.category as Category)}`);
    }
  }
}

const SET_COLUMN = Math.max(...[...ALL_SETS, ...BLIND_SETS].map((s) => s.name.length)) + 2;

/** One line per set and tool: the figures the issues compare (micro P/R/F1 and the provision-level decision). */
function printSummary(results: Result[]): void {
  const head = `${'set'.padEnd(SET_COLUMN)}${'tool'.padEnd(18)}${'n'.padStart(5)}   micro P  R      F1     | any P  R      (TN)`;
  console.log(`\n${head}\n${'-'.repeat(head.length)}`);
  for (const r of results) {
    const { micro, anyFlag, items } = r.metrics;
    console.log(
      `${r.set.name.padEnd(SET_COLUMN)}${r.tool.padEnd(18)}${String(items).padStart(5)}   ${pct(micro.precision)}  ${pct(micro.recall)}  ${pct(micro.f1)}  | ${pct(anyFlag.precision)}  ${pct(anyFlag.recall)}  (${anyFlag.tn})`,
    );
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.blind && BLIND_SETS.length === 0) {
    console.log('Kein blinder Satz: alle Sätze sind verbraucht und werden mit --all gezeigt.');
    return;
  }
  // --all and --blind compare with the baseline; --baseline alone never loads the engine (safe on the blind set)
  const tools = opts.baseline ? [BASELINE] : opts.all || opts.blind ? [await loadEngine(), BASELINE] : [await loadEngine()];
  const results = opts.sets.flatMap((set) => tools.map((tool) => score(set, tool)));
  if (opts.json) {
    const out = results.map(({ set, tool, seconds, metrics }) => {
      const { falsePositives, falseNegatives, ...rest } = metrics;
      return { set: set.name, tool, input: [set.path, ...(set.alsoPaths ?? [])].join(' + '), seconds, ...(opts.quiet || isBlind(set) ? rest : metrics) };
    });
    console.log(JSON.stringify(out.length === 1 ? out[0] : out, null, 2));
    return;
  }
  const primary = results.filter((r) => r.tool === tools[0]!.name);
  for (const [n, r] of primary.entries()) {
    if (n > 0) console.log('');
    printTable(r);
    if (!opts.quiet && !isBlind(r.set)) printMisses(r);
  }
  if (results.length > 1) printSummary(results);
}

const USAGE = 'usage: npm run eval:rules -- [--input FILE.jsonl | --all] [--blind] [--baseline] [--quiet] [--json]';

// `npm run eval:rules | head` must not end in an EPIPE stack trace
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main().catch((e: unknown) => {
  // a broken engine or set is reported, but the script stays a report (exit 0)
  console.error(`eval-rules: ${e instanceof Error ? e.message : String(e)}`);
  if (e instanceof Error && /unknown argument|blind set/.test(e.message)) console.error(USAGE);
});
