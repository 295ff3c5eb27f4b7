import { isBlind7FederalLaw } from './blind7-split';
import { type CoreCode, PRECISION_SAMPLE6_PATH, usedFederalSlugsBefore } from './blind-draw';
import { corpusRoot } from './corpus';
import { drawFederalStrata, writeDrawnCandidates, type Blind3Candidate } from './sample-blind3';

/**
 * Reproducible draw of federal dev set 7 (`rules-federal-dev7.jsonl`, README-rules-dev.md): fresh development text for
 * the codes whose recall was weakest on the hidden federal set of issue 8 (aushang, papier_vordruck,
 * original_beglaubigung) plus unterschrift and nachweis_vorlage. It only selects candidates for labelling by hand and
 * never runs the engine.
 * Laws: none of an earlier rule set (blind set 6, dev set 6 and the precision set included) and none reserved for
 * blind set 7. Stratum "form": 20 laws, one random Absatz with a broad form word (natural frequency); stratum
 * "enriched": twelve laws per code of DEV7_VOCABULARY, one Absatz each.
 *   npx tsx bench/lib/sample-dev7.ts federal [OUT.jsonl]
 */

const SEED = 20261217;
export const DEV7_FORM_LAWS = 20;
export const DEV7_PER_CODE = 12;

/**
 * Broad wording per code, deliberately wider than the engine's triggers (laying out, notices, boards; templates and
 * forms; copies and deeds; signing verbs; submission verbs), because the hidden set's misses are likely wording the
 * triggers do not know. The senses that would fill a code's quota alone are left out (treaties "unterzeichnet … wird
 * zugestimmt", "Auslegung" of a law, "der Ausdruck" of a definition, exam candidates who "nachweisen" a skill or show it "durch Vorlage von Zeugnissen oder auf andere
 * Weise"); the
 * rest still holds mentions and other senses, and labels are set from the text, never from the word that drew it.
 */
export const DEV7_VOCABULARY: Partial<Record<CoreCode, RegExp>> = {
  aushang_bekanntmachung:
    /auszulegen|ausgelegt|öffentliche[nr]? Auslegung|Auslegungsfrist|öffentlich bekannt|\bAnschlag|angeschlagen|anzuschlagen|\bTafel\b|aush[äa]ng|Aushang|ortsüblich|zur Einsicht|Schwarze[nms]? Brett|Tageszeitung|Amtsblatt(?! der Europäischen| der EG)/i,
  papier_vordruck:
    /Vordruck|\bMuster[sn]?\b|Formular|Formbl[aä]tt|Papierform|auf Papier|(?<!bezeichnet (?:der|die) )\bAusdrucke?\b|Durchschrift|Mehrfertigung|\bExemplare?\b|Siegel|Stempel|Stimmzettel|mitzuführen|mit sich zu führen|Ausfertigungen/i,
  original_beglaubigung: /Abschrift|Ausfertigung|beglaubig|Urschrift|\bOriginal(?:e|s|en)?\b|Originaldokument|Originalurkunde|beurkund|Zweitschrift|\bKopie/i,
  unterschrift:
    /(?:unterzeichn|Unterschrift|unterschreib|unterschrieb|eigenhändig|Namenszeichen|abzuzeichnen|gegenzuzeichnen)(?![^;]*(?:zugestimmt|nachstehend veröffentlicht))/i,
  nachweis_vorlage:
    /(?:Nachweis|Bescheinigung|Zeugnis|Urkunde|Auszug|Bestätigung|Ausweis|Pass\b|Attest|Bescheid)[^.;]{0,160}(?:vorzulegen|beizufügen|beizubringen|vorzuweisen|vorgelegt|beigefügt|einzureichen|zu übersenden|zu erbringen)|(?:vorzulegen|beizufügen|beizubringen|vorzuweisen|einzureichen|vorlegen)[^.;]{0,80}(?:Nachweis|Bescheinigung|Zeugnis|Urkunde|Auszug|Bestätigung|Ausweis|Attest)|nachzuweisen durch|durch (?:Vorlage|Bescheinigung|Urkunde)(?![^,;]*oder auf andere Weise)/i,
};

/** Slugs of every federal law of an earlier rule set, blind set 6, dev set 6 and precision dev 6 included. */
export const usedFederalSlugsBefore7 = (): Set<string> => usedFederalSlugsBefore('blind7', [PRECISION_SAMPLE6_PATH]);

export function drawFederalDev7(root = corpusRoot()): Blind3Candidate[] {
  return drawFederalStrata(root, {
    seed: SEED,
    formLaws: DEV7_FORM_LAWS,
    perRareCode: DEV7_PER_CODE,
    excluded: usedFederalSlugsBefore7(),
    admit: (slug) => !isBlind7FederalLaw(slug),
    enriched: DEV7_VOCABULARY,
  });
}

if (import.meta.url === `file://${process.argv[1]}`)
  writeDrawnCandidates('dev7', {
    federal: drawFederalDev7,
    laender: () => {
      throw new Error('dev set 7 is federal only');
    },
  });
