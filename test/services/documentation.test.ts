import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeWhitespace } from '../../server/parser/structure';
import { buildDocumentation, documentationBlocks, PRINCIPLE_STATUSES } from '../../server/services/documentation';
import { renderMarkdown } from '../../server/services/review/docx';
import { reviewOf } from '../support/review';

const FIXTURES = join(import.meta.dirname, '../fixtures/drafts');
const DRAFTS = ['entwurf-ehrenamtskarte.txt', 'aenderung-nkomvg.md', 'entwurf-fischereierlaubnis.md', 'artikelgesetz-maerkte.txt'];


const draft = (name: string) => reviewOf(readFileSync(join(FIXTURES, name), 'utf8'), name);
const NOW = new Date('2026-12-01T10:00:00Z');

describe('honest Digitalcheck documentation', () => {
  it.each(DRAFTS)('%s: no principle is "erfüllt", unchecked ones say so, evidence is whole sentences from Vorblatt or Begründung', (name) => {
    const r = draft(name);
    const d = buildDocumentation(r, NOW);
    const lawStart = Math.min(...r.structure.map((s) => s.start));
    const lawEnd = Math.max(...r.structure.map((s) => s.end));
    const flat = normalizeWhitespace(r.text);
    for (const p of d.principles) {
      expect(PRINCIPLE_STATUSES).toContain(p.status);
      const findings = r.findings.filter((f) => f.principle === p.principle);
      if (findings.length === 0) expect(p.status).toBe(p.principle === 1 ? 'keine Hindernisse gefunden' : 'nicht automatisch geprüft');
      expect(p.questions.length).toBeGreaterThanOrEqual(3);
      for (const e of p.evidence) {
        expect(e.place).toMatch(/^(?:Vorblatt|Begründung)\b/);
        expect(e.text).toMatch(/^[A-ZÄÖÜ„"].*[.!?]$/s);
        const at = flat.indexOf(e.text);
        expect(at).toBeGreaterThanOrEqual(0);
        // not the law text: before it (Vorblatt) or after it (Begründung)
        const offset = r.text.indexOf(e.text.slice(0, 20));
        expect(offset < lawStart || offset >= lawEnd).toBe(true);
      }
    }
    const md = renderMarkdown(documentationBlocks(d));
    expect(md).not.toMatch(/\*\*Erfüllt\.\*\*/);
    expect(md.match(/\(bitte bestätigen\)/g)).toHaveLength(6);
  });

  it('cites the Begründung part that speaks to each principle, with its place', () => {
    const d = buildDocumentation(draft('entwurf-ehrenamtskarte.txt'), NOW);
    const p = (n: number) => d.principles.find((x) => x.principle === n)!;
    expect(p(5).status).toBe('nicht automatisch geprüft');
    expect(p(5).evidence).toContainEqual({
      place: 'Begründung, B. Besonderer Teil, Zu § 3',
      text: 'Die Vorschrift schafft die Rechtsgrundlage für die Verarbeitung personenbezogener Daten nach Artikel 6 Absatz 1 Buchstabe e der Datenschutz-Grundverordnung.',
    });
    expect(p(4).evidence[0]).toEqual({
      place: 'Begründung, A. Allgemeiner Teil, III. Erfüllungsaufwand',
      text: 'Für die Gemeinden entsteht ein Erfüllungsaufwand von jährlich etwa 40 000 Euro für die Bearbeitung von schätzungsweise 8 000 Anträgen.',
    });
    expect(p(3).evidence.map((e) => e.place)).toEqual(['Begründung, A. Allgemeiner Teil, II. Digitaltauglichkeit']);
    // principle 1 has findings: its status comes from them, the Digitaltauglichkeit part is its evidence
    expect(p(1).status).toBe('nicht erfüllt');
    expect(p(1).evidence[0]!.place).toBe('Begründung, A. Allgemeiner Teil, II. Digitaltauglichkeit');
  });

  it('says plainly when the Begründung has nothing on a principle', () => {
    const d = buildDocumentation(draft('entwurf-fischereierlaubnis.md'), NOW);
    const md = renderMarkdown(documentationBlocks(d));
    expect(md).toContain('Vorblatt und Begründung enthalten zu diesem Prinzip keine Ausführungen.');
  });

  it('takes pre-check evidence from the law text as whole sentences, never from the Begründung', () => {
    const r = draft('entwurf-ehrenamtskarte.txt');
    const d = buildDocumentation({ ...r, findings: [] }, NOW);
    const it = d.precheck.find((q) => q.id === 'it-system')!;
    expect(it.answer).toBe('Unklar');
    const data = d.precheck.find((q) => q.id === 'datenaustausch')!;
    expect(data).toMatchObject({ answer: 'Ja', reason: '§ 3: „Die Gemeinde darf die zur Ausstellung erforderlichen personenbezogenen Daten verarbeiten.“' });
  });
});
