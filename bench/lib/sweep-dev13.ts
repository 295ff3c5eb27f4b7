import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import { isLabellable, landesrechtUnits, type CoreCode } from './blind-draw';
import { isBlind11FederalLaw, isBlind11LaenderId } from './blind11-split';
import { corpusRoot, lawUnits, listLandesrechtSlugs, listLawPaths, readLaw, type CorpusUnit } from './corpus';
import { seededRandom } from './random';
import { sampleUnits } from './sweep-code';

/**
 * Candidates of dev set 13 (README-rules-dev.md, "Dev set 13"): a wording sweep of unreserved text for the codes the
 * hidden Landesrecht set of issue 8 is weakest on. It selects by meaning-level wording only and never runs the engine,
 * so that the candidates are labelled by hand before anyone sees what the engine makes of them. Unreserved text only
 * (!isBlind11FederalLaw, !isBlind11LaenderId); no Absatz of an earlier labelled set (every rules-*.jsonl and the Land
 * probes; files of a blind set still being written are never opened).
 *   npx tsx bench/lib/sweep-dev13.ts SEED PER-CODE-FEDERAL OUT-PREFIX   (writes OUT-PREFIX-land.jsonl, -federal.jsonl)
 */

/**
 * Wording per code that expresses the duty, wider than the strong triggers of blind-draw.ts: the ways a statute says it
 * beside the usual word (Vorsprache, Freiumschlag, Zweitschrift, Druckstück, Schaukasten …). The unreserved Landesrecht
 * is nearly exhausted for these codes (dev set 12), so the Land pool is read whole with the broad `LAND` list.
 */
export const SWEEP13_WORDING: Partial<Record<CoreCode, RegExp>> = {
  postalisch:
    /durch die post|mit der post|per post|postweg|postalisch|postzustell|eingeschrieben|einschreib|rückschein|freizumachen|frankier|freiumschlag|briefumschlag|zustellungsurkunde|briefwahl|wahlbrief|brieflich/i,
  persoenliches_erscheinen:
    /persönlich (?:zu )?(?:erschein|vorzusprech|vorzustell|zu melden|anwesend|teilzunehmen|abzugeben|anzuhören|zu beantragen|vorzulegen)|sich persönlich|vorzusprechen|vorsprache|vorzuladen|vorladung|vorgeführt|vorführung|zur niederschrift|mündlich anzuhören|mündlich vorzutragen|vorstellig|einzufinden|zu erscheinen|persönliche anwesenheit/i,
  original_beglaubigung:
    /ausfertigung|urschrift|beglaubig|im original|\boriginal|beurkund|notariell|zweitschrift|amtlich bestätigt/i,
  papier_vordruck:
    /vordruck|formbl[aä]tt|formular|nach (?:dem )?muster|druckstück|papierform|in papier|zweifach|dreifach|vierfach|fünffach|mitzuführen|mit sich zu führen|vorzuzeigen|aufkleber|plakette|stempel|durchschrift|ausgedruckt|\bausdruck/i,
  aushang_bekanntmachung:
    /aushang|aushäng|\banschlag(?!en)|schaukasten|amtstafel|anschlagtafel|zur einsicht|auszulegen|ausgelegt|ortsüblich|zeitung|amtsblatt/i,
};

/** The Land pool: every wording of the brief, read whole because it is small. */
export const SWEEP13_LAND_WORDING =
  /\bpost(?!en\b)|brief|einschreib|zuzustellen|übersend|rückschein|freizumachen|persönlich|\berschein|vorsprech|vorzusprechen|anzuhören|anhörung|mündlich|anwesen|vorlad|vorführ|einzufinden|vorzuzeigen|ausfertigung|urschrift|beglaubig|original|beurkund|notariell|abschrift|amtlich|vordruck|\bmuster|formblatt|formular|druckstück|papier|exemplar|fach\b|\banlage \d|stempel|siegel|aushang|aushäng|\banschlag(?!en)|schaukasten|amtstafel|auszulegen|ausgelegt|zur einsicht|einsichtnahme|ortsüblich|zeitung|amtsblatt/i;

const FIXTURES = resolve(import.meta.dirname, '../../test/fixtures');

/** Absatz ids of every labelled rule set and the Land probes; a blind-13 file (written elsewhere this round) is never read. */
function usedIds(): Set<string> {
  const ids = new Set<string>();
  for (const f of readdirSync(FIXTURES)) {
    if (!/^(rules-.*|probes-laender)\.jsonl$/.test(f) || /blind1[3-9]/.test(f)) continue;
    for (const line of readFileSync(resolve(FIXTURES, f), 'utf8').split('\n').filter((l) => l.trim()))
      ids.add(z.object({ id: z.string() }).parse(JSON.parse(line)).id);
  }
  return ids;
}

type Unit = CorpusUnit & { land?: string };

/** Unreserved, unused, labellable Absätze, Landesrecht and federal apart (read once, filtered per code). */
export function sweep13Units(): { laender: Unit[]; federal: Unit[] } {
  const used = usedIds();
  const keep = (u: Unit) => !used.has(u.id) && isLabellable(u);
  const laender = listLandesrechtSlugs()
    .flatMap((s): readonly Unit[] => landesrechtUnits(s))
    .filter((u) => !isBlind11LaenderId(u.id) && keep(u));
  const federal = [...listLawPaths(corpusRoot())]
    .filter((p) => !isBlind11FederalLaw(basename(resolve(p, '..'))))
    .flatMap((p): Unit[] => lawUnits(readLaw(p)))
    .filter(keep);
  return { laender, federal };
}

function toLine(u: Unit, note: string): string {
  const { id, law, slug, land, ref, text } = u;
  return JSON.stringify({ id, law, slug, ...(land ? { land } : {}), ref, text, labels: [], note });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [seed, nFederal, out] = process.argv.slice(2);
  if (!seed || !nFederal || !out) throw new Error('usage: npx tsx bench/lib/sweep-dev13.ts SEED PER-CODE-FEDERAL OUT-PREFIX');
  const rand = seededRandom(Number(seed));
  const units = sweep13Units();
  const land = units.laender.filter((u) => SWEEP13_LAND_WORDING.test(u.text));
  writeFileSync(`${out}-land.jsonl`, land.map((u) => toLine(u, 'sweep13 land')).join('\n') + '\n');
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const [code, wording] of Object.entries(SWEEP13_WORDING) as [CoreCode, RegExp][]) {
    const federal = units.federal.filter((u) => wording.test(u.text));
    console.log(JSON.stringify({ code, federal: federal.length }));
    for (const u of sampleUnits(federal, Number(nFederal), rand).filter((x) => !seen.has(x.id) && seen.add(x.id)))
      lines.push(toLine(u, `sweep13 ${code}`));
  }
  console.log(JSON.stringify({ land: land.length, federal: lines.length }));
  writeFileSync(`${out}-federal.jsonl`, lines.join('\n') + '\n');
}
