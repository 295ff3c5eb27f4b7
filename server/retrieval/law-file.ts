import type { LawDocument, Provision } from '../contracts/document';
import { parseSnippet } from '../parser/snippet';
import { parseParagraphs } from '../parser/structure';
import { PROVISION_HEADING } from '../parser/provisions';

/**
 * Reading of corpus Markdown (federal bundestag/gesetze files, Niedersachsen excerpts, our guidance
 * documents). Interim seam: the full law parser (server/parser/law-markdown.ts) replaces the body
 * handling once it lands; the front matter reading stays here.
 */

export type FrontMatter = Record<string, string | string[]>;

/** Minimal YAML front matter: "key: value", indented "- item" lists, indented continuation lines. */
export function readFrontMatter(md: string): { meta: FrontMatter; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n/.exec(md);
  if (!m) return { meta: {}, body: md };
  const meta: FrontMatter = {};
  let key: string | null = null;
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*):[ \t]*(.*)$/.exec(line);
    if (kv) {
      key = kv[1]!;
      meta[key] = unquote(kv[2]!);
      continue;
    }
    if (!key) continue;
    const item = /^\s+-\s+(.*)$/.exec(line);
    const cur = meta[key];
    if (item) meta[key] = [...(Array.isArray(cur) ? cur : cur ? [cur] : []), unquote(item[1]!)];
    else if (line.trim() && typeof cur === 'string') meta[key] = `${cur} ${line.trim()}`.trim();
  }
  return { meta, body: md.slice(m[0].length) };
}

function unquote(s: string): string {
  const t = s.trim();
  return /^(["']).*\1$/.test(t) ? t.slice(1, -1) : t;
}

export const metaString = (meta: FrontMatter, ...keys: string[]): string | undefined => {
  for (const k of keys) {
    const v = meta[k];
    if (typeof v === 'string' && v) return v;
    if (Array.isArray(v) && v[0]) return v[0];
  }
  return undefined;
};

/** Marker lines of the Niedersachsen excerpts that must never be indexed or shown as law. */
const MARKER_LINE = /^.*(?:TEXT NICHT GEFUNDEN|TITEL NICHT GEFUNDEN).*$/gm;

/** Removes excerpt markers and non-provision headings (Buch/Abschnitt/Titel), keeping § headings. */
export function cleanLawBody(body: string): string {
  return body
    .split('\n')
    .map((line) => {
      if (/^\s*#{1,6}\s/.test(line)) {
        const isProvision = new RegExp(PROVISION_HEADING.source).test(line);
        return isProvision ? line.replace(/TITEL NICHT GEFUNDEN/g, '').trimEnd() : '';
      }
      return line.replace(MARKER_LINE, '').replace(/\s*\[…\]|\s*\[\.\.\.\]/g, '');
    })
    .join('\n');
}

/** Guidance documents: every "## " section is one provision whose label is the section title. */
function guidanceProvisions(text: string): Provision[] {
  const heads = [...text.matchAll(/^##[ \t]+(.+?)[ \t]*$/gm)];
  return heads.map((h, i) => {
    const title = h[1]!.trim();
    const bodyAt = h.index! + h[0].length;
    const end = i + 1 < heads.length ? heads[i + 1]!.index! : text.length;
    return { id: `g-${i}`, label: title, title, start: h.index!, end, paragraphs: parseParagraphs(text, bodyAt, end) };
  });
}

export interface LawFileInfo {
  abbreviation: string;
  title: string;
  kind: 'law' | 'guidance';
  jurisdiction: LawDocument['jurisdiction'];
  stand?: string;
  excerpt?: boolean;
}

/** Parses one corpus Markdown file into the shared document structure. */
export function parseLawFile(md: string, info: LawFileInfo): LawDocument {
  const { body } = readFrontMatter(md);
  if (info.kind === 'guidance') {
    return {
      id: info.abbreviation,
      title: info.title,
      abbreviation: info.abbreviation,
      jurisdiction: info.jurisdiction,
      ...(info.stand ? { stand: info.stand } : {}),
      text: body,
      provisions: guidanceProvisions(body),
    };
  }
  const text = cleanLawBody(body);
  const doc = parseSnippet(text, info.abbreviation, info.title);
  return {
    ...doc,
    jurisdiction: info.jurisdiction,
    ...(info.stand ? { stand: info.stand } : {}),
    ...(info.excerpt ? { excerpt: true } : {}),
    // provisions without heading (plain text without §) stay as one unlabelled provision
    provisions: doc.provisions,
  };
}

/** Version note of a federal file: its latest amendment line, with the date of the data set. */
export function federalStand(body: string): string {
  for (const label of ['Zuletzt geändert durch', 'Geändert durch', 'Neugefasst durch']) {
    const m = new RegExp(`^${label}\\s*\\n:\\s+(.+)$`, 'm').exec(body);
    if (m) return `${label} ${m[1]!.trim().replace(/;$/, '')} (Datenstand März 2022)`;
  }
  return 'Datenstand März 2022';
}
