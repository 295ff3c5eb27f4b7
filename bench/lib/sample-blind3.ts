import { writeFileSync } from 'node:fs';
import {
  drawPerCode,
  eligibleLandesrecht,
  FORM_WORDS,
  isLabellable,
  shuffle,
  STRONG_TRIGGERS,
  usedFederalSlugsBefore,
  usedLaenderIdsBefore,
  WHOLE_POOL,
  type CoreCode,
} from './blind-draw';
import { corpusRoot, lawUnits, listLawPaths, readLaw, withStandaloneMarksAsText, type CorpusLaw, type CorpusUnit } from './corpus';
import { seededRandom } from './random';
import { type RulesDevItem } from './rules-dev';
import { BLIND2_LAWS } from './sample-laender-blind2';

/**
 * Reproducible draws of blind set 3 for the rule engine (test/fixtures/README-blind3.md); they only select candidates
 * for labelling by hand and never run the engine.
 * Federal (`rules-federal-blind3.jsonl`): laws of the federal corpus that no earlier rule set uses, one Absatz per law;
 * stratum "form": 100 laws in seeded random order, from each one random Absatz with a broad form word; stratum
 * "enriched": per rarer core code seven more laws, from each one random Absatz with that code's federal strong trigger
 * (FEDERAL_TRIGGERS).
 * Landesrecht (`rules-laender-blind3.jsonl`): per core code Absätze with its strong trigger (LAENDER_QUOTA) from the six
 * statutes no Landesrecht set uses and from the not yet drawn Absätze of the 26 blind-2 statutes.
 *   npx tsx bench/lib/sample-blind3.ts federal|laender [OUT.jsonl]
 */

const FEDERAL_SEED = 20261208;
const LAENDER_SEED = 20261209;
const FORM_LAWS = 100;
/** The codes whose recall the form stratum cannot measure (few positives at natural frequency). */
export const RARE_CODES: readonly CoreCode[] = [
  'unterschrift',
  'persoenliches_erscheinen',
  'original_beglaubigung',
  'papier_vordruck',
  'postalisch',
  'aushang_bekanntmachung',
  'technologie_spezifisch',
];
export const FEDERAL_PER_RARE_CODE = 7;

/**
 * Strong triggers for the federal enriched stratum. The Landesrecht lists (STRONG_TRIGGERS) find mostly other senses in
 * federal law — treaties "am … unterzeichnet", "unterschreiten", "persönliche Verhältnisse", Deutsche Post,
 * "zuzustellen", Pfandbrief, Musterverfahren, Telefaxnummer fields: with them the stratum held 12 positives in 49
 * Absätze and none for persoenliches_erscheinen (README-blind3.md). These lists name the thing itself ("Vorführung
 * der/des" of a person, not goods "vorgeführt"; Einschreiben, not Einschreibung; no "fernmündlich", which the rubric
 * treats as oral); they still catch mentions, negations and electronic alternatives, and labels are set from the text,
 * never from the trigger.
 * aushang_bekanntmachung keeps the Landesrecht list, which worked for federal law too.
 */
export const FEDERAL_TRIGGERS: Record<CoreCode, RegExp> = {
  ...STRONG_TRIGGERS,
  unterschrift: /unterschr(?!eit|itt)|zu unterzeichnen|unterzeichnet sein|Unterzeichnung durch|eigenhändig/i,
  persoenliches_erscheinen:
    /persönlich(?:e[ns]?)? (?:zu )?(?:erschein|anzumelden|zu melden|vorzusprechen|abzugeben|vorzulegen|bei |beim |vor )|persönliche[ns]? (?:Erscheinen|Vorsprache|Anwesenheit|Anhörung)|[Dd]as Erscheinen|zu erscheinen|vorzuladen|vorgeladen|Vorladung|vorführen zu lassen|Vorführung de[rs] |zur Niederschrift/,
  original_beglaubigung: /beglaubig|Urschrift|Ausfertigung|im Original|des Originals|Originaldokument|Originalurkunde|Original oder|beurkund/i,
  papier_vordruck:
    /Vordruck|Formular|Formbl[aä]tt|nach (?:dem )?Muster|amtlich vorgeschriebene[nmr]? (?!Datensatz)|Durchschrift|Mehrfertigung|Siegel|Stempel|Papierform|auf Papier|Stimmzettel|mitzuführen|mit sich zu führen/i,
  postalisch:
    /Einschreiben|Einschreibebrief|eingeschrieben(?:e[mnr]?)? Brief|Rückschein|Zustellungsurkunde|durch die Post|mit der Post|per Post|Postweg|zur Post|Briefwahl|postalisch|\bBrief(?:e|en|es)?\b(?!-)/i,
  technologie_spezifisch:
    /Telefax(?!nummer|-Nummer|anschluss)|\bFax\b(?! \d)|Fernschreib|fernschriftlich|Fernkopie|fernkopiert|Telekopie|telekopiert|Telegramm|telegra(?:f|ph)isch|Diskette|\bCD\b|CD-ROM|De-Mail(?!-Adresse|-Gesetz)|Mikrofilm|Mikrofiche/i,
};

/** Statutes of no Landesrecht set so far (README-blind2.md), drawn from beside the rest of the 26 blind-2 statutes. */
export const UNUSED_LAENDER_LAWS = [
  'bw/LGastG', 'bw/GaVO', 'bw/BauGBDV', 'bw/LBO_Anhang_verfahrensfreie_Vorhaben', 'bw/JArbEhrStärkGBW', 'nds/NVOZustG',
] as const;
export const BLIND3_LAENDER_LAWS = [...UNUSED_LAENDER_LAWS, ...BLIND2_LAWS] as const;
/**
 * Absätze per code. Blind set 2 took the whole trigger pools of seven codes from the 26 statutes, and the six unused
 * statutes add only two candidates each for papier_vordruck and aushang_bekanntmachung and none for the other five
 * (README-blind3.md), so those pools are taken whole and the two large pools fill the set to about 60.
 */
export const LAENDER_QUOTA: Record<CoreCode, number> = {
  schriftform: 28,
  unterschrift: WHOLE_POOL,
  persoenliches_erscheinen: WHOLE_POOL,
  original_beglaubigung: WHOLE_POOL,
  nachweis_vorlage: 28,
  papier_vordruck: WHOLE_POOL,
  postalisch: WHOLE_POOL,
  aushang_bekanntmachung: WHOLE_POOL,
  technologie_spezifisch: WHOLE_POOL,
};
/** Per statute and code, so that the large police and building codes do not supply a code alone. */
const LAENDER_MAX_PER_LAW_CODE = 4;

export type Stratum = NonNullable<RulesDevItem['stratum']>;
export interface Blind3Candidate extends CorpusUnit {
  stratum: Stratum;
  /** Enriched stratum: the code whose trigger list selected the Absatz (labels are set independently). */
  drawnFor?: CoreCode;
  land?: string;
}

/** What a federal blind draw takes: seed, stratum sizes and which laws are admitted. */
export interface FederalDrawPlan {
  seed: number;
  formLaws: number;
  perRareCode: number;
  /** Slugs of laws an earlier set already uses. */
  excluded: ReadonlySet<string>;
  /** Further restriction of the law pool (blind set 4: its half of the corpus). */
  admit?: (slug: string) => boolean;
  /** Words that qualify an Absatz for the "form" stratum; default FORM_WORDS (dev set 5s: written-form words only). */
  formWords?: RegExp;
  /** Enriched stratum: codes and their trigger lists, RARE_CODES with FEDERAL_TRIGGERS unless given. */
  enriched?: Partial<Record<CoreCode, RegExp>>;
  /**
   * Pre-test a law on its text with whitespace collapsed, as the Absätze are, so that a trigger with a space matches
   * across a line break too (README-blind6.md, "Open points"). Off for the draws before blind set 7, which stay as drawn.
   */
  collapsePretest?: boolean;
  /**
   * Cut Absätze at an "(n)" alone on its line, as the parser does since the EStG fix (federal dev set 11's round). Off
   * for the draws before it, which stay as drawn (`withStandaloneMarksAsText`).
   */
  standaloneMarks?: boolean;
  /**
   * Blind set 14: after the other strata, `size` Absätze at random among those matching `trigger` (hindrance shapes)
   * not drawn yet, at most `maxPerLaw` per law counting every stratum (no cap when the pool fits `size`).
   */
  pattern?: { trigger: RegExp; size: number; maxPerLaw: number };
}

/**
 * One law of the corpus cut as a draw cuts it, with what the draws learn about it kept for the process: the rules-dev
 * test repeats some twenty draws over the same 6,636 laws, and reading, testing and cutting them anew each time cost
 * most of its run.
 */
interface DrawLaw {
  slug: string;
  /** Whether the trigger matches the law's text (whitespace collapsed with `collapse`). */
  pretest(trigger: RegExp, collapse: boolean): boolean;
  /** The labellable Absätze in document order. */
  units(): CorpusUnit[];
}

function drawLaw(source: CorpusLaw, standaloneMarks: boolean): DrawLaw {
  let law: CorpusLaw | undefined;
  // each new trigger of a draw tests the law's text again: the cut and collapsed texts are made once (worker RSS ~630 MB)
  const cut = () => (law ??= standaloneMarks ? source : withStandaloneMarksAsText(source));
  const texts = new Map<boolean, string>();
  const textOf = (collapse: boolean) => {
    if (!texts.has(collapse)) texts.set(collapse, collapse ? cut().text.replace(/\s+/g, ' ') : cut().text);
    return texts.get(collapse)!;
  };
  const tests = new Map<string, boolean>();
  let units: CorpusUnit[] | undefined;
  return {
    slug: source.slug,
    pretest(trigger, collapse) {
      const key = `${collapse} ${trigger.flags} ${trigger.source}`;
      let hit = tests.get(key);
      if (hit === undefined) {
        hit = trigger.test(textOf(collapse));
        // a global or sticky regex answers from its lastIndex: its answer holds for this call only
        if (!trigger.global && !trigger.sticky) tests.set(key, hit);
      }
      return hit;
    },
    units: () => (units ??= lawUnits(cut()).filter(isLabellable)),
  };
}

const corpora = new Map<string, CorpusLaw[]>();
const cuts = new Map<string, DrawLaw[]>();

/** Every law under `root` in path order, cut with or without standalone marks; read and cut once per process. */
function lawsOf(root: string, standaloneMarks: boolean): DrawLaw[] {
  const key = `${standaloneMarks}\0${root}`;
  if (!cuts.has(key)) {
    if (!corpora.has(root)) corpora.set(root, [...listLawPaths(root)].map(readLaw));
    cuts.set(key, corpora.get(root)!.map((law) => drawLaw(law, standaloneMarks)));
  }
  return cuts.get(key)!;
}

/** The laws a federal draw may take from: not excluded, admitted by the plan, cut as the plan's draw was. */
function admittedLaws(root: string, plan: FederalDrawPlan): DrawLaw[] {
  return lawsOf(root, plan.standaloneMarks ?? false).filter((l) => !plan.excluded.has(l.slug) && (plan.admit?.(l.slug) ?? true));
}

/** Pool sizes of a federal draw (for its README): laws, eligible Absätze, laws with a form word, laws per enriched code. */
export function federalPoolSizes(root: string, plan: FederalDrawPlan): { laws: number; absaetze: number; formLaws: number; perCode: Record<string, number> } {
  const enriched = plan.enriched ?? Object.fromEntries(RARE_CODES.map((c) => [c, FEDERAL_TRIGGERS[c]]));
  const units = admittedLaws(root, plan).map((law) => law.units());
  const lawsWith = (trigger: RegExp) => units.filter((us) => us.some((u) => trigger.test(u.text))).length;
  return {
    laws: units.length,
    absaetze: units.reduce((n, us) => n + us.length, 0),
    formLaws: lawsWith(plan.formWords ?? FORM_WORDS),
    perCode: Object.fromEntries(Object.entries(enriched).map(([code, trigger]) => [code, lawsWith(trigger)])),
  };
}

/**
 * Federal stratum "form" then "enriched" (RARE_CODES order), at most one Absatz per law, none from an excluded law.
 * Shared by blind sets 3 and 4 so that both draws follow the same procedure.
 */
export function drawFederalStrata(root: string, plan: FederalDrawPlan): Blind3Candidate[] {
  const rand = seededRandom(plan.seed);
  const laws = shuffle(admittedLaws(root, plan), rand);
  const takenLaws = new Set<string>();
  const picked: Blind3Candidate[] = [];
  const walk = (trigger: RegExp, n: number, stratum: Stratum, drawnFor?: CoreCode) => {
    let got = 0;
    for (const law of laws) {
      if (got >= n) break;
      // the raw-text test only saves parsing laws that cannot match
      if (takenLaws.has(law.slug) || !law.pretest(trigger, plan.collapsePretest ?? false)) continue;
      const matching = law.units().filter((u) => trigger.test(u.text));
      if (matching.length === 0) continue;
      const u = matching[Math.floor(rand() * matching.length)]!;
      takenLaws.add(law.slug);
      picked.push({ ...u, stratum, ...(drawnFor ? { drawnFor } : {}) });
      got++;
    }
  };
  walk(plan.formWords ?? FORM_WORDS, plan.formLaws, 'form');
  const enriched = plan.enriched ?? Object.fromEntries(RARE_CODES.map((c) => [c, FEDERAL_TRIGGERS[c]]));
  for (const [code, trigger] of Object.entries(enriched) as [CoreCode, RegExp][]) walk(trigger, plan.perRareCode, 'enriched', code);
  if (plan.pattern) picked.push(...drawPatternStratum(laws, picked, plan.pattern, rand));
  return picked;
}

/** The pattern stratum of a federal draw (`FederalDrawPlan.pattern`), after the strata already in `picked`. */
function drawPatternStratum(
  laws: DrawLaw[],
  picked: readonly Blind3Candidate[],
  { trigger, size, maxPerLaw }: NonNullable<FederalDrawPlan['pattern']>,
  rand: () => number,
): Blind3Candidate[] {
  const taken = new Set(picked.map((u) => u.id));
  const perLaw = new Map<string, number>();
  for (const u of picked) perLaw.set(u.slug, (perLaw.get(u.slug) ?? 0) + 1);
  const candidates = laws.filter((l) => l.pretest(trigger, true)).flatMap((l) => l.units().filter((u) => !taken.has(u.id) && trigger.test(u.text)));
  // a pool within its quota is taken whole, so the per-law cap must not thin it (as `drawPerCode`)
  const whole = candidates.length <= size;
  const out: Blind3Candidate[] = [];
  for (const u of shuffle(candidates, rand)) {
    if (out.length >= size) break;
    if (!whole && (perLaw.get(u.slug) ?? 0) >= maxPerLaw) continue;
    perLaw.set(u.slug, (perLaw.get(u.slug) ?? 0) + 1);
    out.push({ ...u, stratum: 'pattern' });
  }
  return out;
}

/** The laws and Absätze of a federal plan's pool that match `trigger` (pool sizes for a README). */
export function federalMatchSizes(root: string, plan: FederalDrawPlan, trigger: RegExp): { laws: number; absaetze: number } {
  const hits = admittedLaws(root, plan).map((l) => l.units().filter((u) => trigger.test(u.text)).length);
  return { laws: hits.filter((n) => n > 0).length, absaetze: hits.reduce((a, b) => a + b, 0) };
}

/** Federal blind set 3: 100 form-word Absätze and seven per rarer code from laws of no earlier rule set. */
export function drawFederalBlind3(root = corpusRoot()): Blind3Candidate[] {
  return drawFederalStrata(root, { seed: FEDERAL_SEED, formLaws: FORM_LAWS, perRareCode: FEDERAL_PER_RARE_CODE, excluded: usedFederalSlugsBefore('blind3') });
}

/** Landesrecht blind set 3: per code LAENDER_QUOTA Absätze, never one of an earlier Landesrecht set. */
export function drawLaenderBlind3(): Blind3Candidate[] {
  return drawPerCode(eligibleLandesrecht(BLIND3_LAENDER_LAWS, usedLaenderIdsBefore('blind3')), LAENDER_QUOTA, LAENDER_MAX_PER_LAW_CODE, seededRandom(LAENDER_SEED)).map(
    (u) => ({ ...u, stratum: 'enriched' as const }),
  );
}

/** The command line of a blind-set sampler: `federal|laender [OUT.jsonl]` writes the drawn candidates for labelling. */
export function writeDrawnCandidates(set: string, draw: Record<'federal' | 'laender', () => Blind3Candidate[]>): void {
  const which = process.argv[2];
  if (which !== 'federal' && which !== 'laender') throw new Error(`usage: npx tsx bench/lib/sample-${set}.ts federal|laender [OUT.jsonl]`);
  const out = process.argv[3] ?? `/tmp/${set}-${which}-candidates.jsonl`;
  const picked = draw[which]();
  writeFileSync(
    out,
    picked
      .map(({ id, law, land, slug, ref, stratum, drawnFor, text }) => JSON.stringify({ id, law, land, slug, ref, stratum, drawnFor, text }))
      .join('\n') + '\n',
  );
  console.log(`${picked.length} candidates → ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) writeDrawnCandidates('blind3', { federal: drawFederalBlind3, laender: drawLaenderBlind3 });
