import type { Category } from '../../server/contracts/finding';

/**
 * Naive matcher: a category fires whenever one of its trigger words occurs, with no context at all.
 * It is the reference the rule engine's context logic must beat (eval-rules --baseline), and uses
 * the same cues as the ripgrep baseline of bench:batch.
 */
export const KEYWORD_TRIGGERS: Record<Category, RegExp | null> = {
  schriftform: /schriftlich|Schriftform|zur Niederschrift/i,
  unterschrift: /unterschr|unterzeichn|Unterschrift/i,
  persoenliches_erscheinen: /persönlich|zur Niederschrift bei/i,
  original_beglaubigung: /beglaubig|im Original|Urschrift|Ausfertigung/i,
  papier_vordruck: /Vordruck|Formblatt|Formular|Ausdruck|Durchschrift|Papierform|Siegel|Stempel|Ausfertigungen/i,
  aushang_bekanntmachung: /Aushang|auszuhängen|ausgehängt|öffentlich auszulegen|zur Einsicht(nahme)? auszulegen|ortsüblich|Tageszeitung|Amtsblatt/i,
  postalisch: /durch die Post|mit der Post|zur Post|Einschreiben|eingeschrieben|Zustellungsurkunde|Postweg|per Post/i,
  technologie_spezifisch: /Telefax|Fernkopie|Telegramm|telegraf|telegraph|Fernschreib|fernschriftlich|De-Mail|Diskette|CD-ROM|Mikrofilm|Magnetband/i,
  nachweis_vorlage: /(Bescheinigung|Nachweis|Zeugnis|Urkunde|Auszug|Bescheid)\w*\b[^.]{0,150}(beizufügen|vorzulegen|beizubringen|einzureichen)|(beizufügen|vorzulegen|beizubringen|einzureichen)[^.]{0,40}(Bescheinigung|Nachweis|Zeugnis|Urkunde|Auszug)/i,
  zahlung: null,
  papierakte: null,
  unbestimmter_begriff: null,
  basisdienst: null,
  medienbruch: null,
  datenschutz: null,
  begriffsharmonisierung: null,
};

export function keywordBaseline(text: string): Category[] {
  return (Object.entries(KEYWORD_TRIGGERS) as [Category, RegExp | null][])
    .filter(([, re]) => re !== null && re.test(text))
    .map(([c]) => c);
}
