import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { landesrechtPath, lawUnits, type CorpusUnit } from './corpus';
import { loadRulesDev, RULES_LAENDER_BLIND_PATH, RULES_LAENDER_DEV_PATH } from './rules-dev';

/**
 * Reproducible draw of the Absätze for the second Landesrecht blind set (test/fixtures/README-blind2.md): from 26 fixed
 * statutes, never an Absatz of the older Landesrecht sets, about 2/3 from Absätze with a broad form-related word and
 * 1/3 from all Absätze, with a seeded generator so the same candidates come out every time. Writes the candidates
 * (id, law, text) as JSONL for labelling by hand; it never runs the engine.
 *   npx tsx bench/lib/sample-laender-blind2.ts [OUT.jsonl]
 */

export const BLIND2_LAWS = [
  'bb/BbgPolG', 'be/FwGBln', 'bw/BestattG', 'bw/BzGBW', 'bw/DSchG', 'bw/EigBetrG', 'bw/GemHVO', 'bw/LIFG', 'bw/LKreiWiG',
  'bw/OEPNVG', 'bw/PolG', 'bw/RDG', 'bw/WG', 'hh/HmbRDG', 'mv/BrSchGMV', 'mv/RDGMV', 'rp/LBKG', 'sl/SPolG',
  'sl/Verordnung_Werkfeuerwehr', 'st/BauO_LSA', 'st/BrSchGLSA', 'st/RettDGLSA', 'nds/NBrandSchG', 'nds/NGelVerk',
  'nds/NPOG', 'nds/NPersVG',
] as const;

/** Deliberately broad: it should find far more Absätze than carry a code, so that hard negatives come with them. */
export const FORM_WORDS =
  /schriftl|schriftform|unterschr|unterzeichn|persönlich|erschein|original|beglaubig|urkund|bescheinigung|nachweis|nachzuweisen|vorleg|vorzulegen|zeugnis|aushang|aush[äa]ng|bekanntmach|bekannt zu machen|bekanntgabe|post|brief|einschreiben|zustell|formular|vordruck|formblatt|muster|akte|aufbewahr|\bbar\b|gebühr|kasse|niederschrift|protokoll|ausfertigung|abschrift|telefax|de-mail|amtsblatt|ortsüblich|auszulegen|auslegung|ausweis|siegel|stempel|papier|datenträger|vorlad|vorführ|anzuzeigen|anzeige/i;

const SEED = 20261206;
const TARGET_FORM = 100;
const TARGET_ALL = 50;
/** Per law, so that the four large codes (PolG, WG, NPOG, BauO LSA) do not fill the set alone. */
const MAX_PER_LAW = 12;
const MIN_CHARS = 40;
const MAX_CHARS = 1500;

/** mulberry32: tiny seeded PRNG, enough for a reproducible shuffle. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], rand: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface Blind2Candidate extends CorpusUnit {
  land: string;
  pool: 'form' | 'all';
}

function unitsOf(slug: string): (CorpusUnit & { land: string })[] {
  const [land = ''] = slug.split('/');
  // the parser does not take "## §\u00a012" for a heading (README-rules-dev.md, Landesrecht format)
  const text = readFileSync(landesrechtPath(slug), 'utf8').replace(/^(#+\s*§)\u00a0/gm, '$1 ');
  const abbreviation = /^abbreviation:\s*(.*)$/m.exec(text)?.[1]?.trim() ?? basename(slug);
  const idSlug = `${land}-${basename(slug).toLowerCase()}`;
  return lawUnits({ slug: idSlug, abbreviation, title: '', text }).map((u) => ({ ...u, slug, land }));
}

export function drawBlind2(): Blind2Candidate[] {
  const used = new Set([...loadRulesDev(RULES_LAENDER_DEV_PATH), ...loadRulesDev(RULES_LAENDER_BLIND_PATH)].map((i) => i.id));
  const pool = BLIND2_LAWS.flatMap(unitsOf).filter(
    (u) =>
      !used.has(u.id) &&
      u.text.length >= MIN_CHARS &&
      u.text.length <= MAX_CHARS &&
      // excerpts mark gaps this way; such units are not verbatim provisions
      !/\[…\]|\[\.\.\.\]|TEXT NICHT GEFUNDEN|\(weggefallen\)|^weggefallen/i.test(u.text),
  );
  const seen = new Set<string>();
  const unique = pool.filter((u) => !seen.has(u.id) && seen.add(u.id));
  const rand = rng(SEED);
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? '/tmp/blind2-candidates.jsonl';
  const picked = drawBlind2();
  writeFileSync(
    out,
    picked.map((u) => JSON.stringify({ id: u.id, law: u.law, land: u.land, slug: u.slug, ref: u.ref, pool: u.pool, text: u.text })).join('\n') + '\n',
  );
  console.log(`${picked.length} candidates → ${out}`);
}
