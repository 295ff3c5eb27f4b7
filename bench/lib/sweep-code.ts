import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import { CORE_CATEGORIES, type Category } from '../../server/contracts/finding';
import { checkText } from '../../server/rules/engine';
import { isLabellable, landesrechtUnits, shuffle, STRONG_TRIGGERS, type CoreCode } from './blind-draw';
import { isBlind7FederalLaw, isBlind7LaenderId } from './blind7-split';
import { corpusRoot, lawUnits, listLandesrechtSlugs, listLawPaths, readLaw, type CorpusUnit } from './corpus';
import { seededRandom } from './random';

/**
 * Recall/precision sweep of one core code (README-rules-dev.md, "Sweep 8", issue 8): every labellable Absatz of the
 * federal laws and Landesrecht statutes outside the blind-7/8 reservation (blind7-split.ts) that matches the code's
 * strong trigger (STRONG_TRIGGERS), split into those the engine flags with the code and those it does not. Small
 * samples cannot show every wording of a code; the unflagged trigger matches are where its misses must be, the
 * flagged ones where its false flags are. Absätze of earlier labelled sets are left out by id (blind-8 files are
 * never opened). The script only selects: the samples are written with empty labels, to be labelled by hand before
 * anyone reads the engine's explanation.
 * A TRIGGER (a case-insensitive regex source, "" for the strong one) replaces the strong trigger, for wordings the
 * strong list lacks; ROUND leaves out the samples of earlier sweep rounds as well (see labelledIds); SCOPE (all,
 * federal, laender) limits the pool.
 *   npx tsx bench/lib/sweep-code.ts CODE SEED UNFLAGGED FLAGGED OUT-PREFIX [TRIGGER] [ROUND] [SCOPE]
 * writes OUT-PREFIX-unflagged.jsonl and OUT-PREFIX-flagged.jsonl and prints the pool sizes.
 */

const FIXTURES = resolve(import.meta.dirname, '../../test/fixtures');
/** At most this many Absätze of one statute per sample, so that one long law does not fill it. */
const PER_LAW = 2;

type Unit = CorpusUnit & { land?: string };
/** Which text a sweep draws from; Landesrecht is a small part of the pool, so a sample of its own shows its misses. */
const ScopeSchema = z.enum(['all', 'federal', 'laender']);
type Scope = z.infer<typeof ScopeSchema>;

/**
 * Absatz ids of every labelled rule set except the blind-8/9 files (never opened; they lie in the reserved text anyway)
 * and the sweep samples themselves (so that a sweep stays reproducible after its samples are committed). With `round`
 * the samples of earlier sweep rounds (`rules-sweep-devN-*`, N < round) count as labelled too, so that a new round
 * draws fresh Absätze.
 */
function labelledIds(round?: number): Set<string> {
  const ids = new Set<string>();
  for (const f of readdirSync(FIXTURES)) {
    if (!/^rules-.*\.jsonl$/.test(f) || /blind[89]/.test(f)) continue;
    const sweepRound = /^rules-sweep-dev(\d+)-/.exec(f)?.[1];
    if (f.startsWith('rules-sweep-') && !(round !== undefined && sweepRound !== undefined && Number(sweepRound) < round)) continue;
    for (const line of readFileSync(resolve(FIXTURES, f), 'utf8').split('\n').filter((l) => l.trim()))
      ids.add(z.object({ id: z.string() }).parse(JSON.parse(line)).id);
  }
  return ids;
}

/** Trigger matches outside the reservation and earlier sets, split by whether the engine reports `code`. */
export function sweepCode(
  code: CoreCode,
  trigger: RegExp = STRONG_TRIGGERS[code],
  round?: number,
  scope: Scope = 'all',
): { flagged: Unit[]; unflagged: Unit[] } {
  const used = labelledIds(round);
  const federal = [...listLawPaths(corpusRoot())]
    .filter((p) => !isBlind7FederalLaw(basename(resolve(p, '..'))))
    .flatMap((p): Unit[] => lawUnits(readLaw(p)));
  const laender = listLandesrechtSlugs()
    .flatMap((s): readonly Unit[] => landesrechtUnits(s))
    .filter((u) => !isBlind7LaenderId(u.id));
  const seen = new Set<string>();
  const flagged: Unit[] = [];
  const unflagged: Unit[] = [];
  for (const u of [...(scope === 'laender' ? [] : federal), ...(scope === 'federal' ? [] : laender)]) {
    if (used.has(u.id) || seen.has(u.id) || !isLabellable(u) || !trigger.test(u.text)) continue;
    seen.add(u.id);
    const found = checkText(u.text, { law: u.law, ...(u.land ? { land: u.land } : {}) }).map((f) => f.category);
    (found.includes(code as Category) ? flagged : unflagged).push(u);
  }
  return { flagged, unflagged };
}

/** `n` units at random, at most PER_LAW per statute unless the pool fits `n` (then it is taken whole). */
export function sampleUnits(units: Unit[], n: number, rand: () => number): Unit[] {
  if (units.length <= n) return shuffle(units, rand);
  const perLaw = new Map<string, number>();
  const out: Unit[] = [];
  for (const u of shuffle(units, rand)) {
    if (out.length >= n) break;
    if ((perLaw.get(u.slug) ?? 0) >= PER_LAW) continue;
    perLaw.set(u.slug, (perLaw.get(u.slug) ?? 0) + 1);
    out.push(u);
  }
  return out;
}

function toItem(u: Unit, note: string): string {
  const { id, law, slug, land, ref, text } = u;
  return JSON.stringify({ id, law, slug, ...(land ? { land } : {}), ref, text, labels: [], note });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [code, seed, nUnflagged, nFlagged, prefix, trigger, round, scope] = process.argv.slice(2);
  const parsed = z.enum(CORE_CATEGORIES as unknown as [CoreCode, ...CoreCode[]]).safeParse(code);
  if (!parsed.success || !seed || !nUnflagged || !nFlagged || !prefix)
    throw new Error('usage: npx tsx bench/lib/sweep-code.ts CODE SEED UNFLAGGED FLAGGED OUT-PREFIX');
  const { flagged, unflagged } = sweepCode(
    parsed.data,
    trigger ? new RegExp(trigger, 'i') : undefined,
    round ? Number(round) : undefined,
    ScopeSchema.parse(scope || 'all'),
  );
  const rand = seededRandom(Number(seed));
  const write = (units: Unit[], kind: string) =>
    writeFileSync(`${prefix}-${kind}.jsonl`, units.map((u) => toItem(u, `sweep ${parsed.data} ${kind}`)).join('\n') + '\n');
  write(sampleUnits(unflagged, Number(nUnflagged), rand), 'unflagged');
  write(sampleUnits(flagged, Number(nFlagged), rand), 'flagged');
  console.log(JSON.stringify({ code: parsed.data, flagged: flagged.length, unflagged: unflagged.length }));
}
