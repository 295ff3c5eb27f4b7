import type { ChatState } from '../../contracts/chat-state';
import { CATEGORY_LABELS, type Finding } from '../../contracts/finding';
import type { ProvisionText, SearchIndex } from '../../retrieval/index';
import type { AnswerContext } from './answerer';
import { recaseNouns } from './recase';
import { askedSentence, isLandQuestion, matchedWords, namesTopicPhrase, withoutLandWords, narrowsEarlier, rankCards, resolveCards, resolveSources, termText, type AnswerCard } from './cards';
import { parseCitations } from '../../retrieval/citations';
import type { Citation, SearchHit } from '../../contracts/search';
import { asksWording, type Intent } from './classify';
import { fits, haystack, namesAnyField, specificTerms, uncovered, type Haystack, type Term } from './fit';
import { rewriteProvision } from './rewrite';
import { codeLaws, counterpart, type ProvisionRef, COURT_FIELD_NAMES, familyOf, FIELD_NAMES, namedCode, namedCourt, otherCodeLaws, TABLE_NAMES } from './procedure-codes';
import { sectionOf } from './relevance';
import { answerKind, askedNouns, questionsAfterCase, scopeObject, TEMPORAL } from './general-lead';

const QUERY_CHARS = 2000;
const ABSATZ_LIST = /(Abs\.\s*\d+[a-z]?)(?:\s*(?:,|und|bis|u\.)\s*\d+[a-z]?)+/g;

/** What one turn works on, derived from the intent and the conversation state; and the state after the turn. */
export interface TurnPlan {
  ctx: Omit<AnswerContext, 'history' | 'hits'>;
  /** Retrieval query; undefined when the turn needs no retrieval (out of scope, nothing to rewrite). */
  query?: string;
  state: ChatState;
  /** Whether the offline answerer answers even when a model is configured (scope message, rule-based rewrite). */
  offlineOnly: boolean;
}

/** For a checked passage the useful sources are the fixes: the enabling provisions its findings name and the guidance on their categories. */
function findingsQuery(passage: string, findings: Finding[]): string {
  if (findings.length === 0) return passage.slice(0, QUERY_CHARS);
  // "§ 3a Abs. 2 und 3 VwVfG": the citation parser would read "3" as § 3, so only the first Absatz is kept
  const bases = [...new Set(findings.flatMap((f) => f.legalBasis).map((b) => b.replace(ABSATZ_LIST, '$1')))].slice(0, 6);
  const cats = [...new Set(findings.map((f) => CATEGORY_LABELS[f.category]))];
  return [...bases, ...cats].join(' ');
}

/** A new topic replaces the earlier card; a follow-up without a card of its own keeps it. */
function topicState(state: ChatState, topic: string, card: AnswerCard | undefined, keepCard: boolean): ChatState {
  const { lastCard, ...rest } = state;
  const cardId = card?.id ?? (keepCard ? lastCard : undefined);
  return { ...rest, lastTopic: topic.slice(-QUERY_CHARS), ...(cardId ? { lastCard: cardId } : {}) };
}

/** "das", "dies", "dafür" standing for something said before, not as an article ("das Formular"). */
const REFERS_BACK = /\b(?:das|dies|dafür|dazu|damit|davon|dabei)\b(?![ \t]+\p{Lu})(?![ \t]*[-–])/u;

/** Intents whose answer quotes what the next follow-up refers to; a closing or a scope message changes nothing. */
const CITING_INTENTS = new Set<Intent['kind']>(['question', 'howto', 'follow_up', 'check']);
const MAX_EARLIER = 12;
/** A law says whom it covers in one of its first sections, titled so. */
const OPENING_SECTIONS = ['§ 1', '§ 2', '§ 3', '§ 4'];
const SCOPE_TITLE = /geltungsbereich|anwendungsbereich/i;

/** The state after an answer: the provisions it quoted, each § once, for the next follow-up to refer to. */
export function withCited(state: ChatState, intent: Intent['kind'], citations: readonly Citation[]): ChatState {
  if (!CITING_INTENTS.has(intent)) return state;
  const { lastCited: _, ...rest } = state;
  const seen = new Set<string>();
  const cited: NonNullable<ChatState['lastCited']> = [];
  for (const c of citations) {
    if (c.kind === 'guidance') continue;
    const section = c.ref.replace(/(?<!\s)\s+Abs\..*$/, ''); // the lookbehind keeps it linear on endless blanks
    const key = `${c.law}\u0000${section}`;
    if (seen.has(key) || cited.length >= MAX_EARLIER) continue;
    seen.add(key);
    cited.push({ law: c.law, section });
  }
  return cited.length ? { ...rest, lastCited: cited } : rest;
}

/** A provision as a hit of the whole §, for judging its sentences next to the retrieved ones. */
function provisionHit(p: ProvisionText): SearchHit {
  const text = p.paragraphs.map((x) => (x.number && p.paragraphs.length > 1 ? `(${x.number}) ${x.text}` : x.text)).join('\n');
  return {
    law: p.law,
    ref: p.section,
    title: p.title,
    text,
    score: 0,
    lawTitle: p.lawTitle,
    kind: 'law',
    section: p.section,
    ...(p.stand ? { stand: p.stand } : {}),
    ...(p.excerpt ? { excerpt: true } : {}),
  };
}

/** The card that fits a question and the question's words it leaves uncovered. */
interface CardFit {
  card: AnswerCard;
  missing: string[];
}

/** Federal procedural laws that Niedersachsen applies by reference, and the Land provision that does it. */
const LAND_BRIDGES: Record<string, { law: string; section: string; paragraph: string; point: string }> = {
  vwvfg: { law: 'NVwVfG', section: '§ 1', paragraph: '1', point: 'gelten die Vorschriften des Verwaltungsverfahrensgesetzes' },
  vwzg: { law: 'NVwZG', section: '§ 1', paragraph: '1', point: 'Vorschriften der §§ 2 bis 10 des Verwaltungszustellungsgesetzes' },
};

/** "Wie ist das bei …?", "Wie sieht es … aus?", "Gilt das auch …?", "gilt da dasselbe?": words that point back to the earlier question. */
const BACK_REFERENCE =
  /\bwie\s+(?:ist|sieht|verhält|läuft)\s+(?:es|das|dies)\b|\b(?:gilt|ist)\s+(?:das|dies)\s+(?:\S+\s+)?(?:auch|ebenso|genauso)\b|\bgilt\s+(?:da|dort|hier|dann)?\s*(?:auch\s+)?(?:dasselbe|das\s+gleiche|das\s+selbe)\b/gi;
/**
 * A follow-up without a question word or verb of its own ("Und beim Finanzamt?", "und wie ist das bei der
 * Krankenkasse?"): it asks what the earlier turn asked.
 */
const elliptic = (text: string) =>
  !/\b(?:wie|was|welche\w*|wann|wo|wer|warum|darf|dürfen|kann|können|muss|müssen|soll|sollen|gilt|gelten|ist|sind|geht|reicht|braucht)\b/i.test(text.replace(BACK_REFERENCE, ' '));

/**
 * "… beim Finanzamt …", "… im Sozialrecht …": of the cards that fit equally, one citing the named field's procedural
 * code comes before a card on another code (the VwVfG card on Bescheide does not answer for the Finanzamt).
 */
function fieldFirst(candidates: (AnswerCard | undefined)[], text: string): (AnswerCard | undefined)[] {
  const code = namedCode(text);
  if (!code) return candidates;
  const laws = codeLaws(code);
  const cites = (c: AnswerCard | undefined) => c?.citations.some((x) => laws.includes(x.law)) ?? false;
  return [...candidates.filter(cites), ...candidates.filter((c) => !cites(c))];
}

/**
 * "Wie hoch darf die Gebühr … sein?", "Wie viel kostet …?": the question asks for an amount. A card that names none
 * (the one on how fees are paid) answers another question, however many words it shares.
 */
// asked by the question itself, not in a clause ("…, wenn die Behörde abwägen darf, wie viel sie zahlt?")
const AMOUNT_QUESTION = /^\s*(?:und\s+)?(?:wie\s+(?:hoch|viel|teuer)\b|wieviel\w*\b|welche[rns]?\s+(?:betrag|höhe|summe)\b)/i;
const AMOUNT = /\d\s*(?:euro|€|prozent|%)|\beuro\b|€|\bbetrag\w*|\bprozent\b|\bgebührenrahmen\w*|\bgebührensätze\w*/i;
/** "Geht das auch online?", "… elektronisch …?", "… im Internet?": the user asks for the digital way itself. */
const DIGITAL_WAY = /\b(?:online|digital|elektronisch\p{L}*|internet\p{L}*|per\s+(?:e-?)?mail|papierlos|ohne\s+papier)\b/iu;

export function createTurnPlanner(deps: { cards: AnswerCard[]; index: SearchIndex; checkText: (text: string) => Finding[] }) {
  const resolved = resolveCards(deps.cards, deps.index);
  /** The message as the drafter meant it: misspelt words corrected ("schrifform"), nouns of a lower-case message capitalised. */
  const asMeant = (text: string) => recaseNouns(deps.index.correctSpelling(text), deps.index.casing());
  const provision = (law: string, section: string) => deps.index.getProvision(law, section);
  const withCard = (fit: CardFit | undefined) =>
    fit ? { card: resolved.get(fit.card.id)!, ...(fit.missing.length ? { cardMissing: fit.missing } : {}) } : {};
  // everything a card says or quotes: what it can answer
  const hays = new Map<string, Haystack>(
    [...resolved.values()].map(({ card, sources, landSources }) => [
      card.id,
      haystack(
        [card.title, card.answer, ...card.conditions, card.wording ?? '', card.land?.answer ?? '', ...(card.conditional ?? []).map((c) => c.answer), ...[...sources, ...landSources].map((s) => s.hit.text)].join(' '),
        // the parts of a paired topic ("=antrag & =e-mail") are the card's own words as a single topic is
        [...card.topic, ...card.context].flatMap((t) => t.split(/\s*&\s*/)).filter((t) => !/\s/.test(t)).map(termText),
      ),
    ]),
  );
  /**
   * The card that covers what the question is about (its nouns, and the words that brought the card in); a card
   * chosen by one shared word answers something else. Of the fitting cards the one that leaves fewest of the
   * question's nouns uncovered wins, rank breaking ties: "Muss der Bauantrag auf Papier eingereicht werden?" is
   * answered by the NBauO card, not by the general Schriftform card that shares only "auf Papier" with it. On equal
   * counts the card that names more of those nouns itself wins, not through a compound's head: "Bauantrag" is the
   * NBauO card's own word, the card on electronic access covers it only as some "Antrag".
   */
  const fitting = (candidates: (AnswerCard | undefined)[], question: string): CardFit | undefined => {
    // a how-to names the paper or the duty it replaces; the card that replaces it need not name them
    const own = askedNouns(question);
    const amount = AMOUNT_QUESTION.test(askedSentence(question));
    const seen = new Set(own.map((t) => t.word.toLowerCase()));
    // of cards that cover the question equally, one whose topic phrase the asked sentence names („Gilt … als
    // genehmigt?“: the Genehmigungsfiktion) answers before one brought in by a word of the told case („Bauantrag“)
    const asked = askedSentence(question);
    let best: { card: AnswerCard; missing: number; strict: number; phrase: boolean; words: string[] } | undefined;
    for (const card of candidates) {
      if (!card || (amount && !AMOUNT.test([card.answer, ...card.conditions].join(' ')))) continue;
      const terms: Term[] = [...own, ...matchedWords(card, question).filter((w) => !seen.has(w)).map((w) => ({ stem: w, word: w }))];
      const missing = terms.length === 0 ? [] : uncovered(terms, hays.get(card.id)!);
      if (terms.length > 0 && !fits(terms, missing)) continue;
      const ownMissing = missing.filter((t) => seen.has(t.word.toLowerCase())).length;
      const strict = uncovered(own, hays.get(card.id)!, true).length;
      const phrase = namesTopicPhrase(card, asked);
      const tied = best !== undefined && ownMissing === best.missing && strict === best.strict;
      if (!best || ownMissing < best.missing || (ownMissing === best.missing && strict < best.strict) || (tied && phrase && !best.phrase)) {
        best = { card, missing: ownMissing, strict, phrase, words: missing.filter((t) => seen.has(t.word.toLowerCase())).map((t) => t.word) };
      }
    }
    return best && { card: best.card, missing: best.words };
  };

  function checked(intent: Intent, passage: string, found: Finding[], state: ChatState, extra: Partial<TurnPlan['ctx']>, offlineOnly: boolean): TurnPlan {
    const query = findingsQuery(passage, found);
    // a rewrite of the earlier passage keeps that passage's label; a newly pasted one brings its own or none
    const label = intent.passage === undefined ? state.lastLabel : intent.label;
    const { lastLabel: _, ...rest } = state;
    // answerers judge relevance against `question`; for a passage that is the query its sources came from
    return {
      ctx: { intent: intent.kind, question: query, findings: found, passage, ...(label ? { label } : {}), ...extra },
      query,
      state: { ...rest, lastPassage: passage, lastFindings: found, lastTopic: query, ...(label ? { lastLabel: label } : {}) },
      offlineOnly,
    };
  }

  const bridges = new Map(Object.entries(LAND_BRIDGES).map(([law, c]) => [law, resolveSources([c], deps.index).map((s) => s.hit)]));
  /**
   * The Land provisions that apply the federal laws a Land question names; for a follow-up ("Und bei einer
   * niedersächsischen Landesbehörde, gilt da dasselbe?") also those the `earlier` question was answered from (its best hits).
   */
  const landBridges = (question: string, earlier?: string): { landBridges?: SearchHit[]; bridgedLaws?: string[] } => {
    if (!isLandQuestion(question)) return {};
    const named = parseCitations(question).map((c) => c.law);
    const answered = earlier ? deps.index.search(earlier, { k: 3 }).map((h) => h.law) : [];
    const laws = [...new Set([...named, ...answered])].filter((law) => bridges.has(law.toLowerCase()));
    const hits = [...new Set(laws.map((law) => law.toLowerCase()))].flatMap((law) => bridges.get(law) ?? []);
    return hits.length ? { landBridges: hits, bridgedLaws: laws } : {};
  };

  /**
   * "Und im Steuerrecht?" after a question answered from another procedural code: the provision the earlier question
   * is about (named in it, else its best hit in the other codes) and its counterpart in the field's code.
   */
  const switchedField = (followUp: string, previous: string | undefined): AnswerContext['parallel'] => {
    const target = namedCourt(followUp) ?? namedCode(followUp);
    // "und wenn umgekehrt das Finanzamt …?" after a question on the Finanzamt stays in the field: nothing switched
    if (!target || !previous || (namedCourt(previous) ?? namedCode(previous)) === target) return undefined;
    const family = familyOf(followUp, previous);
    const laws = otherCodeLaws(target, family);
    const named = parseCitations(previous).filter((c) => laws.includes(c.law));
    const search = (text: string) => deps.index.search(text, { k: 5, laws }).map((h) => ({ law: h.law, section: sectionOf(h) }));
    const found = search(previous);
    // "Und muss ein Steuerbescheid … immer eine Begründung haben?" after "Was muss in einem Bescheid stehen?": a
    // follow-up with a question of its own asks its own point in the earlier topic. The provision carried over is one
    // that names a noun the follow-up newly asks about (not its field: Finanzamt, Krankenkasse), found by the earlier
    // question or by its own; without one, the earlier question's. "Und beim Finanzamt?" asks the earlier question again.
    const fresh = elliptic(followUp) ? [] : uncovered(askedNouns(followUp).filter((t) => !namedCode(t.word) && !namesAnyField(t.word)), haystack(previous));
    // named in the title first: the provision is about it, another only mentions it
    const namesFresh = (p: ProvisionRef, inTitle: boolean) => {
      const text = deps.index.getProvision(p.law, p.section);
      const words = text && (inTitle ? text.title : `${text.title} ${text.paragraphs.map((x) => x.text).join(' ')}`);
      return words !== undefined && uncovered(fresh, haystack(words), true).length < fresh.length;
    };
    const asked = fresh.length ? [...search(followUp), ...found] : [];
    const own = [...asked.filter((p) => namesFresh(p, true)), ...asked.filter((p) => namesFresh(p, false))];
    for (const from of [...named, ...own, ...found]) {
      const to = counterpart(from, target);
      const source = deps.index.getProvision(from.law, from.section);
      if (to && source && deps.index.getProvision(to.law, to.section)) {
        const field = family === 'court' ? COURT_FIELD_NAMES[target] : FIELD_NAMES[target];
        return { from: { law: from.law, section: from.section, title: source.title }, to, field, table: TABLE_NAMES[family] };
      }
    }
    return undefined;
  };

  /**
   * The provisions the previous answer quoted, whole, when the question points back to them with "das" ("und was heißt
   * das für die Schulen?", "Reicht es, wenn wir das nur im Bundesanzeiger veröffentlichen?") and is not answered by the
   * card of the earlier topic, which already answers for them.
   */
  /**
   * "und was heißt das für die Schulen?" after an answer from the NDIG: whom a law covers stands in its scope section
   * (Geltungsbereich, Anwendungsbereich), which opens the law; the answer may have quoted only its duties.
   */
  const scopeSections = (laws: string[]): SearchHit[] =>
    [...new Set(laws)].flatMap((law) =>
      OPENING_SECTIONS.flatMap((section) => {
        const found = deps.index.getProvision(law, section);
        return found && SCOPE_TITLE.test(found.title) ? [provisionHit(found)] : [];
      }),
    );
  const referredTo = (question: string, card: AnswerCard | undefined, state: ChatState): SearchHit[] => {
    // the card that answered before answers again; without a card on either turn the earlier provisions are what "das" is
    if (!REFERS_BACK.test(question) || (card !== undefined && card.id === state.lastCard)) return [];
    const cited = (state.lastCited ?? []).flatMap((p) => {
      const found = deps.index.getProvision(p.law, p.section);
      return found ? [provisionHit(found)] : [];
    });
    if (scopeObject(question) === undefined) return cited;
    const have = new Set(cited.map((h) => `${h.law}\u0000${h.section}`));
    return [...cited, ...scopeSections(cited.map((h) => h.law)).filter((h) => !have.has(`${h.law}\u0000${h.section}`))];
  };

  return function planTurn(intent: Intent, state: ChatState): TurnPlan {
    switch (intent.kind) {
      case 'check': {
        // "„…Aushang…“ Reicht in Niedersachsen die Internetseite?": the user's own Land question beside the passage is
        // answered by the Land view of the card that fits it, before the passage's findings; a federal question is
        // answered by the findings and their enabling provisions alone
        const own = intent.question === intent.passage ? '' : asMeant(intent.question);
        const found = deps.checkText(intent.passage!);
        // "… ortsüblich bekannt machen. Wir wollen das in Niedersachsen ähnlich regeln. Geht das auch online?": the
        // user's "das" is the passage's hindrance, so the card is chosen by the words the findings quote
        const hindrances = DIGITAL_WAY.test(own) ? found.map((f) => f.quote.match).join(' ') : '';
        const fitOn = (text: string) => fitting(rankCards(deps.cards, text), text);
        const fit = own && isLandQuestion(own) ? (fitOn(own) ?? (hindrances ? fitOn(`${own} ${hindrances}`) : undefined)) : undefined;
        // "… Satzungen sind öffentlich bekanntzumachen. … Reicht es, die Satzungen nur auf die Homepage zu stellen?": a
        // question of its own beside a passage without hindrances is answered by the card that covers its words (not
        // by the card on the Digitalcheck itself, which "Muss ich da für den Digitalcheck etwas ändern?" brings in)
        const asked = askedSentence(own);
        const clean = own && !isLandQuestion(own) && found.length === 0;
        // "Die Androhung ist zuzustellen. … können wir das so lassen?": a question that only points back at such a
        // passage asks how the passage's own act goes digitally; the card that covers the passage answers it
        const ownFit = !clean ? undefined : specificTerms(asked).length > 0 ? fitOn(asked) : fitOn(intent.passage!);
        const ownCard = ownFit && !resolved.get(ownFit.card.id)!.sources.every((s) => s.hit.kind === 'guidance') ? resolved.get(ownFit.card.id)! : undefined;
        const cardView = fit?.card.land ? { land: true, card: resolved.get(fit.card.id)! } : ownCard ? { card: ownCard, ...(ownFit!.missing.length ? { cardMissing: ownFit!.missing } : {}) } : {};
        return checked(intent, intent.passage!, found, state, { ...cardView, ...(own ? { asked: own } : {}) }, false);
      }
      case 'rewrite': {
        const passage = intent.passage ?? state.lastPassage;
        if (passage === undefined) return { ctx: { intent: intent.kind, question: intent.question, findings: [] }, state, offlineOnly: true };
        const found = intent.passage === undefined && state.lastFindings ? state.lastFindings : deps.checkText(passage);
        return checked(intent, passage, found, state, { rewrite: rewriteProvision(passage), asksAmendment: /änderungsbefehl/i.test(intent.question) }, true);
      }
      // empty messages are refused before planning; both get the short answer without sources
      case 'out_of_scope':
      case 'empty':
        return { ctx: { intent: 'out_of_scope', question: intent.question, findings: [] }, state, offlineOnly: true };
      // "ok danke": a short reply without sources; the state stays, so a later "und bei Bescheiden?" still refers back
      case 'closing':
        return { ctx: { intent: 'closing', question: intent.question, findings: [] }, state, offlineOnly: true };
      case 'follow_up': {
        const previous = (state.lastTopic ?? '').slice(0, QUERY_CHARS);
        const parallel = switchedField(intent.question, previous);
        const earlierCard = deps.cards.find((c) => c.id === state.lastCard);
        // cards are matched on the question as the drafter meant it ("schrifform" → Schriftform)
        const meant = asMeant(intent.question);
        // "Und bei einer Verordnung: darf die in einer Notlage nur im Internet verkündet werden?" after the card on
        // Satzungen: a follow-up with a question of its own that names what the earlier card does not cover is a new
        // question in the old context: the earlier card does not answer it, another card or the retrieved provisions
        // do; the earlier topic still brings in a field's card, and the search stays in the context of both turns
        // (nouns only: "und wie formuliere ich das?" names nothing new, it asks for the earlier card's wording)
        const nouns = askedNouns(meant).filter((t) => /^\p{Lu}/u.test(t.word));
        const newQuestion = earlierCard !== undefined && !elliptic(intent.question) && uncovered(nouns, hays.get(earlierCard.id)!).length > 0;
        const query = `${previous} ${intent.question}`.trim();
        // "Und in Niedersachsen?" after a question on a named VwVfG provision: it applies through the Land law
        // the earlier question's own provisions are bridged only when no card answered it (a time question the card
        // gives no time for is answered from them): an earlier card answers "Und in Niedersachsen?" with its Land view
        const cardAnswered = earlierCard && !(answerKind(previous) === 'time' && !TEMPORAL.test(earlierCard.answer));
        const bridged = isLandQuestion(intent.question) ? landBridges(query, elliptic(intent.question) && !cardAnswered ? previous : undefined) : {};
        // a follow-up into another field or into Land law leaves the earlier card behind: it answered for the earlier one
        const kept = parallel || bridged.landBridges || newQuestion ? undefined : earlierCard;
        // and a card on the earlier field that the follow-up's words bring in again ("Bescheid" → the VwVfG card for
        // "Und wenn der Bescheid vom Finanzamt kommt?") leaves too: only a card citing the new field's code answers there
        // (a new question is not answered by the earlier card, which does not cover what it newly asks)
        const ranked = rankCards(deps.cards, meant, state.lastTopic).filter((c) => !newQuestion || c !== earlierCard);
        // the earlier card, when the follow-up's own words bring it in again ("Und bei den Bescheiden?" after a
        // Beihilfe question: "bescheid & beihilf"), answers before a general card on the same words
        const again = kept && ranked.includes(kept) ? [kept] : [];
        // a card pairing the follow-up's word with the earlier card's ("Und bei Bescheiden?" after the Unterschrift:
        // "bescheid & unterschr") narrows the earlier topic, before a general card on the follow-up's word alone
        const earlierWords = kept ? matchedWords(kept, previous) : [];
        const narrowed = ranked.filter((c) => c !== kept && earlierWords.length > 0 && narrowsEarlier(c, meant, earlierWords));
        const first = [...narrowed, ...again];
        const candidates = [...first, ...ranked.filter((c) => !first.includes(c)), kept].filter(
          (c) => !parallel || c?.citations.some((x) => x.law === parallel.to.law),
        );
        // "und wie formuliere ich das?" asks for the earlier card's model wording, whatever words it shares with it
        const wording = kept?.wording !== undefined && asksWording(intent.question);
        const found = wording ? { card: kept, missing: [] } : fitting(fieldFirst(candidates, query), meant);
        // "Und beim Finanzamt?" after "Ab wann gilt ein Bescheid als angekommen …?" asks the earlier question again,
        // for the new field: a card that gives no time does not answer it, however well it fits the field
        const timeless = found && elliptic(intent.question) && answerKind(previous) === 'time' && !TEMPORAL.test(found.card.answer);
        // "Und das Finanzamt bei der Steuererklärung?" after a question no card answered (a hint on a forgotten point,
        // § 25 VwVfG): words that only name the new field bring in a card on that field (Schriftform im Steuerrecht),
        // which answers another question; the counterpart of the earlier provision answers
        const fieldOnly = found && parallel && !earlierCard && elliptic(intent.question) && askedNouns(meant).every((t) => namedCode(t.word) !== undefined || namesAnyField(t.word));
        const fit = timeless || fieldOnly ? undefined : found;
        const card = fit?.card;
        const useParallel = !card && parallel;
        const earlier = referredTo(intent.question, card, state);
        // a card answers the follow-up itself; without one the sources are judged against both turns
        return {
          ctx: {
            intent: intent.kind,
            // a Land follow-up bridged to the federal law the earlier question was answered from asks that question
            // again: the Land words are what the bridge answers, no provision of the federal law need name them
            question: card ? meant : `${previous} ${bridged.landBridges && elliptic(intent.question) ? withoutLandWords(meant) : meant}`.trim(),
            findings: [],
            land: isLandQuestion(query),
            provision,
            ...withCard(fit),
            ...(wording ? { wordingFirst: true } : {}),
            ...(useParallel ? { parallel } : {}),
            ...(card ? {} : bridged),
            ...(earlier.length ? { earlier } : {}),
          },
          // the counterpart is named in the query, so that it is among the hits whichever answerer answers
          query: useParallel ? `${parallel.to.section} ${parallel.to.law} ${query}` : query,
          state: topicState(state, query, card, true),
          offlineOnly: false,
        };
      }
      case 'question':
      case 'howto': {
        // the question as the drafter meant it ("schriftlihe volmacht") chooses the card and judges the hits, as it
        // does the search: a relevance check on the typed words would find no hit about "volmacht"
        const meant = asMeant(intent.question);
        // "Wir wollen signierte Bescheide … aufbewahren. Was verlangt das Gesetz, damit die Signaturen … ?": the asked
        // sentence must bring the card in by a word of its own; the case told before it only adds context (a field, the
        // other part of a paired topic), or a card on the Bescheid would answer a question about signatures
        const clause = questionsAfterCase(meant);
        const inClause = clause === undefined ? undefined : new Set(rankCards(deps.cards, clause, meant));
        const ranked = rankCards(deps.cards, meant).filter((c) => !inClause || inClause.has(c));
        const fit = fitting(fieldFirst(ranked, meant), meant);
        const card = fit?.card;
        const earlier = referredTo(intent.question, card, state);
        return {
          ctx: {
            intent: intent.kind,
            question: meant,
            findings: [],
            land: isLandQuestion(meant),
            provision,
            ...landBridges(meant),
            ...withCard(fit),
            // "Wie formuliere ich technikneutral, …?" asks for the wording itself: the card's model wording leads
            ...(card?.wording !== undefined && asksWording(intent.question) ? { wordingFirst: true } : {}),
            ...(earlier.length ? { earlier } : {}),
          },
          query: intent.question,
          state: topicState(state, meant, card, false),
          offlineOnly: false,
        };
      }
    }
  };
}
