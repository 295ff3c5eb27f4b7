import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import { landesrechtPath, lawUnits, type CorpusUnit } from './corpus';
import {
  RULES_DEV_PATH,
  RULES_FEDERAL_BLIND3_PATH,
  RULES_FEDERAL_BLIND4_PATH,
  RULES_FEDERAL_BLIND5_PATH,
  RULES_FEDERAL_BLIND6_PATH,
  RULES_FEDERAL_BLIND7_PATH,
  RULES_FEDERAL_BLIND8_PATH,
  RULES_FEDERAL_BLIND9_PATH,
  RULES_FEDERAL_BLIND10_PATH,
  RULES_FEDERAL_BLIND11_PATH,
  RULES_FEDERAL_BLIND12_PATH,
  RULES_FEDERAL_BLIND13_PATH,
  RULES_FEDERAL_BLIND14_PATH,
  RULES_FEDERAL_DEV5A_PATH,
  RULES_FEDERAL_DEV5B_PATH,
  RULES_FEDERAL_DEV5S_PATH,
  RULES_FEDERAL_DEV6_PATH,
  RULES_FEDERAL_DEV7_PATH,
  RULES_FEDERAL_DEV8_PATH,
  RULES_FEDERAL_DEV9_PATH,
  RULES_FEDERAL_DEV10_PATH,
  RULES_FEDERAL_DEV11_PATH,
  RULES_LAENDER_DEV10_PATH,
  RULES_LAENDER_DEV11_PATH,
  RULES_LAENDER_DEV12_PATH,
  RULES_DEV13_SWEEP_PATH,
  RULES_DEV14_SWEEP_PATH,
  RULES_HELDOUT_PATHS,
  RULES_LAENDER_BLIND2_ENRICHED_PATH,
  RULES_LAENDER_BLIND2_PATH,
  RULES_LAENDER_BLIND3_PATH,
  RULES_LAENDER_BLIND4_PATH,
  RULES_LAENDER_BLIND5_PATH,
  RULES_LAENDER_BLIND6_PATH,
  RULES_LAENDER_BLIND7_PATH,
  RULES_LAENDER_BLIND8_PATH,
  RULES_LAENDER_BLIND9_PATH,
  RULES_LAENDER_BLIND10_PATH,
  RULES_LAENDER_BLIND11_PATH,
  RULES_LAENDER_BLIND12_PATH,
  RULES_LAENDER_BLIND13_PATH,
  RULES_LAENDER_BLIND14_PATH,
  RULES_LAENDER_BLIND_PATH,
  RULES_LAENDER_DEV5_PATH,
  RULES_LAENDER_DEV6_PATH,
  RULES_LAENDER_DEV7_PATH,
  RULES_LAENDER_DEV8_PATH,
  RULES_LAENDER_DEV_PATH,
  RULES_NDS_FULLDOC_DEV_PATH,
  RULES_PRECISION_DEV6_PATH,
  RULES_PRECISION_DEV7_PATH,
  RULES_PRECISION_DEV8_PATH,
} from './rules-dev';

/**
 * Building blocks of the seeded draws of the blind rule sets (sample-laender-blind2.ts, sample-blind3.ts,
 * sample-blind4.ts): the broad form-word pool, the strong trigger lists per core code, the eligibility of an Absatz and
 * the per-code draw. They only select candidates for labelling by hand; none of them runs the engine.
 */

/** Deliberately broad: it should find far more Absätze than carry a code, so that hard negatives come with them. */
export const FORM_WORDS =
  /schriftl|schriftform|unterschr|unterzeichn|persönlich|erschein|original|beglaubig|urkund|bescheinigung|nachweis|nachzuweisen|vorleg|vorzulegen|zeugnis|aushang|aush[äa]ng|bekanntmach|bekannt zu machen|bekanntgabe|post|brief|einschreiben|zustell|formular|vordruck|formblatt|muster|akte|aufbewahr|\bbar\b|gebühr|kasse|niederschrift|protokoll|ausfertigung|abschrift|telefax|de-mail|amtsblatt|ortsüblich|auszulegen|auslegung|ausweis|siegel|stempel|papier|datenträger|vorlad|vorführ|anzuzeigen|anzeige/i;

/**
 * Strong triggers per core code for the enriched strata. They only select candidates: many matches are mentions,
 * permissions or electronic alternatives and are labelled negative. Word forms that never carry the code in the
 * Landesrecht statutes (Gesetzbuch, Buchstabe, buchen, Ausweisung, herzustellen, erscheint …) are left out so that a
 * stratum is not mostly noise.
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

const MIN_CHARS = 40;
const MAX_CHARS = 1500;

/** Fisher–Yates with the caller's seeded generator, so that a draw is reproducible. */
export function shuffle<T>(xs: T[], rand: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** An Absatz worth labelling: 40–1,500 characters, verbatim (excerpts mark gaps), not repealed. */
export function isLabellable(u: CorpusUnit): boolean {
  return (
    u.text.length >= MIN_CHARS &&
    u.text.length <= MAX_CHARS &&
    !/\[…\]|\[\.\.\.\]|TEXT NICHT GEFUNDEN|\(weggefallen\)|^weggefallen/i.test(u.text)
  );
}

const statuteUnits = new Map<string, readonly (CorpusUnit & { land: string })[]>();

/**
 * All Absätze of a Landesrecht statute ("bw/PolG", "nds/NPOG") with the Landesrecht set ids and slugs. Read and cut
 * once per process: the rules-dev and chat-case tests draw from the same statutes some twenty times.
 */
export function landesrechtUnits(slug: string): readonly (CorpusUnit & { land: string })[] {
  if (!statuteUnits.has(slug)) statuteUnits.set(slug, readLandesrechtUnits(slug));
  return statuteUnits.get(slug)!;
}

function readLandesrechtUnits(slug: string): (CorpusUnit & { land: string })[] {
  const [land = ''] = slug.split('/');
  // the parser does not take "## §\u00a012" for a heading (README-rules-dev.md, Landesrecht format)
  const text = readFileSync(landesrechtPath(slug), 'utf8').replace(/^(#+\s*§)\u00a0/gm, '$1 ');
  const abbreviation = /^abbreviation:\s*(.*)$/m.exec(text)?.[1]?.trim() ?? basename(slug);
  const idSlug = `${land}-${basename(slug).toLowerCase()}`;
  return lawUnits({ slug: idSlug, abbreviation, title: '', text }).map((u) => ({ ...u, slug, land }));
}

/** Labellable Absätze of the statutes, none whose id is in `used`, each id once. */
export function eligibleLandesrecht(slugs: readonly string[], used: ReadonlySet<string>): (CorpusUnit & { land: string })[] {
  const seen = new Set<string>();
  return slugs
    .flatMap(landesrechtUnits)
    .filter((u) => !used.has(u.id) && isLabellable(u) && !seen.has(u.id) && seen.add(u.id));
}

/** Quota meaning "every candidate of the pool" (no per-law cap either). */
export const WHOLE_POOL = Number.POSITIVE_INFINITY;

/**
 * Per core code in the fixed order of `triggers` (STRONG_TRIGGERS unless given), `quota[code]` Absätze at random from those matching the code's
 * strong triggers, never one drawn for an earlier code, at most `maxPerLaw` per statute and code unless the pool fits
 * the quota (then it is taken whole). `drawnFor` names the selecting code; labels are set independently.
 */
export function drawPerCode<U extends CorpusUnit>(
  units: U[],
  quota: Partial<Record<CoreCode, number>>,
  maxPerLaw: number,
  rand: () => number,
  triggers: Partial<Record<CoreCode, RegExp>> = STRONG_TRIGGERS,
): (U & { drawnFor: CoreCode })[] {
  const taken = new Set<string>();
  const picked: (U & { drawnFor: CoreCode })[] = [];
  for (const [code, trigger] of Object.entries(triggers) as [CoreCode, RegExp][]) {
    const n = quota[code] ?? 0;
    const perLaw = new Map<string, number>();
    const candidates = shuffle(units.filter((x) => trigger.test(x.text)), rand);
    // a pool within its quota is taken whole, so the per-law cap must not thin it
    const whole = candidates.filter((u) => !taken.has(u.id)).length <= n;
    let got = 0;
    for (const u of candidates) {
      if (got >= n) break;
      if (taken.has(u.id) || (!whole && (perLaw.get(u.slug) ?? 0) >= maxPerLaw)) continue;
      taken.add(u.id);
      perLaw.set(u.slug, (perLaw.get(u.slug) ?? 0) + 1);
      picked.push({ ...u, drawnFor: code });
      got++;
    }
  }
  return picked;
}

const FIXTURES = resolve(import.meta.dirname, '../../test/fixtures');
/** Precision sample 6: counted by the group table from blind set 7 on, but not excluded by the draws of dev sets 7 and 8. */
export const PRECISION_SAMPLE6_PATH = resolve(FIXTURES, 'rules-precision-sample6.jsonl');

/**
 * Every labelled rule set, grouped by the draw that came after it: the draw of a set excludes every group before its
 * own, so that the earlier draws stay reproducible while later sets are added. A file's Landesrecht items (with
 * `land`) count by Absatz id, its federal items by law slug; the precision files hold both.
 */
const RULE_SETS_BEFORE = {
  blind3: [
    RULES_DEV_PATH,
    ...RULES_HELDOUT_PATHS,
    resolve(FIXTURES, 'rules-depapered-proxy.jsonl'),
    RULES_LAENDER_DEV_PATH,
    RULES_LAENDER_BLIND_PATH,
    RULES_LAENDER_BLIND2_PATH,
    RULES_LAENDER_BLIND2_ENRICHED_PATH,
  ],
  blind4: [RULES_FEDERAL_BLIND3_PATH, RULES_LAENDER_BLIND3_PATH],
  blind5: [RULES_FEDERAL_BLIND4_PATH, RULES_LAENDER_BLIND4_PATH],
  blind6: [RULES_FEDERAL_BLIND5_PATH, RULES_FEDERAL_DEV5A_PATH, RULES_FEDERAL_DEV5B_PATH, RULES_FEDERAL_DEV5S_PATH, RULES_LAENDER_BLIND5_PATH, RULES_LAENDER_DEV5_PATH],
  blind7: [
    RULES_FEDERAL_BLIND6_PATH,
    RULES_FEDERAL_DEV6_PATH,
    RULES_LAENDER_BLIND6_PATH,
    RULES_LAENDER_DEV6_PATH,
    PRECISION_SAMPLE6_PATH,
    RULES_PRECISION_DEV6_PATH,
  ],
  blind8: [
    RULES_FEDERAL_BLIND7_PATH,
    RULES_FEDERAL_DEV7_PATH,
    RULES_LAENDER_BLIND7_PATH,
    RULES_LAENDER_DEV7_PATH,
    resolve(FIXTURES, 'rules-precision-sample7.jsonl'),
    RULES_PRECISION_DEV7_PATH,
  ],
  // Landesrecht dev set 8 was drawn in the same round as blind set 8, after the same sets
  dev8: [],
  // federal dev set 9 (natural frequency): every set written in the blind-8 round, the sweeps of dev 8 included
  dev9: [
    RULES_FEDERAL_BLIND8_PATH,
    RULES_FEDERAL_DEV8_PATH,
    RULES_LAENDER_BLIND8_PATH,
    RULES_LAENDER_DEV8_PATH,
    resolve(FIXTURES, 'rules-precision-sample8.jsonl'),
    RULES_PRECISION_DEV8_PATH,
    resolve(FIXTURES, 'rules-sweep-dev8-check.jsonl'),
    resolve(FIXTURES, 'rules-sweep-dev8-precision.jsonl'),
    resolve(FIXTURES, 'rules-sweep-dev8-recall.jsonl'),
  ],
  // blind set 9: federal dev set 9 and the three sweep-9 samples, every rule set written after the dev-9 group
  blind9: [
    RULES_FEDERAL_DEV9_PATH,
    resolve(FIXTURES, 'rules-sweep-dev9-precision.jsonl'),
    resolve(FIXTURES, 'rules-sweep-dev9-recall.jsonl'),
    resolve(FIXTURES, 'rules-sweep-dev9-recall-sup.jsonl'),
  ],
  // federal dev set 10 was drawn in the same round as blind set 9, after the same sets (blind set 9 lies in the
  // reserved half, which dev set 10 leaves out anyway)
  dev10: [],
  // Landesrecht dev set 10 was drawn in the same round, after the same sets (it leaves the reserved half out)
  laenderDev10: [],
  // sweep 11: federal dev set 10 and the two sweep-10 samples, the sweep-11 samples (labelled before their first run)
  dev11: [
    RULES_FEDERAL_DEV10_PATH,
  RULES_LAENDER_DEV10_PATH,
    resolve(FIXTURES, 'rules-sweep-dev10-precision.jsonl'),
    resolve(FIXTURES, 'rules-sweep-dev10-recall.jsonl'),
    ...['papier', 'original', 'aushang'].flatMap((c) => [
      resolve(FIXTURES, `rules-sweep-dev11-${c}-unflagged.jsonl`),
      resolve(FIXTURES, `rules-sweep-dev11-${c}-flagged.jsonl`),
    ]),
  ],
  // for the next draw: Landesrecht dev set 10, drawn in parallel with sweep 11 (15 of sweep 11's Land Absätze are in
  // it too; their labels for the swept code agree)
  dev12: [RULES_LAENDER_DEV10_PATH],
  // blind set 10: blind set 9 (spent, development data since 10:09 UTC), the one rule set not yet in a group
  blind10: [RULES_FEDERAL_BLIND9_PATH, RULES_LAENDER_BLIND9_PATH],
  // Landesrecht dev set 11, drawn in parallel with blind set 10 after the same sets (blind set 10 lies in the reserved
  // half, which dev set 11 leaves out anyway)
  laenderDev11: [],
  // federal dev set 11 (sample-dev11.ts), drawn in parallel with blind set 10 after the same sets (blind set 10 lies
  // in the reserved half, which dev set 11 leaves out anyway)
  fedDev11: [],
  // blind set 11: blind set 10 (spent, development data since 14:37 UTC) and the dev sets 11 of both corpora, the rule
  // sets not yet in a group
  blind11: [RULES_FEDERAL_BLIND10_PATH, RULES_LAENDER_BLIND10_PATH, RULES_FEDERAL_DEV11_PATH, RULES_LAENDER_DEV11_PATH],
  // dev set 12 (a sweep of unreserved text, not a draw), so that a later draw leaves its Absätze out
  laenderDev12: [RULES_LAENDER_DEV12_PATH],
  // blind set 12: blind set 11 (spent, development data since 17:27 UTC) — Landesrecht dev set 12 is in the group
  // before — the rule sets not yet in a group
  blind12: [RULES_FEDERAL_BLIND11_PATH, RULES_LAENDER_BLIND11_PATH],
  // blind set 13: blind set 12 (spent, development data since 20:07 UTC) and the NDS whole-statute dev set (none of its
  // Absätze lies in the reserved half, so it changes nothing; listed so that every earlier rule set is in a group)
  blind13: [RULES_FEDERAL_BLIND12_PATH, RULES_LAENDER_BLIND12_PATH, RULES_NDS_FULLDOC_DEV_PATH],
  // dev set 13 (a sweep of unreserved text, not a draw, written in the blind-13 round), so that a later draw leaves its
  // laws and Absätze out
  dev13: [RULES_DEV13_SWEEP_PATH],
  // blind set 14: blind set 13 (spent, development data since 22:52 UTC), the rule set not yet in a group
  blind14: [RULES_FEDERAL_BLIND13_PATH, RULES_LAENDER_BLIND13_PATH],
  // dev set 14 (a positive-rich sweep of unreserved text, written in the blind-14 round), so that a later draw leaves
  // its laws and Absätze out
  dev14: [RULES_DEV14_SWEEP_PATH],
  // blind set 14 (spent, development data since its one run at 01:33 UTC on 2026-12-08), so that development tools
  // read it and a later draw leaves its laws and Absätze out
  spent14: [RULES_FEDERAL_BLIND14_PATH, RULES_LAENDER_BLIND14_PATH],
} as const;
export type DrawnSet = keyof typeof RULE_SETS_BEFORE;

/**
 * Every labelled rule set the groups above name: the sets written before the latest blind draw, spent and development
 * data now, in group order without repeats. A group lists only what came before its draw, so the blind set of the
 * round is never among them; `isBlindFile` guards that for the day a group is added before the blind run.
 */
export function spentRuleSetPaths(): string[] {
  return [...new Set(Object.values(RULE_SETS_BEFORE).flat())].filter((path) => !isBlindFile(path));
}

/**
 * File-name marks of the current blind set, which no development tool may read. Empty while no blind set is drawn
 * (blind set 14 is spent); the next blind set adds its mark, e.g. `/blind15/i`.
 */
const BLIND_FILE_MARKS: readonly RegExp[] = [];

/** A file of the current blind set (none at the moment). */
export function isBlindFile(path: string): boolean {
  return BLIND_FILE_MARKS.some((mark) => mark.test(basename(path)));
}

/** Only what the exclusion needs, so that label sets, the de-papered proxy and the precision samples read alike. */
const UsedItemSchema = z.object({ id: z.string(), slug: z.string(), land: z.string().optional() });

function usedItemsBefore(set: DrawnSet, except: readonly string[] = []): z.infer<typeof UsedItemSchema>[] {
  const groups = Object.keys(RULE_SETS_BEFORE) as DrawnSet[];
  return groups
    .slice(0, groups.indexOf(set) + 1)
    .flatMap((g) => RULE_SETS_BEFORE[g])
    .filter((path) => !except.includes(path))
    .flatMap((path) => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()))
    .map((line) => UsedItemSchema.parse(JSON.parse(line)));
}

/**
 * Slugs of the federal laws of every rule set written before `set`'s draw; `except`: files of those groups a draw did
 * not exclude (kept as they were, so that the draw reproduces).
 */
export function usedFederalSlugsBefore(set: DrawnSet, except: readonly string[] = []): Set<string> {
  return new Set(usedItemsBefore(set, except).filter((i) => !i.land).map((i) => i.slug));
}

/** Absatz ids of the Landesrecht items of every rule set written before `set`'s draw. */
export function usedLaenderIdsBefore(set: DrawnSet): Set<string> {
  return new Set(usedItemsBefore(set).filter((i) => i.land).map((i) => i.id));
}
