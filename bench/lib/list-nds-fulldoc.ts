/**
 * How the NDS full-document dev set (test/fixtures/rules-nds-fulldoc-dev.jsonl) was read: every Absatz of the given
 * Niedersachsen statutes with a form word (FORM_WORDS) or any trigger hit of the engine, with the findings and the
 * suppressed hits of the whole-statute check (as `cli check --explain` shows them) and the earlier sets that label it.
 * An Absatz a blind split reserves (isBlind10LaenderId) is left out unless a spent set holds it. Only Absätze in no
 * earlier set were labelled.
 *   npx tsx bench/lib/list-nds-fulldoc.ts nds/NBauO nds/NPOG nds/NRettDG nds/NBrandSchG > /tmp/nds-units.jsonl
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { normalizeWhitespace } from '../../server/parser/structure';
import { explainDocument } from '../../server/rules/engine';
import { isBlind10LaenderId } from './blind10-split';
import { FORM_WORDS, landesrechtUnits } from './blind-draw';
import { landesrechtPath } from './corpus';

const plain = (s: string) => normalizeWhitespace(s).replace(/^\(\d+[a-z]?\)\s*/, '');
const fixtures = join(import.meta.dirname, '../../test/fixtures');
const labelled = new Map<string, string[]>();
for (const f of readdirSync(fixtures).filter((f) => f.startsWith('rules-') && f.endsWith('.jsonl') && !f.includes('blind12'))) {
  for (const l of readFileSync(join(fixtures, f), 'utf8').split('\n').filter((x) => x.trim())) {
    const j = JSON.parse(l);
    if (!j.land || !j.labels) continue;
    const arr = labelled.get(j.id) ?? [];
    arr.push(`${f.replace(/^rules-|\.jsonl$/g, '')}:${JSON.stringify(j.labels)}`);
    labelled.set(j.id, arr);
  }
}
const out: unknown[] = [];
for (const slug of process.argv.slice(2)) {
  const path = landesrechtPath(slug);
  const doc = parseLawMarkdown(readFileSync(path, 'utf8'), { path });
  const { findings, decisions } = explainDocument(doc, { land: 'nds' });
  const paras = doc.provisions.flatMap((p) => p.paragraphs);
  for (const u of landesrechtUnits(slug)) {
    const want = plain(u.text);
    const para = paras.find((a) => plain(doc.text.slice(a.start, a.end)) === want);
    const inside = (s: number) => para && s >= para.start && s < para.end;
    const fs = findings.filter((f) => inside(f.location.start));
    const ds = decisions.filter((d) => inside(d.start) && d.suppressedBy);
    const reserved = isBlind10LaenderId(u.id);
    const sets = labelled.get(u.id);
    // reserved text that no spent set holds is never printed, so nobody reads it by accident
    if ((reserved && !sets) || (!FORM_WORDS.test(u.text) && fs.length === 0 && ds.length === 0)) continue;
    out.push({
      id: u.id, ref: u.ref, reserved, sets: sets ?? [], matched: !!para,
      findings: fs.map((f) => `${f.category}[${f.severity}] „${f.quote.match}“`),
      suppressed: ds.map((d) => `${d.category} „${d.match}“ ← ${d.suppressedBy!.id}`),
      text: u.text,
    });
  }
}
for (const o of out) console.log(JSON.stringify(o));
