import type { LawDocument, Provision } from '../contracts/document';
import { estimateTokens } from './tokens';

/**
 * Provision-aware chunking for the AI review: whole §§ are packed into chunks up to a token budget; a § that is
 * too long alone is split between Absätze, never inside one, so every sentence reaches the model with its context.
 */

export interface ChunkPart {
  provisionId: string;
  label: string;
  title: string;
  start: number;
  end: number;
}

export interface ReviewChunk {
  parts: ChunkPart[];
  tokens: number;
}

function provisionParts(doc: LawDocument, p: Provision, budget: number): ChunkPart[] {
  const base = { provisionId: p.id, label: p.label, title: p.title };
  if (estimateTokens(doc.text.slice(p.start, p.end)) <= budget || p.paragraphs.length <= 1) return [{ ...base, start: p.start, end: p.end }];
  const parts: ChunkPart[] = [];
  // The heading and any text before the first Absatz travel with the first part.
  let start = p.start;
  let end = p.start;
  for (const para of p.paragraphs) {
    if (end > start && estimateTokens(doc.text.slice(start, para.end)) > budget) {
      parts.push({ ...base, start, end });
      start = para.start;
    }
    end = para.end;
  }
  parts.push({ ...base, start, end: Math.max(end, p.end) });
  return parts;
}

export function chunkProvisions(doc: LawDocument, budgetTokens: number, provisionIds?: ReadonlySet<string>): ReviewChunk[] {
  const chunks: ReviewChunk[] = [];
  let current: ReviewChunk = { parts: [], tokens: 0 };
  for (const p of doc.provisions) {
    if (provisionIds && !provisionIds.has(p.id)) continue;
    for (const part of provisionParts(doc, p, budgetTokens)) {
      const tokens = estimateTokens(doc.text.slice(part.start, part.end));
      if (current.parts.length > 0 && current.tokens + tokens > budgetTokens) {
        chunks.push(current);
        current = { parts: [], tokens: 0 };
      }
      current.parts.push(part);
      current.tokens += tokens;
    }
  }
  if (current.parts.length > 0) chunks.push(current);
  return chunks;
}

/** "§ 3 bis § 5" for notices. */
export function chunkLabel(chunk: ReviewChunk): string {
  const labels = [...new Set(chunk.parts.map((p) => p.label || 'Text'))];
  return labels.length === 1 ? labels[0]! : `${labels[0]} bis ${labels.at(-1)}`;
}
