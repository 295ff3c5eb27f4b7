import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { LawDocument } from '../server/contracts/document';
import { CORE_CATEGORIES, type Finding } from '../server/contracts/finding';
import type { AbsatzRewrite } from '../server/contracts/rewrite';
import { parseLawMarkdown } from '../server/parser/law-markdown';
import { parseSnippet } from '../server/parser/snippet';
import { checkDocument, checkText } from '../server/rules/engine';
import { newDefects, rewriteFindings } from '../server/rules/rewrite';
import { foreignProvisions } from '../server/rules/rewrite/field';
import { type Level, profileFor } from '../server/rules/profile';
import { isBlind10FederalLaw } from './lib/blind10-split';
import { listLawPaths } from './lib/corpus';
import { seededRandom } from './lib/random';
import { spentRuleSetPaths } from './lib/blind-draw';
import { RULES_DEV_PATH, RULES_HELDOUT_PATHS, RULES_LAENDER_DEV_PATH, RulesDevItemSchema, parseRulesDev } from './lib/rules-dev';

/**
 * Mechanical self-check of the coherent rewrites: run the engine, rewrite every flagged Absatz, run the engine again
 * on the rewritten Absatz and count
 * - residual: a fixed finding whose category is still found in the same sentence;
 * - new: a category found in a sentence of the rewritten Absatz where the original had none;
 * - malformed: a defect the rewrite brought in (doubled word, unbalanced „“ or (), sentence without finite verb or
 *   final punctuation, emptied rule — server/rules/rewrite/wellformed.ts);
 * - field: the rewrite cites an enabling provision of another field of law (Land law in a federal law, VwVfG in court
 *   or tax procedure — server/rules/rewrite/field.ts); federal or Land comes from the set or corpus, not the engine;
 * - left to the drafter: findings the rewrite does not resolve (a note says why), not counted as residual.
 * Both runs read the Absatz on its own, so context the isolated Absatz lacks affects before and after alike.
 *   npm run check:rewrites [-- --corpus DIR] [--sample N] [--examples K] [--show K] [--sets-only] [--baseline] [--in-place]
 * --show K prints K rewritten Absätze per section drawn at random (fixed seed), whole, with command and enabling
 * provisions, for reading them as a lawyer would. The federal corpus leaves out the laws reserved for blind sets
 * (isBlind10FederalLaw).
 * --in-place re-reads the rewritten Absatz without its appended sentences: an appended "kann auch elektronisch" counts
 * as relief in the normal run even where the amended sentence still states the hindrance ("bar zu entrichten"). Most
 * appended reliefs are meant to stand beside the old sentence ("Die Unterschrift kann … ersetzt werden"), so read this
 * per category, for the edits that should change the sentence itself (cash duty, multiple copies).
 * --sample N reads every N-th law of the corpus; --baseline scores the old per-finding suggestions taken together
 * instead (shows what the coherent rewrite prevents). The rewrite module runs the same reading check on its own
 * result and drops what would break a sentence, so "malformed" counts what slips through; what it dropped is in
 * "left". A report, not a gate: always exits 0.
 */

interface Options {
  corpus?: string;
  sample: number;
  examples: number;
  setsOnly: boolean;
  baseline: boolean;
  inPlace: boolean;
  show: number;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { sample: 1, examples: 5, setsOnly: false, baseline: false, inPlace: false, show: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--corpus' && argv[i + 1]) opts.corpus = resolve(argv[++i]!);
    else if (a === '--sample' && argv[i + 1]) opts.sample = Math.max(1, Number(argv[++i]));
    else if (a === '--examples' && argv[i + 1]) opts.examples = Number(argv[++i]);
    else if (a === '--show' && argv[i + 1]) opts.show = Number(argv[++i]);
    else if (a === '--sets-only') opts.setsOnly = true;
    else if (a === '--baseline') opts.baseline = true;
    else if (a === '--in-place') opts.inPlace = true;
    else throw new Error(`unknown argument: ${a}`);
  }
  return opts;
}

type FailureClass = 'residual' | 'new' | 'malformed' | 'field' | 'left';

interface Tally {
  absaetze: number;
  rewritten: number;
  fixed: number;
  residual: number;
  newAbsaetze: number;
  malformed: number;
  /** Rewritten Absätze citing an enabling provision of another field of law (rewrite/field.ts). */
  wrongField: number;
  findings: number;
  left: number;
  residualBy: Record<string, number>;
  examples: Record<FailureClass, string[]>;
  /** Every rewritten Absatz in full, for --show. */
  rewrites: string[];
}

const tally = (): Tally => ({
  absaetze: 0,
  rewritten: 0,
  fixed: 0,
  residual: 0,
  newAbsaetze: 0,
  malformed: 0,
  wrongField: 0,
  findings: 0,
  left: 0,
  residualBy: {},
  examples: { residual: [], new: [], malformed: [], field: [], left: [] },
  rewrites: [],
});

const CORE = new Set<string>(CORE_CATEGORIES);
const core = (fs: readonly Finding[]) => fs.filter((f) => CORE.has(f.category) && f.severity !== 'hinweis');
const sentenceOf = (f: Finding) => f.location.sentence ?? 1;
const short = (s: string, n = 400) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)} …` : t;
};

function example(t: Tally, cls: FailureClass, limit: number, id: string, r: AbsatzRewrite, detail: string): void {
  if (t.examples[cls].length >= limit) return;
  t.examples[cls].push(`  ${id} ${r.ref} — ${detail}\n    vorher:  ${short(r.original)}\n    nachher: ${short(r.text)}\n    Befehl:  ${short(r.command, 300)}`);
}

/**
 * The baseline: what the per-finding suggestions give when all of them are taken for one Absatz, each edit applied
 * as the rule proposed it (overlapping ones skipped), appended sentences at the end — no coherence, no repairs.
 */
function naive(r: AbsatzRewrite, findings: readonly Finding[]): AbsatzRewrite {
  let text = r.original;
  const appended: string[] = [];
  const edits = findings.map((f) => f.edit!).filter(Boolean).sort((a, b) => b.at - a.at);
  let floor = Infinity;
  for (const e of edits) {
    if (e.kind === 'appendSentence') {
      if (!appended.includes(e.sentence)) appended.push(e.sentence);
      continue;
    }
    const at = e.at - r.start;
    const old = e.kind === 'insertAfter' ? e.anchor : e.target;
    if (at < 0 || at + old.length > floor) continue;
    const now = e.kind === 'insertAfter' ? `${old} ${e.words}` : e.kind === 'replace' ? e.by : '';
    text = `${text.slice(0, at)}${now}${text.slice(at + old.length)}`.replace(/ {2,}/g, ' ');
    floor = at;
  }
  if (appended.length) text = `${text.trimEnd()} ${appended.reverse().join(' ')}`;
  return { ...r, text, unresolved: [], command: '(je Fundstelle ein Befehl)' };
}

/** The rewritten Absatz without its appended sentences: what the amended sentences themselves still say. */
function withoutAppended(r: AbsatzRewrite): string {
  return r.edits.reduce((text, e) => (e.kind === 'appendSentence' ? text.replace(e.new, '') : text), r.text);
}

/** Scores the rewrites of one document. */
function score(t: Tally, id: string, doc: LawDocument, law: string | undefined, land: string | undefined, level: Level, limit: number, baseline: boolean, inPlace: boolean): void {
  // a Landesrecht snippet names its Land, as eval:rules passes it: without it the Absatz would be read as federal law
  const opts = { ...(law ? { law } : {}), ...(land ? { land } : {}) };
  const findings = checkDocument(doc, opts);
  const byId = new Map(findings.map((f) => [f.id, f]));
  for (const coherent of rewriteFindings(doc, findings, law ? { law } : {})) {
    const r = baseline ? naive(coherent, coherent.findingIds.map((i) => byId.get(i)!).filter((f) => f.severity !== 'hinweis')) : coherent;
    const mine = core(r.findingIds.map((i) => byId.get(i)!));
    if (mine.length === 0) continue;
    t.absaetze++;
    t.findings += mine.length;
    const left = mine.filter((f) => r.unresolved.includes(f.id));
    t.left += left.length;
    if (left.length) example(t, 'left', limit, id, r, r.notes.join(' | '));
    if (r.text === r.original) continue;
    t.rewritten++;
    t.rewrites.push(
      `  ${id} ${r.ref} (${r.law}${r.field ? `, Feld ${r.field}` : ''}) — ${mine.map((f) => `${f.category} „${f.quote.match}“`).join('; ')}\n` +
        `    vorher:  ${short(r.original, 1200)}\n    nachher: ${short(r.text, 1200)}\n    Befehl:  ${short(r.command, 1200)}\n` +
        `    Grundlage: ${r.legalBasis.join('; ')}${r.notes.length ? `\n    Hinweise: ${r.notes.join(' | ')}` : ''}`,
    );
    const again = { ...opts, law: r.law };
    const before = core(checkText(r.original, again));
    const after = core(checkText(inPlace ? withoutAppended(r) : r.text, again));
    const fixed = mine.filter((f) => !r.unresolved.includes(f.id));
    t.fixed += fixed.length;
    // per category and sentence: findings after the rewrite beyond those the rewrite left in place are residual
    const key = (f: Finding) => `${f.category}:${sentenceOf(f)}`;
    const counts = (fs: readonly Finding[]) => fs.reduce((m, f) => m.set(key(f), (m.get(key(f)) ?? 0) + 1), new Map<string, number>());
    const [was, now, gone] = [counts(before), counts(after), counts(fixed)];
    for (const [k, n] of gone) {
      const residual = Math.min(n, Math.max(0, (now.get(k) ?? 0) - Math.max(0, (was.get(k) ?? 0) - n)));
      if (residual === 0) continue;
      t.residual += residual;
      t.residualBy[k.split(':')[0]!] = (t.residualBy[k.split(':')[0]!] ?? 0) + residual;
      const f = fixed.find((x) => key(x) === k)!;
      example(t, 'residual', limit, id, r, `${f.category} „${f.quote.match}“ bleibt`);
    }
    const had = new Set(before.map((f) => `${f.category}:${sentenceOf(f)}`));
    const fresh = after.filter((a) => !had.has(`${a.category}:${sentenceOf(a)}`));
    if (fresh.length) {
      t.newAbsaetze++;
      example(t, 'new', limit, id, r, fresh.map((a) => `${a.category} „${a.quote.match}“ (Satz ${sentenceOf(a)})`).join('; '));
    }
    // the level comes from where the text is from (federal corpus and sets, Landesrecht sets), the domain from the law
    const foreign = foreignProvisions({ level, domain: profileFor(doc, r.law, land).domain }, [...r.legalBasis, ...r.edits.map((e) => e.new)]);
    if (foreign.length) {
      t.wrongField++;
      example(t, 'field', limit, id, r, foreign.map((x) => `${x.field}: ${x.cited}`).join('; '));
    }
    const defects = newDefects(r.original, r.text);
    if (defects.length) {
      t.malformed++;
      example(t, 'malformed', limit, id, r, defects.map((d) => `${d.kind}: ${d.detail}`).join('; '));
    }
  }
}

const pct = (a: number, b: number) => (b === 0 ? '   –  ' : `${((100 * a) / b).toFixed(2).padStart(5)} %`);

function print(title: string, t: Tally, showExamples: boolean, show = 0): void {
  console.log(`\n${title}`);
  console.log(`  Absätze mit Fundstellen ${t.absaetze}, davon umgeschrieben ${t.rewritten}; Fundstellen ${t.findings}, behoben ${t.fixed}`);
  console.log(`  residual   ${pct(t.residual, t.fixed)}  (${t.residual} of ${t.fixed} fixed findings still found)`);
  if (t.residual) console.log(`             ${Object.entries(t.residualBy).map(([c, n]) => `${c} ${n}`).join(', ')}`);
  console.log(`  new        ${pct(t.newAbsaetze, t.rewritten)}  (${t.newAbsaetze} of ${t.rewritten} rewritten Absätze gain a finding)`);
  console.log(`  malformed  ${pct(t.malformed, t.rewritten)}  (${t.malformed} of ${t.rewritten} rewritten Absätze)`);
  console.log(`  field      ${pct(t.wrongField, t.rewritten)}  (${t.wrongField} of ${t.rewritten} rewritten Absätze cite a provision of another field of law)`);
  console.log(`  left       ${pct(t.left, t.findings)}  (${t.left} of ${t.findings} findings left to the drafter with a note)`);
  if (!showExamples) return;
  if (show > 0) {
    const rand = seededRandom(20261207);
    const pool = [...t.rewrites];
    console.log(`\n  ${Math.min(show, pool.length)} zufällige Neufassungen:`);
    for (let i = 0; i < show && pool.length; i++) console.log(pool.splice(Math.floor(rand() * pool.length), 1)[0]);
  }
  for (const cls of ['residual', 'new', 'malformed', 'field', 'left'] as const) {
    if (t.examples[cls].length === 0) continue;
    console.log(`\n  Beispiele ${cls}:`);
    console.log(t.examples[cls].join('\n'));
  }
}

/** The Landesrecht dev set: on this branch, or from the labels branch of the main repository. */
function laenderDev(): string | undefined {
  const here = resolve(import.meta.dirname, '../test/fixtures/rules-laender-dev.jsonl');
  if (existsSync(here)) return readFileSync(here, 'utf8');
  try {
    return execFileSync('git', ['-C', resolve(import.meta.dirname, '..'), 'show', 'labels:test/fixtures/rules-laender-dev.jsonl'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/**
 * The Landesrecht items of every other labelled rule set, spent and now development data (the groups of
 * `spentRuleSetPaths`, blind-draw.ts: dev, blind, precision and sweep sets, also the Land items of the mixed files):
 * their Absätze widen the reading of Land rewrites. The Landesrecht dev set has its own section; the blind set of the
 * round is in no group. An Absatz labelled in two sets is read once.
 */
function moreLaender(): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const path of spentRuleSetPaths()) {
    if (path === RULES_LAENDER_DEV_PATH) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      // unlabelled samples (precision samples, the de-papered proxy) stand in the groups too: only labelled items count
      const item = line.trim() ? RulesDevItemSchema.safeParse(JSON.parse(line)).data : undefined;
      if (!item?.land || seen.has(item.id)) continue;
      seen.add(item.id);
      lines.push(line);
    }
  }
  return lines.join('\n');
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.baseline) console.log('BASELINE: Vorschläge je Fundstelle, ungeprüft zusammengesetzt');
  const sets: [string, string | undefined, Level][] = [
    ['Bund dev (rules-dev.jsonl)', readFileSync(RULES_DEV_PATH, 'utf8'), 'bund'],
    ['Bund held-out 1 (rules-heldout.jsonl)', readFileSync(RULES_HELDOUT_PATHS[0], 'utf8'), 'bund'],
    ['Bund held-out 2 (rules-heldout-2.jsonl)', readFileSync(RULES_HELDOUT_PATHS[1], 'utf8'), 'bund'],
    ['Landesrecht dev (rules-laender-dev.jsonl)', laenderDev(), 'land'],
    ['Landesrecht: alle übrigen Sätze (verbraucht, Land-Absätze)', moreLaender(), 'land'],
  ];
  const total = tally();
  for (const [title, jsonl, level] of sets) {
    if (jsonl === undefined) {
      console.log(`\n${title}: nicht gefunden, übersprungen`);
      continue;
    }
    const t = tally();
    for (const item of parseRulesDev(jsonl)) {
      score(t, item.id, parseSnippet(item.text, item.law, item.law), item.law, item.land, level, opts.examples, opts.baseline, opts.inPlace);
    }
    print(title, t, true, opts.show);
    merge(total, t);
  }
  if (!opts.setsOnly) {
    const root = opts.corpus ?? ['/tmp/rewrite/bundesrecht', '/tmp/bund/bundesrecht'].find(existsSync);
    if (!root) console.log('\nBundesrecht: kein Korpus (--corpus DIR), übersprungen');
    else {
      const t = tally();
      let laws = 0;
      let i = 0;
      for (const path of listLawPaths(root)) {
        // the reserved half stays unread: no example for tuning may come from it
        if (isBlind10FederalLaw(basename(dirname(path)))) continue;
        if (i++ % opts.sample !== 0) continue;
        laws++;
        const doc = parseLawMarkdown(readFileSync(path, 'utf8'), { path });
        score(t, doc.abbreviation, doc, undefined, undefined, 'bund', opts.examples, opts.baseline, opts.inPlace);
      }
      print(`Bundesrecht (${laws} Gesetze außerhalb der Blind-Hälfte${opts.sample > 1 ? `, jedes ${opts.sample}. Gesetz` : ''}, ${join(root)})`, t, true, opts.show);
      merge(total, t);
    }
  }
  print('Alle zusammen', total, false);
}

function merge(into: Tally, from: Tally): void {
  for (const k of ['absaetze', 'rewritten', 'fixed', 'residual', 'newAbsaetze', 'malformed', 'wrongField', 'findings', 'left'] as const) into[k] += from[k];
}

main();
