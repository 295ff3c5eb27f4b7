import type { ReviewResponse, ReviewStructureItem } from '../../contracts/api';
import type { LawDocument, OutlineEntry, ParseWarning } from '../../contracts/document';
import { CATEGORY_LABELS, type Finding, type Severity } from '../../contracts/finding';
import { extractText } from '../../ingest/extract';
import { parseDraft } from '../../parser/draft';
import { buildOutline } from '../../parser/outline';
import { checkDocument } from '../../rules/engine';
import { inAmendedFields, rewriteFindings } from '../../rules/rewrite';
import type { AbsatzRewrite } from '../../contracts/rewrite';
import { structureItems } from './places';

/**
 * Everything an uploaded draft goes through before it is stored: extraction, structure, rule checks and the
 * findings cap. Runs inside a worker thread (draft-worker.ts), so its result is plain data.
 */
export interface DraftAnalysis {
  title: string;
  format: ReviewResponse['format'];
  text: string;
  provisions: number;
  structure: ReviewStructureItem[];
  findings: Finding[];
  /** One coherent rewrite per Absatz with findings (computed here, where the parsed document is at hand). */
  rewrites: AbsatzRewrite[];
  /** The Gliederung with the finding counts of `findings`. */
  outline: OutlineEntry[];
  /** Places the parser could not read (unbalanced quotation marks, unassigned text). */
  warnings: ParseWarning[];
  /** German notices (e.g. that the findings were capped, with the counts per category). */
  notices: string[];
  /** The parsed document, only when asked for (the AI review needs it; the stored review does not). */
  doc?: LawDocument;
}

export interface AnalyzeOptions {
  maxFindings: number;
  includeDocument?: boolean;
  /** Stage reports for the uploading browser. */
  onStage?: (stage: 'structure' | 'checks') => void;
}

const RANK: Record<Severity, number> = { hoch: 0, mittel: 1, hinweis: 2 };
const de = (n: number) => n.toLocaleString('de-DE');

/** The `max` most severe findings in document order, and a notice with the counts per category of all of them. */
export function capFindings(findings: Finding[], max: number): { findings: Finding[]; notices: string[] } {
  if (findings.length <= max) return { findings, notices: [] };
  const kept = new Set(
    findings
      .map((f, i) => ({ f, i }))
      .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
      .slice(0, max)
      .map((x) => x.f),
  );
  const byCategory = new Map<string, number>();
  for (const f of findings) byCategory.set(f.category, (byCategory.get(f.category) ?? 0) + 1);
  const counts = [...byCategory]
    .sort((a, b) => b[1] - a[1])
    .map(([c, n]) => `${CATEGORY_LABELS[c as Finding['category']]} ${de(n)}`)
    .join(', ');
  return {
    findings: findings.filter((f) => kept.has(f)),
    notices: [
      `Der Entwurf enthält ${de(findings.length)} Befunde; angezeigt und gespeichert werden die ${de(max)} schwersten (bei gleicher Schwere die ersten im Text). ` +
        `Befunde je Kategorie: ${counts}. Für eine vollständige Liste laden Sie den Entwurf bitte in Teilen hoch.`,
    ],
  };
}

export async function analyzeDraft(buf: Buffer, filename: string, opts: AnalyzeOptions): Promise<DraftAnalysis> {
  const { text, format } = await extractText(buf, filename);
  opts.onStage?.('structure');
  // the draft's first line is its title; the caller falls back to the file name when the text has none
  const doc = parseDraft(text, {});
  opts.onStage?.('checks');
  const capped = capFindings(inAmendedFields(doc, checkDocument(doc)), opts.maxFindings);
  return {
    title: doc.title,
    format,
    text: doc.text,
    provisions: doc.provisions.length,
    structure: structureItems(doc),
    findings: capped.findings,
    rewrites: rewriteFindings(doc, capped.findings),
    outline: buildOutline(doc, capped.findings),
    warnings: doc.warnings ?? [],
    notices: capped.notices,
    ...(opts.includeDocument ? { doc } : {}),
  };
}
