import type { LawDocument, Paragraph, Provision } from '../../contracts/document';
import { CATEGORY_LABELS, type Finding } from '../../contracts/finding';
import type { AbsatzRewrite } from '../../contracts/rewrite';
import { findProvision, formatRef } from '../../parser/locate';
import { buildAmendment } from '../amendment';
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
    .map((g) => {
      const first = g.findings[0]!.location;
      const unit = { ...(first.section ? { section: first.section } : {}), ...(first.paragraph ? { paragraph: first.paragraph } : {}) };
      const field = sameField(docProfile, fieldProfile(doc, g.provision, opts.law)) ? undefined : fieldLaw(g.provision.targetLaw!);
      const ctx: AbsatzContext = {
        ref: formatRef(unit) || first.ref,
        law: g.provision.targetLaw ?? opts.law ?? doc.abbreviation,
        start: g.paragraph.start,
        end: g.paragraph.end,
        unit,
        ...(field ? { field } : {}),
      };
      return rewriteInContext(doc.text, ctx, g.findings);
    });
}

/** What a stored rewrite keeps to be computed again for other findings of its Absatz (a decision of the drafter). */
export type AbsatzContext = Pick<AbsatzRewrite, 'ref' | 'law' | 'start' | 'end' | 'unit' | 'field'>;

/**
 * The rewrite of one Absatz of `text` for `findings` (those of the Absatz the drafter has not dismissed). Cheap:
 * only the Absatz is read, so a decision can be worked in without parsing the document again.
 */
export function rewriteInContext(text: string, ctx: AbsatzContext, findings: readonly Finding[]): AbsatzRewrite {
  const { start, end } = ctx;
  const original = text.slice(start, end);
  const hints = findings.filter((f) => f.severity === 'hinweis');
  let resolvable = findings.filter((f) => f.severity !== 'hinweis');
  if (ctx.field) resolvable = inField(original, start, resolvable, ctx.field);
  const r = rewriteAbsatz(original, resolvable, { unit: ctx.unit, offset: start });
  const hintNotes = hints.map((h) => `Hinweis „${CATEGORY_LABELS[h.category]}“ zu „${h.quote.match}“: ${h.explanation}`);
  return {
    ref: ctx.ref,
    law: ctx.law,
    start,
    end,
    unit: ctx.unit,
    ...(ctx.field ? { field: ctx.field } : {}),
    original,
    text: r.text,
    edits: r.edits,
    command: r.command,
    legalBasis: r.legalBasis,
    notes: [...r.notes, ...hintNotes],
    findingIds: findings.map((f) => f.id),
    unresolved: [...r.unresolved, ...hints.map((h) => h.id)],
  };
}

/**
 * The findings as the rules word them in the field of the amended law: the Absatz is checked again under that
 * law's name, and each finding takes the explanation, edit, enabling provisions and command of its twin (same
 * category and place).
 */
function inField(absatz: string, offset: number, findings: Finding[], law: string): Finding[] {
  const twins = checkText(absatz, { law });
  return findings.map((f) => {
    const twin = twins.find((t) => t.category === f.category && t.location.start === f.location.start - offset);
    if (!twin) return f;
    const edit = twin.edit && { ...twin.edit, at: twin.edit.at + offset };
    return {
      ...f,
      explanation: twin.explanation,
      legalBasis: twin.legalBasis,
      suggestion: twin.suggestion,
      ...(edit ? { edit, amendment: buildAmendment(f.location, edit) } : {}),
    };
  });
}

/**
 * Findings in the new wording of an amending draft, worded for the field of the law each Artikel amends: a draft
 * that amends the BGB and the ZPO cites §§ 126 ff. BGB and § 130a ZPO there, not the VwVfG of the draft as a whole.
 * Findings outside such wording, or in a law of the draft's own field, are returned as they are.
 */
export function inAmendedFields(doc: LawDocument, findings: readonly Finding[], opts: { law?: string } = {}): Finding[] {
  const docProfile = profileFor(doc, opts.law ?? doc.abbreviation);
  const byAbsatz = new Map<string, { paragraph: Paragraph; law: string; ids: Set<string> }>();
  for (const f of findings) {
    const provision = findProvision(doc, f.location.start);
    const paragraph = provision?.paragraphs.find((p) => f.location.start >= p.start && f.location.start < p.end);
    if (!provision?.targetLaw || !paragraph || sameField(docProfile, fieldProfile(doc, provision, opts.law))) continue;
    const key = `${provision.id}:${paragraph.start}`;
    const g = byAbsatz.get(key) ?? { paragraph, law: fieldLaw(provision.targetLaw), ids: new Set<string>() };
    g.ids.add(f.id);
    byAbsatz.set(key, g);
  }
  const reworded = new Map<string, Finding>();
  for (const g of byAbsatz.values()) {
    const own = findings.filter((f) => g.ids.has(f.id));
    const absatz = doc.text.slice(g.paragraph.start, g.paragraph.end);
    for (const f of inField(absatz, g.paragraph.start, own, g.law)) reworded.set(f.id, f);
  }
  return findings.map((f) => reworded.get(f.id) ?? f);
}
