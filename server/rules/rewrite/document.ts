import type { LawDocument, Paragraph, Provision } from '../../contracts/document';
import { CATEGORY_LABELS, type Finding } from '../../contracts/finding';
import type { AbsatzRewrite } from '../../contracts/rewrite';
import { findProvision, formatRef } from '../../parser/locate';
import { checkText } from '../engine';
import { profileFor } from '../profile';
import { rewriteAbsatz } from './absatz';
import { fieldLaw, fieldProfile, sameField } from './field';

/**
 * Rewrites of a whole document: the findings grouped by Absatz, one coherent rewrite each, in document order.
 * Hints (severity "hinweis") ask the drafter a question and change no wording; they become notes.
 */

interface Group {
  provision: Provision;
  paragraph: Paragraph;
  findings: Finding[];
}

export function rewriteFindings(doc: LawDocument, findings: readonly Finding[], opts: { law?: string } = {}): AbsatzRewrite[] {
  const groups = new Map<string, Group>();
  for (const f of findings) {
    const provision = findProvision(doc, f.location.start);
    const paragraph = provision?.paragraphs.find((p) => f.location.start >= p.start && f.location.start < p.end);
    if (!provision || !paragraph) continue;
    const key = `${provision.id}:${paragraph.start}`;
    const g = groups.get(key) ?? { provision, paragraph, findings: [] };
    g.findings.push(f);
    groups.set(key, g);
  }
  const docProfile = profileFor(doc, opts.law ?? doc.abbreviation);
  return [...groups.values()]
    .sort((a, b) => a.paragraph.start - b.paragraph.start)
    .map((g) => rewriteGroup(doc, g, sameField(docProfile, fieldProfile(doc, g.provision, opts.law)) ? undefined : fieldLaw(g.provision.targetLaw!), opts));
}

function rewriteGroup(doc: LawDocument, g: Group, otherField: string | undefined, opts: { law?: string }): AbsatzRewrite {
  const { start, end } = g.paragraph;
  const original = doc.text.slice(start, end);
  const hints = g.findings.filter((f) => f.severity === 'hinweis');
  let findings = g.findings.filter((f) => f.severity !== 'hinweis');
  if (otherField) findings = inField(original, start, findings, otherField);
  const first = g.findings[0]!.location;
  const unit = { section: first.section, paragraph: first.paragraph };
  const r = rewriteAbsatz(original, findings, { unit, offset: start });
  const hintNotes = hints.map((h) => `Hinweis „${CATEGORY_LABELS[h.category]}“ zu „${h.quote.match}“: ${h.explanation}`);
  return {
    ref: formatRef(unit) || first.ref,
    law: g.provision.targetLaw ?? opts.law ?? doc.abbreviation,
    start,
    end,
    original,
    text: r.text,
    edits: r.edits,
    command: r.command,
    legalBasis: r.legalBasis,
    notes: [...r.notes, ...hintNotes],
    findingIds: g.findings.map((f) => f.id),
    unresolved: [...r.unresolved, ...hints.map((h) => h.id)],
  };
}

/**
 * The findings as the rules word them in the field of the amended law: the Absatz is checked again under that
 * law's name, and each finding takes the edit and enabling provisions of its twin (same category and place).
 */
function inField(absatz: string, offset: number, findings: Finding[], law: string): Finding[] {
  const twins = checkText(absatz, { law });
  return findings.map((f) => {
    const twin = twins.find((t) => t.category === f.category && t.location.start === f.location.start - offset);
    if (!twin) return f;
    const edit = twin.edit && { ...twin.edit, at: twin.edit.at + offset };
    return { ...f, legalBasis: twin.legalBasis, suggestion: twin.suggestion, ...(edit ? { edit } : {}) };
  });
}
