import type { ReviewResponse } from '../../contracts/api';
import type { Finding } from '../../contracts/finding';
import { logger } from '../../logger';
import { rewriteChanges, textChanges, type TextChange } from './changes';
import { chosenChanges } from './export';
import { fundstelle } from './places';
import { trackedDocxFromDocx, trackedDocxFromText } from './tracked-docx';

/**
 * "Entwurf mit Änderungsvorschlägen": the reviewed draft with the accepted findings (or, before any is accepted,
 * the open ones) as tracked changes — in the uploaded Word file itself when there is one. Each Absatz with findings
 * gets the changes of its one coherent rewrite; findings outside any rewritten Absatz bring their own edit. What
 * could not be marked in the text is listed at the end, so nothing the drafter accepted is silently lost.
 */
export async function trackedDraft(r: ReviewResponse, docx: Buffer | undefined, now: Date): Promise<Buffer> {
  const { rewrites, loose, proposals } = chosenChanges(r);
  const own = textChanges(r.text, loose);
  const { unplaced } = own;
  const changes = [...rewriteChanges(r.text, rewrites), ...own.changes].sort((a, b) => a.start - b.start || a.end - b.end);
  const findings = [...rewrites.flatMap((w) => w.findingIds), ...loose.map((f) => f.id)];
  const byId = new Map(r.findings.map((f) => [f.id, f]));
  const line = (f: Finding, reason: string) => `${fundstelle(r, f)}: ${f.amendment || f.suggestion} (${reason})`;
  const notes = (missed: TextChange[]) => {
    const lines = [
      ...unplaced.map((u) => line(u.finding, u.reason)),
      ...rewrites.flatMap((w) =>
        w.unresolved
          .map((id) => byId.get(id))
          .filter((f): f is Finding => f !== undefined && f.severity !== 'hinweis')
          .map((f) => line(f, 'in der Neufassung des Absatzes nicht enthalten; bitte von Hand einarbeiten')),
      ),
      ...missed.flatMap((c) => c.findingIds.map((id) => line(byId.get(id)!, 'Die Stelle wurde im Word-Dokument nicht eindeutig gefunden; bitte von Hand einarbeiten.'))),
    ];
    return [
      ...(proposals && findings.length ? ['Hinweis des Digitalcheck-Assistenten: Noch kein Befund übernommen; alle offenen Vorschläge sind als Änderungen markiert.'] : []),
      ...(lines.length ? ['Hinweis des Digitalcheck-Assistenten: Diese Vorschläge sind nicht als Änderung im Text markiert:', ...lines] : []),
    ];
  };
  const meta = { title: r.title, date: now, notes };
  if (docx) {
    try {
      return (await trackedDocxFromDocx(docx, r.text, changes, meta)).buffer;
    } catch (e) {
      // a Word file we cannot rewrite still gets its changes, in a plain copy of the text
      logger.warn({ err: e, review: r.id }, 'tracked changes in the uploaded docx failed; exporting the text');
    }
  }
  return trackedDocxFromText(r.text, changes, meta);
}
