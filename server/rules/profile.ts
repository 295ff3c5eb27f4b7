import type { LawDocument } from '../contracts/document';
import { landFromGazettes } from './gazettes';
import { type LandCode, landByName, landFromNames } from './laender';

/**
 * What kind of law a provision belongs to. Decides which enabling provisions are cited (NDIG vs. EGovG, § 36a SGB I,
 * § 87a AO, BGB §§ 126 ff.) and which laws regulate a technology or channel themselves (PostG, De-Mail-Gesetz).
 */
export type Level = 'bund' | 'land';
export type Domain = 'verwaltung' | 'steuer' | 'sozial' | 'privat' | 'gericht' | 'post' | 'telekom' | 'demail' | 'notar' | 'straf';

export interface LawProfile {
  law: string;
  level: Level;
  domain: Domain;
  /** The Land of a Land law (level "land"): decides the Land's VwVfG, E-Government and service law (laender.ts). */
  land?: LandCode;
}

/** Federal abbreviations that happen to look like Niedersachsen ones ("N" + capital letter). */
/**
 * "NKomVG 2010" → "NKomVG". `(?<!\s)`: the match is tried once per whitespace run, not at every space of a long
 * run (the leftmost match starts at the run anyway).
 */
export const YEAR_SUFFIX = /(?<!\s)\s+\d{4}$/;

const FEDERAL_N = new Set(['NABEG', 'NAV', 'NDAV', 'NDÜV', 'NDWV', 'NEhelG', 'NELEV', 'NKRG', 'NLPosV', 'NLV', 'NMV', 'NTS', 'NATO', 'NVwZ']);
/** Families of federal abbreviations with that look: NATO treaties, the NS-Unrecht laws, the Naturschutzgebiet-Verordnungen "NSG…". */
const FEDERAL_N_FAMILY = /^(?:NATO|NS-|NSG[A-Z]|NSUnr|NSAhnd|NSVerb|NSOEBG|NSOpfer|NSStRpfl)/;

const DOMAINS: [Domain, RegExp][] = [
  ['post', /^(?:PostG|PDLV|PUDLV|PostPersRG|PostSG|PostUmwG|PostLV|PBefG-Post|PTNeuOG|BAPostG)$/],
  ['demail', /^De-?Mail-?G$/i],
  ['telekom', /^(?:TKG|TKÜV|TTDSG|TDDDG|TKTransparenzV|FTEG|FuAG|TKNummerierungsV|TNV|NotrufV)/],
  // NotAktVV (2022) replaced the DONot as the notaries' rules on their files and registers
  ['notar', /^(?:BeurkG|BNotO|DONot|NotAktVV|NotFV)$/],
  ['straf', /^(?:StGB|WStG|JGG|StGBEG)$/],
  ['sozial', /^(?:SGB|BAföG|BEEG|WoGG|BKGG|AsylbLG|UhVorschG|BVG|OEG|SozSichAbk|BSHG|RVO)/],
  // "…StG" is mostly a tax law; the Beamtenstatusgesetz, the Personenstandsgesetz and their kind are not. The
  // allowance and premium laws the tax offices pay out under the AO ("Die für Steuervergütungen geltenden Vorschriften
  // der Abgabenordnung sind entsprechend anzuwenden": InvZulG, EigZulG, FZulG, WoPG) are tax law too
  ['steuer', /^(?!(?:BeamtStG|ParlStG|PStG|PStV|TierImpfStV|EUFinSchStG|LMRStV|ForstWiAusbStV|LHauswAusbStV|PharmStV|FahrpersStG)$)(?:(?:AO|FGO|EStG|EStDV|UStG|UStDV|KStG|GewStG|ErbStG|GrEStG|GrStG|BewG|KraftStG|StBerG|LStDV|AStG|InvStG|EnergieStG|StromStG|TabStG|AlkStG|InvZulG(?:\d{4}DV)?|EigZulG|FZulG|WoPG)$|.*St(?:G|DV|V)$)/],
  ['gericht', /^(?:ZPO|StPO|VwGO|FamFG|SGG|ArbGG|GVG|InsO|ZVG|BVerfGG|PatG|OWiG|RPflG|GKG|FamGKG|GNotKG|RVG|JVEG|EGGVG|EGZPO|EGStPO)$/],
  ['privat', /^(?:BGB|EGBGB|HGB|GmbHG|AktG|GenG|WEG|KSchG|TzBfG|BetrVG|NachwG|BUrlG|VVG|UmwG|PartGG|ScheckG|WG|ArbnErfG|MuSchG|AÜG|EntgFG|GewO|UWG|ProdHaftG|ErbbauRG|WoVermittG|BRAO)$/],
];

export function isNiedersachsen(doc: Pick<LawDocument, 'jurisdiction' | 'abbreviation' | 'title'>, law: string): boolean {
  if (doc.jurisdiction === 'Niedersachsen') return true;
  // a law of the federal corpus is federal law whatever its abbreviation looks like: NLPosV, NABEG and NDÜV were read
  // as Niedersachsen laws and got the NVwVfG and the NDIG as their enabling provisions
  if (doc.jurisdiction === 'Bund') return false;
  if (/niedersächs/i.test(doc.title)) return true;
  const key = law.replace(YEAR_SUFFIX, '');
  return /^(?:Nds\.?\s?|N[A-ZÄÖÜ])/.test(key) && !FEDERAL_N.has(key) && !FEDERAL_N_FAMILY.test(key);
}

/** A draft is Land law when it amends a Niedersachsen law or says so in its opening lines. */
function isNiedersachsenDraft(doc: LawDocument): boolean {
  if (doc.jurisdiction !== 'Entwurf') return false;
  if (doc.provisions.some((p) => p.targetLaw && isNiedersachsen({ jurisdiction: 'Sonstige', abbreviation: p.targetLaw, title: '' }, p.targetLaw))) return true;
  return /Niedersachsen|[Nn]iedersächsisch/.test(doc.text.slice(0, 2000));
}

/**
 * The Land of a document: a code or Land name given by the caller (the file's folder, a set's `land` field), then
 * Niedersachsen, then the Land named in the file's front matter, then a Land abbreviation ("BayKSG", "PolG NRW") and,
 * for Land documents and drafts only, the title ("Thüringer Bauordnung"), for drafts last the gazette their
 * amending intros cite ("(GBl. S. 395)") and the name of the amended law. Federal law has none.
 */
function landOf(doc: LawDocument, law: string, hint: string | undefined): LandCode | undefined {
  const given = landByName(hint);
  if (given) return given;
  if (isNiedersachsen(doc, law) || isNiedersachsenDraft(doc)) return 'nds';
  if (doc.jurisdiction === 'Bund') return undefined;
  return (
    landByName(doc.land) ??
    landFromNames(law, doc.jurisdiction === 'Sonstige' && !doc.land ? undefined : doc.title) ??
    // a working copy without the Drucksache's title still names the Land in the amended law ("Hessische Bauordnung")
    (doc.jurisdiction === 'Entwurf' ? (landFromGazettes(doc) ?? landFromNames(law, law)) : undefined)
  );
}

/**
 * A law's abbreviation as the tables of fields and procedural codes list it: corpus abbreviations carry a version year
 * ("AO 1977", "VVG 2008") that is not part of the law's name, and spaces vary ("SGB 10").
 */
export const lawKey = (law: string): string => law.replace(YEAR_SUFFIX, '').replace(/\s+/g, '');

export function profileFor(doc: LawDocument, law = doc.abbreviation, land?: string): LawProfile {
  const code = landOf(doc, law, land);
  const level: Level = code ? 'land' : 'bund';
  const key = lawKey(law);
  const domain = DOMAINS.find(([, re]) => re.test(key))?.[0] ?? 'verwaltung';
  return code ? { law, level, domain, land: code } : { law, level, domain };
}
