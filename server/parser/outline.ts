import type { DocumentPart, LawDocument, OutlineEntry, Provision, Span } from '../contracts/document';

/**
 * The Gliederung a drafter checks against the document: the parts that are not law text (Vorblatt, Begründung …)
 * as such, every provision of the law text, and law text that no provision covers, each with the number of
 * findings in it. A finding counts for the innermost entry holding its start (new wording inside an Artikel).
 */

const PART_KIND: Record<DocumentPart['kind'], OutlineEntry['kind']> = {
  cover: 'other',
  vorblatt: 'vorblatt',
  anschreiben: 'other',
  inhaltsuebersicht: 'inhaltsuebersicht',
  law: 'law',
  begruendung: 'begruendung',
  stellungnahme: 'other',
  gegenaeusserung: 'other',
  synopse: 'other',
  other: 'other',
};

const ARTICLE_HEADING = /^\s*(?:#{1,6}\s+)?(?:\*\*)?Artikel\s+(\d+[a-z]?)\b/;

/** Law text left outside every provision matters from this many letters on (a stray page number does not). */
const UNASSIGNED_MIN_LETTERS = 40;

/** "Artikel 1 Nummer 2 Buchstabe a – § 5a NMarktG", in the words of the Handbuch der Rechtsförmlichkeit. */
export function provisionRef(p: Provision): string {
  const place = [p.article, p.number && `Nummer ${p.number}`, p.letter && `Buchstabe ${p.letter}`, p.doubleLetter && `Doppelbuchstabe ${p.doubleLetter}`]
    .filter(Boolean)
    .join(' ');
  const own = p.label && p.label !== p.article ? [p.label, p.targetLaw].filter(Boolean).join(' ') : '';
  if (place && own) return `${place} – ${own}`;
  return place || own || p.title || 'Text ohne Gliederung';
}

function provisionEntry(p: Provision): OutlineEntry {
  const section = p.label && p.label !== p.article ? p.label : undefined;
  return {
    kind: p.amendedWording ? 'amendment' : 'law',
    ...(p.article ? { article: p.article } : {}),
    ...(p.number ? { number: p.number } : {}),
    ...(p.letter ? { letter: p.letter } : {}),
    ...(p.targetLaw ? { targetLaw: p.targetLaw } : {}),
    ...(section ? { section } : {}),
    ref: provisionRef(p),
    ...(p.title ? { title: p.title } : {}),
    start: p.start,
    end: p.end,
    checked: true,
    findings: 0,
  };
}

function partEntry(part: DocumentPart): OutlineEntry {
  return {
    kind: PART_KIND[part.kind],
    ...(part.article ? { article: part.article } : {}),
    ...(part.section ? { section: part.section } : {}),
    ref: part.title,
    start: part.start,
    end: part.end,
    checked: false,
    findings: 0,
  };
}

const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

/** Stretches of the law text that no top-level provision covers and that hold real text. */
function gaps(text: string, law: Span, provisions: readonly Provision[]): Span[] {
  const out: Span[] = [];
  let cur = law.start;
  for (const p of [...provisions].sort((a, b) => a.start - b.start)) {
    if (p.start > cur && letters(text.slice(cur, p.start)) >= UNASSIGNED_MIN_LETTERS) out.push({ start: cur, end: p.start });
    cur = Math.max(cur, p.end);
  }
  if (law.end > cur && letters(text.slice(cur, law.end)) >= UNASSIGNED_MIN_LETTERS) out.push({ start: cur, end: law.end });
  return out;
}

export function buildOutline(doc: LawDocument, findings: readonly { location: { start: number } }[]): OutlineEntry[] {
  const parts = doc.parts ?? [{ kind: 'law' as const, title: 'Gesetzestext', start: 0, end: doc.text.length }];
  const entries: OutlineEntry[] = [];
  for (const part of parts) {
    if (part.kind !== 'law') {
      entries.push(partEntry(part));
      continue;
    }
    const inPart = doc.provisions.filter((p) => p.start >= part.start && p.start < part.end);
    const first = inPart.reduce((m, p) => Math.min(m, p.start), part.end);
    for (const g of gaps(doc.text, part, inPart)) {
      // the heading of an Artikel that enacts §§ of its own stands above them: the entry spans the whole Artikel
      const heading = ARTICLE_HEADING.exec(doc.text.slice(g.start, g.end));
      if (heading) {
        const article = `Artikel ${heading[1]}`;
        const end = inPart.filter((p) => p.article === article).reduce((m, p) => Math.max(m, p.end), g.end);
        entries.push({ kind: 'law', article, ref: article, start: g.start, end, checked: true, findings: 0 });
        continue;
      }
      // the title and Eingangsformel stand above the first provision; anything else is text nothing could place
      const head = g.end <= first;
      entries.push({
        kind: 'other',
        ref: head ? 'Titel und Eingangsformel' : 'Nicht zugeordneter Text',
        ...g,
        checked: false,
        ...(head ? {} : { unassigned: true }),
        findings: 0,
      });
    }
    entries.push(...inPart.map(provisionEntry));
  }
  entries.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const f of findings) {
    let best: OutlineEntry | undefined;
    for (const e of entries) {
      if (f.location.start >= e.start && f.location.start < e.end && (!best || e.end - e.start < best.end - best.start)) best = e;
    }
    if (best) best.findings++;
  }
  return entries;
}
