import type { LawDocument } from '../contracts/document';
import type { Finding } from '../contracts/finding';
import type { AbsatzRewrite } from '../contracts/rewrite';
import { findProvision } from '../parser/locate';
import { rewriteFindings } from '../rules/rewrite';

/**
 * Screening reports one finding per provision and category, but the fix a drafter can adopt is the coherent rewrite
 * of the whole Absatz: several findings of one Absatz edited one by one contradict each other, and the findings the
 * report leaves out (a second "schriftlich" in the same §) would stay unfixed. So every reported finding carries the
 * new wording and the Änderungsbefehl of the Absätze of its provision that its category was found in.
 *
 * `all` are the engine's findings before the per-provision reduction, `kept` those reported. A finding whose
 * category no rewrite resolves (hints, wording the rewrite leaves to the drafter) keeps its own suggestion.
 */
export function withAbsatzRewrites(doc: LawDocument, all: readonly Finding[], kept: readonly Finding[]): Finding[] {
  if (kept.length === 0) return [];
  const rewrites = rewriteFindings(doc, all).filter((r) => r.command !== '');
  const category = new Map(all.map((f) => [f.id, f.category]));
  const resolves = (r: AbsatzRewrite, f: Finding) => {
    const unresolved = new Set(r.unresolved);
    return r.findingIds.some((id) => !unresolved.has(id) && category.get(id) === f.category);
  };
  return kept.map((f) => {
    const provision = findProvision(doc, f.location.start);
    if (!provision) return f;
    const own = rewrites.filter((r) => r.start >= provision.start && r.end <= provision.end && resolves(r, f));
    if (own.length === 0) return f;
    // the per-finding edit described a change the Absatz rewrite now supersedes
    const { edit: _superseded, ...rest } = f;
    return { ...rest, suggestion: own.map((r) => r.text).join('\n\n'), amendment: own.map((r) => r.command).join('\n') };
  });
}
