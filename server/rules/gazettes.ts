import type { LawDocument } from '../contracts/document';
import type { LandCode } from './laender';

/**
 * The Land of an amending draft by the gazette its intro cites for the amended law ("Das Bestattungsgesetz vom
 * 21. Juli 1970 (GBl. S. 395) …"): a Landtag draft names its Land in the Drucksache header, which a drafter's working
 * copy often lacks, but never amends a Land law without citing that Land's gazette. Only gazettes that belong to one
 * Land are listed: Berlin, Hessen, Rheinland-Pfalz, Thüringen and Bayern all cite a bare "GVBl.", so it decides
 * nothing; Rheinland-Pfalz and Bayern are told by their collections ("BS 225-1", "BayRS 215-3-1-I").
 */
const GAZETTES: [LandCode, RegExp][] = [
  // "GBl." alone, not BGBl., Brem.GBl., GVBl., nor the law gazette of the GDR
  ['bw', /(?<![\w.])GBl\.(?!\s*(?:der\s+)?DDR)/],
  ['by', /\bBayRS\b/],
  // Brandenburg numbers its issues ("GVBl. I Nr. 39"); Hessen's former "GVBl. I S." has no Nr.
  ['bb', /\bGVBl\.\s*II?\s+Nr\./],
  ['hb', /\bBrem\.\s?GBl\./],
  ['hh', /\bHmbGVBl\./],
  ['mv', /\bGVOBl\.\s*M-V\b/],
  ['nds', /\bNds\.\s*GVBl\./],
  ['nw', /\bGV\.\s*NRW\b/],
  ['rp', /\bBS\s+\d{1,4}(?:-\d+)+\b/],
  ['sh', /\bGVOBl\.\s*Schl\.-H\./],
  ['sl', /\bAmtsbl\.\s*(?:I\b|des\s+Saarlandes)/],
  ['sn', /\bSächsGVBl\./],
  ['st', /\bGVBl\.\s*LSA\b/],
];

/** Per parsed draft: the profile is asked for once per Absatz of new wording. */
const cache = new WeakMap<object, LandCode | undefined>();

/** The one Land whose gazette the draft's law text cites; none when it cites none or those of several Länder. */
export function landFromGazettes(doc: Pick<LawDocument, 'text' | 'provisions'>): LandCode | undefined {
  if (cache.has(doc)) return cache.get(doc);
  const land = gazetteLand(doc);
  cache.set(doc, land);
  return land;
}

function gazetteLand(doc: Pick<LawDocument, 'text' | 'provisions'>): LandCode | undefined {
  const found = new Set<LandCode>();
  for (const p of doc.provisions) {
    if (p.amendedWording) continue;
    const text = doc.text.slice(p.start, p.end);
    for (const [land, re] of GAZETTES) if (re.test(text)) found.add(land);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
