import type { ReviewResponse } from '../../contracts/api';
import { CATEGORY_LABELS, type Finding } from '../../contracts/finding';
import type { AbsatzRewrite } from '../../contracts/rewrite';
import { rewriteCommands } from './commands';
import type { Block } from './docx';
import { fundstelle } from './places';

export const germanDate = (d: Date) => d.toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' });

const STATUS_LABEL = { accepted: 'übernommen', dismissed: 'verworfen', open: 'offen' } as const;
const SEVERITY_LABEL = { hoch: 'hoch', mittel: 'mittel', hinweis: 'Hinweis' } as const;
const decisionOf = (r: ReviewResponse, f: Finding) => r.decisions[f.id] ?? 'open';
export const inDocumentOrder = (fs: Finding[]) => [...fs].sort((a, b) => a.location.start - b.location.start || a.location.end - b.location.end);

/**
 * The findings the drafter wants in the text: the accepted ones, or — while nothing is accepted yet — every open one
 * as a proposal. Shared by the Änderungsbefehle and the tracked-changes draft so both show the same changes.
 */
export function chosenFindings(r: ReviewResponse): { findings: Finding[]; proposals: boolean } {
  const ordered = inDocumentOrder(r.findings);
  const accepted = ordered.filter((f) => decisionOf(r, f) === 'accepted');
  return accepted.length > 0 ? { findings: accepted, proposals: false } : { findings: ordered.filter((f) => decisionOf(r, f) === 'open'), proposals: true };
}

/** Rewrites of the Absätze that still have findings the drafter has not dismissed. */
export const activeRewrites = (r: Pick<ReviewResponse, 'rewrites'>): AbsatzRewrite[] => (r.rewrites ?? []).filter((w) => w.findingIds.length > 0);

/**
 * The changes the drafter wants, as one rewrite per Absatz: the Absätze with a chosen finding (see chosenFindings),
 * and the chosen findings that lie in no rewritten Absatz with their own edit. A rewrite also resolves the open
 * findings of its Absatz: one Absatz gets one coherent wording, not a part of one.
 */
export function chosenChanges(r: ReviewResponse): { rewrites: AbsatzRewrite[]; loose: Finding[]; proposals: boolean } {
  const { findings, proposals } = chosenFindings(r);
  const chosen = new Set(findings.map((f) => f.id));
  const rewrites = activeRewrites(r).filter((w) => w.findingIds.some((id) => chosen.has(id)));
  const covered = new Set(activeRewrites(r).flatMap((w) => w.findingIds));
  return { rewrites, loose: findings.filter((f) => !covered.has(f.id)), proposals };
}

function commandBlocks(r: ReviewResponse): Block[] {
  const { rewrites, loose, proposals } = chosenChanges(r);
  const byId = new Map(r.findings.map((f) => [f.id, f]));
  const groups = rewriteCommands(r, rewrites, loose, byId);
  if (groups.length === 0) return [{ type: 'paragraph', text: 'Es liegen keine übernommenen oder offenen Änderungsbefehle vor.' }];
  const blocks: Block[] = proposals
    ? [{ type: 'paragraph', text: 'Noch kein Befund übernommen; alle offenen Änderungsbefehle sind Vorschläge („Vorschlag“).' }]
    : [];
  for (const g of groups) {
    blocks.push({ type: 'heading', level: 3, text: g.heading });
    if (g.intro) blocks.push({ type: 'paragraph', text: g.intro });
    blocks.push({ type: 'list', items: g.commands.map((c) => ({ ...(proposals ? { bold: 'Vorschlag:' } : {}), text: c.text })) });
  }
  const notes = rewrites.flatMap((w) => w.notes.map((n) => `${w.ref} ${w.law}: ${n}`));
  if (notes.length) blocks.push({ type: 'paragraph', bold: 'Hinweise für die Bearbeitung:', text: '' }, { type: 'list', items: notes.map((text) => ({ text })) });
  return blocks;
}

/** "1, 3 und 4" */
const numbers = (xs: number[]) => (xs.length <= 1 ? String(xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} und ${xs[xs.length - 1]}`);

/** Each rewritten Absatz: old and new wording, its command and the findings it resolves (numbered as below). */
function rewriteBlocks(r: ReviewResponse, ordered: Finding[]): Block[] {
  const rewrites = activeRewrites(r).filter((w) => w.edits.length > 0);
  if (rewrites.length === 0) return [];
  const index = new Map(ordered.map((f, i) => [f.id, i + 1]));
  const byId = new Map(r.findings.map((f) => [f.id, f]));
  const blocks: Block[] = [{ type: 'heading', level: 2, text: 'Neufassung je Absatz' }];
  for (const w of rewrites) {
    const first = byId.get(w.findingIds[0]!);
    const resolved = w.findingIds.filter((id) => !w.unresolved.includes(id)).map((id) => index.get(id)!).filter(Boolean);
    blocks.push(
      { type: 'heading', level: 3, text: first ? fundstelle(r, { ...first, location: { ...first.location, ref: w.ref } }) : `${w.ref} ${w.law}` },
      { type: 'paragraph', bold: 'Bisher:', text: w.original.trim() },
      { type: 'paragraph', bold: 'Neu:', text: w.text.trim() },
      { type: 'paragraph', bold: 'Änderungsbefehl:', text: w.command },
      ...(resolved.length ? [{ type: 'paragraph' as const, bold: 'Behebt:', text: `Befund${resolved.length > 1 ? 'e' : ''} ${numbers(resolved)}` }] : []),
      ...w.notes.map((n) => ({ type: 'paragraph' as const, bold: 'Hinweis:', text: n })),
    );
  }
  return blocks;
}

/** One finding as a block of labelled lines: readable on paper and in Word, unlike a table of nine narrow columns. */
function findingBlocks(r: ReviewResponse, f: Finding, i: number, rewriteOf: Map<string, AbsatzRewrite>): Block[] {
  const w = rewriteOf.get(f.id);
  // the Absatz's coherent rewrite replaces the finding's own suggestion, which may contradict another finding's
  const proposal = w ? `siehe „Neufassung je Absatz“, ${w.ref} (ein Änderungsbefehl für alle Befunde des Absatzes)` : f.suggestion;
  return [
    { type: 'heading', level: 3, text: `${i + 1}. ${fundstelle(r, f)}: ${CATEGORY_LABELS[f.category]}` },
    { type: 'paragraph', bold: 'Schwere und Status:', text: `${SEVERITY_LABEL[f.severity]}, ${STATUS_LABEL[decisionOf(r, f)]} (Prinzip ${f.principle}, Quelle: ${f.source})` },
    { type: 'paragraph', bold: 'Zitat:', text: `„${f.quote.match}“ in: „${f.quote.sentence}“` },
    { type: 'paragraph', bold: 'Erläuterung:', text: f.explanation },
    { type: 'paragraph', bold: 'Vorschlag:', text: proposal },
    ...(f.legalBasis.length ? [{ type: 'paragraph' as const, bold: 'Rechtsgrundlage:', text: f.legalBasis.join('; ') }] : []),
  ];
}

/**
 * The review export: the Änderungsbefehle for the accepted findings in document order, ready to paste into the
 * draft or an amending law (or, when nothing is accepted yet, every open one marked "Vorschlag"), then all findings.
 */
export function reviewBlocks(r: ReviewResponse, now: Date): Block[] {
  const ordered = inDocumentOrder(r.findings);
  const accepted = ordered.filter((f) => decisionOf(r, f) === 'accepted').length;
  const rewriteOf = new Map<string, AbsatzRewrite>();
  for (const w of activeRewrites(r)) for (const e of w.edits) for (const id of e.findingIds) rewriteOf.set(id, w);
  return [
    { type: 'heading', level: 1, text: `Digitalcheck: ${r.title}` },
    { type: 'paragraph', bold: 'Datum:', text: germanDate(now) },
    { type: 'paragraph', bold: 'Ergebnis:', text: `${r.provisions} Vorschriften geprüft, ${r.findings.length} Befunde, davon ${accepted} übernommen.` },
    { type: 'heading', level: 2, text: 'Änderungsbefehle' },
    ...commandBlocks(r),
    ...rewriteBlocks(r, ordered),
    { type: 'heading', level: 2, text: 'Befunde' },
    ...(ordered.length ? ordered.flatMap((f, i) => findingBlocks(r, f, i, rewriteOf)) : [{ type: 'paragraph' as const, text: 'Keine Befunde.' }]),
  ];
}
