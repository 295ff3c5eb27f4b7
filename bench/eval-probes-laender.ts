import { checkText } from '../server/rules/engine';
import { computeMetrics } from './lib/metrics';
import { PROBE_CODES, loadProbes } from './lib/probes-laender';

/** Per-code precision and recall of the rule engine on the Landes probe battery (dev data written by hand). */
// --round 1 / --round 2: only the probes written before / after the first tuning round
const round = process.argv.includes('--round') ? Number(process.argv[process.argv.indexOf('--round') + 1]) : undefined;
const probes = loadProbes().filter((p) => round === undefined || (p.round ?? 1) === round);
const codes: readonly string[] = PROBE_CODES;
const scored = probes.map((p) => ({
  id: p.id,
  text: p.text,
  note: p.note,
  gold: p.labels.filter((c) => codes.includes(c)),
  predicted: [...new Set(checkText(p.text, { law: p.law, land: p.land }).map((f) => f.category))].filter((c) => codes.includes(c)),
}));
const m = computeMetrics(scored, codes);
console.log(`rule engine on the Landes probe battery (dev, hand-written${round ? `, round ${round}` : ''}) — ${m.items} probes`);
console.log(`${'category'.padEnd(26)}   TP   FP   FN   prec.  recall`);
for (const [c, s] of Object.entries(m.perCategory)) {
  console.log(`${c.padEnd(26)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}   ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}`);
}
if (!process.argv.includes('--quiet')) {
  for (const x of m.falseNegatives) console.log(`FN ${x.category.padEnd(24)} ${x.id}: ${x.excerpt}`);
  for (const x of m.falsePositives) console.log(`FP ${x.category.padEnd(24)} ${x.id}: ${x.excerpt}`);
}
