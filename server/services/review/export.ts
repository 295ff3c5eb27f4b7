import type { ReviewResponse } from '../../contracts/api';
import { CATEGORY_LABELS, type Finding } from '../../contracts/finding';
import { amendmentCommands } from './commands';
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

function commandBlocks(r: ReviewResponse): Block[] {
  const { findings, proposals } = chosenFindings(r);
  if (findings.length === 0) return [{ type: 'paragraph', text: 'Es liegen keine übernommenen oder offenen Änderungsbefehle vor.' }];
  const blocks: Block[] = proposals
    ? [{ type: 'paragraph', text: 'Noch kein Befund übernommen; alle offenen Änderungsbefehle sind Vorschläge („Vorschlag“).' }]
    : [];
  for (const g of amendmentCommands(r, findings)) {
    blocks.push({ type: 'heading', level: 3, text: g.heading });
    if (g.intro) blocks.push({ type: 'paragraph', text: g.intro });
    blocks.push({ type: 'list', items: g.commands.map((c) => ({ ...(proposals ? { bold: 'Vorschlag:' } : {}), text: c.text })) });
  }
  return blocks;
}

/** One finding as a block of labelled lines: readable on paper and in Word, unlike a table of nine narrow columns. */
function findingBlocks(r: ReviewResponse, f: Finding, i: number): Block[] {
  return [
    { type: 'heading', level: 3, text: `${i + 1}. ${fundstelle(r, f)}: ${CATEGORY_LABELS[f.category]}` },
    { type: 'paragraph', bold: 'Schwere und Status:', text: `${SEVERITY_LABEL[f.severity]}, ${STATUS_LABEL[decisionOf(r, f)]} (Prinzip ${f.principle}, Quelle: ${f.source})` },
    { type: 'paragraph', bold: 'Zitat:', text: `„${f.quote.match}“ in: „${f.quote.sentence}“` },
    { type: 'paragraph', bold: 'Erläuterung:', text: f.explanation },
    { type: 'paragraph', bold: 'Vorschlag:', text: f.suggestion },
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
  return [
    { type: 'heading', level: 1, text: `Digitalcheck: ${r.title}` },
    { type: 'paragraph', bold: 'Datum:', text: germanDate(now) },
    { type: 'paragraph', bold: 'Ergebnis:', text: `${r.provisions} Vorschriften geprüft, ${r.findings.length} Befunde, davon ${accepted} übernommen.` },
    { type: 'heading', level: 2, text: 'Änderungsbefehle' },
    ...commandBlocks(r),
    { type: 'heading', level: 2, text: 'Befunde' },
    ...(ordered.length ? ordered.flatMap((f, i) => findingBlocks(r, f, i)) : [{ type: 'paragraph' as const, text: 'Keine Befunde.' }]),
  ];
}
