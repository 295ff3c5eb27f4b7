import { defineRule } from '../types';

/** eID, user account or other remote identification already offered. */
const REMOTE_ID =
  /elektronisch|eID|Identitätsnachweis|§\s*18\s+(?:des\s+)?(?:PAuswG|Personalausweisgesetz)|Nutzerkonto|Online-Ausweis|Video|eIDAS|Vertrauensniveau|Bürgerkonto|Organisationskonto/;

export const basisdienst = defineRule({
  id: 'basisdienst',
  title: 'Identitätsnachweis ohne Bezug auf eID oder Nutzerkonto',
  category: 'basisdienst',
  principle: 3,
  severity: 'hinweis',
  source: 'Digitalcheck 2025, Prinzip 3.1 (etablierte Basisdienste nutzen); § 3 OZG, § 18 PAuswG',
  explanation:
    'Hinweis: Die Vorschrift verlangt, die Identität durch Vorzeigen eines Ausweises nachzuweisen, ohne die etablierten Basisdienste zu nennen. Der elektronische Identitätsnachweis (§ 18 PAuswG) und das Nutzerkonto nach § 3 OZG erlauben denselben Nachweis ohne Behördengang.',
  trigger:
    /\b(?:Personalausweis(?:es)?|Reisepass(?:es)?|Passes|Pass|Ausweisdokument\w*|amtlichen\s+Lichtbildausweis\w*|auszuweisen)\b/g,
  evaluate(ctx) {
    const { sentence } = ctx;
    const showId =
      /^auszuweisen$/.test(ctx.text)
        ? /\bhat\s+sich\b|\bhaben\s+sich\b|\bsind\s+verpflichtet,?\s+sich\b|\bmuss\s+sich\b|\bmüssen\s+sich\b/.test(sentence)
        : /^\s+(?:\S+\s+){0,8}?(?:vorzulegen|vorzuzeigen|vorlegen|vorzeigen|vorgelegt)\b/.test(ctx.after) || /\bdurch\s+(?:Vorlage\s+)?(?:eines|des|seines|ihres)\s+$/.test(ctx.before);
    if (!showId) return null;
    // officials identifying themselves on inspections, or candidates in an exam room, are present anyway
    if (/Mitarbeiter|Beauftragte|Bedienstete|Beamt|Prüfling|Prüfung|Kontrollpersonal/.test(sentence)) return null;
    if (ctx.negated()) return null;
    if (REMOTE_ID.test(sentence) || REMOTE_ID.test(ctx.paragraphText)) return null;
    if (ctx.profile.domain === 'privat' || ctx.profile.domain === 'straf') return null;
    return {
      start: ctx.start,
      end: ctx.end,
      severity: 'hinweis',
      confidence: 0.6,
      edit: {
        kind: 'appendSentence',
        sentence:
          'Der Nachweis der Identität kann auch durch einen elektronischen Identitätsnachweis nach § 18 des Personalausweisgesetzes oder über ein Nutzerkonto nach § 3 des Onlinezugangsgesetzes erbracht werden.',
      },
    };
  },
  examples: {
    flagged: [
      'Bei der Antragstellung ist der Personalausweis oder Reisepass vorzulegen.',
      'Der Antragsteller hat sich durch Vorlage eines gültigen Passes auszuweisen.',
      'Die Identität ist durch einen amtlichen Lichtbildausweis nachzuweisen, der vorzulegen ist.',
    ],
    accepted: [
      'Der Personalausweis wird für eine Gültigkeitsdauer von zehn Jahren ausgestellt.',
      'Die Identität kann durch Vorlage des Personalausweises oder durch den elektronischen Identitätsnachweis nach § 18 des Personalausweisgesetzes nachgewiesen werden.',
      'Wer keinen gültigen Pass besitzt, darf nicht ausreisen.',
    ],
  },
});
