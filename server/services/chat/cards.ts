import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { SearchHit } from '../../contracts/search';
import { parseFrontMatter } from '../../parser/front-matter';
import { sentenceTexts } from '../../parser/structure';
import { LEGAL_PARTS } from '../../retrieval/decompound';
import type { SearchIndex } from '../../retrieval/index';
import { focusExcerpt } from './excerpt';
import { namesForeignState } from './foreign-states';
import { isFrameWord } from './fit';

/**
 * Answer cards (corpus/cards/*.md): our own short answers to the questions drafters ask in the Digitalcheck, each
 * with the provisions that back it. The offline chat leads with a card's answer and quotes its provisions.
 */

export const CardCitationSchema = z.object({
  law: z.string().min(1),
  /** "§ 3a", or a guidance heading. */
  section: z.string().min(1),
  paragraph: z.string().optional(),
  /** Key phrase that must stand in the cited Absatz (checked against the corpus by the test suite). */
  point: z.string().min(3),
});
export type CardCitation = z.infer<typeof CardCitationSchema>;

/**
 * An answer that replaces the card's own when a yes/no question names a circumstance that turns it round
 * (`## Abweichende Antworten`: "ermessen, abwäg | Nein. Muss die Behörde Ermessen ausüben …"): "Darf … vollautomatisch
 * erlassen werden, wenn sie Ermessen ausüben muss?" is answered "Nein", not with the card's "Ja, aber …".
 */
export const ConditionalAnswerSchema = z.object({
  /** Word starts (or phrases) of the circumstance; one must stand in the question, not negated ("a & b": both). */
  when: z.array(z.string().min(3)).min(1),
  answer: z.string().min(40).regex(/^(?:Ja|Nein|Nicht|In der Regel|Grundsätzlich|Es kommt darauf an)\b/, 'must start with the direct answer'),
});
export type ConditionalAnswer = z.infer<typeof ConditionalAnswerSchema>;

export const AnswerCardSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(3),
  /** Word starts; at least one must occur in the question. */
  topic: z.array(z.string().min(2)).min(1),
  /** Word starts of a field of law; when present, one must occur in the question too. */
  context: z.array(z.string().min(2)),
  /** Direct answer first: "Ja …", "Nein …", "In der Regel …", "Es kommt darauf an, weil …", or a plain statement. */
  answer: z.string().min(40),
  conditions: z.array(z.string().min(5)),
  wording: z.string().optional(),
  citations: z.array(CardCitationSchema).min(1),
  /**
   * The Land view (`## Niedersachsen`, `## Quellen Niedersachsen`): how the question is answered for a Land law, a
   * Landesbehörde or a Kommune — usually the Land law that applies the federal rule, which the card still cites.
   */
  land: z.object({ answer: z.string().min(40), citations: z.array(CardCitationSchema).min(1) }).optional(),
  /**
   * The answer to "Darf … nur bar / nur persönlich / nur auf Papier …?" (`## Nur analog`): the card's own answer
   * ("Ja, das lässt sich elektronisch ersetzen") would say yes to the restriction the question asks about.
   */
  analogOnly: z.string().min(40).optional(),
  conditional: z.array(ConditionalAnswerSchema).min(1).optional(),
});
export type AnswerCard = z.infer<typeof AnswerCardSchema>;

const list = (s: string | undefined) =>
  (s ?? '')
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);

function sections(body: string): Map<string, string> {
  const out = new Map<string, string>();
  const heads = [...body.matchAll(/^##\s+(.+?)\s*$/gm)];
  heads.forEach((h, i) => out.set(h[1]!.toLowerCase(), body.slice(h.index! + h[0].length, heads[i + 1]?.index ?? body.length).trim()));
  return out;
}

const bullets = (s: string | undefined) =>
  (s ?? '')
    .split('\n')
    .filter((l) => /^\s*-\s+/.test(l))
    .map((l) => l.replace(/^\s*-\s+/, '').trim());

/** "ermessen, beurteilungsspielraum | Nein. Muss die Behörde …" */
function conditionalAnswer(line: string): unknown {
  const at = line.indexOf('|');
  return { when: list(line.slice(0, Math.max(at, 0))), answer: line.slice(at + 1).trim() };
}

/** "VwVfG | § 3a | 2 | durch die elektronische Form ersetzt werden" */
function citation(line: string): unknown {
  const [law, section, paragraph, point] = line.split('|').map((p) => p.trim());
  return { law, section, ...(paragraph ? { paragraph } : {}), point };
}

export function parseCard(md: string, file: string): AnswerCard {
  const fm = parseFrontMatter(md);
  const body = sections(md.slice(fm.end));
  const parsed = AnswerCardSchema.safeParse({
    id: fm.data.id,
    title: fm.data.title,
    topic: list(fm.data.topic),
    context: list(fm.data.context),
    answer: body.get('antwort')?.replace(/\s+/g, ' '),
    conditions: bullets(body.get('voraussetzungen')),
    ...(body.get('formulierung') ? { wording: body.get('formulierung')!.replace(/\s+/g, ' ') } : {}),
    citations: bullets(body.get('quellen')).map(citation),
    ...(body.get('abweichende antworten') ? { conditional: bullets(body.get('abweichende antworten')).map(conditionalAnswer) } : {}),
    ...(body.get('nur analog') ? { analogOnly: body.get('nur analog')!.replace(/\s+/g, ' ') } : {}),
    ...(body.get('niedersachsen')
      ? { land: { answer: body.get('niedersachsen')!.replace(/\s+/g, ' '), citations: bullets(body.get('quellen niedersachsen')).map(citation) } }
      : {}),
  });
  if (!parsed.success) throw new Error(`Invalid answer card ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** All cards of a directory (none when it does not exist: a corpus without cards answers from retrieval alone). */
export function loadCards(dir: string): AnswerCard[] {
  if (!existsSync(dir)) return [];
  const cards = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => parseCard(readFileSync(join(dir, f), 'utf8'), f));
  const ids = new Set<string>();
  for (const c of cards) {
    if (ids.has(c.id)) throw new Error(`Duplicate answer card id ${c.id}`);
    ids.add(c.id);
  }
  return cards;
}

const WORDS = /[a-zäöüß0-9§-]+/g;

/** Fugenelemente between the parts of a compound ("Akte-n-einsicht", "Zustellung-s-urkunde"). */
const LINKS = ['', 's', 'es', 'n', 'en', 'e'];
/** Heads that only say the topic is required or how ("Nachweispflicht", "Schriftformerfordernis"): the topic stays the topic. */
const LIGHT_HEADS = new Set(['pflicht', 'erfordernis', 'form']);
const HEADS = new Set(LEGAL_PARTS.filter((p) => !LIGHT_HEADS.has(p)));
const INFLECTION = /^(?:e|en|n|s|es|er|ern|ung|ungen)?$/;

/**
 * A word that is the term behind a particle or prefix is derived from it, not a compound of it: a Vorschrift,
 * Abschrift or Unterschrift is no Schrift, "auszustellen" is no "zustellen".
 */
const PARTICLES = new Set(['ab', 'an', 'auf', 'aus', 'be', 'bei', 'dar', 'durch', 'ein', 'ent', 'er', 'ge', 'her', 'hin', 'mit', 'nach', 'nieder', 'über', 'um', 'unter', 'ver', 'vor', 'weg', 'wider', 'wieder', 'zer', 'zu', 'zurück', 'zusammen']);

/** "=ausweis": the term counts as a word or its start only, never as the head of a compound (a Parkausweis is no identity card). */
const WORD_ONLY = '=';
/** A topic term as it stands in text, without its WORD_ONLY mark. */
export const termText = (term: string): string => (term.startsWith(WORD_ONLY) ? term.slice(WORD_ONLY.length) : term);

/**
 * Whether a one-word term stands in a word: as the word or its start ("kündig" in "Kündigung"), but not as the first
 * part of a compound about something else ("akte" in "Akteneinsicht", which is an Einsicht); inside a word only as
 * the head of a compound ("bescheid" in "Steuerbescheid"), not behind a particle ("schrift" in "Vorschrift") and not
 * for a term marked WORD_ONLY.
 */
function termInWord(term: string, w: string): boolean {
  const t = termText(term);
  const wordOnly = t !== term;
  // a word-only term of three letters is an acronym ("=bea" for the beA): the word itself, inflected at most, not
  // the start of a longer one ("Beamte")
  if (wordOnly && t.length <= 3 && !(w.startsWith(t) && INFLECTION.test(w.slice(t.length)))) return false;
  if (w.startsWith(t)) {
    const rest = w.slice(t.length);
    return !LINKS.some((l) => {
      const head = rest.slice(l.length);
      return rest.startsWith(l) && head.length > 0 && (HEADS.has(head) || HEADS.has(head.replace(/(?:en|e|n|s)$/, '')));
    });
  }
  if (wordOnly || t.length < 5) return false;
  const at = w.lastIndexOf(t);
  // a five-letter head needs a modifier of a word's length: "Förderakten" is a file, "Fakten" and "Kontakten" are none
  return at >= (t.length < 6 ? 5 : 1) && !PARTICLES.has(w.slice(0, at)) && INFLECTION.test(w.slice(at + t.length));
}

/**
 * A field-of-law word is what a compound starts with ("sozial" in "Sozialrecht", "steuer" in "Steuerbescheid"), or
 * its head. A hyphenated term is a head only behind a hyphen: "De-Mail" is no "e-mail" (its parts are "De" and "Mail").
 */
function inField(t: string, w: string): boolean {
  if (w.startsWith(termText(t))) return true;
  if (termText(t) !== t || t.length < 6) return false;
  const at = w.indexOf(t);
  return at > 0 && (!t.includes('-') || w[at - 1] === '-');
}

/** "@ausland": the word Ausland (and its compounds) or a foreign state's name ("… lebt inzwischen in Brasilien"). */
const ABROAD = '@ausland';

/**
 * Whether one term occurs: a one-word topic term in a word (termInWord), a field-of-law term (`field`) anywhere in
 * one (inField), a phrase as text.
 */
const occurs = (t: string, text: string, words: string[], field = false) =>
  t === ABROAD
    ? words.some((w) => termInWord('ausland', w) || namesForeignState(w))
    : /\s/.test(t)
      ? text.includes(t)
      : words.some((w) => (field ? inField(t, w) : termInWord(t, w)));

/**
 * Which of `terms` occur in `text`. "kündig & arbeit" needs both parts: a topic that only the pair names
 * ("Kündigung" alone is no labour-law question, "Arbeitgeber" alone neither).
 */
function matched(terms: string[], text: string, words: string[], field = false): string[] {
  return terms.filter((t) => t.split(/\s*&\s*/).every((part) => occurs(part, text, words, field)));
}

/** The parts of a paired topic term ("bescheid & schrift" → bescheid, schrift). */
const parts = (term: string) => term.split(/\s*&\s*/);

/**
 * A topic term that only frames the question weighs half: "Welche fünf Prinzipien gibt es beim Digitalcheck?" is
 * about the principles, not about the Digitalcheck's procedure, whose card the word "Digitalcheck" brings in too.
 */
const framing = (t: string) => !/[\s&]/.test(t) && isFrameWord(termText(t));
const topicWeight = (terms: string[]) => terms.reduce((s, t) => s + (framing(t) ? 0.5 : 1) + t.length / 100, 0);
const weight = (terms: string[]) => terms.reduce((s, t) => s + 1 + t.length / 100, 0);

function scoreCard(card: AnswerCard, text: string, words: string[]): number {
  const topic = matched(card.topic, text, words);
  if (topic.length === 0) return 0;
  const context = matched(card.context, text, words, true);
  if (card.context.length > 0 && context.length === 0) return 0;
  return topicWeight(topic) + 2 * weight(context);
}

/**
 * Whether `text` names one of the card's topic phrases ("als genehmigt", "erklärung zur barrierefreiheit"): a phrase
 * says what the card is about more surely than a word another card shares ("Bauantrag"). Not a phrase for the way a
 * thing is sent or kept ("auf papier", "per post"): many cards speak of that way, it names none of their topics.
 */
const WAY_PHRASE = /papier|post|mail|fax|online|elektron|digital|internet|schriftlich/;
export function namesTopicPhrase(card: AnswerCard, text: string): boolean {
  const lower = text.toLowerCase();
  return card.topic.some((t) => !t.includes('&') && /\s/.test(t) && !WAY_PHRASE.test(t) && lower.includes(t));
}

/** The words of `question` that brought `card` in (its topic and context words as they stand in the question). */
export function matchedWords(card: AnswerCard, question: string): string[] {
  const words = question.toLowerCase().match(WORDS) ?? [];
  const q = question.toLowerCase();
  const parts = (terms: string[]) => terms.flatMap((t) => t.split(/\s*&\s*/)).filter((t) => !/\s/.test(t));
  const topic = parts(matched(card.topic, q, words));
  const context = parts(matched(card.context, q, words, true));
  return words.filter((w) => topic.some((t) => occurs(t, w, [w])) || context.some((t) => occurs(t, w, [w], true)));
}

/**
 * The cards that could answer `question`, best first (see matchCard). For a follow-up, `previous` (the earlier topic) is read together with the
 * question ("Welche Alternativen zur Schriftform …?" + "Und bei Bescheiden?"), but the follow-up itself must
 * bring in a card's word; otherwise the earlier card stays.
 */
export function rankCards(cards: AnswerCard[], question: string, previous?: string): AnswerCard[] {
  const own = question.toLowerCase();
  const ownWords = own.match(WORDS) ?? [];
  const text = previous ? `${previous.toLowerCase()} ${own}` : own;
  const words = text.match(WORDS) ?? [];
  return cards
    // one part of a paired topic is enough in the follow-up: "Und bei Bescheiden?" after a Schriftform question brings in "bescheid & schrift"
    .filter((card) => !previous || matched(card.topic.flatMap(parts), own, ownWords).length + matched(card.context, own, ownWords, true).length > 0)
    .map((card) => ({ card, score: scoreCard(card, text, words) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((x) => x.card);
}

/**
 * Whether a follow-up narrows the earlier card's topic to this card's pair: "Und bei Bescheiden?" after a question on
 * the Unterschrift asks for "bescheid & unterschr" — one part of a paired topic term in the follow-up, the other
 * among `earlierWords` (the words that brought the earlier card in).
 */
export function narrowsEarlier(card: AnswerCard, followUp: string, earlierWords: string[]): boolean {
  const own = followUp.toLowerCase();
  const ownWords = own.match(WORDS) ?? [];
  return card.topic.some((t) => {
    const ps = parts(t);
    return ps.length > 1 && ps.some((p) => occurs(p, own, ownWords)) && ps.some((p) => earlierWords.some((w) => occurs(p, w, [w])));
  });
}

/**
 * The card that answers `question`. For a follow-up, `previous` (the earlier topic) is read together with the
 * question ("Welche Alternativen zur Schriftform …?" + "Und bei Bescheiden?"), but the follow-up itself must
 * bring in a card's word; otherwise the earlier card stays.
 */
export function matchCard(cards: AnswerCard[], question: string, previous?: string): AnswerCard | undefined {
  return rankCards(cards, question, previous)[0];
}

/** A card with its cited provisions read from the corpus: one source per cited Absatz, with the points in it. */
export interface ResolvedCard {
  card: AnswerCard;
  sources: CardSource[];
  /** The sources of the card's Land view (empty without one). */
  landSources: CardSource[];
}
export interface CardSource {
  hit: SearchHit;
  points: string[];
  excerpt: string;
}

/** A card's cited Absatz is quoted in full up to this length, else from the sentence of its first point on. */
const CARD_QUOTE_CHARS = 1800;

/** One source per cited Absatz; a citation the corpus lacks is dropped here and reported by the card test. */
function resolveCitations(citations: CardCitation[], index: SearchIndex, kinds: Map<string, string>): CardSource[] {
  const byRef = new Map<string, { hit: SearchHit; points: string[] }>();
  for (const c of citations) {
    const p = index.getProvision(c.law, c.section);
    if (!p) continue;
    const paras = c.paragraph ? p.paragraphs.filter((x) => x.number === c.paragraph) : p.paragraphs;
    if (paras.length === 0) continue;
    const guidance = kinds.get(p.law) === 'guidance';
    const ref = guidance ? p.section : `${p.section}${c.paragraph ? ` Abs. ${c.paragraph}` : ''}`;
    const key = `${p.law}\u0000${ref}`;
    const entry = byRef.get(key) ?? {
      hit: {
        law: p.law,
        ref,
        title: p.title,
        text: paras.map((x) => (c.paragraph || paras.length === 1 || !x.number ? x.text : `(${x.number}) ${x.text}`)).join('\n'),
        score: 0,
        lawTitle: p.lawTitle,
        kind: guidance ? 'guidance' : 'law',
        section: p.section,
        ...(p.stand ? { stand: p.stand } : {}),
        ...(p.excerpt ? { excerpt: true } : {}),
      },
      points: [],
    };
    entry.points.push(c.point);
    byRef.set(key, entry);
  }
  // the quote depends only on the card, so it is cut once here and not on every answer
  return [...byRef.values()].map((x) => ({ ...x, excerpt: focusExcerpt(x.hit.text, { points: x.points, max: CARD_QUOTE_CHARS }) }));
}

/** Sources for citations outside a card (the Land law that applies a federal one). */
export function resolveSources(citations: CardCitation[], index: SearchIndex): CardSource[] {
  return resolveCitations(citations, index, new Map(index.listLaws().map((l) => [l.abbreviation, l.kind as string])));
}

/** Resolves every card once, its Land view included. */
export function resolveCards(cards: AnswerCard[], index: SearchIndex): Map<string, ResolvedCard> {
  const kinds = new Map(index.listLaws().map((l) => [l.abbreviation, l.kind as string]));
  return new Map(
    cards.map((card) => [
      card.id,
      { card, sources: resolveCitations(card.citations, index, kinds), landSources: resolveCitations(card.land?.citations ?? [], index, kinds) },
    ]),
  );
}

/**
 * Whether a question is asked for Landesrecht: it names Niedersachsen, a Land law or authority, or a Kommune. Such
 * questions get a card's Land view (the tool serves the Niedersachsen ministries, so "Land" means Niedersachsen).
 */
const LAND =
  /nieders[aä]chs|\bnds\b|\blandes\p{L}*|\bland\b|\blandkreis\p{L}*|\bkommun\p{L}*|\bgemeinde\p{L}*|samtgemeinde|\bstadt\b|\bstädt\p{L}*|rathaus|ordnungsamt|bürgeramt|\b(?:ndig|nvwvfg|nkomvg|nvwzg)\b/iu;
export const isLandQuestion = (text: string): boolean => LAND.test(text);
/** The text without the words that make it a Land question ("bei einer niedersächsischen Landesbehörde" → "bei einer"). */
export const withoutLandWords = (text: string): string => text.replace(new RegExp(`\\S*(?:${LAND.source})\\S*`, 'giu'), ' ').replace(/\s+/g, ' ').trim();

/**
 * "Darf man Gebühren nur bar annehmen?", "… ausschließlich persönlich …", "… verlangen, dass Anträge per Fax kommen?",
 * "… ausschließlich per Upload über das Portal …" (one fixed technique is as narrow as paper),
 * "… darauf bestehen, dass die Gebühr bar bezahlt wird?": may only the non-digital way, or one fixed technique, be
 * required? Insisting on a way is asking for it alone; not for "schriftlich" or "unterschrieben", which a law may
 * order (a Satzung, a Bürgerbegehren).
 */
const ANALOG_ONLY =
  /\b(?:verlang\w*|vorschreib\w*|vorgeschrieben|vorzuschreiben)\b[^?.]{0,80}?\b(?:per\s+(?:tele)?fax|per\s+de-mail|auf\s+(?:einer\s+)?(?:cd|diskette|datenträger))\b|\b(?:besteh\w*\s+(?:\S+\s+){0,4}?darauf|darauf\s+besteh\w*)\b[^?.]{0,100}?\b(?:bar|in\s+bar|persönlich|auf\s+papier|in\s+papierform|per\s+post|postalisch|per\s+brief|im\s+original|vor\s+ort|an\s+der\s+kasse|am\s+schalter)\b|\b(?:nur|ausschließlich|allein)\s+(?:noch\s+)?(?:\S+\s+){0,3}?(?:bar|in\s+bar|persönlich|schriftlich|auf\s+papier|in\s+papierform|per\s+post|postalisch|per\s+brief|im\s+original|vor\s+ort|an\s+der\s+kasse|am\s+schalter|durch\s+aushang|per\s+aushang|am\s+schwarzen\s+brett|im\s+schaukasten|im\s+amtsblatt|eigenhändig|handschriftlich|mit\s+unterschrift|unterschrieben|per\s+(?:upload|app|(?:tele)?fax|de-mail)|über\s+(?:das|ein|die|eine)\s+(?:\S+\s+){0,2}?(?:portal|app))\b/i;
/**
 * "Muss der Antrag eigenhändig unterschrieben werden?", "Ist die persönliche Vorsprache Pflicht?": is the analog way
 * required ("Muss … vor Ort …?" too, also after a "Wenn …," clause)? Not "Muss … schriftlich …?" or "… unterschrieben …?": where a law orders the form (a Satzung, a
 * Bürgerbegehren), the answer to that is yes.
 */
const ANALOG_REQUIRED =
  /^\s*(?:und\s+)?(?:(?:wenn|falls)\b[^?,]{0,200},\s*)?(?:(?:muss|müssen|braucht|brauchen|benötigt)\b[^?]{0,150}?\b(?:eigenhändig|handschriftlich|auf\s+papier|in\s+papierform|per\s+post|postalisch|per\s+brief|im\s+original|persönlich|in\s+bar|bar|vor\s+ort|im\s+amt|in\s+der\s+behörde|in\s+die\s+behörde|ins\s+amt)\b|ist\b[^?]{0,80}?\b(?:eigenhändig\w*|handschriftlich\w*|persönlich\w*|papierform|original\w*|bar\w*)\b[^?]{0,60}?\b(?:nötig|notwendig|erforderlich|pflicht|vorgeschrieben|zwingend))/i;
/**
 * "Kann man im Gesetz vorschreiben, dass Gebühren bar zu zahlen sind?", "Darf im Gesetz stehen, dass der Antrag per
 * Fax gestellt werden muss?", "Darf ich ins Gesetz reinschreiben, dass die Unterlagen als PDF kommen müssen?" (one
 * fixed technique is as narrow as paper): may a law prescribe the hindrance? The card's "Ja" (the digital way is possible) would
 * affirm the hindrance; the answer is turned to the asked polarity (offline-answerer).
 */
const MAY_PRESCRIBE =
  /^\s*(?:und\s+)?(?:kann|können|könnte|darf|dürfen|dürfte|ist\s+es\s+(?:zulässig|erlaubt|möglich))\b[^?]{0,80}?(?:\b(?:vorschreib\w*|vorgeschrieben|vorzuschreiben|vorsehen|vorgesehen|festleg\w*|festgelegt|festzulegen|anordnen|angeordnet|anzuordnen)|\b(?:im|ins|in\s+(?:das|die|der|den|einem|einer))\s+(?:\S+\s+)?(?:gesetz|entwurf|verordnung|satzung)\w*\s+(?:stehen|(?:rein|hinein)?schreiben|aufnehmen|regeln|geregelt\s+werden))\b[^?]{0,120}?\b(?:bar|in\s+bar|barzahlung|per\s+(?:tele)?fax|per\s+de-mail|als\s+pdf|persönlich\w*|im\s+original|original\w*|auf\s+papier|in\s+papierform|papier\w*|per\s+post|postalisch|unterschrift\w*|unterschrieben|unterzeichne\w*|eigenhändig\w*|handschriftlich\w*)\b/i;
/**
 * "Kann ich in unsere neue Gebührenverordnung reinschreiben, dass die Gebühr bar an der Kasse zu zahlen ist?",
 * "Kollege will ins Gesetz schreiben, dass Anträge per De-Mail einzureichen sind. Is das ok so?": the drafter's own
 * words for putting the hindrance into the law, asked about in the same sentence or in the next one.
 */
const PROPOSED_IN_LAW =
  /\b(?:in|ins|im)\s+[^?.]{0,60}?(?:gesetz|entwurf|verordnung|satzung)\w*[^?.]{0,40}?\b(?:rein|hinein|herein)?(?:schreiben|aufnehmen|übernehmen|festschreiben)\b[^?]{0,120}?\b(?:bar|in\s+bar|barzahlung|an\s+der\s+kasse|per\s+(?:tele)?fax|per\s+de-mail|als\s+pdf|persönlich\w*|im\s+original|auf\s+papier|in\s+papierform|per\s+post|postalisch|eigenhändig\w*|handschriftlich\w*)\b/i;
/** "Is das ok so?", "Geht das?", "Darf ich das?": the question asks whether what the message proposes is allowed. */
const ASKS_IF_ALLOWED = /^\s*(?:und\s+)?(?:kann|können|könnte|darf|dürfen|dürfte|ist|is|wäre|geht|ginge|passt)\b/i;
/** The digital way is named beside the analog one ("auch elektronisch", "oder online"): the proposal does not restrict. */
const DIGITAL_BESIDE = /\b(?:auch|oder|sowie|neben)\s+(?:\S+\s+){0,3}?(?:elektronisch|online|digital)\w*/i;
/** Only a law, not an authority, is asked about: "Darf das Ordnungsamt vorschreiben, …" needs a legal basis (no). */
const LAW_MAKER = /\b(?:gesetz\w*|entwurf\w*|verordnung\w*|satzung\w*|vorschrift\w*|gesetzgeber\w*|landtag|bundestag)\b/i;
export const asksMayPrescribe = (text: string): boolean => {
  const asked = askedSentence(text);
  if (DIGITAL_BESIDE.test(text)) return false;
  return (MAY_PRESCRIBE.test(asked) && LAW_MAKER.test(asked)) || (ASKS_IF_ALLOWED.test(asked) && PROPOSED_IN_LAW.test(text));
};
/**
 * "Wir führen die Förderakten noch in Papier. Dürfen wir das noch so lassen?": may the analog way the message names
 * stay? The card's "Ja" (the digital way is open) would answer a question that was not asked.
 */
const ANALOG_NAMED = /\b(?:auf|in)\s+papier\w*|\bpapier(?:akte|form)\w*|\bbar\b|\bper\s+(?:post|brief|fax)\b|\bpersönlich\b|\bim\s+original\b|\baush[äa]ng\w*/i;
const KEEP_ASKED =
  /^\s*(?:und\s+)?(?:dürfen|darf|können|kann|könnten|dürften)\s+(?:wir|ich|man|die|sie|das|es)\b[^?]{0,60}?\b(?:so\s+lassen|so\s+bleiben|beibehalten|weiter\s*machen|weiterführen|weiter\s+führen|bleiben|lassen)\b/i;
const asksKeepAnalog = (text: string) => KEEP_ASKED.test(askedSentence(text)) && ANALOG_NAMED.test(text);
export const asksAnalogOnly = (text: string): boolean =>
  ANALOG_ONLY.test(text) || ANALOG_REQUIRED.test(text) || asksMayPrescribe(text) || asksKeepAnalog(text);

/** A question that asks for a thing or a way ("Welche …", "Wie …", "An wen …", "Ab wann …") rather than for yes or no. */
const W_QUESTION =
  /^\s*(?:und\s+)?(?:(?:an|auf|aus|bei|bis|für|gegen|in|mit|nach|seit|über|unter|von|vor|zu|ab)\s+)?(?:wie|welche\w*|was|womit|wodurch|wofür|woran|worauf|wann|wo|wer|wem|wen|wessen|warum|wieso|weshalb|wozu)\b/i;
/** "Was ist beim Finanzamt …, kann man die elektronisch ersetzen?" asks yes or no in its second clause. */
const YES_NO_CLAUSE = /,\s*(?:und\s+)?(?:kann|können|darf|dürfen|muss|müssen|ist|sind|gibt|geht|reicht|soll)\b/i;
/**
 * The sentence that asks: the last one ending in "?" ("Im Entwurf heißt es, … persönlich erscheinen. Wie kann man
 * das digital lösen?" asks how, not whether), else the whole message. Sentences as the parser reads them (the
 * splitter general-lead's `sentencesOf` reads provisions with), so "Abs. 2" ends none and a provision quoted before
 * the question („… abzuholen.“ Was …?) or pasted after it is no part of it. Like a statute's "nach Satz 2. Die …",
 * an ordinal ends a sentence ("zum 60. Geburtstag"): the asked sentence then starts after it.
 */
export function askedSentence(text: string): string {
  return sentenceTexts(text).filter((s) => s.endsWith('?')).at(-1) ?? text;
}
/**
 * "und bei der Anmeldung nach dem Einzug, wie lange hat man da Zeit?": a follow-up may name its topic before the
 * question word; the question starts after the comma.
 */
const TOPIC_FIRST = /^\s*(?:(?:und|aber)\s+)?(?:bei|beim|im|in|für|mit|zur?|zum)\s+[^,?]{1,60},\s*/i;
/**
 * The asked sentence from its question word on (see TOPIC_FIRST); else the asked sentence. A lower-case follow-up read
 * after the earlier question ("… abmelden? und bei der Anmeldung, wie lange …?") is one sentence to the parser; its
 * last question is the one asked ("… eröffnen? und was heißt das für die Kitas?" still asks the earlier yes or no).
 */
export function askedClause(text: string): string {
  const asked = askedSentence(text);
  const last = asked.split(/(?<=\?)\s+/).at(-1)!;
  const rest = last.replace(TOPIC_FIRST, '');
  return rest !== last && W_QUESTION.test(rest) ? rest : asked;
}
export const asksYesNo = (text: string): boolean => {
  const asked = askedClause(text);
  return !W_QUESTION.test(asked) || YES_NO_CLAUSE.test(asked);
};

/** "ohne Ermessen", "kein Beurteilungsspielraum", "nicht abwägen": the circumstance is ruled out, not named. */
const NEGATION = /(?:^|\s)(?:kein\w*|ohne|nicht|nie|weder)\s+(?:\S+\s+){0,2}$/i;

/**
 * The card's answer for a circumstance the yes/no question names ("…, wenn sie dabei Ermessen ausüben muss?"), if
 * any: a word of the question starts with one of its words and is not negated right before.
 */
export function conditionalAnswerFor(card: AnswerCard, question: string): string | undefined {
  if (!asksYesNo(question)) return undefined;
  const text = question.toLowerCase();
  const named = (term: string) => {
    const re = new RegExp(`(?<![\\p{L}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'gu');
    return [...text.matchAll(re)].some((m) => !NEGATION.test(text.slice(0, m.index)));
  };
  // "muss & gemeind": every part must stand in the question
  return card.conditional?.find((c) => c.when.some((term) => term.split(/\s*&\s*/).every(named)))?.answer;
}
