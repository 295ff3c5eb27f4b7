import type { MatchContext } from '../context';
import { defineRule } from '../types';

/** eID, user account or other remote identification already offered. */
const REMOTE_ID =
  /elektronisch|eID|Identitätsnachweis|§\s*18\s+(?:des\s+)?(?:PAuswG|Personalausweisgesetz)|Nutzerkonto|Online-Ausweis|Video|eIDAS|Vertrauensniveau|Bürgerkonto|Organisationskonto/;

/** Texts of this rule, keyed by id; a lawyer edits them here. */
const TEXTS = {
  eid: 'Der Nachweis der Identität kann auch durch einen elektronischen Identitätsnachweis nach § 18 des Personalausweisgesetzes oder über ein Nutzerkonto nach § 3 des Onlinezugangsgesetzes erbracht werden.',
};

/** A duty to show the ID ("vorzulegen", "durch Vorlage eines Passes", "hat sich … auszuweisen"). */
function showsId(ctx: MatchContext): boolean {
  return /^auszuweisen$/.test(ctx.text)
    ? ctx.sentenceMatches(/\bhat\s+sich\b|\bhaben\s+sich\b|\bsind\s+verpflichtet,?\s+sich\b|\bmuss\s+sich\b|\bmüssen\s+sich\b/)
    : /^\s+(?:\S+\s+){0,8}?(?:vorzulegen|vorzuzeigen|vorlegen|vorzeigen|vorgelegt)\b/.test(ctx.after) || /\bdurch\s+(?:Vorlage\s+)?(?:eines|des|seines|ihres)\s+$/.test(ctx.before);
}

export const basisdienst = defineRule({
  id: 'basisdienst',
  title: 'Identitätsnachweis ohne Bezug auf eID oder Nutzerkonto',
  category: 'basisdienst',
  principle: 3,
  severity: 'hinweis',
  source: 'Digitalcheck 2025, Prinzip 3.1 (etablierte Basisdienste nutzen); § 3 OZG, § 18 PAuswG',
  explanation:
    'Hinweis: Die Vorschrift verlangt, die Identität durch Vorzeigen eines Ausweises nachzuweisen, ohne die etablierten Basisdienste zu nennen. Der elektronische Identitätsnachweis (§ 18 PAuswG) und das Nutzerkonto nach § 3 OZG erlauben denselben Nachweis ohne Behördengang.',
  vocabulary: ['Personalausweis{es}', 'Reisepass{es}', 'Passes', 'Pass', 'Ausweisdokument*', 'amtlichen Lichtbildausweis*', 'auszuweisen'],
  guards: { definition: false, condition: false, fiction: false, electronic: false },
  exceptions: [
    {
      id: 'kein-vorzeigen',
      rationale: 'Ein Hinweis auf Basisdienste lohnt nur, wo der Ausweis vorzulegen oder vorzuzeigen ist.',
      when: (ctx) => !showsId(ctx),
      example: 'Der Personalausweis wird für eine Gültigkeitsdauer von zehn Jahren ausgestellt.',
    },
    {
      id: 'vor-ort-ohnehin',
      rationale: 'Bedienstete bei einer Kontrolle oder Prüflinge im Prüfungsraum sind ohnehin anwesend.',
      when: (ctx) => ctx.sentenceMatches(/Mitarbeiter|Beauftragte|Bedienstete|Beamt|Prüfling|Prüfung|Kontrollpersonal/),
      example: 'Die Bediensteten haben sich auf Verlangen durch Vorlage ihres Dienstausweises oder Personalausweises auszuweisen.',
    },
    {
      id: 'eid-vorgesehen',
      rationale: 'eID, Nutzerkonto oder Videoidentifizierung sind bereits vorgesehen.',
      when: (ctx) => ctx.sentenceMatches(REMOTE_ID) || ctx.paragraphMatches(REMOTE_ID),
      example: 'Die Identität kann durch Vorlage des Personalausweises oder durch den elektronischen Identitätsnachweis nach § 18 des Personalausweisgesetzes nachgewiesen werden.',
    },
    {
      id: 'privat-oder-strafrecht',
      rationale: 'Im Privat- und Strafrecht gibt es kein Verwaltungsverfahren, für das ein Nutzerkonto gedacht ist.',
      when: (ctx) => ctx.profile.domain === 'privat' || ctx.profile.domain === 'straf',
      example: 'Der Käufer hat sich durch Vorlage seines Personalausweises auszuweisen.',
      exampleLaw: 'BGB',
    },
  ],
  report: () => ({ severity: 'hinweis', confidence: 0.6, edit: { kind: 'appendSentence', sentence: TEXTS.eid } }),
  examples: {
    flagged: [
      'Bei der Antragstellung ist der [Personalausweis oder Reisepass] vorzulegen.',
      'Der Antragsteller hat sich durch Vorlage eines gültigen Passes [auszuweisen].',
      'Die Identität ist durch einen [amtlichen Lichtbildausweis] nachzuweisen, der vorzulegen ist.',
    ],
    accepted: [
      'Der Personalausweis wird für eine Gültigkeitsdauer von zehn Jahren ausgestellt.',
      'Die Identität kann durch Vorlage des Personalausweises oder durch den elektronischen Identitätsnachweis nach § 18 des Personalausweisgesetzes nachgewiesen werden.',
      'Wer keinen gültigen Pass besitzt, darf nicht ausreisen.',
    ],
  },
});
