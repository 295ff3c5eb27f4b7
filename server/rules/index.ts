import { aushangBekanntmachung } from './catalogue/aushang-bekanntmachung';
import { basisdienst } from './catalogue/basisdienst';
import { elektronischeFormAusgeschlossen } from './catalogue/elektronische-form-ausgeschlossen';
import { nachweisVorlage } from './catalogue/nachweis-vorlage';
import { originalBeglaubigung } from './catalogue/original-beglaubigung';
import { papierakte } from './catalogue/papierakte';
import { papierVordruck } from './catalogue/papier-vordruck';
import { persoenlichesErscheinen } from './catalogue/persoenliches-erscheinen';
import { postalisch } from './catalogue/postalisch';
import { schriftform } from './catalogue/schriftform';
import { technologieSpezifisch } from './catalogue/technologie-spezifisch';
import { unbestimmterBegriff } from './catalogue/unbestimmter-begriff';
import { unterschrift } from './catalogue/unterschrift';
import { zahlung } from './catalogue/zahlung';
import type { Rule } from './types';

/** The only registry of catalogue rules, sorted by id; the engine runs them in this order. */
export const RULES: readonly Rule[] = [
  aushangBekanntmachung,
  basisdienst,
  elektronischeFormAusgeschlossen,
  nachweisVorlage,
  originalBeglaubigung,
  papierVordruck,
  papierakte,
  persoenlichesErscheinen,
  postalisch,
  schriftform,
  technologieSpezifisch,
  unbestimmterBegriff,
  unterschrift,
  zahlung,
];

for (let i = 1; i < RULES.length; i++) {
  if (RULES[i - 1]!.id >= RULES[i]!.id) throw new Error(`Rule registry must be sorted and unique: ${RULES[i - 1]!.id} / ${RULES[i]!.id}`);
}
