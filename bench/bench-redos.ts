import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * bench:redos — catastrophic backtracking in the rule engine and the chat. Every regex literal in the rule, parser,
 * ingest, chat and retrieval sources (triggers, exceptions, guards, context, structure, message classification, query
 * analysis), every regex those modules build at load (`new RegExp` from term lists and shared fragments) and every
 * compiled catalogue trigger is run against adversarial
 * strings: runs of the characters and words the regex itself mentions, with whitespace, ending in a character that
 * makes the match fail. A regex whose CPU time grows much faster than the input (4× input, > 12× time) or that needs
 * more than BUDGET_MS on the longest input is reported. Then checkText runs over adversarial documents built from
 * the catalogue's vocabulary. CPU time (process.cpuUsage), not wall time: the machine is shared.
 *
 * Growth is the ratio of CPU times at 16,000 and 4,000 characters: a linear regex grows about 4× (the baseline, the
 * same regex on a quarter of the input in the same run), a quadratic one about 16×. Entries in ACCEPTED below were
 * checked one by one and are reported apart, with the reason they cannot hurt the server; every other SLOW entry is
 * a finding. `REDOS_ONLY=text` measures only the regexes whose place or source contains `text`.
 */

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
// chat messages (up to 100,000 characters) go through the chat's classification and the search's query analysis too
const SOURCE_DIRS = ['server/rules', 'server/parser', 'server/ingest', 'server/services/chat', 'server/retrieval'].map((d) => join(ROOT, d));
const SIZES = [1_000, 4_000, 16_000];
const BUDGET_MS = 50;
const GROWTH_LIMIT = 12;
/** Wall-clock deadline of one document check (the engine's own deadline, as in the chat). */
const DOCUMENT_BUDGET_MS = 30_000;
/** A linear regex grows with the input: 4× the characters, about 4× the time. */
const LINEAR_GROWTH = SIZES[2]! / SIZES[1]!;

/**
 * Regexes the bench marks SLOW that were checked and are harmless: each is only ever run on a short, bounded slice
 * (a super-linear time on at most a few hundred characters is a constant), runs linearly with a large constant, or is
 * never run at all. Keyed by the file and the start of the regex source; a changed regex falls out and is measured
 * again.
 */
const ACCEPTED: { file: string; source: string; reason: string }[] = [
  { file: 'server/rules/terms/load.ts', source: '[a-zäöüß]+rechtliche', reason: 'validation compile of one term-list entry; run only inside termRegex, anchored by \\b at a word start' },
  { file: 'server/rules/catalogue/papier-vordruck.ts', source: '(?:\\w*[Bb]escheid', reason: 'the noun list as written; run only anchored in CARRIED_DOCUMENT_LIST on trail(200), searches use CARRIED_NOUN_ANYWHERE' },
  { file: 'server/rules/catalogue/papier-vordruck.ts', source: '„(?:\\S+\\s+)?$', reason: 'on lead(30): at most 30 characters' },
  { file: 'server/rules/catalogue/aushang-bekanntmachung.ts', source: '\\S*(?:[Bb]escheinigung', reason: 'on lead(40): at most 40 characters' },
  { file: 'server/rules/catalogue/aushang-bekanntmachung.ts', source: '\\b(?:bevor|nachdem|sobald|sowie)', reason: 'on lead(220): at most 220 characters' },
  { file: 'server/rules/catalogue/unterschrift.ts', source: '\\b(?:kann|können|darf|dürfen)\\s+(?![^.;]*', reason: 'on lead(200): at most 200 characters' },
  { file: 'server/rules/catalogue/persoenliches-erscheinen.ts', source: '\\bsich\\s+(?:[^.;:]*?\\s)?$', reason: 'on lead(100): at most 100 characters' },
  { file: 'server/rules/catalogue/technologie-spezifisch.ts', source: '(?:\\d+\\.|,)\\s*$', reason: 'on the 6 characters before the hit' },
  { file: 'server/rules/catalogue/schriftform.ts', source: '^[^;]*?\\b(?:gilt|gelten', reason: 'on after.slice(0, 600): at most 600 characters' },
  { file: 'server/rules/catalogue/papier-vordruck.ts', source: '\\w*(?:[Aa]usweis|[Pp]ass)', reason: 'on lead(120): at most 120 characters' },
  { file: 'server/services/chat/cards.ts', source: '\\s*&\\s*', reason: 'splits the topic terms of the card data, never user text' },
  { file: 'server/services/chat/classify.ts', source: '(?<![\\p{L}])(?:ist|sind|hat|haben)', reason: 'linear: growth near 4×, the bounded gap [^.?!]{0,200} is a constant factor of 200 per verb' },
];
const acceptedReason = (c: Candidate): string | undefined =>
  ACCEPTED.find((a) => c.where.replace(/^built /, '').startsWith(`${a.file}:`) && c.re.source.startsWith(a.source))?.reason;

const cpuMs = (fn: () => void): number => {
  const before = process.cpuUsage();
  fn();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
};

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

interface Candidate {
  where: string;
  re: RegExp;
}

/** Regex literals of one source file, compiled as written (a literal that does not compile here is skipped). */
function literals(file: string): Candidate[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Candidate[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(src);
      const slash = text.lastIndexOf('/');
      try {
        // sticky stays: such a regex is only ever tried at one position, and unanchored it would report a scan it never does
        const flags = text.slice(slash + 1).replace(/g/g, '');
        found.push({ where: `${relative(ROOT, file)}:${src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1}`, re: new RegExp(text.slice(1, slash), flags) });
      } catch {
        // a flag this Node does not know
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return found;
}

/** Words and single characters the regex source mentions: the material its backtracking feeds on. */
function material(re: RegExp): string[] {
  const words = [...new Set(re.source.replace(/\\[dswbDSWB]/g, ' ').match(/\p{L}{2,}/gu) ?? [])].slice(0, 6);
  const chars = [...new Set(re.source.replace(/\\./g, ' ').match(/[\p{L}\d§.,;:()\-"„“]/gu) ?? [])].slice(0, 8);
  return [...words.map((w) => `${w} `), ...chars, ' ', '\n', 'a', '1', 'a ', '§ 1 ', '(a) ', 'Abs. 1 '];
}

/** Pump strings of about `n` characters: one unit repeated, followed by a character that makes a match fail. */
const pumps = (units: string[], n: number): string[] =>
  units.flatMap((u) => ['!', '\u0000', 'ß'].map((tail) => u.repeat(Math.ceil(n / u.length)).slice(0, n) + tail)).concat([
    units.join('').repeat(Math.ceil(n / Math.max(1, units.join('').length))).slice(0, n) + '!',
  ]);

interface Slow {
  where: string;
  source: string;
  worstMs: number;
  growth: number;
  unit: string;
  accepted?: string;
}

function measure(c: Candidate): Slow | undefined {
  const units = material(c.re);
  let worst: Slow | undefined;
  for (const unit of units) {
    // a size over budget ends the escalation: a quadratic regex would take minutes at the next one
    const times: number[] = [];
    for (const n of SIZES) {
      let t = 0;
      for (const s of pumps([unit], n)) {
        c.re.lastIndex = 0;
        t = Math.max(t, cpuMs(() => c.re.test(s)));
      }
      times.push(t);
      if (t > BUDGET_MS) break;
    }
    const last = times.at(-1)!;
    // growth of the last step; tiny times are noise
    const growth = times.length > 1 && times.at(-2)! > 0.5 ? last / times.at(-2)! : 1;
    if ((last > BUDGET_MS || growth > GROWTH_LIMIT) && (!worst || last > worst.worstMs)) {
      worst = { where: c.where, source: c.re.source.slice(0, 120), worstMs: last, growth, unit: `${JSON.stringify(unit)} at ${SIZES[times.length - 1]} chars`, accepted: acceptedReason(c) };
    }
  }
  return worst;
}

/**
 * Regexes built at module load (`new RegExp(`…${FRAGMENT}…`)`), which the literal scan cannot see: the RegExp
 * constructor is wrapped while the rule and chat modules load, each regex recorded with the source line that built it.
 */
const built: Candidate[] = [];
const NativeRegExp = RegExp;
globalThis.RegExp = new Proxy(NativeRegExp, {
  construct(target, args: [string | RegExp, string?], newTarget) {
    const re = Reflect.construct(target, args, newTarget) as RegExp;
    const caller = new Error().stack?.split('\n').find((l) => l.includes(`${ROOT}/server/`));
    const where = caller?.match(/(server\/[^:)]+:\d+)/)?.[1];
    if (where) built.push({ where: `built ${where}`, re: new NativeRegExp(re.source, re.flags.replace(/g/g, '')) });
    return re;
  },
});
const { RULES } = await import('../server/rules/index');
const { CheckDeadlineError, checkText, explainText } = await import('../server/rules/engine');
await import('../server/services/chat/service');
globalThis.RegExp = NativeRegExp;

const seen = new Set<string>();
const candidates: Candidate[] = [
  ...SOURCE_DIRS.flatMap(tsFiles).flatMap(literals),
  ...RULES.map((r) => ({ where: `trigger ${r.id}`, re: new RegExp(r.trigger.source, r.trigger.flags.replace(/[gy]/g, '')) })),
  ...built,
].filter((c) => {
  // the engine recompiles every trigger (sticky, prefilters): each distinct regex is measured once
  const key = `${c.re.flags}/${c.re.source}`;
  return !seen.has(key) && seen.add(key);
});
const only = process.env.REDOS_ONLY;
if (only) candidates.splice(0, candidates.length, ...candidates.filter((c) => c.where.includes(only) || c.re.source.includes(only)));
const started = process.cpuUsage();
console.log(`measuring ${candidates.length} regexes …`);
const slow = candidates.map(measure).filter((s): s is Slow => s !== undefined);
const regexCpu = process.cpuUsage(started);
console.log(`regexes: ${candidates.length}, pump sizes ${SIZES.join('/')} chars, CPU ${((regexCpu.user + regexCpu.system) / 1e6).toFixed(1)} s`);
const growthText = (s: Slow) =>
  s.unit.endsWith(`${SIZES[0]} chars`) ? `over budget at the smallest size` : `growth ${s.growth.toFixed(1)}× per 4× input, ${(s.growth / LINEAR_GROWTH).toFixed(1)}× linear`;
const findings = slow.filter((s) => !s.accepted);
console.log(`SLOW: ${findings.length} regexes above ${BUDGET_MS} ms or growing more than ${GROWTH_LIMIT}× per 4× input (linear: ${LINEAR_GROWTH}×); ${slow.length - findings.length} more accepted`);
for (const s of findings.sort((a, b) => b.worstMs - a.worstMs)) {
  console.log(`SLOW ${s.where}: ${s.worstMs.toFixed(1)} ms (${growthText(s)}), unit ${s.unit}\n     /${s.source}/`);
}
for (const s of slow.filter((x) => x.accepted).sort((a, b) => b.worstMs - a.worstMs)) {
  console.log(`accepted ${s.where}: ${s.worstMs.toFixed(1)} ms (${growthText(s)}): ${s.accepted}`);
}
if (only) process.exit(0);

// whole documents: the engine with every guard and exception, over text made of its own trigger words. Each document
// is checked at two sizes; growth near 2× per doubling is linear, near 4× quadratic (one long sentence or Absatz whose
// hits each re-read it).
const vocabulary = RULES.flatMap((r) => (Array.isArray(r.vocabulary) ? r.vocabulary.slice(0, 3) : []));
const documents: [string, (k: number) => string][] = [
  ['trigger words, no punctuation', (k) => `§ 1 Antrag\n\n${vocabulary.join(' ').repeat(40 * k).slice(0, 100_000 * k)}`],
  ['one Absatz of "schriftlich oder"', (k) => `§ 1 Antrag\n\n(1) ${'schriftlich oder '.repeat(2_000 * k)}`],
  ['§§ headings', (k) => Array.from({ length: 5_000 * k }, (_, i) => `§ ${i + 1} Antrag\n\n(1) Der Antrag ist schriftlich zu stellen.`).join('\n\n')],
  ['nested brackets', (k) => `§ 1 A\n\n(1) ${'('.repeat(10_000 * k)}schriftlich${')'.repeat(10_000 * k)}`],
  ['quotes without end', (k) => `§ 1 A\n\n(1) ${'„Der Antrag ist schriftlich '.repeat(2_500 * k)}`],
  ['semicolon clauses without a full stop', (k) => `§ 1 A\n\n(1) ${'der Antrag ist schriftlich zu stellen; '.repeat(2_000 * k)}`],
  ['a condition without end', (k) => `§ 1 A\n\n(1) Wird ${'der Antrag schriftlich gestellt und '.repeat(2_000 * k)}`],
  ['one word repeated in a clause', (k) => `§ 1 A\n\n(1) Der Antrag ist auf dem Vordruck ${'sowie für jede weitere Anlage auf dem Vordruck '.repeat(1_500 * k)}einzureichen.`],
  ['a list without end', (k) => `§ 1 A\n\n(1) Dem Antrag sind beizufügen: ${Array.from({ length: 1_000 * k }, (_, i) => `${i + 1}. eine beglaubigte Abschrift der Urkunde,`).join(' ')}`],
  ['Nummern without end', (k) => `§ 1 A\n\n${Array.from({ length: 2_500 * k }, (_, i) => `${i + 1}. die Unterschrift,`).join('\n')}`],
  ['whitespace', (k) => `§ 1 A\n\n(1) schriftlich${' \t'.repeat(50_000 * k)}x`],
  // exceptions that read the text before the hit: the sentence before, the Absatz before, the lead-in of a list
  ['pronoun sentences after a document', (k) => `§ 1 A\n\n(1) Über die Meldung wird eine Meldebescheinigung erteilt. ${'Sie ist an Bord mitzuführen. '.repeat(3_000 * k)}`],
  ['pronoun objects in one sentence', (k) => `§ 1 A\n\n(1) ${'so hat er diesen während der Fahrt mitzuführen, '.repeat(2_000 * k)}`],
  ['pronoun sentences of an exam task', (k) => `§ 1 A\n\n(1) ${'Sie ist schriftlich zu dokumentieren. '.repeat(2_500 * k)}`],
  ['an ordinance lead-in before a long list', (k) => `§ 1 A\n\n(1) In der Verordnung kann auch bestimmt werden ${Array.from({ length: 2_000 * k }, (_, i) => `${i + 1}. dass der Vertrag notariell beurkundet wird,`).join(' ')}`],
];
// `cli check --explain` records every candidate with its sentence and finding: the same documents through explainText
const explained = new Set(['trigger words, no punctuation', 'semicolon clauses without a full stop']);
for (const [name, build, explain] of documents.flatMap(([n, b]) => [[n, b, false] as const, ...(explained.has(n) ? [[`${n} (--explain)`, b, true] as const] : [])])) {
  const runs = [1, 2].map((k) => {
    const text = build(k);
    let findings: number | string = 0;
    const ms = cpuMs(() => {
      try {
        const opts = { deadline: performance.now() + DOCUMENT_BUDGET_MS };
        findings = explain ? explainText(text, opts).findings.length : checkText(text, opts).length;
      } catch (e) {
        if (!(e instanceof CheckDeadlineError)) throw e;
        findings = `stopped at the ${DOCUMENT_BUDGET_MS / 1000} s deadline, no`;
      }
    });
    return { chars: text.length, findings, ms };
  });
  const [small, large] = runs as [(typeof runs)[0], (typeof runs)[0]];
  const growth = small.ms > 1 ? `${(large.ms / small.ms).toFixed(1)}× per doubling` : 'too fast to tell';
  console.log(
    `checkText ${name}: ${(small.chars / 1000).toFixed(0)} k → ${(large.chars / 1000).toFixed(0)} k chars, ${large.findings} findings, ${small.ms.toFixed(0)} → ${large.ms.toFixed(0)} ms CPU (${growth})`,
  );
}
