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
