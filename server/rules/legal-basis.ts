import type { Category } from '../contracts/finding';
import { type EgovKey, type LandEntry, landEgov, landEntry, landVwVfG, landVwVfGProse, landZustellung } from './laender';
import { type LawProfile, lawKey } from './profile';

/**
 * Level-aware enabling provisions per category. Land law: the Land's own table row (laender.ts) – Niedersachsen:
 * VwVfG through § 1 Abs. 1 NVwVfG and the NDIG; other Länder: their VwVfG, E-Government and service laws, federal
 * norms "entsprechend" where the table knows no Land norm. Federal law: VwVfG/EGovG/VwZG, with the parallel rules of
 * social law (§ 36a SGB I, SGB X) and tax law (§ 87a AO); private law: BGB §§ 126 ff.
 */

/**
 * Court procedure has its own rule for electronic documents that replace the written form and the signature
 * (checked in the corpus: § 130a ZPO, § 55a VwGO, § 65a SGG, § 52a FGO, § 46c ArbGG, § 32a StPO, § 14 FamFG,
 * § 125a PatG for the patent office). Laws without their own rule (InsO, ZVG, GVG …) refer to the ZPO.
 */
const COURT_DOCUMENT_RULES: [RegExp, string, string][] = [
  [/^VwGO$/, '§ 55a VwGO', '§ 55a der Verwaltungsgerichtsordnung'],
  [/^SGG$/, '§ 65a SGG', '§ 65a des Sozialgerichtsgesetzes'],
  [/^FGO$/, '§ 52a FGO', '§ 52a der Finanzgerichtsordnung'],
  [/^ArbGG$/, '§ 46c ArbGG', '§ 46c des Arbeitsgerichtsgesetzes'],
  [/^(?:StPO|OWiG|EGStPO)$/, '§ 32a StPO', '§ 32a der Strafprozessordnung'],
  [/^FamFG$/, '§ 14 Abs. 2 FamFG', '§ 14 Absatz 2 des Gesetzes über das Verfahren in Familiensachen und in den Angelegenheiten der freiwilligen Gerichtsbarkeit'],
  [/^PatG$/, '§ 125a PatG', '§ 125a des Patentgesetzes'],
];
const ZPO_RULE: [string, string] = ['§ 130a ZPO', '§ 130a der Zivilprozessordnung'];

/** Hearings by video in court procedure: the procedural code's own rule, else the ZPO's (ArbGG and others refer to it). */
const VIDEO_HEARING_RULES: [RegExp, string][] = [
  [/^VwGO$/, '§ 102a VwGO'],
  [/^SGG$/, '§ 110a SGG'],
  [/^FGO$/, '§ 91a FGO'],
];
function videoHearingRule(p: LawProfile): string {
  const key = lawKey(p.law);
  return VIDEO_HEARING_RULES.find(([re]) => re.test(key))?.[1] ?? '§ 128a ZPO';
}

/** The court-procedure rule for this law, or undefined outside court procedure (FGO counts although tax-related). */
export function courtDocumentRule(p: LawProfile): [string, string] | undefined {
  const key = lawKey(p.law);
  const own = COURT_DOCUMENT_RULES.find(([re]) => re.test(key));
  if (own) return [own[1], own[2]];
  return p.domain === 'gericht' ? ZPO_RULE : undefined;
}

export function legalBasisFor(category: Category, p: LawProfile): string[] {
  const court = courtDocumentRule(p);
  if (court && (category === 'schriftform' || category === 'unterschrift' || category === 'technologie_spezifisch' || category === 'papier_vordruck')) {
    return [court[0]];
  }
  const land = p.level === 'land' && p.land ? landEntry(p.land) : undefined;
  if (land && p.domain !== 'privat' && p.domain !== 'gericht') return landBasisFor(category, land);
  const special = (sozial: string, steuer: string, rest: string[]) =>
    p.domain === 'sozial' ? [sozial] : p.domain === 'steuer' ? [steuer] : rest;
  switch (category) {
    case 'schriftform':
      if (p.domain === 'privat') return ['§ 126 Abs. 3 BGB', '§ 126a BGB', '§ 126b BGB'];
      return special('§ 36a Abs. 2 SGB I', '§ 87a Abs. 3 und 4 AO', ['§ 3a Abs. 2 und 3 VwVfG', '§ 2 EGovG']);
    case 'unterschrift':
      if (p.domain === 'privat') return ['§ 126a BGB', 'Art. 25 Abs. 2 eIDAS-VO'];
      // the EGovG does not apply to the tax authorities under the AO (§ 1 Abs. 5 Nr. 1 EGovG)
      if (p.domain === 'steuer') return ['§ 87a Abs. 3 AO'];
      return [...special('§ 36a Abs. 2 und 2c SGB I', '§ 87a Abs. 3 AO', ['§ 3a Abs. 2 und 3 VwVfG']), '§ 13 EGovG'];
    case 'persoenliches_erscheinen':
      if (court) return [videoHearingRule(p), '§ 18 PAuswG'];
      return ['§ 18 PAuswG', ...special('§ 36a Abs. 2 SGB I', '§ 87a Abs. 6 AO', ['§ 3a Abs. 3 Nr. 1 VwVfG', '§ 27c VwVfG'])];
    case 'original_beglaubigung':
      if (p.domain === 'privat' || p.domain === 'notar') return ['§ 39a BeurkG', '§§ 16a ff. BeurkG', '§ 129 BGB'];
      // court procedure: the electronic document of the procedural code; social law certifies under § 29 SGB X
      if (court) return [court[0]];
      return special('§ 29 SGB X', '§ 87a Abs. 1 AO', ['§ 5 Abs. 1 EGovG', '§ 33 VwVfG']);
    case 'papier_vordruck':
      return special('§ 36a Abs. 2c SGB I', '§ 87a Abs. 6 AO', ['§ 13 EGovG', '§ 3a VwVfG']);
    case 'aushang_bekanntmachung':
      // a court's public notice may go into an electronic information system instead of onto its notice board
      if (court) return ['§ 186 Abs. 2 ZPO'];
      return ['§ 27a VwVfG', '§ 27b VwVfG', '§ 15 EGovG'];
    case 'postalisch':
      // private law: a declaration in text form (§ 126b BGB) replaces the registered letter
      if (p.domain === 'privat') return ['§ 126b BGB'];
      // court procedure: electronic documents are served under § 173 ZPO (other procedural codes refer to it)
      if (p.domain === 'gericht') return ['§ 173 ZPO'];
      return special('§ 37 Abs. 2a SGB X', '§ 122a AO', ['§ 41 Abs. 2a VwVfG', '§ 5 Abs. 4 und 5 VwZG', '§ 9 OZG']);
    case 'technologie_spezifisch':
      return special('§ 36a SGB I', '§ 87a AO', ['§ 3a VwVfG', '§ 2 EGovG']);
    case 'nachweis_vorlage':
      // court procedure: no once-only fetch (the EGovG does not govern courts); a public authority's electronic
      // document is filed under the procedural code and proves like the paper deed (§ 371a Abs. 3 ZPO)
      if (court) return [court[0], '§ 371a Abs. 3 ZPO'];
      if (p.domain === 'sozial') return ['§ 67a SGB X', '§ 5 Abs. 2 EGovG'];
      // tax law: data the third party transmits itself (§ 93c AO) instead of its paper certificate
      if (p.domain === 'steuer') return ['§ 93c AO', '§ 87a AO'];
      return ['§ 5 Abs. 2 EGovG', '§ 5 IDNrG'];
    case 'zahlung':
      return ['§ 4 EGovG'];
    case 'papierakte':
      return ['§ 6 EGovG', '§ 7 EGovG'];
    case 'unbestimmter_begriff':
      return p.domain === 'steuer' ? ['§ 155 Abs. 4 AO'] : p.domain === 'sozial' ? ['§ 31a SGB X'] : ['§ 35a VwVfG'];
    case 'basisdienst':
      return ['§ 3 OZG', '§ 18 PAuswG'];
    default:
      return [];
  }
}

/**
 * Land law (administrative procedure): the Land's VwVfG, E-Government-Gesetz and Zustellungsgesetz from the Land
 * table. A Land norm is cited only where the table knows it; otherwise the federal norm "entsprechend".
 */
function landBasisFor(category: Category, l: LandEntry): string[] {
  const egov = (key: EgovKey) => l.egovg.normen?.[key];
  const present = (...xs: (string | undefined)[]) => xs.filter((x): x is string => !!x);
  switch (category) {
    case 'schriftform':
      return present(landVwVfG(l, '§ 3a Abs. 2 und 3'), landEgov(l, 'zugang', '§ 2 EGovG'), egov('schriftformersatz'));
    case 'unterschrift':
      return [landVwVfG(l, '§ 3a Abs. 2 und 3'), landEgov(l, 'formulare', '§ 13 EGovG'), 'Art. 25 Abs. 2 eIDAS-VO'];
    case 'persoenliches_erscheinen':
      return present(egov('identifizierung'), '§ 18 PAuswG', landVwVfG(l, '§ 27c'));
    case 'original_beglaubigung':
      return [landEgov(l, 'nachweise', '§ 5 Abs. 1 EGovG'), landVwVfG(l, '§ 33')];
    case 'papier_vordruck':
      return [landEgov(l, 'formulare', '§ 13 EGovG'), landVwVfG(l, '§ 3a')];
    case 'aushang_bekanntmachung':
      return [landVwVfG(l, '§§ 27a, 27b'), egov('verkuendung') ?? landEgov(l, 'portal', '§ 15 EGovG')];
    case 'postalisch':
      return present(landZustellung(l, '§ 5 VwZG'), landVwVfG(l, '§ 41 Abs. 2a'), egov('postfach'));
    case 'technologie_spezifisch':
      return [landVwVfG(l, '§ 3a'), landEgov(l, 'zugang', '§ 2 EGovG')];
    case 'nachweis_vorlage':
      return egov('nachweise') ? [egov('nachweise')!, '§ 5 Abs. 2 EGovG (entsprechend)'] : [landEgov(l, 'nachweise', '§ 5 Abs. 2 EGovG')];
    case 'zahlung':
      return egov('bezahlung') ? [egov('bezahlung')!, '§ 4 EGovG (entsprechend)'] : [landEgov(l, 'bezahlung', '§ 4 EGovG')];
    case 'papierakte':
      return [landEgov(l, 'akte', '§ 6 EGovG'), landEgov(l, 'papierdokumente', '§ 7 EGovG')];
    case 'unbestimmter_begriff':
      return [landVwVfG(l, '§ 35a')];
    case 'basisdienst': {
      const own = present(egov('identifizierung'), egov('basisdienste'));
      return own.length ? [...own, '§ 18 PAuswG'] : ['§ 3 OZG', '§ 18 PAuswG'];
    }
    default:
      return [];
  }
}

/** Prose citation of the form-substitute rule for inserted sentences, in drafting style (no abbreviations). */
function formSubstituteReference(p: LawProfile): string {
  if (p.domain === 'privat') return '§ 126a des Bürgerlichen Gesetzbuchs';
  if (p.domain === 'sozial') return '§ 36a Absatz 2 des Ersten Buches Sozialgesetzbuch';
  if (p.domain === 'steuer') return '§ 87a Absatz 3 und 4 der Abgabenordnung';
  const land = p.level === 'land' && p.land ? landEntry(p.land) : undefined;
  return land ? landVwVfGProse(land, '§ 3a Absatz 2 oder 3') : '§ 3a Absatz 2 oder 3 des Verwaltungsverfahrensgesetzes';
}

/** The sentence a signature finding proposes: the electronic form, in court procedure the electronic document. */
export function signatureSubstituteSentence(p: LawProfile): string {
  const court = courtDocumentRule(p);
  if (court) return `Die Unterschrift kann durch die Einreichung als elektronisches Dokument nach ${court[1]} ersetzt werden.`;
  return `Die Unterschrift kann durch eine elektronische Form nach ${formSubstituteReference(p)} ersetzt werden.`;
}
