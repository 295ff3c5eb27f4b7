import { Document, Packer, Paragraph, TextRun } from 'docx';
import { extractText } from '../../server/ingest/extract';
import { parseDraft } from '../../server/parser/draft';
import { buildOutline } from '../../server/parser/outline';
import { checkDocument } from '../../server/rules/engine';
import type { LawDocument } from '../../server/contracts/document';
import type { Finding } from '../../server/contracts/finding';
import { minimalPdf, wrapLines } from '../../test/fixtures/drafts/minimal-pdf';
import { seededRandom } from './random';

/**
 * Layout variants of one draft, as the same text reaches the tool from different sources: without blank lines
 * (most PDF text), re-wrapped at other line widths, as a PDF with running headers that alternate between odd and
 * even pages, and as a Word document. A draft must give the same structure and findings in every variant.
 */

export type VariantName = 'original' | 'ohne Leerzeilen' | 'umbrochen' | 'PDF' | 'DOCX';

export const stripBlankLines = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .join('\n');

/** Every line wrapped anew at a width between 55 and 100 characters, drawn per line. */
export function rewrap(text: string, random: () => number): string {
  return text
    .split('\n')
    .flatMap((line) => wrapLines(line, 55 + Math.floor(random() * 46)))
    .join('\n');
}

const LINES_PER_PAGE = 44;

/** A PDF of the re-wrapped text with a Drucksache header alternating between odd and even pages and a page number footer. */
export function asPdf(text: string, random: () => number): Buffer {
  const lines = stripBlankLines(rewrap(text, random)).split('\n');
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) {
    const n = pages.length + 1;
    const header = n % 2 === 0 ? `Drucksache 20/4711 – ${n} – Deutscher Bundestag – 20. Wahlperiode` : `Deutscher Bundestag – 20. Wahlperiode – ${n} – Drucksache 20/4711`;
    pages.push([...(n > 1 ? [header] : []), ...lines.slice(i, i + LINES_PER_PAGE), `- ${n} -`]);
  }
  return minimalPdf({ pages });
}

/** A Word document with one paragraph per non-blank line, as drafters write them. */
export async function asDocx(text: string): Promise<Buffer> {
  const paragraphs = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => new Paragraph({ children: [new TextRun(l)] }));
  return Packer.toBuffer(new Document({ creator: 'Digitalcheck-Assistent Testdaten', sections: [{ children: paragraphs }] }));
}

export interface VariantResult {
  name: VariantName;
  doc: LawDocument;
  findings: Finding[];
}

export async function variants(text: string, seed = 1): Promise<VariantResult[]> {
  const random = seededRandom(seed);
  const sources: [VariantName, () => Promise<string>][] = [
    ['original', async () => text],
    ['ohne Leerzeilen', async () => stripBlankLines(text)],
    ['umbrochen', async () => stripBlankLines(rewrap(text, random))],
    ['PDF', async () => (await extractText(asPdf(text, random), 'entwurf.pdf')).text],
    ['DOCX', async () => (await extractText(await asDocx(text), 'entwurf.docx')).text],
  ];
  const out: VariantResult[] = [];
  for (const [name, source] of sources) {
    const doc = parseDraft(await source());
    out.push({ name, doc, findings: checkDocument(doc) });
  }
  return out;
}

/** A finding as a drafter compares it: category and citation (law, §, Absatz), independent of offsets and line breaks. */
export const findingKey = (f: Finding) => [f.category, f.location.law, f.location.article ?? '', f.location.section ?? '', f.location.paragraph ?? ''].join('|');

/** Share of findings two variants agree on: matched keys (as multisets) over the larger count; 1 when both have none. */
export function agreement(a: readonly Finding[], b: readonly Finding[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const f of a) counts.set(findingKey(f), (counts.get(findingKey(f)) ?? 0) + 1);
  let same = 0;
  for (const f of b) {
    const k = findingKey(f);
    const n = counts.get(k) ?? 0;
    if (n > 0) {
      same++;
      counts.set(k, n - 1);
    }
  }
  return same / Math.max(a.length, b.length);
}

/** The Artikel of the law text, in order ("Artikel 1", …). */
export const articlesOf = (doc: LawDocument) => [...new Set(doc.provisions.flatMap((p) => (p.article ? [p.article] : [])))];

/** Findings whose start lies outside every law-text part (must be none). */
export function findingsOutsideLaw(doc: LawDocument, findings: readonly Finding[]): Finding[] {
  const law = (doc.parts ?? []).filter((p) => p.kind === 'law');
  if (law.length === 0) return [];
  return findings.filter((f) => !law.some((p) => f.location.start >= p.start && f.location.start < p.end));
}

/** The outline entries of the law text as a comparable list (kind and citation). */
export const outlineKeys = (doc: LawDocument, findings: readonly Finding[]) =>
  buildOutline(doc, findings)
    .filter((e) => e.kind === 'law' || e.kind === 'amendment')
    .map((e) => `${e.kind} ${e.ref}`);
