import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The per-Land table of enabling provisions (terms/laender-rechtsgrundlagen.json): which Verwaltungsverfahrensgesetz,
 * E-Government-Gesetz and Zustellungsgesetz a finding in that Land's law cites. The table is data a lawyer edits;
 * this module validates it once at load and turns a federal norm into the Land's citation without ever inventing a §.
 */

export const LAND_CODES = ['bb', 'be', 'bw', 'by', 'hb', 'he', 'hh', 'mv', 'nds', 'nw', 'rp', 'sh', 'sl', 'sn', 'st', 'th'] as const;
export type LandCode = (typeof LAND_CODES)[number];

const regex = z.string().refine((s) => {
  try {
    new RegExp(s, 'u');
    return true;
  } catch {
    return false;
  }
}, 'ungültiger regulärer Ausdruck');

const ProcedureSchema = z.discriminatedUnion('art', [
  z.object({ art: z.literal('verweis'), gesetz: z.string(), verweisnorm: z.string(), verweisProsa: z.string() }),
  z.object({
    art: z.literal('eigenes'),
    gesetz: z.string(),
    prosa: z.string(),
    /** The Land counts in Artikel (Bayern). */
    artikel: z.boolean().optional(),
    /** Numbers of the VwVfG norms the Land law is known to carry under the same number ("3a", "33"). */
    gesichert: z.array(z.string()),
  }),
  z.object({ art: z.literal('unsicher'), gesetz: z.string(), prosa: z.string() }),
]);

const EGOV_KEYS = ['zugang', 'identifizierung', 'postfach', 'bezahlung', 'nachweise', 'formulare', 'portal', 'akte', 'papierdokumente', 'basisdienste', 'verkuendung', 'schriftformersatz'] as const;
export type EgovKey = (typeof EGOV_KEYS)[number];

const LandSchema = z.object({
  code: z.enum(LAND_CODES),
  name: z.string().min(4),
  abkuerzung: regex,
  titel: regex,
  verwaltungsverfahren: ProcedureSchema,
  egovg: z.object({ gesetz: z.string(), normen: z.partialRecord(z.enum(EGOV_KEYS), z.string()).optional() }),
  zustellung: z.object({ art: z.enum(['verweis', 'unsicher']), gesetz: z.string(), verweisnorm: z.string().optional() }),
  quelle: z.string().min(10),
});
export type LandEntry = z.infer<typeof LandSchema>;

const TableSchema = z.object({
  note: z.string(),
  laender: z.array(LandSchema).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((l, i) => {
      if (seen.has(l.code)) ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `doppeltes Land ${l.code}` });
      seen.add(l.code);
    });
  }),
});

function loadTable(): Map<LandCode, LandEntry & { abbr: RegExp; title: RegExp }> {
  const raw: unknown = JSON.parse(readFileSync(new URL('./terms/laender-rechtsgrundlagen.json', import.meta.url), 'utf8'));
  const parsed = TableSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Land table laender-rechtsgrundlagen: ${z.prettifyError(parsed.error)}`);
  return new Map(parsed.data.laender.map((l) => [l.code, { ...l, abbr: new RegExp(l.abkuerzung, 'u'), title: new RegExp(l.titel, 'u') }]));
}

const TABLE = loadTable();

export function landEntry(code: LandCode): LandEntry | undefined {
  return TABLE.get(code);
}

export function isLandCode(s: string | undefined): s is LandCode {
  return !!s && (LAND_CODES as readonly string[]).includes(s);
}

/** The Land whose name is given ("Baden-Württemberg", "Bayern") or whose code it is ("bw"). */
export function landByName(name: string | undefined): LandCode | undefined {
  if (!name) return undefined;
  const n = name.trim();
  if (isLandCode(n.toLowerCase())) return n.toLowerCase() as LandCode;
  for (const [code, l] of TABLE) if (l.name === n) return code;
  return undefined;
}

/** The Land a law abbreviation names ("BayKSG", "PolG NRW", "LBO Saar"); titles only for Land documents. */
export function landFromNames(abbreviation: string, title: string | undefined): LandCode | undefined {
  for (const [code, l] of TABLE) if (code !== 'nds' && l.abbr.test(abbreviation)) return code;
  if (title) for (const [code, l] of TABLE) if (code !== 'nds' && l.title.test(title)) return code;
  return undefined;
}

/**
 * A norm of the federal VwVfG ("§ 3a Abs. 2 und 3", "§§ 27a, 27b") as the Land applies it: through the Land's
 * referring law, as the Land's own norm where the table says it has one, otherwise "entsprechend".
 */
export function landVwVfG(l: LandEntry, norm: string): string {
  const p = l.verwaltungsverfahren;
  if (p.art === 'verweis') return `${norm} VwVfG i. V. m. ${p.verweisnorm}`;
  if (p.art === 'eigenes') {
    const numbers = [...norm.matchAll(/\d+[a-z]?/g)].map((m) => m[0]);
    const first = numbers[0];
    if (first && p.gesichert.includes(first) && !/§§/.test(norm)) return `${p.artikel ? norm.replace(/^§/, 'Art.') : norm} ${p.gesetz}`;
  }
  return `${norm} VwVfG (entsprechend: ${p.gesetz})`;
}

/** The form-substitute rule in drafting prose ("§ 3a Absatz 2 oder 3 des Landesverwaltungsverfahrensgesetzes"). */
export function landVwVfGProse(l: LandEntry, federalProse: string): string {
  const p = l.verwaltungsverfahren;
  if (p.art === 'verweis') return `${federalProse} des Verwaltungsverfahrensgesetzes in Verbindung mit ${p.verweisProsa}`;
  if (p.art === 'eigenes' && p.gesichert.includes('3a')) return `${p.artikel ? federalProse.replace(/^§/, 'Artikel') : federalProse} ${p.prosa}`;
  return `der ${federalProse} des Verwaltungsverfahrensgesetzes entsprechenden Vorschrift ${p.prosa}`;
}

/** A norm of the Land's E-Government-Gesetz where the table names it, otherwise the federal EGovG norm "entsprechend". */
export function landEgov(l: LandEntry, key: EgovKey, federal: string): string {
  return l.egovg.normen?.[key] ?? `${federal} (entsprechend: ${l.egovg.gesetz})`;
}

/** The service rule: the Land's referring Zustellungsgesetz, or the federal VwZG "entsprechend". */
export function landZustellung(l: LandEntry, federal: string): string {
  const z = l.zustellung;
  return z.art === 'verweis' && z.verweisnorm ? `${z.verweisnorm} i. V. m. ${federal}` : `${federal} (entsprechend: ${z.gesetz})`;
}
