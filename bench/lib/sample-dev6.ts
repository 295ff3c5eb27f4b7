import { isBlind6FederalLaw } from './blind6-split';
import { usedFederalSlugsBefore, type CoreCode } from './blind-draw';
import { corpusRoot } from './corpus';
import { drawFederalStrata, writeDrawnCandidates, type Blind3Candidate } from './sample-blind3';

/**
 * Reproducible draw of federal dev set 6 (`rules-federal-dev6.jsonl`, README-rules-dev.md): fresh development text
 * after blind set 5 showed misses on papier_vordruck and false flags on unterschrift. It only selects candidates for
 * labelling by hand and never runs the engine.
 * Laws: none of an earlier rule set (blind set 5 and dev sets 5a, 5b, 5s included) and none reserved for blind set 6.
 * Stratum "form": 60 laws, one random Absatz with a broad form word (natural frequency); stratum "enriched": eight laws
 * per code of DEV6_VOCABULARY, one Absatz each.
 *   npx tsx bench/lib/sample-dev6.ts federal [OUT.jsonl]
 */

const SEED = 20261207;
export const DEV6_FORM_LAWS = 60;
export const DEV6_PER_CODE = 8;

/**
 * The document and signature codes that blind set 5 missed or over-flagged, in BROAD wording (annex forms, copies,
 * signing verbs, posting verbs, submission verbs), so that wording the strong triggers do not know is drawn too.
 */
export const DEV6_VOCABULARY: Partial<Record<CoreCode, RegExp>> = {
  papier_vordruck:
    /Vordruck|Formbl[aä]tt|Formular|amtlichem Muster|nach (?:dem )?Muster|Muster (?:der|nach) Anlage|Durchschrift|Mehrfertigung|Papierform|auf Papier|Ausdruck|Siegel|Stempel|mitzuführen|mit sich zu führen/i,
  unterschrift: /unterzeichn|unterschr(?!eit|itt)|zu unterschreiben|eigenhändig|Namenszeichen|abzuzeichnen/i,
  original_beglaubigung: /Ausfertigung|Urschrift|beglaubig|im Original|Originale?\b|Abschrift|Zweitschrift/i,
  aushang_bekanntmachung: /auszuhängen|aush[äa]ng|Aushang|ortsüblich|auszulegen|zur Einsicht|\bAnschlag|Schwarze[nms]? Brett/i,
  nachweis_vorlage:
    /(?:Nachweis(?!ung)|Bescheinigung|Zeugnis|Attest|Auszug|Urkunde|Ausweis|Pass\b|Erlaubnis|Genehmigung|Bescheid|Bestätigung)[^.;]{0,160}(?:vorzulegen|beizufügen|beizubringen|vorgelegt|beigefügt|vorzuweisen|nachzuweisen)|(?:vorzulegen|beizufügen|vorlegen|vorzuweisen)[^.;]{0,40}(?:Nachweis|Bescheinigung|Zeugnis|Attest|Auszug|Urkunde|Ausweis)/i,
};

export function drawFederalDev6(root = corpusRoot()): Blind3Candidate[] {
  return drawFederalStrata(root, {
    seed: SEED,
    formLaws: DEV6_FORM_LAWS,
    perRareCode: DEV6_PER_CODE,
    excluded: usedFederalSlugsBefore('blind6'),
    admit: (slug) => !isBlind6FederalLaw(slug),
    enriched: DEV6_VOCABULARY,
  });
}

if (import.meta.url === `file://${process.argv[1]}`)
  writeDrawnCandidates('dev6', {
    federal: drawFederalDev6,
    laender: () => {
      throw new Error('dev set 6 is federal only');
    },
  });
