import { writeFileSync } from 'node:fs';
import { drawPerCode, eligibleLandesrecht, FORM_WORDS, shuffle, WHOLE_POOL, type CoreCode } from './blind-draw';
import { type CorpusUnit } from './corpus';
import { seededRandom } from './random';
import { loadRulesDev, RULES_LAENDER_BLIND_PATH, RULES_LAENDER_DEV_PATH } from './rules-dev';

/**
 * Reproducible draw of the Absätze for the second Landesrecht blind set (test/fixtures/README-blind2.md): from 26 fixed
 * statutes, never an Absatz of the older Landesrecht sets, about 2/3 from Absätze with a broad form-related word and
 * 1/3 from all Absätze, with a seeded generator so the same candidates come out every time. Writes the candidates
 * (id, law, text) as JSONL for labelling by hand; it never runs the engine.
 * Second mode `--enriched`: the positive-enriched stratum (rules-laender-blind2-enriched.jsonl) from the same statutes,
 * per core code the Absätze matching a strong trigger list for that code (all of them, or ten for the two large codes),
 * so that recall per code can be measured; the first stratum measures precision at natural frequency.
 *   npx tsx bench/lib/sample-laender-blind2.ts [--enriched] [OUT.jsonl]
 */

export const BLIND2_LAWS = [
  'bb/BbgPolG', 'be/FwGBln', 'bw/BestattG', 'bw/BzGBW', 'bw/DSchG', 'bw/EigBetrG', 'bw/GemHVO', 'bw/LIFG', 'bw/LKreiWiG',
  'bw/OEPNVG', 'bw/PolG', 'bw/RDG', 'bw/WG', 'hh/HmbRDG', 'mv/BrSchGMV', 'mv/RDGMV', 'rp/LBKG', 'sl/SPolG',
  'sl/Verordnung_Werkfeuerwehr', 'st/BauO_LSA', 'st/BrSchGLSA', 'st/RettDGLSA', 'nds/NBrandSchG', 'nds/NGelVerk',
  'nds/NPOG', 'nds/NPersVG',
] as const;

const SEED = 20261206;
/** Separate seed so that the enriched draw does not depend on the state of the first draw's generator. */
const ENRICHED_SEED = 20261207;
/**
 * Absätze per code. The 26 statutes hold few Absätze with strong triggers for seven codes (README-blind2.md gives the
 * pool sizes), so those pools are taken whole — every candidate then counts for that code's recall; schriftform and
 * nachweis_vorlage, whose pools are large and whose recall the first stratum already measures best, get ten each.
 */
export const ENRICHED_QUOTA: Record<CoreCode, number> = {
  schriftform: 10,
  unterschrift: WHOLE_POOL,
  persoenliches_erscheinen: WHOLE_POOL,
  original_beglaubigung: WHOLE_POOL,
  nachweis_vorlage: 10,
  papier_vordruck: WHOLE_POOL,
  postalisch: WHOLE_POOL,
  aushang_bekanntmachung: WHOLE_POOL,
  technologie_spezifisch: WHOLE_POOL,
};
/** Per law and code, so that one large statute does not supply most Absätze of a code. */
const ENRICHED_MAX_PER_LAW_CODE = 4;
const TARGET_FORM = 100;
const TARGET_ALL = 50;
/** Per law, so that the four large codes (PolG, WG, NPOG, BauO LSA) do not fill the set alone. */
const MAX_PER_LAW = 12;

export interface Blind2Candidate extends CorpusUnit {
  land: string;
  pool: 'form' | 'all';
}

/** Every eligible Absatz of the 26 statutes that no older Landesrecht set holds (verbatim, no excerpt gaps). */
export function eligibleUnits(): (CorpusUnit & { land: string })[] {
  const used = new Set([...loadRulesDev(RULES_LAENDER_DEV_PATH), ...loadRulesDev(RULES_LAENDER_BLIND_PATH)].map((i) => i.id));
  return eligibleLandesrecht(BLIND2_LAWS, used);
}

export function drawBlind2(): Blind2Candidate[] {
  const unique = eligibleUnits();
  const rand = seededRandom(SEED);
  const perLaw = new Map<string, number>();
  const taken = new Set<string>();
  const picked: Blind2Candidate[] = [];
  const take = (list: typeof unique, n: number, tag: Blind2Candidate['pool']) => {
    let got = 0;
    for (const u of shuffle(list, rand)) {
      if (got >= n) break;
      if (taken.has(u.id) || (perLaw.get(u.slug) ?? 0) >= MAX_PER_LAW) continue;
      taken.add(u.id);
      perLaw.set(u.slug, (perLaw.get(u.slug) ?? 0) + 1);
      picked.push({ ...u, pool: tag });
      got++;
    }
  };
  take(unique.filter((u) => FORM_WORDS.test(u.text)), TARGET_FORM, 'form');
  take(unique, TARGET_ALL, 'all');
  return picked;
}

export interface EnrichedCandidate extends CorpusUnit {
  land: string;
  /** The code whose trigger list selected the Absatz (labels are set independently, for all nine codes). */
  drawnFor: CoreCode;
}

/**
 * The enriched stratum: per code in a fixed order, ENRICHED_QUOTA[code] Absätze at random from the Absätze matching that
 * code's strong triggers, never an Absatz of the first stratum (drawBlind2) or of an earlier code.
 */
export function drawBlind2Enriched(): EnrichedCandidate[] {
  const first = new Set(drawBlind2().map((u) => u.id));
  const unique = eligibleUnits().filter((u) => !first.has(u.id));
  return drawPerCode(unique, ENRICHED_QUOTA, ENRICHED_MAX_PER_LAW_CODE, seededRandom(ENRICHED_SEED));
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--enriched')) {
  const out = process.argv.slice(2).find((a) => a !== '--enriched') ?? '/tmp/blind2-enriched-candidates.jsonl';
  const picked = drawBlind2Enriched();
  writeFileSync(
    out,
    picked.map((u) => JSON.stringify({ id: u.id, law: u.law, land: u.land, slug: u.slug, ref: u.ref, drawnFor: u.drawnFor, text: u.text })).join('\n') + '\n',
  );
  console.log(`${picked.length} candidates → ${out}`);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? '/tmp/blind2-candidates.jsonl';
  const picked = drawBlind2();
  writeFileSync(
    out,
    picked.map((u) => JSON.stringify({ id: u.id, law: u.law, land: u.land, slug: u.slug, ref: u.ref, pool: u.pool, text: u.text })).join('\n') + '\n',
  );
  console.log(`${picked.length} candidates → ${out}`);
}
