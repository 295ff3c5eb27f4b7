import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { explainText } from '../server/rules/engine';
import { DEPAPERED_KINDS, type DepaperedItem, DepaperedItemSchema } from './lib/depapered';

/**
 * PROXY measurement of issue 8's de-papered target (recall on the old wording ≥ 0.93, false flags on the fixed
 * wording ≤ 0.02). The pairs come from the 2022 federal corpus with the old wording RECONSTRUCTED by removing the
 * electronic alternative (bench/build-depapered-proxy.ts); they are not the real pre-2017 texts.
 *   npm run eval:depapered [-- --input FILE.jsonl] [--quiet] [--json]
 * Recall: the old wording gets a schriftform finding. False flag: the 2022 wording gets one. A report, exits 0.
 */

const args = process.argv.slice(2);
const inputAt = args.indexOf('--input');
const input = resolve(inputAt >= 0 && args[inputAt + 1] ? args[inputAt + 1]! : resolve(import.meta.dirname, '../test/fixtures/rules-depapered-proxy.jsonl'));
const quiet = args.includes('--quiet');
const json = args.includes('--json');

const items: DepaperedItem[] = readFileSync(input, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l, i) => {
    const parsed = DepaperedItemSchema.safeParse(JSON.parse(l));
    if (!parsed.success) throw new Error(`${input}:${i + 1}: ${parsed.error.issues.map((x) => x.message).join('; ')}`);
    return parsed.data;
  });

interface Outcome {
  item: DepaperedItem;
  oldFlagged: boolean;
  newFlagged: boolean;
  whyNot: string;
  newQuote: string;
}

const outcomes: Outcome[] = items.map((item) => {
  const old = explainText(item.old, { law: item.law });
  const neu = explainText(item.new, { law: item.law });
  const oldFlagged = old.findings.some((f) => f.category === 'schriftform');
  const newHit = neu.findings.find((f) => f.category === 'schriftform');
  const whyNot = oldFlagged
    ? ''
    : old.decisions
        .filter((d) => d.category === 'schriftform' && d.suppressedBy)
        .map((d) => `„${d.match}“ → ${d.suppressedBy!.id}`)
        .join('; ') || 'kein Auslösewort';
  return { item, oldFlagged, newFlagged: !!newHit, whyNot, newQuote: newHit?.quote.match ?? '' };
});

const rate = (n: number, d: number) => (d === 0 ? 0 : n / d);
const recall = rate(outcomes.filter((o) => o.oldFlagged).length, outcomes.length);
const falseFlags = rate(outcomes.filter((o) => o.newFlagged).length, outcomes.length);
const rubric = outcomes.filter((o) => o.item.rubricForm);
const recallRubric = rate(rubric.filter((o) => o.oldFlagged).length, rubric.length);
const falseFlagsRubric = rate(rubric.filter((o) => o.newFlagged).length, rubric.length);
const byKind = DEPAPERED_KINDS.map((k) => {
  const of = outcomes.filter((o) => o.item.kinds.includes(k));
  return { kind: k, n: of.length, recall: rate(of.filter((o) => o.oldFlagged).length, of.length), falseFlags: rate(of.filter((o) => o.newFlagged).length, of.length) };
}).filter((k) => k.n > 0);

if (json) {
  console.log(
    JSON.stringify(
      { set: 'de-papered PROXY (reconstructed old wording)', input, n: outcomes.length, recallOld: recall, falseFlagsNew: falseFlags, rubricForm: { n: rubric.length, recallOld: recallRubric, falseFlagsNew: falseFlagsRubric }, byKind },
      null,
      2,
    ),
  );
} else {
  console.log(`De-papered PROXY set (${input}) — ${outcomes.length} pairs, federal laws a–m`);
  console.log('PROXY: the old wording is reconstructed from the 2022 text by removing the electronic alternative; not the real pre-2017 law.');
  console.log(`recall on the (reconstructed) old wording   ${recall.toFixed(3)}   (target ≥ 0.93)`);
  console.log(`false flags on the 2022 wording             ${falseFlags.toFixed(3)}   (target ≤ 0.02)`);
  console.log(`rubric form requirements only (n=${rubric.length}): recall ${recallRubric.toFixed(3)}, false flags ${falseFlagsRubric.toFixed(3)}`);
  console.log('  (rubricForm=false: old wording the rubric would not flag anyway – any form, committee, exam, permission)');
  for (const k of byKind) console.log(`  ${k.kind.padEnd(30)} n=${String(k.n).padStart(4)}  recall ${k.recall.toFixed(3)}  false flags ${k.falseFlags.toFixed(3)}`);
  if (!quiet) {
    console.log('\nMisses on the old wording:');
    for (const o of outcomes.filter((x) => !x.oldFlagged)) {
      console.log(`  ${o.item.id.padEnd(32)} ${o.item.rubricForm ? '' : '[keine Formpflicht nach Rubrik] '}${o.item.old.slice(0, 150)}\n  ${''.padEnd(32)} warum nicht: ${o.whyNot}`);
    }
    console.log('\nFalse flags on the 2022 wording:');
    for (const o of outcomes.filter((x) => x.newFlagged)) console.log(`  ${o.item.id.padEnd(32)} «${o.newQuote}» ${o.item.new.slice(0, 150)}`);
  }
}
