import type { LawDocument, Provision } from '../../contracts/document';
import { type LawProfile, profileFor } from '../profile';

/**
 * The field of law an Absatz belongs to decides its enabling provision (ZPO → § 130a ZPO, SGB → § 36a SGB I, AO →
 * § 87a AO, BGB → §§ 126a/126b BGB, Niedersachsen → § 3a VwVfG i. V. m. § 1 NVwVfG). For the new wording in an
 * amending draft that is the field of the amended law, not of the draft.
 */

/** Titles under which drafts name the laws of a field of their own (the abbreviation decides the profile). */
const FIELD_TITLES: [RegExp, string][] = [
  [/Zivilprozessordnung/i, 'ZPO'],
  [/Strafprozessordnung/i, 'StPO'],
  [/Verwaltungsgerichtsordnung/i, 'VwGO'],
  [/Sozialgerichtsgesetz/i, 'SGG'],
  [/Finanzgerichtsordnung/i, 'FGO'],
  [/Arbeitsgerichtsgesetz/i, 'ArbGG'],
  [/Familiensachen/i, 'FamFG'],
  [/Sozialgesetzbuch/i, 'SGB'],
  [/Abgabenordnung/i, 'AO'],
  [/Bürgerliche[ns]?\s+Gesetzbuch/i, 'BGB'],
  [/Handelsgesetzbuch/i, 'HGB'],
];

/** The abbreviation that stands for the field of `law` ("Zivilprozessordnung" → "ZPO"), or `law` itself. */
export function fieldLaw(law: string): string {
  return FIELD_TITLES.find(([re]) => re.test(law))?.[1] ?? law;
}

/** Profile of the law the provision belongs to: the amended law for new wording in a draft, else the document's. */
export function fieldProfile(doc: LawDocument, provision: Provision | undefined, law?: string): LawProfile {
  if (provision?.targetLaw) return profileFor(doc, fieldLaw(provision.targetLaw));
  return profileFor(doc, law ?? doc.abbreviation);
}

export const sameField = (a: LawProfile, b: LawProfile) => a.level === b.level && a.domain === b.domain;

/**
 * Enabling provisions that do not belong to a field of law: a federal law cites no Land law, court procedure its own
 * rules on electronic documents (not the VwVfG, the EGovG, the SGB I or the AO), tax procedure the AO, social law the
 * SGB. The mechanical check of the rewrites (check:rewrites) reads the cited provisions and the new words with it.
 */
const FOREIGN: { applies: (p: Pick<LawProfile, 'level' | 'domain'>) => boolean; cites: RegExp; field: string }[] = [
  {
    applies: (p) => p.level === 'bund',
    cites: /\b(?:NDIG|NVwVfG|NVwZG|LVwVfG|[A-Z][a-zä]*VwVfG|VwVfG\s+(?:NRW|Bln|LSA|M-V)|EGovG\s+(?:BW|NRW|Bln|LSA|M-V)|EGovGRP)\b|Niedersächsischen|Landesverwaltungsverfahrensgesetz/,
    field: 'Bundesrecht',
  },
  { applies: (p) => p.domain === 'gericht', cites: /\b(?:VwVfG|EGovG|SGB I|AO)\b/, field: 'Prozessrecht' },
  { applies: (p) => p.domain === 'steuer', cites: /\b(?:VwVfG|EGovG|SGB)\b/, field: 'Steuerverfahrensrecht' },
  { applies: (p) => p.domain === 'sozial', cites: /\b(?:VwVfG|AO)\b/, field: 'Sozialverwaltungsverfahren' },
];

/** The provisions of `texts` (cited norms, new words) that belong to another field than `profile`'s, with that field. */
export function foreignProvisions(profile: Pick<LawProfile, 'level' | 'domain'>, texts: readonly string[]): { field: string; cited: string }[] {
  const out: { field: string; cited: string }[] = [];
  for (const f of FOREIGN) {
    if (!f.applies(profile)) continue;
    for (const t of texts) {
      const m = f.cites.exec(t);
      if (m) out.push({ field: f.field, cited: t.length > 120 ? `… ${t.slice(Math.max(0, m.index - 40), m.index + 60)} …` : t });
    }
  }
  return out;
}
