import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { landesrechtPath, lawUnits, type CorpusUnit } from './corpus';
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

/** Deliberately broad: it should find far more Absätze than carry a code, so that hard negatives come with them. */
export const FORM_WORDS =
  /schriftl|schriftform|unterschr|unterzeichn|persönlich|erschein|original|beglaubig|urkund|bescheinigung|nachweis|nachzuweisen|vorleg|vorzulegen|zeugnis|aushang|aush[äa]ng|bekanntmach|bekannt zu machen|bekanntgabe|post|brief|einschreiben|zustell|formular|vordruck|formblatt|muster|akte|aufbewahr|\bbar\b|gebühr|kasse|niederschrift|protokoll|ausfertigung|abschrift|telefax|de-mail|amtsblatt|ortsüblich|auszulegen|auslegung|ausweis|siegel|stempel|papier|datenträger|vorlad|vorführ|anzuzeigen|anzeige/i;

/**
 * Strong triggers per core code for the enriched stratum. They only select candidates: many matches are mentions,
 * permissions or electronic alternatives and are labelled negative. Word forms that never carry the code in these
 * statutes (Gesetzbuch, Buchstabe,
 * buchen, Ausweisung, herzustellen, erscheint …) are left out so that the stratum is not mostly noise.
 */
export const STRONG_TRIGGERS = {
  schriftform: /schriftlich|schriftform/i,
  unterschrift: /unterschr|unterzeichn|eigenhändig/i,
  persoenliches_erscheinen: /persönlich|\berscheinen|vorlad|vorzulad|vorsprech|anwesenheit|vorführ|meldeauflage|vorzustellen/i,
  original_beglaubigung: /original|beglaubig|ausfertigung|urschrift|urkunde|beurkund|abschrift/i,
  nachweis_vorlage: /vorzulegen|nachweis|bescheinigung|zeugnis|beizufügen/i,
  papier_vordruck:
    /vordruck|formular|formbl[aä]tt|(?<!identifizierungs)muster|amtlich vorgeschrieben|ausweis(?!ung|t)|karte\b|karten\b|(?<!gesetz)(?<=[a-zäöüß])buch(?:es|s)?\b|mitzuführen|mit sich zu führen|durchschrift|mehrfertigung|siegel|stempel|papierform|stimmzettel/i,
  postalisch: /\bpost(?!en|leitz)|brief|einschreib|zustellungsurkunde|\bzustell|zuzustellen|rückschein/i,
  aushang_bekanntmachung: /aush[äa]ng|ortsüblich|bekannt zu machen|amtsblatt|ministerialblatt|zeitung|zur einsicht|auszulegen|ausgelegt|\banschlag/i,
  technologie_spezifisch: /telefax|\bfax|fernschreib|fernkopie|diskette|\bcd\b|de-mail|e-mail|telefon/i,
} as const satisfies Record<string, RegExp>;

export type CoreCode = keyof typeof STRONG_TRIGGERS;

const SEED = 20261206;
/** Separate seed so that the enriched draw does not depend on the state of the first draw's generator. */
const ENRICHED_SEED = 20261207;
/** Quota meaning "every candidate of the pool" (no per-law cap either). */
const WHOLE_POOL = Number.POSITIVE_INFINITY;
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
const MIN_CHARS = 40;
const MAX_CHARS = 1500;

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

/** Every eligible Absatz of the 26 statutes that no older Landesrecht set holds (verbatim, no excerpt gaps). */
export function eligibleUnits(): (CorpusUnit & { land: string })[] {
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
  return pool.filter((u) => !seen.has(u.id) && seen.add(u.id));
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
  const rand = seededRandom(ENRICHED_SEED);
  const taken = new Set<string>();
  const picked: EnrichedCandidate[] = [];
  for (const [code, trigger] of Object.entries(STRONG_TRIGGERS) as [CoreCode, RegExp][]) {
    const perLaw = new Map<string, number>();
    const candidates = shuffle(unique.filter((x) => trigger.test(x.text)), rand);
    // a pool within its quota is taken whole, so the per-law cap must not thin it
    const whole = candidates.filter((u) => !taken.has(u.id)).length <= ENRICHED_QUOTA[code];
    let got = 0;
    for (const u of candidates) {
      if (got >= ENRICHED_QUOTA[code]) break;
      if (taken.has(u.id) || (!whole && (perLaw.get(u.slug) ?? 0) >= ENRICHED_MAX_PER_LAW_CODE)) continue;
      taken.add(u.id);
      perLaw.set(u.slug, (perLaw.get(u.slug) ?? 0) + 1);
      picked.push({ ...u, drawnFor: code });
      got++;
    }
  }
  return picked;
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
