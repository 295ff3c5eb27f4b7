import type { AmendmentEdit } from '../amendment';
import type { MatchContext } from '../context';
import { modalSeverity } from '../lexicon';
import { defineRule } from '../types';

/** Duties to hand over documents; an "Original" is only a hurdle when it has to be submitted. */
const SUBMIT =
  /vorzulegen|vorgelegt|vorlegen|beizufügen|beigefügt|beifügen|einzureichen|eingereicht|einreichen|beizubringen|beigebracht|zu übersenden|übersandt|zu übermitteln|auszuhändigen|vorzuweisen|Vorlage\b(?!\s+bei\s+einer\s+Behörde)|zu hinterlegen|hinterlegt|Übersendung/;
/** Form requirements of certification: "bedarf der notariellen Beurkundung", "in öffentlich beglaubigter Form". */
const FORM_DEMAND = /\bbedarf\b|\bbedürfen\b|\bmuss\b|\bmüssen\b|\bist\b[^.;]{0,80}\bzu\s+(?:beglaubigen|beurkunden)|\bsind\b[^.;]{0,80}\bzu\s+(?:beglaubigen|beurkunden)|beglaubigte[nr]?\s+Form|erfordert|erforderlich/;
/** A plain copy is enough, or the certification is electronic itself. */
const COPY_OK =
  /(?:Kopie|Abschrift|Ablichtung|Abbild)\w*\s+(?:\S+\s+){0,4}genügt|genügt\s+(?:\S+\s+){0,5}(?:Kopie|Abschrift|Ablichtung)|elektronische[ns]?\s+(?:Dokument|Kopie|Abschrift|Abbild|Zeugnis)|elektronisch\s+(?:beglaubigt|übermittelt\w*\s+(?:Kopie|Abschrift))|§\s*39a|§\s*40a|§§\s*16a|in\s+elektronischer\s+Form|elektronisch\s+(?:\S+\s+){0,2}(?:vorgelegt|übermittelt|mitgeführt|eingereicht)|Videokommunikation|Scan/;
const AUTHORITY_POWER = /\b(?:befugt|zuständig|ermächtigt|Zuständigkeit|Beglaubigungsvermerk|beglaubigt\s+werden\s+können|darf\s+(?:\S+\s+){0,4}beglaubigen)\b/;

function edit(ctx: MatchContext): AmendmentEdit {
  if (/beurkund|Beurkund/.test(ctx.text)) {
    return { kind: 'appendSentence', sentence: 'Die Beurkundung kann auch mittels Videokommunikation nach den §§ 16a bis 16e des Beurkundungsgesetzes erfolgen.' };
  }
  if (/öffentlich\s+$/.test(ctx.lead(14))) {
    return { kind: 'appendSentence', sentence: 'Die öffentliche Beglaubigung kann auch im Wege der Videokommunikation nach § 40a des Beurkundungsgesetzes vorgenommen werden.' };
  }
  return {
    kind: 'appendSentence',
    sentence:
      'Die Unterlagen können auch elektronisch als Kopie übermittelt werden; nur bei begründeten Zweifeln an der Echtheit kann die zuständige Behörde die Vorlage des Originals oder einer beglaubigten Abschrift verlangen.',
  };
}

/** Notarial acts and public certification have their own online procedures in the BeurkG, whoever asks for them. */
function notarialBasis(ctx: MatchContext): string[] | undefined {
  if (/beurkund|Beurkund/.test(ctx.text)) return ['§§ 16a bis 16e BeurkG', '§ 128 BGB'];
  if (/öffentlich\s+$/.test(ctx.lead(14))) return ['§ 40a BeurkG', '§ 129 BGB'];
  return undefined;
}

export const originalBeglaubigung = defineRule({
  id: 'original-beglaubigung',
  title: 'Original, Urschrift oder beglaubigte Kopie',
  category: 'original_beglaubigung',
  principle: 1,
  severity: 'hoch',
  source: 'Digitalcheck 2025, Prinzip 1.1; § 5 Abs. 1 EGovG (elektronische Nachweise)',
  explanation:
    'Die Vorschrift verlangt Originale, Urschriften, beglaubigte Abschriften oder eine amtliche bzw. notarielle Beglaubigung oder Beurkundung. Papieroriginale lassen sich nicht digital übermitteln; nach § 5 Abs. 1 EGovG genügen grundsätzlich elektronische Kopien, bei Zweifeln kann das Original nachgefordert werden. Für notarielle Akte gibt es die Online-Verfahren des Beurkundungsgesetzes.',
  trigger: /\b(?:Original\w*|Urschrift(?:en)?|beglaubig\w*|Beglaubigung(?:en)?|beurkund\w*|Beurkundung|Apostille|Legalisation|legalisiert\w*|Ausfertigung(?:en)?)\b/g,
  evaluate(ctx) {
    const { text, profile } = ctx;
    if (/^Original/.test(text) && !/^Original(?:e|en|s|urkunde\w*|dokument\w*|beleg\w*|unterlage\w*|rechnung\w*|vollmacht\w*|ausfertigung\w*)?$/.test(text)) return null;
    // the official copy of a decision or deed ("die Ausfertigung des Urteils"), not "in dreifacher Ausfertigung"
    if (/^Ausfertigung/.test(text) && !/^\s+(?:des|der)\s+(?:\S+\s+){0,2}[\wäöüß]*(?:Urteil|Beschluss|Beschlusses|Entscheidung|[Tt]itel|[Uu]rkunde|Schiedsspruch|Vergleich|Vollstreckungs|[Ee]rklärung)/.test(ctx.trail(50))) return null;
    if (/^beurkund|^Beurkund/.test(text) && !/notariell|Notar/.test(ctx.lead(60) + ctx.trail(60))) return null;
    // "eine bei der Bundesrepublik Deutschland beglaubigte diplomatische Vertretung": accredited, not certified
    if (/^beglaubigt/.test(text) && /^\s+(?:\S+\s+)?(?:diplomatisch|konsularisch|Vertretung|Mission|Botschaft)/.test(ctx.trail(40))) return null;
    const { sentence } = ctx;
    if (profile.domain === 'straf' || profile.domain === 'notar') return null;
    // originals of treaties deposited in archives are no duty of anybody in a procedure
    if (/Ratifikation/.test(sentence)) return null;
    if (ctx.inDefinitions) return null;
    const beurkundung = /eurkund/.test(text);
    if (beurkundung && !/notariell|Notar/.test(sentence)) return null;
    if (/^(?:im |in )?Original|^Urschrift|^Apostille|^Legalis|^legalis/.test(text) && !SUBMIT.test(sentence)) return null;
    if (/^Ausfertigung/.test(text) && !SUBMIT.test(sentence) && !/zuzustellen|zugestellt|erteil/.test(sentence)) return null;
    if (beurkundung && !FORM_DEMAND.test(sentence)) return null;
    if (AUTHORITY_POWER.test(sentence) || /Gebühr|Auslagen|Kostenverzeichnis/.test(sentence)) return null;
    // a § that regulates how authorities certify, or an equivalence rule ("stehen beglaubigten Abschriften gleich")
    if (/^(?:Amtliche\s+)?Beglaubigung/.test(ctx.provision.title) || /\bgleich(?:gestellt|stehen)\b|\bstehen\s+(?:\S+\s+){0,6}gleich\b/.test(sentence)) return null;
    if (/Geschäftsstelle|Gerichtsakten|bei den Akten|Urteil/.test(sentence) && /Urschrift/.test(text)) return null;
    if (COPY_OK.test(sentence) || COPY_OK.test(ctx.paragraphText)) return null;
    if (ctx.negated()) return null;
    const legalBasis = notarialBasis(ctx);
    return { start: ctx.start, end: ctx.end, severity: modalSeverity(sentence), edit: edit(ctx), ...(legalBasis ? { legalBasis } : {}) };
  },
  examples: {
    flagged: [
      'Dem Antrag sind die Zeugnisse im Original oder in amtlich beglaubigter Abschrift beizufügen.',
      'Die Vollmacht ist in öffentlich beglaubigter Form vorzulegen.',
      'Der Vertrag bedarf der notariellen Beurkundung.',
      'Die Urschrift der Bescheinigung ist der Behörde vorzulegen.',
      'Der Bundeswahlleiter ist vom Verzichtenden durch Übersendung einer Ausfertigung der Verzichtserklärung zu unterrichten.',
    ],
    accepted: [
      'Jede Behörde ist befugt, Abschriften von Urkunden, die sie selbst ausgestellt hat, zu beglaubigen.',
      'Dem Antrag ist eine Kopie des Zeugnisses beizufügen; eine Beglaubigung ist nicht erforderlich.',
      'Die Geburt eines Kindes wird im Geburtenregister beurkundet.',
      'Die Urschrift des Urteils verbleibt bei den Gerichtsakten.',
      'Eine Vollmacht kann formlos erteilt werden; einer Beglaubigung bedarf es nicht.',
      'Die Unterlagen können im Original oder als elektronische Kopie vorgelegt werden.',
      'Die Ratifikationsurkunden und Urschriften dieses Vertrages werden im Staatsarchiv hinterlegt.',
      'Steuerfrei ist das Halten von Fahrzeugen, die für eine bei der Bundesrepublik Deutschland beglaubigte diplomatische Vertretung zugelassen sind, wenn die Zulassung nachgewiesen ist.',
    ],
  },
});
