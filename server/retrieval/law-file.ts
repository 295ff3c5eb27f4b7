import type { LawDocument, Provision } from '../contracts/document';
import { parseLawMarkdown } from '../parser/law-markdown';
import { parseParagraphs } from '../parser/structure';

/**
 * Corpus Markdown → the shared document structure. Laws (federal and Niedersachsen format) go through the
 * law parser, which also drops the excerpt markers; our guidance documents are split at "## " sections,
 * each section one provision labelled by its title.
 */

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
  path?: string;
}

/** Parses one corpus file; the manifest's metadata wins over what the file says about itself. */
export function parseLawFile(md: string, info: LawFileInfo): LawDocument {
  const parsed = parseLawMarkdown(md, info.path ? { path: info.path } : {});
  const stand = info.stand ?? parsed.stand;
  return {
    ...parsed,
    id: info.abbreviation,
    title: info.title,
    abbreviation: info.abbreviation,
    jurisdiction: info.jurisdiction,
    ...(stand ? { stand } : {}),
    ...(info.excerpt || parsed.excerpt ? { excerpt: true } : {}),
    provisions: info.kind === 'guidance' ? guidanceProvisions(parsed.text) : parsed.provisions,
  };
}
