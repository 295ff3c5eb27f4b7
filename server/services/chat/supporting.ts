import type { SearchHit } from '../../contracts/search';
import { hitCovers, hitFits, hitMissing, type Term } from './fit';
import { askedNouns, isDigital, ownAskedNouns } from './general-lead';
import { sectionOf } from './relevance';

/**
 * Further provisions next to an answer: the answer (a card, or the sentence of one provision) cites its own sources,
 * while the provision the question asks about may stand second or third among the chat's retrieved hits — the card on
 * Bescheide answers, § 39 VwVfG on their Begründung is not quoted. Such a hit is named as further reading, never as
 * the answer, when retrieval ranks it near the top with a score close to the best and it covers what the asked
 * sentence is about (its own nouns, or the whole message where it names none).
 */

/** Only the first law hits of the retrieval: lower ones are what the search found as well, not what it found first. */
const TOP_RANK = 3;
/** A hit far below the best law hit shares words with the question, not its point. */
const STRONG_SHARE = 0.7;
/** At most this many further provisions: reading, not a second answer. */
export const MAX_SUPPORTING = 2;

/**
 * The strong law hits of the retrieval that cover the asked point and are not yet quoted (`quoted(law, section)`),
 * best first.
 */
export function supportingHits(question: string, hits: readonly SearchHit[], quoted: (law: string, section: string) => boolean): SearchHit[] {
  const terms = ownAskedNouns(question);
  if (terms.length === 0) return [];
  const all = firstSections(hits);
  const sections = strongAmong(all);
  // a first hit far ahead of the next is where the question's words concentrate: one asked noun of its own is enough
  // for it ("Antrag auf eine Sozialleistung … aus Versehen … beim Träger" → § 16 SGB I, which says "Leistungsträger")
  const dominant = all.length > 1 && all[0]!.score >= DOMINANCE * all[1]!.score ? all[0] : undefined;
  // any other hit is on the asked point where it covers two of its nouns (not the digital way: "E-Mail" fits every
  // rule on electronic documents), or covers it and outscores what the answer quotes itself — one general noun
  // ("Nachweise", "Internet") is shared by many provisions beside the one the answer quotes
  const quotedScores = hits.filter((h) => h.kind !== 'guidance' && quoted(h.law, sectionOf(h))).map((h) => h.score);
  const outscores = (h: SearchHit) => quotedScores.length > 0 && h.score > Math.max(...quotedScores);
  const covers = (h: SearchHit) => {
    if (h === dominant) return terms.some((t) => hitCovers([t], h));
    const missing = hitMissing(terms, h);
    if (!hitFits(terms, missing)) return false;
    const named = terms.filter((t) => !isDigital(t) && !missing.includes(t)).length;
    return named >= 2 || outscores(h);
  };
  return sections.filter((h) => !quoted(h.law, sectionOf(h)) && covers(h)).slice(0, MAX_SUPPORTING);
}

/** The first law §§ of the retrieval (one hit each, its best Absatz). */
function firstSections(hits: readonly SearchHit[]): SearchHit[] {
  const sections: SearchHit[] = [];
  for (const h of hits) {
    if (sections.length >= TOP_RANK) break;
    if (h.kind !== 'guidance' && !sections.some((s) => s.law === h.law && sectionOf(s) === sectionOf(h))) sections.push(h);
  }
  return sections;
}

/** Those of the first law §§ (firstSections) that score close to the best. */
function strongAmong(sections: SearchHit[]): SearchHit[] {
  const top = Math.max(0, ...sections.map((h) => h.score));
  return sections.filter((h) => h.score >= STRONG_SHARE * top);
}
/** How far the first law hit must lead the second to count as where the question's words concentrate. */
const DOMINANCE = 1.5;

/**
 * Where no provision covers the told case ("Kitaplatz", "Eltern") but a strong hit covers what the asked sentence is
 * about (the Meldebescheinigung its pronoun stands for): the hits nearest to the question, to be offered as such.
 * None for a message that is all question: there the fit already read every noun as asked.
 */
export function nearestHits(question: string, hits: readonly SearchHit[]): { hits: SearchHit[]; story: Term[] } {
  const own = ownAskedNouns(question);
  const asked = new Set(own.map((t) => t.stem));
  const story = askedNouns(question).filter((t) => !asked.has(t.stem));
  if (own.length === 0 || story.length === 0) return { hits: [], story };
  return { hits: strongAmong(firstSections(hits)).filter((h) => hitCovers(own, h)).slice(0, MAX_SUPPORTING), story };
}
