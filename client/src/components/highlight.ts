import type { Finding, Severity } from '../../../server/contracts/finding';
import { SEVERITY_ORDER } from '../labels';

export interface Segment {
  start: number;
  end: number;
  /** Findings covering the whole segment, in input order. */
  findings: Finding[];
  /** Structure anchors that start at this segment. */
  anchors: string[];
}

/**
 * Cuts `text` into segments at every finding boundary, so that overlapping findings become a run
 * of non-overlapping pieces, each knowing all findings that cover it. Offsets are clamped to the
 * text; empty or inverted spans are ignored.
 */
export function segmentText(length: number, findings: Finding[], anchors: { id: string; start: number }[] = []): Segment[] {
  const valid = findings.filter((f) => f.location.start < f.location.end && f.location.start < length);
  const points = new Set<number>([0, length]);
  for (const f of valid) {
    points.add(f.location.start);
    points.add(Math.min(f.location.end, length));
  }
  const anchorsAt = new Map<number, string[]>();
  for (const a of anchors) {
    const at = Math.max(0, Math.min(a.start, length));
    points.add(at);
    anchorsAt.set(at, [...(anchorsAt.get(at) ?? []), a.id]);
  }
  const sorted = [...points].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.location.start - b.location.start);

  const segments: Segment[] = [];
  let active: Finding[] = [];
  let next = 0;
  for (let i = 0; i < sorted.length - 1; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    active = active.filter((f) => Math.min(f.location.end, length) > start);
    while (next < byStart.length && byStart[next]!.location.start <= start) {
      const f = byStart[next++]!;
      if (Math.min(f.location.end, length) > start) active.push(f);
    }
    segments.push({ start, end, findings: [...active], anchors: anchorsAt.get(start) ?? [] });
  }
  if (length === 0 && anchorsAt.size) segments.push({ start: 0, end: 0, findings: [], anchors: anchorsAt.get(0) ?? [] });
  return segments;
}

export function strongestSeverity(findings: Finding[]): Severity {
  for (const s of SEVERITY_ORDER) if (findings.some((f) => f.severity === s)) return s;
  return 'hinweis';
}
