import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { HINDRANCE_CATEGORIES } from '../../server/contracts/finding';
import { extractText } from '../../server/ingest/extract';
import { parseDraft } from '../../server/parser/draft';
import { checkDocument } from '../../server/rules/engine';
import { isBlind7FederalLaw, isBlind7LaenderId } from './blind7-split';
import { drawPrecisionSample, excludedSlugs, type SampledFinding } from './sample-precision6';

/**
 * Precision sample 7 (README-rules-dev.md, "Precision sample 7", issue 8): as sample 6 (sample-precision6.ts) it runs
 * the engine and samples its findings, now on text reserved by neither blind set 7 (blind7-split.ts) nor any earlier
 * set, and on the real drafts in ../shared/data/drafts as a third source.
 * Earlier sets: every `rules-*.jsonl` under test/fixtures (labelled sets, the de-papered proxy, precision samples)
 * except the blind-7 and blind-8 files, which are never opened (both are drawn from the text the blind-7 predicates
 * reserve); federal laws are left out by slug, Landesrecht by Absatz id.
 * Later samples are new seeds of the same draw: 7b (20261211) and 8 (20261212, README-rules-dev.md, "Precision
 * sample 8") each leave out every sample committed before them, since the samples are `rules-*.jsonl` files too.
 * `--revisit` (sample 8b): the laws of the precision files count by Absatz, not whole, so the Absätze the earlier
 * precision samples did not draw are read (the unused federal laws with a finding ran out with sample 8).
 *   npx tsx bench/lib/sample-precision7.ts SEED SIZE OUT.jsonl [--revisit] [--exclude EARLIER.jsonl ...]
 * Laws: in seeded random order the first 100 federal laws and 30 Landesrecht statutes with a finding; all drafts.
 * Findings: one per Absatz and hindrance code, at most three per law or draft, `size` at random.
 */

const FIXTURES = resolve(import.meta.dirname, '../../test/fixtures');
const DRAFTS = resolve(import.meta.dirname, '../../../shared/data/drafts');
const FEDERAL_LAWS = 100;
const LAENDER_LAWS = 30;

/**
 * Federal slugs and the Absatz ids of every earlier rule set, read only as id/slug/land (formats differ). With
 * `revisit`, a law only the precision files name is left out by Absatz, not whole.
 */
function usedInSets(revisit = false): { slugs: Set<string>; ids: Set<string> } {
  const slugs = new Set<string>();
  const ids = new Set<string>();
  for (const f of readdirSync(FIXTURES)) {
    if (!/^rules-.*\.jsonl$/.test(f) || f.includes('blind7') || f.includes('blind8')) continue;
    for (const line of readFileSync(resolve(FIXTURES, f), 'utf8').split('\n').filter((l) => l.trim())) {
      const item = JSON.parse(line) as { id: string; slug: string; land?: string };
      ids.add(item.id);
      if (!item.land && !(revisit && f.includes('precision'))) slugs.add(item.slug);
    }
  }
  return { slugs, ids };
}

/** Findings of the law text of one real draft: one per Absatz and hindrance code, the Absatz text as it stands. */
async function draftFindings(file: string): Promise<SampledFinding[]> {
  const name = basename(file);
  const doc = parseDraft((await extractText(readFileSync(file), name)).text);
  const out: SampledFinding[] = [];
  const seen = new Set<string>();
  for (const f of checkDocument(doc)) {
    if (!HINDRANCE_CATEGORIES.includes(f.category)) continue;
    const provision = doc.provisions.find((p) => p.start <= f.location.start && f.location.start < p.end);
    const paragraph = provision?.paragraphs.find((p) => p.start <= f.location.start && f.location.start < p.end);
    const span = paragraph ?? provision;
    if (!span) continue;
    const id = `draft-${name.replace(/\.[a-z]+$/, '')}-${f.location.ref}`;
    if (seen.has(`${id}|${f.category}`)) continue;
    seen.add(`${id}|${f.category}`);
    const text = doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    out.push({ id, law: f.location.law, slug: `draft/${name}`, ref: f.location.ref, category: f.category, quote: f.quote.match, text });
  }
  return out;
}

export async function drawPrecisionSample7(seed: number, size: number, exclude: Set<string>, revisit = false): Promise<SampledFinding[]> {
  const drafts: SampledFinding[][] = [];
  for (const f of readdirSync(DRAFTS).filter((n) => /\.(?:pdf|txt)$/.test(n)).sort()) drafts.push(await draftFindings(resolve(DRAFTS, f)));
  return drawPrecisionSample(seed, size, exclude, {
    reservedFederal: isBlind7FederalLaw,
    reservedLaender: isBlind7LaenderId,
    used: usedInSets(revisit),
    federalLaws: FEDERAL_LAWS,
    laenderLaws: LAENDER_LAWS,
    extra: drafts,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [seed, size, out, ...rest] = process.argv.slice(2);
  if (!seed || !size || !out) throw new Error('usage: npx tsx bench/lib/sample-precision7.ts SEED SIZE OUT.jsonl [--revisit] [--exclude FILE ...]');
  const files = rest.filter((a) => a !== '--exclude' && a !== '--revisit');
  const picked = await drawPrecisionSample7(Number(seed), Number(size), excludedSlugs(files), rest.includes('--revisit'));
  writeFileSync(out, picked.map((f) => JSON.stringify(f)).join('\n') + '\n');
  console.error(`${picked.length} findings → ${out}`);
}
