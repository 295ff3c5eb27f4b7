import { isBlind5FederalLaw } from './blind5-split';
import { usedFederalSlugsBefore, type CoreCode } from './blind-draw';
import { corpusRoot } from './corpus';
import { drawFederalStrata, writeDrawnCandidates, type Blind3Candidate } from './sample-blind3';

/**
 * Reproducible draw of federal dev set 5a (test/fixtures/rules-federal-dev5a.jsonl, README-rules-dev.md): a fresh
 * development set for the document codes (papier_vordruck, original_beglaubigung, nachweis_vorlage). It only selects
 * candidates for labelling by hand and never runs the engine.
 * Laws: none of an earlier rule set (blind set 4 included) and none reserved for blind set 5. Stratum "form": 30 laws,
 * one random Absatz with a broad form word (precision); stratum "enriched": 30 laws per code, one random Absatz with
 * that code's BROAD vocabulary below (recall on wording the strong triggers do not know).
 *   npx tsx bench/lib/sample-dev5a.ts federal [OUT.jsonl]
 */

const SEED = 20261206;
export const DEV5A_FORM_LAWS = 30;
export const DEV5A_PER_CODE = 30;

/**
 * Broader than FEDERAL_TRIGGERS on purpose: annex references without "Muster", files and storage, cash payment,
 * copies and excerpts of any kind, every evidence noun and submission verb. Most matches are negatives.
 */
export const DEV5A_VOCABULARY: Partial<Record<CoreCode, RegExp>> = {
  papier_vordruck:
    /Vordruck|Formular|Formbl[aä]tt|Muster|nach (?:der )?Anlage|in Anlage|Papier|\bAkte|aufzubewahren|Durchschrift|Ausdruck|Stempel|Siegel|\bbar\b|Kasse|Gebührenmarke|mitzuführen|Schriftstück/i,
  original_beglaubigung: /Original|Urschrift|Ausfertigung|beglaubig|Abschrift|Kopie|Zweitschrift|beurkund/i,
  // evidence noun and submission verb in one sentence: "nachweisen" alone is mostly exam wording
  nachweis_vorlage:
    /(?:Nachweis(?!ung)|Bescheinigung|Zeugnis|Attest|Auszug|Urkunde|Ausweis|Pass\b|Erlaubnis|Genehmigung|Bescheid|Bestätigung)[^.;]{0,160}(?:vorzulegen|beizufügen|beizubringen|vorgelegt|beigefügt|vorzuweisen|auszuhändigen|nachzuweisen)|(?:vorzulegen|beizufügen|vorlegen|vorzuweisen)[^.;]{0,40}(?:Nachweis|Bescheinigung|Zeugnis|Attest|Auszug|Urkunde|Ausweis)/i,
};

export function drawFederalDev5a(root = corpusRoot()): Blind3Candidate[] {
  return drawFederalStrata(root, {
    seed: SEED,
    formLaws: DEV5A_FORM_LAWS,
    perRareCode: DEV5A_PER_CODE,
    excluded: usedFederalSlugsBefore('blind5'),
    admit: (slug) => !isBlind5FederalLaw(slug),
    enriched: DEV5A_VOCABULARY,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) writeDrawnCandidates('dev5a', { federal: drawFederalDev5a, laender: () => [] });
