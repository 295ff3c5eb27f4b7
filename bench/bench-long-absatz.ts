/**
 * npm run bench:long-absatz — one hostile Absatz: a generated § whose Absatz 1 holds N sentences, each with a
 * hindrance (written form, fax, postal service, personal appearance), screened like a law of a batch run (parse,
 * rule check, the coherent Absatz rewrite). Prints the CPU milliseconds of each phase for 2,000 and 4,000
 * sentences (override: --sentences 1000,2000,…); twice the sentences should cost about twice the time, a factor
 * near four means a path is quadratic in the length of the Absatz.
 */
import { parseArgs } from 'node:util';
import { onePerProvisionAndCategory } from '../server/batch/analyze-law';
import { withAbsatzRewrites } from '../server/batch/absatz-fixes';
import { parseLawMarkdown } from '../server/parser/law-markdown';
import { checkDocument } from '../server/rules/engine';

const SENTENCES = [
  'Der Antrag ist schriftlich zu stellen, per Telefax oder per E-Mail.',
  'Die Anzeige ist per Telefax zu übermitteln.',
  'Der Bescheid wird durch die Post mit Zustellungsurkunde zugestellt.',
  'Die Erklärung bedarf der Schriftform.',
  'Der Antragsteller hat persönlich zu erscheinen.',
];

function law(n: number): string {
  const absatz = Array.from({ length: n }, (_, i) => SENTENCES[i % SENTENCES.length]).join(' ');
  return `# Langes Gesetz (LangG)\n\n## § 1 Lang\n\n(1) ${absatz}\n\n(2) Das Nähere regelt eine Verordnung.\n`;
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function measure(n: number): { parse: number; check: number; rewrite: number; findings: number } {
  const text = law(n);
  const t0 = cpuMs();
  const doc = parseLawMarkdown(text, { path: 'lang.md' });
  const t1 = cpuMs();
  const findings = checkDocument(doc, {});
  const t2 = cpuMs();
  withAbsatzRewrites(doc, findings, onePerProvisionAndCategory(doc, findings));
  const t3 = cpuMs();
  return { parse: t1 - t0, check: t2 - t1, rewrite: t3 - t2, findings: findings.length };
}

const { values } = parseArgs({ options: { sentences: { type: 'string', default: '2000,4000' } } });
const sizes = values.sentences.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
measure(200); // warm-up: compile the regexes and the hot functions once
const rows = sizes.map((n) => ({ n, ...measure(n) }));
const fmt = (x: number) => `${Math.round(x)}`.padStart(7);
process.stdout.write(`Sätze    Befunde   Parsen  Prüfen  Umformulieren (CPU-ms)\n`);
for (const r of rows) process.stdout.write(`${String(r.n).padStart(5)} ${String(r.findings).padStart(10)} ${fmt(r.parse)} ${fmt(r.check)} ${fmt(r.rewrite)}\n`);
for (let i = 1; i < rows.length; i++) {
  const a = rows[i - 1]!;
  const b = rows[i]!;
  process.stdout.write(
    `${a.n} → ${b.n} Sätze (×${(b.n / a.n).toFixed(1)}): Prüfen ×${(b.check / a.check).toFixed(1)}, Umformulieren ×${(b.rewrite / a.rewrite).toFixed(1)}\n`,
  );
}
