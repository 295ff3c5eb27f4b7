import type { ReviewResponse } from '../../contracts/api';
import { CATEGORY_LABELS, type Finding } from '../../contracts/finding';
import type { Block } from './docx';

export const germanDate = (d: Date) => d.toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' });

const STATUS_LABEL = { accepted: 'übernommen', dismissed: 'verworfen', open: 'offen' } as const;
const decisionOf = (r: ReviewResponse, f: Finding) => r.decisions[f.id] ?? 'open';
const inDocumentOrder = (fs: Finding[]) => [...fs].sort((a, b) => a.location.start - b.location.start || a.location.end - b.location.end);

/**
 * The review export: the accepted amendment instructions in document order, ready to paste into a
 * Referentenentwurf (or, when nothing is accepted yet, every open one marked "Vorschlag"), then all findings.
 */
export function reviewBlocks(r: ReviewResponse, now: Date): Block[] {
  const ordered = inDocumentOrder(r.findings);
  const accepted = ordered.filter((f) => decisionOf(r, f) === 'accepted');
  const proposals = accepted.length > 0 ? accepted : ordered.filter((f) => decisionOf(r, f) === 'open');
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: `Digitalcheck: ${r.title}` },
    { type: 'paragraph', bold: 'Datum:', text: germanDate(now) },
    {
      type: 'paragraph',
      bold: 'Ergebnis:',
      text: `${r.provisions} Vorschriften geprüft, ${r.findings.length} Befunde, davon ${accepted.length} übernommen.`,
    },
    { type: 'heading', level: 2, text: 'Änderungsbefehle' },
  ];
  if (proposals.length === 0) {
    blocks.push({ type: 'paragraph', text: 'Es liegen keine übernommenen oder offenen Änderungsbefehle vor.' });
  } else {
    if (accepted.length === 0) {
      blocks.push({ type: 'paragraph', text: 'Noch kein Befund übernommen; alle offenen Änderungsbefehle sind als „Vorschlag“ gekennzeichnet.' });
    }
    blocks.push({
      type: 'list',
      items: proposals.map((f) => ({
        bold: `${f.location.ref}${accepted.length === 0 ? ' (Vorschlag)' : ''}:`,
        text: f.amendment || f.suggestion,
      })),
    });
  }
  blocks.push(
    { type: 'heading', level: 2, text: 'Befunde' },
    {
      type: 'table',
      header: ['Nr.', 'Fundstelle', 'Kategorie', 'Schwere', 'Zitat', 'Erläuterung', 'Vorschlag', 'Rechtsgrundlage', 'Status'],
      rows: ordered.map((f, i) => [
        String(i + 1),
        f.location.ref,
        CATEGORY_LABELS[f.category],
        f.severity,
        `„${f.quote.match}“`,
        f.explanation,
        f.suggestion,
        f.legalBasis.join('; '),
        STATUS_LABEL[decisionOf(r, f)],
      ]),
    },
  );
  return blocks;
}
