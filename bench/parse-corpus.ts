/**
 * Parser robustness and speed over the whole federal corpus (one core, no workers):
 *   npm run -s bench:parse
 * Reads all laws first, then times parseLawMarkdown alone (wall and CPU), and prints counts, failures, the slowest law, and how
 * much of the body text (lines outside headings, enacting/closing formulas and footnotes) lies inside some Absatz.
 */
import { readFileSync } from 'node:fs';
import { parseLawMarkdown } from '../server/parser/law-markdown';
import { corpusRoot, listLawPaths } from './lib/corpus';

const NOT_LAW = /^#+\s*(?:Eingangsformel|Schlu(?:ss|ß)formel|Inhalts(?:verzeichnis|übersicht))/;

const paths = [...listLawPaths(corpusRoot())];
const texts = paths.map((p) => readFileSync(p, 'utf8'));
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

let provisions = 0, labelled = 0, paragraphs = 0, sentences = 0, items = 0, failures = 0, noText = 0;
let slowest = { ms: 0, path: '' };
const docs: ReturnType<typeof parseLawMarkdown>[] = [];
// only the parse is timed: items are found on first use, which the counting below triggers
let parseMs = 0;
let parseCpuUs = 0;
texts.forEach((text, i) => {
  const a = performance.now();
  const c = process.cpuUsage();
  try {
    const doc = parseLawMarkdown(text, { path: paths[i] });
    const ms = performance.now() - a;
    parseMs += ms;
    const cpu = process.cpuUsage(c);
    parseCpuUs += cpu.user + cpu.system;
    if (ms > slowest.ms) slowest = { ms, path: paths[i]! };
    docs.push(doc);
    provisions += doc.provisions.length;
    for (const p of doc.provisions) {
      if (p.label) labelled++;
      paragraphs += p.paragraphs.length;
      for (const x of p.paragraphs) {
        sentences += x.sentences.length;
        items += x.items.length;
      }
    }
    if (doc.provisions.every((p) => p.paragraphs.length === 0)) noText++;
  } catch (e) {
    failures++;
    console.error(`FAIL ${paths[i]}: ${e instanceof Error ? e.message : String(e)}`);
  }
});
const seconds = parseMs / 1000;

// coverage: every non-blank body line should start inside an Absatz
let bodyChars = 0, coveredChars = 0;
for (const doc of docs) {
  const inside = new Uint8Array(doc.text.length);
  for (const p of doc.provisions) for (const x of p.paragraphs) inside.fill(1, x.start, x.end);
  const first = doc.text.search(/^##/m);
  if (first < 0) continue;
  let pos = first;
  let skip = false;
  let footnote = false;
  for (const line of doc.text.slice(first).split('\n')) {
    footnote = line.startsWith('[^') ? /^\[\^[^\]]+\]:/.test(line) : footnote && /^[ \t]+\S/.test(line);
    if (line.startsWith('#')) skip = NOT_LAW.test(line);
    else if (!skip && !footnote && line.trim() !== '' && !/^\s*\[\^[^\]]+\]\s*$/.test(line)) {
      bodyChars += line.trim().length;
      if (inside[pos + line.search(/\S/)]) coveredChars += line.trim().length;
    }
    pos += line.length + 1;
  }
}

console.log(
  JSON.stringify(
    {
      laws: paths.length,
      mb: +mb.toFixed(1),
      seconds: +seconds.toFixed(2),
      /** CPU time of the parse: unlike wall time, hardly affected by other load on a shared machine. */
      cpuSeconds: +(parseCpuUs / 1e6).toFixed(2),
      mbPerSecond: +(mb / seconds).toFixed(1),
      provisions,
      labelledProvisions: labelled,
      paragraphs,
      sentences,
      items,
      lawsWithoutText: noText,
      failures,
      bodyTextCovered: +(coveredChars / Math.max(1, bodyChars)).toFixed(6),
      slowest: { ms: +slowest.ms.toFixed(1), path: slowest.path },
    },
    null,
    2,
  ),
);
if (failures > 0) process.exitCode = 1;
