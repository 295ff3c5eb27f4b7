import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import { isLabellable, landesrechtUnits } from './blind-draw';
import { isBlind11FederalLaw, isBlind11LaenderId } from './blind11-split';
import { corpusRoot, lawUnits, listLandesrechtSlugs, listLawPaths, readLaw, type CorpusUnit } from './corpus';
import { seededRandom } from './random';
import { sampleUnits } from './sweep-code';

/**
 * Candidates of dev set 14 (README-rules-dev.md, "Dev set 14"): a positive-rich sweep by the SHAPES of a hindrance, so
 * that precision and recall can be read per code (the blind sets of round 13 held 7 and 2 positives; the hidden sets of
 * issue 8 are positive-rich). Each shape is the wording by which the rubric recognises a duty, not an engine trigger;
 * the sampler never runs the engine, so the candidates are labelled by hand before anyone sees the engine's answer.
 * Unreserved text only (!isBlind11FederalLaw, !isBlind11LaenderId); no Absatz of an earlier labelled set (every
 * rules-*.jsonl and the Land probes; files of the blind set of this round are never opened).
 *   npx tsx bench/lib/sweep-dev14.ts SEED PER-SHAPE-FEDERAL PER-SHAPE-LAND PER-STRONG-SHAPE OUT-PREFIX
 * writes OUT-PREFIX-federal.jsonl, OUT-PREFIX-land.jsonl and OUT-PREFIX-strong.jsonl, each line with the shape that
 * drew it in `note`. Dev set 14: seed 14, 9, 6, 6; its fresh second draw 14b, labelled after the fixes of the first and
 * before the engine ran on it: seed 1414, 2, 0, 5, with `fresh`; 14c, labelled after the fixes of 14b: seed 141414, the
 * same counts, with `fresh`.
 */

/** Hindrance shapes of the rubric, one per way a statute demands paper, presence or a physical channel. */
export const SWEEP14_SHAPES: Record<string, RegExp> = {
  schriftlich_pflicht:
    /schriftform|schriftlich[^.;]{0,60}\b(?:zu [a-zäöü]+en|[a-zäöü]+zu[a-zäöü]{2,}en|ergeht|erfolgt|teilt|bestätigt|bestimmt)\b|schriftliche[nmr]? (?:antrag|bescheid|einwilligung|zustimmung|erklärung|vollmacht|anzeige|mitteilung)/i,
  unterschrift: /eigenhändig|zu unterzeichnen|zu unterschreiben|unterschrieben|unterzeichnet/i,
  persoenlich:
    /persönlich (?:zu )?(?:erschein|vorzusprech|anzuhör|vorzustell|zu melden|abzugeben|vorzulegen|anwesend)|persönliche[ns]? (?:erscheinen|anhörung|vorsprache|anwesenheit)|vorzuladen|vorladung|zur niederschrift/i,
  original: /im original|urschrift|beglaubigt|beglaubigung|ausfertigung|zu beurkunden|notariell/i,
  aushang: /aushang|aushäng|\banschlag(?!en)|ortsüblich|auszulegen|zur einsicht aus|tageszeitung|in einer zeitung/i,
  vordruck: /vordruck|formblatt|formular|amtlichem muster|nach (?:dem )?muster der anlage|zweifach|dreifach|papierform|papierakte/i,
  postalisch: /einschreib|eingeschrieben|zustellungsurkunde|postweg|per post|durch die post|mit der post|rückschein|postzustell|postalisch/i,
  bar_kasse: /barzahlung|\bin bar\b|bar zu (?:zahl|entricht)|an die kasse|bei der kasse|gebührenmarke|stempelmarke/i,
  niederschrift: /niederschrift (?:zu fertigen|aufzunehmen|ist)|zu protokoll/i,
  nachweis:
    /(?:bescheinigung|zeugnis|auszug|urkunde|ausweis|reisepass|erlaubnis)\w*[^.;]{0,80}\b(?:vorzulegen|beizufügen|vorzuzeigen|auszuhändigen)\b/i,
  technologie: /telefax|fernkopie|de-mail|telegramm|mikrofilm|fernschreib/i,
};

/**
 * A second pass for the codes the hidden sets are weakest on (persoenliches_erscheinen, original_beglaubigung, aushang,
 * postalisch, papier_vordruck): the strongest wording only, so that the sweep holds positives of each, drawn from
 * federal text after the first pass (the unreserved Landesrecht holds none of these words any more).
 */
export const SWEEP14_STRONG_SHAPES: Record<string, RegExp> = {
  persoenlich_stark: /persönlich zu erscheinen|persönliche[ns]? erscheinen|vorzuladen|persönlich vorzusprechen|persönlich abzugeben/i,
  original_stark: /im original|in urschrift|beglaubigte[nr]? (?:abschrift|kopie|übersetzung)|öffentlich beglaubigt/i,
  aushang_stark: /auszuhängen|aushang|ortsüblich bekannt|zur einsicht auszulegen|öffentlich auszulegen/i,
  postalisch_stark: /eingeschriebene[nm]? brief|einschreiben|mit zustellungsurkunde|gegen rückschein|auf dem postweg/i,
  vordruck_stark: /amtlich vorgeschriebene[nm]? vordruck|formblatt|nach dem muster der anlage|in papierform/i,
};

const FIXTURES = resolve(import.meta.dirname, '../../test/fixtures');

/**
 * Absatz ids of every labelled rule set and the Land probes; a blind-14 file (written elsewhere this round) is never
 * read, and dev set 14 itself is left out so that the draw stays reproducible after it is committed; with `fresh` (the
 * second draw, 14b) it counts as used, so that the new draw holds no Absatz of the first.
 */
function usedIds(fresh: boolean): Set<string> {
  const ids = new Set<string>();
  for (const f of readdirSync(FIXTURES)) {
    if (!/^(rules-.*|probes-laender)\.jsonl$/.test(f) || /blind1[4-9]/.test(f) || (!fresh && /dev14/.test(f))) continue;
    for (const line of readFileSync(resolve(FIXTURES, f), 'utf8').split('\n').filter((l) => l.trim()))
      ids.add(z.object({ id: z.string() }).parse(JSON.parse(line)).id);
  }
  return ids;
}

type Unit = CorpusUnit & { land?: string };

function toLine(u: Unit, note: string): string {
  const { id, law, slug, land, ref, text } = u;
  return JSON.stringify({ id, law, slug, ...(land ? { land } : {}), ref, text, labels: [], note });
}

/** Per shape a seeded sample (at most two Absätze of a statute, sweep-code.ts), each Absatz once in all. */
function drawByShape(
  pool: Unit[],
  perShape: number,
  rand: () => number,
  shapes: Record<string, RegExp> = SWEEP14_SHAPES,
  seen = new Set<string>(),
): string[] {
  const lines: string[] = [];
  for (const [shape, re] of Object.entries(shapes)) {
    const hits = pool.filter((u) => !seen.has(u.id) && re.test(u.text));
    const drawn = sampleUnits(hits, perShape, rand);
    console.log(JSON.stringify({ shape, pool: hits.length, drawn: drawn.length }));
    for (const u of drawn) {
      seen.add(u.id);
      lines.push(toLine(u, `sweep14 ${shape}`));
    }
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [seed, nFederal, nLand, nStrong, out, fresh] = process.argv.slice(2);
  if (!seed || !nFederal || !nLand || !nStrong || !out)
    throw new Error('usage: npx tsx bench/lib/sweep-dev14.ts SEED PER-SHAPE-FEDERAL PER-SHAPE-LAND PER-STRONG-SHAPE OUT-PREFIX [fresh]');
  const rand = seededRandom(Number(seed));
  const used = usedIds(fresh === 'fresh');
  const keep = (u: Unit) => !used.has(u.id) && isLabellable(u);
  const federal = [...listLawPaths(corpusRoot())]
    .filter((p) => !isBlind11FederalLaw(basename(resolve(p, '..'))))
    .flatMap((p): Unit[] => lawUnits(readLaw(p)))
    .filter(keep);
  const land = listLandesrechtSlugs()
    .flatMap((s): readonly Unit[] => landesrechtUnits(s))
    .filter((u) => !isBlind11LaenderId(u.id) && keep(u));
  const seen = new Set<string>();
  writeFileSync(`${out}-federal.jsonl`, drawByShape(federal, Number(nFederal), rand, SWEEP14_SHAPES, seen).join('\n') + '\n');
  writeFileSync(`${out}-land.jsonl`, drawByShape(land, Number(nLand), rand).join('\n') + '\n');
  const strong = drawByShape(federal, Number(nStrong), rand, SWEEP14_STRONG_SHAPES, seen);
  writeFileSync(`${out}-strong.jsonl`, strong.join('\n') + '\n');
}
