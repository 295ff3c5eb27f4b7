import type { ReviewResponse } from '../contracts/api';
import { BEGRUENDUNG } from '../parser/draft-parts';
import { normalizeWhitespace, splitSentences } from '../parser/structure';

/**
 * The parts of a draft that explain it — Vorblatt (A. Problem und Ziel … F. Weitere Kosten) and Begründung
 * (Allgemeiner Teil with Digitaltauglichkeit, Vollzug, Erfüllungsaufwand; Besonderer Teil per Artikel and §) — as
 * sections with their heading path, so the documentation can cite what the drafters wrote with its place.
 * Everything outside the law text that the review's structure covers is read; the law text itself is not.
 */

export interface ExplanatorySection {
  /** "Begründung, B. Besonderer Teil, Zu Artikel 1, Zu Nummer 3" */
  place: string;
  /** The innermost heading, lower case, for topic matching. */
  heading: string;
  start: number;
  end: number;
}

export interface Evidence {
  place: string;
  /** One whole sentence as written (whitespace normalised). */
  text: string;
}

// the parser's heading, searched from the end of the law text on
const BEGRUENDUNG_FROM = new RegExp(BEGRUENDUNG.source, 'gm');

/** Heading lines and their depth: "A." 1, "I." 2, "Zu Artikel"/"Artikel 1 (…)"/"1." 3, "Zu §"/"Zu Nummer" 4, "Zu Buchstabe" 5. */
const HEADING_LEVELS: [RegExp, number][] = [
  [/^[A-H]\.\s+\S/, 1],
  [/^[IVX]+\.\s+\S/, 2],
  [/^(?:Zu\s+)?Artikel\s+\d+[a-z]?\b/, 3],
  [/^\d+\.\s+\p{Lu}/u, 3],
  [/^Zu\s+(?:§|Nummer|Absatz|den\s+Nummern)/, 4],
  [/^Zu\s+(?:Buchstabe|Doppelbuchstabe)/, 5],
];
const MAX_HEADING = 140;

function headingLevel(line: string): number | undefined {
  const t = line.replace(/^#{1,6}\s+/, '').replace(/\*\*/g, '').trim();
  if (t.length === 0 || t.length > MAX_HEADING || /[.;,]$/.test(t)) return undefined;
  return HEADING_LEVELS.find(([re]) => re.test(t))?.[1];
}

function sectionsIn(text: string, start: number, end: number, root: string): ExplanatorySection[] {
  const out: ExplanatorySection[] = [];
  const stack: { level: number; title: string }[] = [];
  let open: { place: string; heading: string; start: number } = { place: root, heading: root.toLowerCase(), start };
  const lines = /[^\n]*(?:\n|$)/g;
  lines.lastIndex = start;
  for (let m = lines.exec(text); m && m.index < end && m[0] !== ''; m = lines.exec(text)) {
    const level = headingLevel(m[0]);
    if (level === undefined) continue;
    out.push({ ...open, end: m.index });
    while (stack.length && stack.at(-1)!.level >= level) stack.pop();
    const title = normalizeWhitespace(m[0].replace(/^#{1,6}\s+/, '').replace(/\*\*/g, ''));
    stack.push({ level, title });
    open = { place: [root, ...stack.map((s) => s.title)].join(', '), heading: title.toLowerCase(), start: m.index + m[0].length };
  }
  out.push({ ...open, end });
  return out.filter((s) => s.end > s.start && text.slice(s.start, s.end).trim() !== '');
}

/** Vorblatt (before the law text) and Begründung (after its heading) of the reviewed document. */
export function explanatorySections(r: ReviewResponse): ExplanatorySection[] {
  const lawStart = r.structure.length ? Math.min(...r.structure.map((s) => s.start)) : r.text.length;
  const lawEnd = r.structure.length ? Math.max(...r.structure.map((s) => s.end)) : 0;
  BEGRUENDUNG_FROM.lastIndex = lawEnd;
  const begruendung = BEGRUENDUNG_FROM.exec(r.text);
  return [
    ...(lawStart > 0 ? sectionsIn(r.text, 0, lawStart, 'Vorblatt') : []),
    ...(begruendung ? sectionsIn(r.text, begruendung.index + begruendung[0].length, r.text.length, 'Begründung') : []),
  ];
}

const MIN_SENTENCE = 30;
const MAX_SENTENCE = 600;

/**
 * Whole sentences about a topic, best first: a sentence counts when it names the topic; it weighs more in a section
 * whose heading is about the topic or about one of the `provisions` concerned ("Zu § 5", "Zu Artikel 1").
 */
export function evidenceFor(
  text: string,
  sections: ExplanatorySection[],
  topic: { sentence: RegExp; heading: RegExp },
  provisions: string[] = [],
  limit = 2,
): Evidence[] {
  const scored: { score: number; at: number; e: Evidence }[] = [];
  const aboutProvision = (heading: string) => provisions.some((p) => new RegExp(`(?:^|\\s)${p.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`).test(heading));
  for (const s of sections) {
    const bonus = (topic.heading.test(s.heading) ? 2 : 0) + (aboutProvision(s.heading) ? 2 : 0);
    for (const sent of splitSentences(text, s.start, s.end)) {
      const words = normalizeWhitespace(text.slice(sent.start, sent.end));
      if (words.length < MIN_SENTENCE || words.length > MAX_SENTENCE || !topic.sentence.test(words)) continue;
      // a sentence must read as one: start with a capital letter or a quote, end with its full stop
      if (!/^[\p{Lu}„"]/u.test(words) || !/[.!?]["“”]?$/.test(words)) continue;
      scored.push({ score: 1 + bonus, at: sent.start, e: { place: s.place, text: words } });
    }
  }
  return scored
    .sort((a, b) => b.score - a.score || a.at - b.at)
    .slice(0, limit)
    .sort((a, b) => a.at - b.at)
    .map((s) => s.e);
}
