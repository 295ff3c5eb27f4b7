import type { ReviewResponse } from '../contracts/api';
import { PRINCIPLE_TITLES, type Finding, type Principle } from '../contracts/finding';
import type { Block } from './review/docx';
import { germanDate } from './review/export';

/**
 * Offline draft of the Digitalcheck documentation for a reviewed draft: the six Vorprüfung questions
 * pre-filled with reasons, and per principle a status with the provisions that justify it. Derived only
 * from the rule findings and the draft text; the LLM layer may refine `DocumentationDraft` before rendering.
 */

export type Answer = 'Ja' | 'Nein' | 'Unklar';
export type PrincipleStatus = 'erfüllt' | 'teilweise erfüllt' | 'nicht erfüllt' | 'nicht relevant';

export interface PrecheckAnswer {
  id: string;
  question: string;
  answer: Answer;
  reason: string;
}

export interface PrincipleAssessment {
  principle: Principle;
  title: string;
  status: PrincipleStatus;
  reason: string;
  quotes: { ref: string; text: string }[];
}

export interface DocumentationDraft {
  title: string;
  date: string;
  precheck: PrecheckAnswer[];
  principles: PrincipleAssessment[];
  /** German notices shown above the draft (e.g. that the language model was not available). */
  notices?: string[];
}

interface PrecheckRule {
  id: string;
  question: string;
  categories: Finding['category'][];
  /** Wording in the draft that indicates the aspect even without a finding. */
  pattern: RegExp;
  /** The principles this question makes relevant. */
  principles: Principle[];
}

const PRECHECK: PrecheckRule[] = [
  {
    id: 'it-system',
    question: 'Erfordert die Regelung die Anpassung oder Neuentwicklung eines IT-Systems?',
    categories: ['technologie_spezifisch', 'basisdienst', 'medienbruch'],
    pattern: /\b(?:IT-\w*|elektronisch\w*|digital\w*|Register\w*|Datenbank\w*|Portal\w*|Nutzerkont\w*|Verfahren\w* zur automatisierten)\b/,
    principles: [3],
  },
  {
    id: 'verpflichtungen-fuer-beteiligte',
    question: 'Schafft die Regelung Mitwirkungspflichten für Beteiligte (Behörden, Bürgerinnen und Bürger, Unternehmen)?',
    categories: ['nachweis_vorlage', 'schriftform', 'persoenliches_erscheinen'],
    pattern: /\b(?:vorzulegen|beizufügen|anzuzeigen|mitzuteilen|nachzuweisen|zu beantragen|zu melden|ist verpflichtet|sind verpflichtet)\b/,
    principles: [1, 2],
  },
  {
    id: 'datenaustausch',
    question: 'Werden Daten ausgetauscht, z. B. weil die Regelung Daten erhebt, die der Verwaltung bereits vorliegen?',
    categories: ['nachweis_vorlage', 'datenschutz', 'begriffsharmonisierung'],
    pattern: /\b(?:übermitt\w*|Daten\w*|Register\w*|Auskunft\w*|abrufen|Abruf\w*)\b/,
    principles: [2, 5],
  },
  {
    id: 'kommunikation',
    question: 'Führt die Regelung zu Interaktion zwischen Behörden und Bürgerinnen und Bürgern oder Unternehmen?',
    categories: ['schriftform', 'unterschrift', 'persoenliches_erscheinen', 'postalisch', 'papier_vordruck', 'aushang_bekanntmachung', 'original_beglaubigung', 'zahlung', 'papierakte'],
    pattern: /\b(?:Antrag\w*|Anzeige\w*|Bescheid\w*|Mitteilung\w*|Bekanntgabe\w*|Zustellung\w*|Genehmigung\w*)\b/,
    principles: [1],
  },
  {
    id: 'automatisierung',
    question: 'Könnte der Vollzug durch Automatisierung einzelner Schritte verbessert werden?',
    categories: ['unbestimmter_begriff'],
    pattern: /\b(?:Bescheid\w*|berechn\w*|festzusetzen|Festsetzung\w*|Erstattung\w*|Zahlung\w*|Gebühr\w*)\b/,
    principles: [4],
  },
  {
    id: 'eu-bezug',
    question: 'Werden Daten oder Informationen zwischen Verwaltungen von EU-Mitgliedstaaten ausgetauscht?',
    categories: [],
    pattern: /\b(?:Europäische[nr]? Union|EU-\w+|Mitgliedstaat\w*|grenzüberschreitend\w*)\b/,
    principles: [],
  },
];

const clip = (s: string, n = 300) => (s.length > n ? `${s.slice(0, n).replace(/\s+\S*$/, '')} …` : s);

function refAt(review: ReviewResponse, offset: number): string {
  const p = review.structure.find((s) => offset >= s.start && offset < s.end);
  return p ? `${p.label}${p.title ? ` (${p.title})` : ''}` : 'Entwurf';
}

function sentenceAround(text: string, offset: number): string {
  const start = Math.max(text.lastIndexOf('.', offset) + 1, text.lastIndexOf('\n', offset) + 1, 0);
  const ends = ['.', '\n'].map((c) => text.indexOf(c, offset)).filter((i) => i >= 0);
  const end = ends.length ? Math.min(...ends) + 1 : text.length;
  return text.slice(start, end).trim();
}

export function buildDocumentation(review: ReviewResponse, now: Date): DocumentationDraft {
  const findings = review.findings.filter((f) => review.decisions[f.id] !== 'dismissed');
  const relevant = new Set<Principle>();

  const precheck = PRECHECK.map((q): PrecheckAnswer => {
    const hit = findings.find((f) => q.categories.includes(f.category));
    if (hit) {
      q.principles.forEach((p) => relevant.add(p));
      return { id: q.id, question: q.question, answer: 'Ja', reason: `Befund in ${hit.location.ref}: „${clip(hit.quote.sentence)}“` };
    }
    const m = q.pattern.exec(review.text);
    if (m) {
      q.principles.forEach((p) => relevant.add(p));
      return { id: q.id, question: q.question, answer: 'Ja', reason: `${refAt(review, m.index)}: „${clip(sentenceAround(review.text, m.index))}“` };
    }
    return q.id === 'eu-bezug'
      ? { id: q.id, question: q.question, answer: 'Unklar', reason: 'Der Entwurf enthält keinen Hinweis auf grenzüberschreitenden Datenaustausch; bitte fachlich prüfen.' }
      : { id: q.id, question: q.question, answer: 'Unklar', reason: 'Im Text kein Anhaltspunkt gefunden; bitte fachlich prüfen.' };
  });

  const principles = ([1, 2, 3, 4, 5] as Principle[]).map((p): PrincipleAssessment => {
    const own = findings.filter((f) => f.principle === p);
    const quotes = own.slice(0, 5).map((f) => ({ ref: f.location.ref, text: clip(f.quote.sentence) }));
    const base = { principle: p, title: PRINCIPLE_TITLES[p] ?? '', quotes };
    if (own.some((f) => f.severity === 'hoch')) {
      const n = own.filter((f) => f.severity === 'hoch').length;
      return { ...base, status: 'nicht erfüllt', reason: `${n} schwerwiegende${n === 1 ? 'r' : ''} Befund${n === 1 ? '' : 'e'} (z. B. ${own.find((f) => f.severity === 'hoch')!.explanation})` };
    }
    if (own.length > 0) {
      return { ...base, status: 'teilweise erfüllt', reason: `${own.length} Hinweis${own.length === 1 ? '' : 'e'} mittlerer oder geringer Schwere; Formulierungen sollten überarbeitet werden.` };
    }
    if (relevant.has(p) || (p === 5 && /personenbezogen/i.test(review.text))) {
      return { ...base, status: 'erfüllt', reason: 'Der Prinzipienbezug besteht laut Vorprüfung; die Regelprüfung hat keine Hindernisse gefunden.' };
    }
    return { ...base, status: 'nicht relevant', reason: 'Weder Vorprüfung noch Regelprüfung zeigen einen Bezug zu diesem Prinzip.' };
  });

  return { title: review.title, date: germanDate(now), precheck, principles };
}

export function documentationBlocks(d: DocumentationDraft): Block[] {
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: `Dokumentation der Digitaltauglichkeit: ${d.title}` },
    { type: 'paragraph', bold: 'Entwurf vom', text: `${d.date} (automatisch erstellt aus der Regelprüfung; bitte fachlich prüfen und ergänzen)` },
    ...(d.notices ?? []).map((n): Block => ({ type: 'paragraph', bold: 'Hinweis:', text: n })),
    { type: 'heading', level: 2, text: 'Vorprüfung: Digitalbezug' },
    { type: 'table', header: ['Nr.', 'Frage', 'Antwort', 'Begründung'], rows: d.precheck.map((q, i) => [String(i + 1), q.question, q.answer, q.reason]) },
    { type: 'heading', level: 2, text: 'Prinzipien für digitaltaugliche Gesetzgebung' },
  ];
  for (const p of d.principles) {
    blocks.push(
      { type: 'heading', level: 3, text: `Prinzip ${p.principle}: ${p.title}` },
      { type: 'paragraph', bold: `${p.status[0]!.toUpperCase()}${p.status.slice(1)}.`, text: p.reason },
    );
    for (const q of p.quotes) blocks.push({ type: 'quote', text: `${q.ref}: „${q.text}“` });
  }
  return blocks;
}
