import type { ReviewResponse, ReviewStructureItem } from '../contracts/api';
import { PRINCIPLE_TITLES, type Finding, type Principle } from '../contracts/finding';
import { normalizeWhitespace, splitSentences } from '../parser/structure';
import { evidenceFor, explanatorySections, type Evidence } from './explanatory';
import type { Block } from './review/docx';
import { germanDate } from './review/export';
import { fundstelle } from './review/places';

/**
 * Offline draft of the Digitalcheck documentation for a reviewed draft. It claims only what a check stands behind:
 * - the six Vorprüfung questions get a proposed answer with the sentence of the law text that suggests it — a
 *   proposal the drafter confirms, never a finding;
 * - a principle is "nicht erfüllt" / "teilweise erfüllt" where rule findings show hindrances, "keine Hindernisse
 *   gefunden" where the rules check its core and found none, and otherwise "nicht automatisch geprüft" — with the
 *   Digitalcheck's guiding questions and the sentences of the Begründung that speak to it, cited with their place.
 * Never "erfüllt": no text scan can show that a principle is met. The LLM layer may refine `DocumentationDraft`.
 */

export type Answer = 'Ja' | 'Nein' | 'Unklar';
export const PRINCIPLE_STATUSES = ['nicht erfüllt', 'teilweise erfüllt', 'keine Hindernisse gefunden', 'nicht automatisch geprüft'] as const;
export type PrincipleStatus = (typeof PRINCIPLE_STATUSES)[number];

export interface PrecheckAnswer {
  id: string;
  question: string;
  /** Proposed answer; the drafter confirms or changes it. */
  answer: Answer;
  reason: string;
}

export interface PrincipleAssessment {
  principle: Principle;
  title: string;
  status: PrincipleStatus;
  reason: string;
  /** What the rule check of this principle looks for, or that there is none. */
  checked: string;
  /** Guiding questions of the Digitalcheck for the drafter. */
  questions: string[];
  /** Findings of the rule check (Fundstelle and sentence). */
  quotes: { ref: string; text: string }[];
  /** Sentences of the Vorblatt or the Begründung that speak to the principle. */
  evidence: Evidence[];
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
}

const PRECHECK: PrecheckRule[] = [
  {
    id: 'it-system',
    question: 'Erfordert die Regelung die Anpassung oder Neuentwicklung eines IT-Systems?',
    categories: ['technologie_spezifisch', 'basisdienst', 'medienbruch'],
    pattern: /\b(?:IT-\w*|elektronisch\w*|digital\w*|Register\w*|Datenbank\w*|Portal\w*|Nutzerkont\w*|Verfahren\w* zur automatisierten)\b/,
  },
  {
    id: 'verpflichtungen-fuer-beteiligte',
    question: 'Schafft die Regelung Mitwirkungspflichten für Beteiligte (Behörden, Bürgerinnen und Bürger, Unternehmen)?',
    categories: ['nachweis_vorlage', 'schriftform', 'persoenliches_erscheinen'],
    pattern: /\b(?:vorzulegen|beizufügen|anzuzeigen|mitzuteilen|nachzuweisen|zu beantragen|zu melden|ist verpflichtet|sind verpflichtet)\b/,
  },
  {
    id: 'datenaustausch',
    question: 'Werden Daten ausgetauscht, z. B. weil die Regelung Daten erhebt, die der Verwaltung bereits vorliegen?',
    categories: ['nachweis_vorlage', 'datenschutz', 'begriffsharmonisierung'],
    pattern: /\b(?:übermitt\w*|Daten\w*|Register\w*|Auskunft\w*|abrufen|Abruf\w*)\b/,
  },
  {
    id: 'kommunikation',
    question: 'Führt die Regelung zu Interaktion zwischen Behörden und Bürgerinnen und Bürgern oder Unternehmen?',
    categories: ['schriftform', 'unterschrift', 'persoenliches_erscheinen', 'postalisch', 'papier_vordruck', 'aushang_bekanntmachung', 'original_beglaubigung', 'zahlung', 'papierakte'],
    pattern: /\b(?:Antrag\w*|Anzeige\w*|Bescheid\w*|Mitteilung\w*|Bekanntgabe\w*|Zustellung\w*|Genehmigung\w*)\b/,
  },
  {
    id: 'automatisierung',
    question: 'Könnte der Vollzug durch Automatisierung einzelner Schritte verbessert werden?',
    categories: ['unbestimmter_begriff'],
    pattern: /\b(?:Bescheid\w*|berechn\w*|festzusetzen|Festsetzung\w*|Erstattung\w*|Zahlung\w*|Gebühr\w*)\b/,
  },
  {
    id: 'eu-bezug',
    question: 'Werden Daten oder Informationen zwischen Verwaltungen von EU-Mitgliedstaaten ausgetauscht?',
    categories: [],
    pattern: /\b(?:Europäische[nr]? Union|EU-\w+|Mitgliedstaat\w*|grenzüberschreitend\w*)\b/,
  },
];

/**
 * Per principle: what the rule catalogue checks (only principle 1 has rules for its core; the others have a rule for
 * one aspect or none), the Digitalcheck's guiding questions (version 1.5) and the words that mark a sentence of the
 * Begründung, or a heading of it, as speaking to the principle.
 */
interface PrincipleGuide {
  checked: string;
  /** True when the rules cover the principle's core, so that no finding may be reported as "keine Hindernisse gefunden". */
  core: boolean;
  questions: string[];
  sentence: RegExp;
  heading: RegExp;
}

const DIGITAL_HEADING = /digital|e-government|onlinezugang/;

const GUIDES: Record<Principle, PrincipleGuide> = {
  1: {
    checked: 'Die Regelprüfung sucht nach Schriftform, eigenhändiger Unterschrift, persönlichem Erscheinen, Originalen und Beglaubigungen, Papier und Vordrucken, Aushang, Postweg und technologiespezifischen Vorgaben.',
    core: true,
    questions: [
      'Verlangt die Regelung Schriftform oder persönliches Erscheinen, und ist das wirklich erforderlich?',
      'Kann die Vorlage von Unterlagen entfallen oder eine Vorlagepflicht durch eine Vorhaltepflicht ersetzt werden?',
      'Bleiben analoge Zugangswege für Menschen, die digitale Angebote nicht nutzen können?',
      'Sind Barrierefreiheit und eine nutzerfreundliche Umsetzung bedacht?',
    ],
    sentence: /\b(?:digital\w*|elektronisch\w*|Schriftform\w*|online\w*|Onlinezugang\w*|barrierefrei\w*|Nutzerkont\w*|Medienbr\w*)/i,
    heading: /digital|elektronisch|schriftform|zugang/,
  },
  2: {
    checked: 'Die Regelprüfung sucht nur nach Pflichten, Nachweise vorzulegen, die der Verwaltung schon vorliegen können (Once-Only); einheitliche Rechtsbegriffe, Datenstandards und die Nachnutzung von Daten prüft sie nicht.',
    core: false,
    questions: [
      'Werden Rechtsbegriffe verwendet, die in anderen Gesetzen bereits (anders) bestimmt sind?',
      'Liegen die benötigten Daten der Verwaltung schon vor, und schafft die Regelung die Grundlage, sie abzurufen statt neu zu erheben?',
      'Können neu erhobene Daten von anderen Stellen genutzt werden?',
      'Gibt es für den Datenaustausch Standards (z. B. XÖV, FIM), und ist der Übermittlungsweg bestimmt?',
    ],
    sentence: /\b(?:Register\w*|Once-Only|Nachweis\w*|Datenaustausch\w*|Datenübermittlung\w*|Standard\w*|XÖV|Begriffsbestimmung\w*)/i,
    heading: /daten|register|nachweis/,
  },
  3: {
    checked: 'Die Regelprüfung weist nur auf Stellen hin, an denen Basisdienste (Nutzerkonto, Postfach, Portal) genutzt werden könnten; ob etablierte Technologien und offene Standards ermöglicht werden, prüft sie nicht.',
    core: false,
    questions: [
      'Kann die Umsetzung etablierte öffentliche Lösungen nutzen, etwa Basisdienste nach dem Onlinezugangsgesetz (Nutzerkonto, Postfach, Portal)?',
      'Wie viel Gestaltungsspielraum brauchen die Vollzugsbehörden (Regelung im Gesetz oder in einer Verordnung)?',
      'Sind EU-Vorgaben (eIDAS, NIS-2) oder technische Richtlinien des BSI einschlägig?',
      'Werden Open-Source-Software und offene Standards ermöglicht?',
    ],
    sentence: /\b(?:Basisdienst\w*|Nutzerkont\w*|Verwaltungsportal\w*|Portal\w*|IT-\w+|Software\w*|Open[- ]Source|Schnittstelle\w*|Fachverfahren\w*)/i,
    heading: /technik|technolog|it-|umsetzung/,
  },
  4: {
    checked: 'Die Regelprüfung weist nur auf unbestimmte Begriffe und Ermessen hin; ob der Vollzug automatisiert werden kann, prüft sie nicht.',
    core: false,
    questions: [
      'Folgt die Regelung bestehenden Prozessen und Zuständigkeiten (z. B. FIM-Prozessmodellen)?',
      'Wie viele Fälle sind jährlich zu erwarten, und sind die Entscheidungen gebunden, sodass sie automatisiert ergehen könnten (§ 35a VwVfG)?',
      'Sind Regel, Ausnahmen und Ermessen klar getrennt; können Pauschalen oder feste Schwellenwerte unbestimmte Begriffe ersetzen?',
      'Sind Begriffe und Abläufe eindeutig und widerspruchsfrei?',
    ],
    sentence: /\b(?:Vollzug\w*|automatisier\w*|Automatisierung\w*|Ermessen\w*|Pauschal\w*|Fallzahl\w*|Erfüllungsaufwand\w*)/i,
    heading: /vollzug|erfüllungsaufwand|verwaltungsaufwand/,
  },
  5: {
    checked: 'Datenschutz und Informationssicherheit prüft die Regelprüfung nicht.',
    core: false,
    questions: [
      'Werden personenbezogene Daten oder besondere Kategorien personenbezogener Daten verarbeitet, und nur die erforderlichen?',
      'Sind Rechtsgrundlage, Zweck, Empfänger und Löschfristen der Verarbeitung bestimmt?',
      'Sind sichere Speicherung und Übermittlung vorgeschrieben, und gibt es Vorkehrungen gegen Missbrauch?',
      'Können überholte Datenschutz- oder Sicherheitsanforderungen entfallen?',
    ],
    sentence: /\b(?:Datenschutz\w*|personenbezogen\w*|Informationssicherheit|IT-Sicherheit|Datenschutz-Grundverordnung|DSGVO|Löschfrist\w*|Zweckbindung)/i,
    heading: /datenschutz|sicherheit/,
  },
};

const clip = (s: string, n = 300) => (s.length > n ? `${s.slice(0, n).replace(/\s+\S*$/, '')} …` : s);

/** Where a provision's text starts: its heading line ("§ 3 Daten") holds no sentence of it. */
function bodyStart(review: ReviewResponse, p: ReviewStructureItem): number {
  const headingEnd = review.text.indexOf('\n', p.start);
  return p.label && headingEnd >= 0 && headingEnd < p.end && review.text.slice(p.start, headingEnd).includes(p.label) ? headingEnd + 1 : p.start;
}

/** The whole sentence of the law text at `offset` and the provision it belongs to. */
function lawSentenceAt(review: ReviewResponse, offset: number): { ref: string; text: string } | undefined {
  const items = review.structure.filter((s) => offset >= s.start && offset < s.end);
  const p = items.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  if (!p) return undefined;
  const sentence = splitSentences(review.text, bodyStart(review, p), p.end).find((x) => offset >= x.start && offset < x.end);
  if (!sentence) return undefined;
  const ref = [p.article !== p.label ? p.article : undefined, p.label, p.targetLaw].filter(Boolean).join(' ') || 'Entwurf';
  return { ref, text: normalizeWhitespace(review.text.slice(sentence.start, sentence.end)).replace(/^\(\d+[a-z]?\)\s*/, '') };
}

/** The first place of the law text (not the Vorblatt or the Begründung) that matches `pattern`. */
function lawTextMatch(review: ReviewResponse, pattern: RegExp): { ref: string; text: string } | undefined {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (const item of [...review.structure].sort((a, b) => a.start - b.start)) {
    re.lastIndex = bodyStart(review, item);
    const m = re.exec(review.text);
    if (m && m.index < item.end) return lawSentenceAt(review, m.index);
  }
  return undefined;
}

export function buildDocumentation(review: ReviewResponse, now: Date): DocumentationDraft {
  const findings = review.findings.filter((f) => review.decisions[f.id] !== 'dismissed');

  const precheck = PRECHECK.map((q): PrecheckAnswer => {
    const hit = findings.find((f) => q.categories.includes(f.category));
    if (hit) return { id: q.id, question: q.question, answer: 'Ja', reason: `Befund in ${fundstelle(review, hit)}: „${clip(hit.quote.sentence)}“` };
    const m = lawTextMatch(review, q.pattern);
    if (m) return { id: q.id, question: q.question, answer: 'Ja', reason: `${m.ref}: „${clip(m.text)}“` };
    return q.id === 'eu-bezug'
      ? { id: q.id, question: q.question, answer: 'Unklar', reason: 'Der Entwurf enthält keinen Hinweis auf grenzüberschreitenden Datenaustausch; bitte fachlich prüfen.' }
      : { id: q.id, question: q.question, answer: 'Unklar', reason: 'Im Gesetzestext kein Anhaltspunkt gefunden; bitte fachlich prüfen.' };
  });

  const sections = explanatorySections(review);
  const principles = ([1, 2, 3, 4, 5] as Principle[]).map((p): PrincipleAssessment => {
    const guide = GUIDES[p]!;
    const own = findings.filter((f) => f.principle === p);
    // the Besonderer Teil on the provisions with findings ("Zu § 5", "Zu Artikel 1") speaks to them
    const concerned = [...new Set(own.flatMap((f) => [f.location.section, f.location.article].filter((x): x is string => Boolean(x))))];
    const evidence = evidenceFor(review.text, sections, { sentence: guide.sentence, heading: new RegExp(`${guide.heading.source}|${DIGITAL_HEADING.source}`) }, concerned);
    const base = {
      principle: p,
      title: PRINCIPLE_TITLES[p] ?? '',
      checked: guide.checked,
      questions: guide.questions,
      quotes: own.slice(0, 5).map((f) => ({ ref: fundstelle(review, f), text: clip(f.quote.sentence) })),
      evidence,
    };
    const high = own.filter((f) => f.severity === 'hoch');
    if (high.length) {
      const n = high.length;
      return { ...base, status: 'nicht erfüllt', reason: `${n} schwerwiegende${n === 1 ? 'r' : ''} Befund${n === 1 ? '' : 'e'} (z. B. ${high[0]!.explanation})` };
    }
    if (own.length) {
      return { ...base, status: 'teilweise erfüllt', reason: `${own.length} Hinweis${own.length === 1 ? '' : 'e'} mittlerer oder geringer Schwere; die Formulierungen sollten überarbeitet werden.` };
    }
    if (guide.core) {
      return { ...base, status: 'keine Hindernisse gefunden', reason: 'Die Regelprüfung hat keine der gesuchten Formulierungen gefunden. Das heißt nicht, dass das Prinzip erfüllt ist; bitte anhand der Leitfragen prüfen.' };
    }
    return { ...base, status: 'nicht automatisch geprüft', reason: 'Dieses Prinzip kann der Assistent nicht automatisch prüfen; bitte anhand der Leitfragen und der Begründung beurteilen.' };
  });

  return { title: review.title, date: germanDate(now), precheck, principles };
}

const capitalized = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

export function documentationBlocks(d: DocumentationDraft): Block[] {
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: `Dokumentation der Digitaltauglichkeit: ${d.title}` },
    { type: 'paragraph', bold: 'Entwurf vom', text: `${d.date} (automatisch erstellt aus der Regelprüfung; bitte fachlich prüfen und ergänzen)` },
    ...(d.notices ?? []).map((n): Block => ({ type: 'paragraph', bold: 'Hinweis:', text: n })),
    { type: 'heading', level: 2, text: 'Vorprüfung: Digitalbezug' },
    {
      type: 'paragraph',
      text: 'Die Antworten sind Vorschläge des Assistenten aus dem Gesetzestext. Bitte jede Antwort bestätigen oder ändern, bevor die Vorprüfung übermittelt wird.',
    },
    {
      type: 'list',
      items: d.precheck.map((q) => ({ bold: q.question, text: `Vorgeschlagene Antwort: ${q.answer} (bitte bestätigen)\nAnhaltspunkt: ${q.reason}` })),
    },
    { type: 'heading', level: 2, text: 'Prinzipien für digitaltaugliche Gesetzgebung' },
  ];
  for (const p of d.principles) {
    blocks.push(
      { type: 'heading', level: 3, text: `Prinzip ${p.principle}: ${p.title}` },
      { type: 'paragraph', bold: `${capitalized(p.status)}.`, text: p.reason },
      { type: 'paragraph', bold: 'Geprüft:', text: p.checked },
    );
    for (const q of p.quotes) blocks.push({ type: 'quote', text: `${q.ref}: „${q.text}“` });
    blocks.push({ type: 'paragraph', bold: 'Leitfragen des Digitalchecks:', text: '' }, { type: 'list', items: p.questions.map((text) => ({ text })) });
    if (p.evidence.length) {
      blocks.push({ type: 'paragraph', bold: 'Aus Vorblatt und Begründung:', text: '' });
      for (const e of p.evidence) blocks.push({ type: 'quote', text: `${e.place}: „${e.text}“` });
    } else {
      blocks.push({ type: 'paragraph', bold: 'Aus Vorblatt und Begründung:', text: 'Vorblatt und Begründung enthalten zu diesem Prinzip keine Ausführungen.' });
    }
  }
  return blocks;
}
