import { CATEGORY_LABELS, PRINCIPLE_TITLES, type Finding } from '../../contracts/finding';
import type { Citation, SearchHit } from '../../contracts/search';
import { sentenceTexts } from '../../parser/structure';
import { parseCitations } from '../../retrieval/citations';
import { isCitationScore } from '../../retrieval/engine';
import type { AnswerContext, AnswerResult, Answerer } from './answerer';
import { askedSentence, asksAnalogOnly, asksMayPrescribe, asksYesNo, conditionalAnswerFor, type ResolvedCard } from './cards';
import { answeringList, askedNoun, focusExcerpt, sharedWords } from './excerpt';
import { fittingHits, haystack, listWords, specificTerms, uncovered } from './fit';
import { answerKind, answeringSentence, excludesScope, generalLead, namesLaw, ownAskedNouns, provisionKey, scopeObject, TEMPORAL, type Candidate } from './general-lead';
import { askedAct, namesStem, withoutNouns, yesNo } from './polarity';
import { contentWords, relevantHits, sectionOf } from './relevance';
import { streamText } from './stream';
import { nearestHits, supportingHits } from './supporting';
import type { ProvisionRef } from './procedure-codes';

const MAX_LAW_QUOTES = 4;
const MAX_SECTIONS_PER_LAW = 2;
const MAX_GUIDANCE_QUOTES = 3;
/** Guidance next to a card's own sources: the card already answers, guidance only adds practice. */
const MAX_CARD_GUIDANCE = 1;
const MAX_CARD_SOURCES = 5;
const MAX_FINDINGS = 12;
/** Land provisions quoted next to a card's Land view when the question names what they regulate. */
const MAX_LAND_EXTRA = 2;
const LAND_JURISDICTION = 'Niedersachsen';
/** Provisions quoted next to a card when they cover the specific words of the question the card speaks of in general. */
const MAX_SPECIFIC_EXTRA = 1;
/** A retrieved Absatz is shown from its best sentence on, up to this length (more when a numbered list follows). */
const QUOTE_CHARS = 700;
/** A passage quoted in the lead as the answer: one or two sentences. */
const LEAD_QUOTE_CHARS = 400;

export const OFFLINE_MODEL = 'offline';

export const OUT_OF_SCOPE_TEXT =
  'Dazu kann ich nichts sagen: Ich beantworte Fragen zur digitaltauglichen Gestaltung von Gesetzen, Verordnungen und Entwürfen (Digitalcheck), etwa zu Schriftform, Unterschrift, persönlichem Erscheinen, Nachweisen, Bekanntmachung oder elektronischer Zustellung. Sie können auch den Wortlaut einer Vorschrift einfügen; ich prüfe ihn dann auf Digitalisierungshindernisse.';
export const CLOSING_TEXT =
  'Gern. Wenn Sie weitere Fragen zur digitaltauglichen Formulierung haben oder eine Vorschrift prüfen lassen möchten, fügen Sie sie einfach ein.';
export const NOTHING_FOUND_TEXT =
  'Dazu habe ich im Korpus keine passende Vorschrift und keinen passenden Hinweis gefunden. Bitte formulieren Sie die Frage mit anderen Fachbegriffen (z. B. „Schriftform“, „elektronischer Zugang“, „Nachweis“) oder fügen Sie den Wortlaut einer Vorschrift ein, damit ich ihn prüfen kann.';
const SEARCHED =
  'Durchsucht habe ich die Antwortkarten zum Digitalcheck und die Gesetze und Leitfäden des Korpus (Bundesrecht zur digitalen Verwaltung und zum Verwaltungsverfahren, niedersächsisches Landesrecht).';
const NEXT_STEPS = [
  'die Frage mit den Begriffen stellen, um die es im Digitalcheck geht (z. B. „Schriftform“, „Unterschrift“, „Nachweis“, „Bekanntmachung“, „elektronischer Zugang“),',
  'den Wortlaut der Vorschrift einfügen, um die es geht – ich prüfe ihn auf Digitalisierungshindernisse,',
  'für Fachrecht, das der Korpus nicht enthält, die amtliche Fassung heranziehen (NI-VORIS, gesetze-im-internet.de).',
];

/** The plain "nothing fits" answer: what the question was about that nothing covers, what was searched, what to do next. */
export function nothingFound(question: string): string[] {
  // all of what the question is about: naming only the words no hit has would single out the wrong one
  const about = specificTerms(question);
  if (about.length === 0) return [NOTHING_FOUND_TEXT];
  return [
    `Dazu habe ich keine passende Antwort gefunden: keine Antwortkarte und keine Vorschrift im Korpus, die zu ${listWords(about)} passt.`,
    SEARCHED,
    '**Was Sie tun können**',
    NEXT_STEPS.map((s) => `- ${s}`).join('\n'),
  ];
}

export const NO_PASSAGE_TEXT =
  'Ich habe in diesem Gespräch noch keine Vorschrift geprüft, die ich umformulieren könnte. Bitte fügen Sie den Wortlaut der Vorschrift ein (gern mit „§“-Überschrift und Absatznummern); ich prüfe ihn und schlage eine Neufassung mit Änderungsbefehl vor.';

export function toCitation(h: SearchHit): Citation {
  return {
    law: h.law,
    ref: h.ref,
    title: h.title,
    text: h.text,
    ...(h.stand ? { stand: h.stand } : {}),
    ...(h.lawTitle ? { lawTitle: h.lawTitle } : {}),
    ...(h.kind ? { kind: h.kind } : {}),
    ...(h.excerpt !== undefined ? { excerpt: h.excerpt } : {}),
  };
}

/** "§ 3a Abs. 2 VwVfG" for laws, "Leitfaden Schriftform – Ersatz der Schriftform" for guidance. */
function label(h: SearchHit): string {
  if (h.kind === 'guidance') return h.ref && h.ref !== h.law ? `${h.law} – ${h.ref}` : h.law;
  return `${h.ref} ${h.law}`.trim();
}

function meta(h: SearchHit): string {
  const parts = [h.title && h.kind !== 'guidance' ? h.title : '', h.stand ? `Stand: ${h.stand}` : '', h.excerpt ? 'Auszug' : '']
    .filter(Boolean);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

const quoted = (text: string) =>
  text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');

function findingBlock(f: Finding, i: number): string {
  // a pasted passage without § or Absatz is cited by its own name ("Eingabe"), which says nothing in the answer
  const where = f.location.ref && f.location.ref !== f.location.law ? ` in ${f.location.ref}` : '';
  const lines = [
    `${i + 1}. **${CATEGORY_LABELS[f.category]}**${where} (${f.severity}, Prinzip ${f.principle}: ${PRINCIPLE_TITLES[f.principle]}) – „${f.quote.match}“`,
    `   - Warum: ${f.explanation}`,
    `   - Vorschlag: ${f.suggestion}`,
  ];
  if (f.legalBasis.length) lines.push(`   - Rechtsgrundlage: ${f.legalBasis.join('; ')}`);
  if (f.amendment) lines.push(`   - Änderungsbefehl: ${f.amendment}`);
  return lines.join('\n');
}

/**
 * "Muss ich da etwas ändern?", "Gibt es hier ein Problem?", "Was ist daran problematisch?": the user asks whether or
 * where the passage stands in the way, not whether it is digital-ready.
 */
const ASKS_FOR_HINDRANCE =
  /\b(?:(?:etwas|was|da|hier|noch|daran|dran|sich)\s+(?:\S+\s+){0,3}?(?:ändern|anpassen|tun)|änderungsbedarf|anpassungsbedarf|handlungsbedarf|probleme?|problematisch|hinder\w*|hindernis\w*|hürden?|haken|kritisch)\b/i;
/** "Muss ich …?", "Gibt es …?", "Hindert das …?": asked for yes or no — "Ja" then means a hindrance. */
const YES_NO_START = /^\s*(?:und\s+)?(?:muss|müssen|müsste|sollte|sollten|soll|gibt|ist|sind|hindert|hindern|steht|stehen|besteht|bestehen|hat|haben|habe)\b/i;
/**
 * "schriftlichen oder elektronischen Antrag": the passage already names the electronic way (a few words around it).
 * The words before it are taken from a word's start, where the first match begins anyway: tried from every letter, a
 * long word was re-read from each (quadratic, bench:redos).
 */
const ELECTRONIC_WAY = /(?:(?<![\p{L}-])(?:[\p{L}-]+\s+){1,2})?(?:elektronisch\p{L}*|Textform)(?:\s+[\p{L}-]+)?/u;

/**
 * The direct answer before the details: to "Ist das digitaltauglich?" (Ja/Nein), to "Muss ich da etwas ändern?" (the
 * reverse), to "Was ist daran problematisch?" (what stands in the way, without a yes or no).
 */
function verdict(findings: Finding[], asked: string, passage: string): string {
  const blocking = findings.filter((f) => f.severity !== 'hinweis').length;
  const hindrance = ASKS_FOR_HINDRANCE.test(asked);
  const reversed = hindrance && YES_NO_START.test(askedSentence(asked));
  const electronic = blocking === 0 ? ELECTRONIC_WAY.exec(passage)?.[0] : undefined;
  const already = electronic ? ` Sie nennt den elektronischen Weg bereits ausdrücklich („${electronic}“).` : '';
  if (findings.length === 0) {
    const checked =
      'In der eingefügten Passage habe ich keine typischen Digitalisierungshindernisse gefunden (geprüft u. a. Schriftform, eigenhändige Unterschrift, persönliches Erscheinen, Original/Beglaubigung, Vordrucke, Aushang, Postweg, technologiespezifische Vorgaben und Nachweispflichten).';
    const lead = reversed
      ? 'Nein, soweit das Regelwerk es erkennen kann, ist hier für die Digitalisierung nichts zu ändern'
      : hindrance
        ? 'Soweit das Regelwerk es erkennen kann, ist hier für die Digitalisierung nichts zu ändern'
        : 'Ja, soweit das Regelwerk es erkennen kann';
    return `${lead}: ${checked}${already}`;
  }
  if (blocking === 0) {
    return `${hindrance ? 'Kaum' : 'Weitgehend ja'}: Ich habe keine harten Hindernisse gefunden, aber Hinweise, die eine automatisierte Umsetzung erschweren können.${already}`;
  }
  // the lead names what stands in the way ("Aushang / Bekanntmachung"): "Was muss ich da ändern?" is answered before the list
  const kinds = [...new Set(findings.filter((f) => f.severity !== 'hinweis').map((f) => CATEGORY_LABELS[f.category]))].join(', ');
  const where = `${blocking === 1 ? 'eine Stelle verlangt' : `${blocking} Stellen verlangen`} Papier, Unterschrift, Anwesenheit oder einen bestimmten Weg (${kinds}).`;
  return reversed
    ? `Ja, die Passage ist in dieser Fassung nicht durchgängig digital umsetzbar: ${where}`
    : hindrance
      ? `In dieser Fassung ist die Passage nicht durchgängig digital umsetzbar: ${where}`
      : `Nein, in dieser Fassung nicht durchgängig digital umsetzbar: ${where}`;
}

/** A pasted passage's label as it is named in a sentence: "(2)" is "Absatz 2". */
const labelName = (label: string) => label.replace(/^\((\d+[a-z]?)\)$/, 'Absatz $1');

function findingsSection(findings: Finding[], asked: string, passage: string, label: string | undefined): string[] {
  const out = [verdict(findings, asked, passage)];
  if (findings.length === 0) return out;
  const shown = findings.slice(0, MAX_FINDINGS);
  const n = findings.length;
  out.push(
    `Die eingefügte Passage${label ? ` (${labelName(label)})` : ''} enthält ${n === 1 ? 'eine Stelle' : `${n} Stellen`}, die eine durchgängig digitale Abwicklung behindern ${n === 1 ? 'kann' : 'können'}:`,
    shown.map(findingBlock).join('\n'),
  );
  if (n > shown.length) {
    out.push(
      `… und ${n - shown.length} weitere Befunde (siehe Befundliste). Für einen so langen Text ist die Entwurfsprüfung übersichtlicher: Dort übernehmen oder verwerfen Sie jeden Befund und exportieren das Ergebnis nach Word.`,
    );
  }
  if (findings.some((f) => f.severity !== 'hinweis')) {
    out.push('Schreiben Sie „umformulieren“, dann fasse ich die ganze Vorschrift neu – mit Änderungsbefehl.');
  }
  return out;
}

/** Numbered sources of one answer; every quote is a corpus text and is cited by its number. */
class Sources {
  readonly hits: SearchHit[] = [];
  private readonly blocks: { heading: string; lines: string[] }[] = [];
  /** The number of `h`, or of the source that quotes the same Absatz (a card's source for a retrieved hit). */
  num(h: SearchHit): string {
    const at = this.hits.indexOf(h);
    return `[${(at >= 0 ? at : this.hits.findIndex((x) => x.law === h.law && x.ref === h.ref)) + 1}]`;
  }
  has(law: string, ref: string): boolean {
    return this.hits.some((h) => h.law === law && (h.ref === ref || sectionOf(h) === ref));
  }
  add(heading: string, h: SearchHit, excerpt: string): void {
    this.hits.push(h);
    let block = this.blocks.find((b) => b.heading === heading);
    if (!block) this.blocks.push((block = { heading, lines: [] }));
    block.lines.push(`${this.num(h)} **${label(h)}**${meta(h)}\n${quoted(excerpt)}`);
  }
  render(): string[] {
    return this.blocks.flatMap((b) => [`**${b.heading}**`, ...b.lines]);
  }
}

/** Laws (at most two §§ per law, Absätze of one § together) and guidance among the relevant hits. */
function pickHits(question: string, hits: SearchHit[]): { laws: SearchHit[]; guidance: SearchHit[] } {
  const relevant = relevantHits(question, hits);
  const admitted = new Map<string, string[]>();
  const laws = relevant
    .filter((h) => h.kind !== 'guidance')
    .filter((h) => {
      const sections = admitted.get(h.law) ?? [];
      if (sections.includes(sectionOf(h))) return true;
      if (sections.length >= MAX_SECTIONS_PER_LAW) return false;
      admitted.set(h.law, [...sections, sectionOf(h)]);
      return true;
    })
    .slice(0, MAX_LAW_QUOTES);
  return { laws, guidance: relevant.filter((h) => h.kind === 'guidance').slice(0, MAX_GUIDANCE_QUOTES) };
}

const excerptOf = (h: SearchHit, words: string[]) => focusExcerpt(h.text, { words, max: QUOTE_CHARS });

/**
 * "Welche Alternativen …?", "Welche Nachweise darf ich … verlangen?" are not answered with "Ja." or "Ja, der Entwurf
 * …": a yes or no leads only for a yes/no question; the card's next words say what it affirms or denies.
 */
const YES_NO_OPENING = /^(?:Ja|Nein|(?:In der Regel|Grundsätzlich) (?:ja|nein))[.,:]\s+(\S)/;
const NO_OPENING = /^(?:Nein|(?:In der Regel|Grundsätzlich) nein)(?=[.,:]\s)/;
/** ", oder geht das auch online?": the second half of an either-or question names the digital way. */
const DIGITAL_ALTERNATIVE =
  /,\s*oder\s+(?:geht|klappt|reicht|genügt|funktioniert)\s+(?:das|es|der\s+\p{L}+|die\s+\p{L}+)\s+(?:auch\s+)?(?:nur\s+)?(online|digital|elektronisch|per\s+e-?mail)\b/iu;
const withoutYesNo = (answer: string) => answer.replace(YES_NO_OPENING, (_m, c: string) => c.toUpperCase());
function lead(question: string, answer: string): string {
  if (!asksYesNo(question)) return withoutYesNo(answer);
  // "Muss der Antrag persönlich abgegeben werden, oder geht das auch online?": the "nein" answers the first half;
  // the second is answered too, before the card's reasons
  const other = DIGITAL_ALTERNATIVE.exec(askedSentence(question));
  const no = NO_OPENING.exec(answer);
  if (other && no) return `${no[0]}; ${other[1]!.toLowerCase()} geht es auch. ${withoutYesNo(answer)}`;
  return answer;
}

/**
 * "Kann man im Gesetz vorschreiben, dass … bar …?" on a card without a "Nur analog" answer: its "Ja" says the
 * digital way is open, which would affirm the hindrance; the law may prescribe it, but it stands in the way.
 */
const mayPrescribeLead = (answer: string) => `Rechtlich möglich, aber nicht digitaltauglich: ${withoutYesNo(answer)}`;

function cardAnswer(ctx: AnswerContext, resolved: ResolvedCard, sources: Sources): string[] {
  const { card } = resolved;
  const land = ctx.land ? card.land : undefined;
  // "Darf … nur bar …?" asks about the restriction, not about the digital way: the card's own "Ja" would affirm it;
  // "Wie sorge ich dafür, dass Gebühren nicht mehr nur bar …?" names the restriction as what is to be replaced
  const analogOnly =
    card.analogOnly && asksYesNo(ctx.question) && asksAnalogOnly(ctx.question)
      ? card.analogOnly
      : asksMayPrescribe(ctx.question)
        ? mayPrescribeLead(land ? land.answer : card.answer)
        : undefined;
  // a circumstance the question names can turn the card's answer round; the card's rule follows as the frame
  const conditional = conditionalAnswerFor(card, ctx.question);
  // for a Land question the Land view answers; the general rule it applies follows
  // a circumstance answer without a yes or no ("Es kommt darauf an: …") is not followed by the card's own "Ja"
  const frame = land ? land.answer : card.answer;
  const parts = conditional
    ? [conditional, `**Im Übrigen:** ${YES_NO_OPENING.test(conditional) ? frame : withoutYesNo(frame)}`]
    : analogOnly
    ? [analogOnly, ...(land ? [`**In Niedersachsen:** ${withoutYesNo(land.answer)}`] : [])]
    : land
      ? [lead(ctx.question, land.answer), `**Allgemein:** ${card.answer}`]
      : [lead(ctx.question, card.answer)];
  if (card.conditions.length) parts.push('**Worauf es ankommt**', card.conditions.map((c) => `- ${c}`).join('\n'));
  if (card.wording && ctx.wordingFirst) parts.unshift(`So könnte die Regelung lauten:\n${quoted(card.wording)}`);
  else if (card.wording) parts.push('**Formulierungsvorschlag**', quoted(card.wording));
  const words = contentWords(ctx.question);
  const cardSources = land ? [...resolved.landSources, ...resolved.sources] : resolved.sources;
  const quota = cardSources.slice(0, land ? MAX_CARD_SOURCES + resolved.landSources.length : MAX_CARD_SOURCES);
  // the provisions a leading circumstance answer names ("Ja, im Sozialrecht … (§ 61 SGB I)") are quoted even beyond
  // the card's quota: they back the answer that leads
  const leading = new Set(parseCitations(conditional ?? '').map((c) => `${c.law}\u0000${c.section}`));
  const beyond = cardSources.filter((s) => !quota.includes(s) && leading.has(`${s.hit.law}\u0000${s.hit.section}`));
  for (const s of [...quota, ...beyond]) {
    if (sources.has(s.hit.law, s.hit.ref)) continue;
    sources.add(s.hit.kind === 'guidance' ? 'Hinweise zur Umsetzung' : 'Belege', s.hit, s.excerpt);
  }
  // a provision the question names ("nach § 3a VwVfG") is quoted even when the card does not cite it
  const { laws } = pickHits(ctx.question, ctx.hits);
  // guidance must fit the card's topic too, not only a word of the question ("Kommunen" → Bekanntmachung)
  const { guidance } = pickHits(`${ctx.question} ${card.title}`, ctx.hits.filter((h) => h.kind === 'guidance'));
  const namedInQuestion = new Set(parseCitations(ctx.question).map((c) => `${c.law.toLowerCase()}\u0000${c.section}`));
  for (const h of laws) {
    if (namedInQuestion.has(`${h.law.toLowerCase()}\u0000${sectionOf(h)}`) && !sources.has(h.law, sectionOf(h)) && !sources.has(h.law, h.ref)) {
      sources.add('Belege', h, excerptOf(h, words));
    }
  }
  for (const h of guidance.filter((g) => !sources.has(g.law, g.ref)).slice(0, MAX_CARD_GUIDANCE)) {
    sources.add('Hinweise zur Umsetzung', h, excerptOf(h, words));
  }
  // "Welche Alternativen zur Schriftform nennt § 3a VwVfG?": the named provision's answering part comes before the card
  // a list question may be answered by another Absatz of the named provision than the one the card quotes
  // ("Welche Daten … nach § 18 PAuswG?": the card cites Abs. 1, the list of Daten stands in Abs. 3)
  const namedHits = laws.filter(
    (h) => namedInQuestion.has(`${h.law.toLowerCase()}\u0000${sectionOf(h)}`) && (sources.has(h.law, h.ref) || (asksForList(ctx.question) && answeringList(h.text, words) !== undefined)),
  );
  const fromProvision = quoteLead(ctx.question, namedHits, words, sources, ctx.provision, true);
  if (fromProvision) parts.unshift(fromProvision);
  // a question about an institution the card speaks of only in general ("Bürgerbegehren … schriftlich anzeigen",
  // "Steuererklärung … amtlicher Vordruck", "Personalausweis als Signaturkarte"): the provision that covers every
  // word of the question is quoted with the card — for a Land question the Land's own provisions
  // (a question of frame words only names nothing such a provision could cover; a card citing guidance only answers
  // about the Digitalcheck itself, which no provision regulates)
  if (specificTerms(ctx.question).length > 0 && !aboutDigitalcheck(resolved)) {
    const unquoted = laws.filter((h) => (!land || h.jurisdiction === LAND_JURISDICTION) && !sources.has(h.law, sectionOf(h)) && !sources.has(h.law, h.ref));
    const own = fittingHits(ctx.question, unquoted);
    for (const h of own.slice(0, land ? MAX_LAND_EXTRA : MAX_SPECIFIC_EXTRA)) sources.add(land ? 'Landesrecht' : 'Vorschriften', h, excerptOf(h, words));
  }
  return parts;
}

/**
 * A pasted passage with a Land question beside it ("Reicht in Niedersachsen die Internetseite?"): the card's Land view
 * answers the question first, quoted from its Land sources; the verdict on the passage follows. A question of its own
 * beside a passage without hindrances ("Reicht es, die Satzungen nur auf die Homepage zu stellen?") gets the card's
 * answer the same way.
 */
function cardViewOfPassage(ctx: AnswerContext, sources: Sources): string[] {
  if (!ctx.card) return [];
  const land = ctx.land ? ctx.card.card.land : undefined;
  if (ctx.land && !land) return [];
  if (land) {
    for (const s of ctx.card.landSources) if (!sources.has(s.hit.law, s.hit.ref)) sources.add('Landesrecht', s.hit, s.excerpt);
    return [land.answer, '**Zur eingefügten Passage:**'];
  }
  // the user's own question beside a passage without hindrances: the card answers it, the verdict follows; a bare
  // passage has no question of its own, its verdict leads
  if (!ctx.asked) return [];
  for (const s of ctx.card.sources.slice(0, MAX_CARD_SOURCES)) if (!sources.has(s.hit.law, s.hit.ref)) sources.add(s.hit.kind === 'guidance' ? 'Hinweise zur Umsetzung' : 'Vorschriften', s.hit, s.excerpt);
  // a card that leaves a word of the question uncovered ("Homepage") says what it says, without a yes or no to it
  const answer = ctx.cardMissing?.length ? withoutYesNo(ctx.card.card.answer) : lead(ctx.asked, ctx.card.card.answer);
  return [answer, '**Zur eingefügten Passage:**'];
}

/** Said under a lead read from a provision: it is the provision's wording, not a checked answer. */
const GENERAL_NOTE =
  'Das ist der Wortlaut der einschlägigen Vorschrift; eine geprüfte Antwortkarte gibt es dazu nicht. Bitte prüfen Sie Ausnahmen und Fachrecht am vollständigen Wortlaut unten.';

/** The sentence of the retrieved provisions that answers a question without a card, if one does. */
function generalCandidate(ctx: AnswerContext): Candidate | undefined {
  // for a yes/no or "Wann …?" question every retrieved provision is read: its form wording or its time decides, and
  // the sentence is judged against the question itself (isAnswer); an open question ("Wie ersetze ich …?") has no
  // such signal, so its provisions must share enough words with it first (relevantHits: not the Testament rule
  // for a question on signatures)
  const hits = withEarlier(ctx);
  const earlier = new Set((ctx.earlier ?? []).map(provisionKey));
  return answeringSentence(ctx.question, answerKind(ctx.question) === 'topic' ? relevantHits(ctx.question, hits) : hits, ctx.provision, earlier);
}

/**
 * "Reicht es, wenn wir das nur im Bundesanzeiger veröffentlichen …?" after an answer on the öffentliche Zustellung:
 * the question points back, so a sentence of the provisions quoted before that decides it (a yes or no, or whom
 * the rule leaves out) answers before a card the question's own words brought in.
 */
function earlierAnswer(ctx: AnswerContext): Candidate | undefined {
  if (!ctx.earlier?.length) return undefined;
  const c = answeringSentence(ctx.question, ctx.earlier, ctx.provision, new Set(ctx.earlier.map(provisionKey)));
  if (!c) return undefined;
  if (scopeObject(ctx.question) !== undefined) return excludesScope(ctx.question, c) ? c : undefined;
  return answerKind(ctx.question) === 'yesno' && yesNo(ctx.question, c.sentence) ? c : undefined;
}

/** The retrieved hits and, for a follow-up, the provisions the previous answer quoted that retrieval left out. */
function withEarlier(ctx: AnswerContext): SearchHit[] {
  if (!ctx.earlier?.length) return ctx.hits;
  const have = new Set(ctx.hits.map(provisionKey));
  return [...ctx.hits, ...ctx.earlier.filter((h) => !have.has(provisionKey(h)))];
}

/** A card that cites guidance only answers about the Digitalcheck itself ("Wann mache ich den Digitalcheck?"). */
const aboutDigitalcheck = (card: ResolvedCard) => card.sources.length > 0 && card.sources.every((s) => s.hit.kind === 'guidance');

/**
 * Whether a provision answers better than the card: the card has no time for a "Wann …?" question, or misses a
 * word of the question that the provision covers.
 */
function beatsCard(ctx: AnswerContext, card: ResolvedCard): Candidate | undefined {
  // a card that cites guidance only answers about the Digitalcheck itself ("Wann mache ich den Digitalcheck?"): no
  // provision says that better, however many of the question's words it shares
  if (aboutDigitalcheck(card)) return undefined;
  // "Darf ich ins Gesetz reinschreiben, dass die Unterlagen als PDF kommen müssen?" asks what a law may prescribe: the
  // card answers that; a provision sentence on what authorities do ("welche Unterlagen …") does not, whatever nouns it names
  if (asksMayPrescribe(ctx.question)) return undefined;
  const back = earlierAnswer(ctx);
  if (back) return back;
  const cardText = (ctx.land && card.card.land?.answer) || card.card.answer;
  const timeMissing = answerKind(ctx.question) === 'time' && !TEMPORAL.test(cardText);
  // a Land question keeps its card: the card's Land view says which law applies there, a single sentence does not
  const missing = ctx.land ? [] : (ctx.cardMissing ?? []);
  // "Gilt das NDIG auch für die Hochschulen?": a card on the rule in general does not say whom it leaves out
  const scoped = scopeObject(ctx.question) !== undefined;
  // read once: it reads every retrieved provision, and both checks below may need it
  let general: Candidate | undefined | null = null;
  const candidate = () => (general === null ? (general = generalCandidate(ctx)) : general);
  const point = unansweredPoint(ctx.question, card);
  if (point) {
    const c = candidate();
    // the provision is about that point (its title names it: „Begründung des Verwaltungsaktes“), not one that only
    // uses the verb in passing („… eine Vertretung stattfindet“ is no answer on where an Akteneinsicht takes place)
    if (c && c.missing.length === 0 && namesStem(point, c.hit.title) && namesStem(point, c.sentence) && yesNo(ctx.question, c.sentence)) return c;
  }
  if (!timeMissing && missing.length === 0 && !scoped) return undefined;
  const c = candidate();
  if (!c) return undefined;
  if (scoped && excludesScope(ctx.question, c)) return c;
  if (!timeMissing && missing.length === 0) return undefined;
  // a card's yes or no is not given up for a quote that says neither
  if (answerKind(ctx.question) === 'yesno' && !yesNo(ctx.question, c.sentence)) return undefined;
  if (timeMissing) return TEMPORAL.test(c.sentence) ? c : undefined;
  // the answering sentence itself must name what the card misses ("Einspruch"), not a synonym of it
  const named = uncovered(missing.map((word) => ({ stem: word, word })), haystack(c.sentence), true).length === 0;
  return named && c.missing.length === 0 ? c : undefined;
}

/**
 * What a yes/no question asks the rule about — the act it closes with ("… begründen?") or what it asks to do without
 * („…, ohne irgendwelche Gründe?“) — when the card's answers never speak of it: the card brought in by the other words
 * (Bescheid, elektronisch) answers on the form, not on that point. Digital words are the form the card speaks of.
 */
function unansweredPoint(question: string, card: ResolvedCard): string | undefined {
  if (answerKind(question) !== 'yesno') return undefined;
  const act = askedAct(question);
  const points = [...withoutNouns(question), ...(act && !act.indicative ? [act.verb] : [])].filter((w) => !DIGITAL_POINT.test(w));
  const said = [card.card.answer, ...card.card.conditions, ...(card.card.conditional ?? []).map((c) => c.answer)].join(' ');
  return points.find((w) => !namesStem(w, said));
}
const DIGITAL_POINT = /^(?:e-?mail\w*|mail\w*|online\w*|digital\w*|elektronisch\w*|internet\w*|pdf\w*|papier\w*|schriftlich\w*|unterschr\w*|signier\w*)$/i;

/** The answer read from the provision sentence that answers, with the provision and its neighbours quoted. */
function generalAnswer(ctx: AnswerContext, c: Candidate, sources: Sources): string[] {
  const words = contentWords(ctx.question);
  const hit: SearchHit = { ...c.hit, ref: c.ref, text: c.absatz, section: sectionOf(c.hit) };
  sources.add('Vorschriften', hit, focusExcerpt(hit.text, { points: [c.sentence], max: QUOTE_CHARS }));
  // "… ein förmliches Verwaltungsverfahren nach dem VwVfG …": the best retrieved provision of the law the question
  // names is on what it asks (§ 64 VwVfG), even where the answering sentence came from a more general one
  const best = ctx.hits.find((h) => h.kind !== 'guidance');
  if (best && namesLaw(ctx.question, best) && !sources.has(best.law, sectionOf(best))) sources.add('Vorschriften', best, excerptOf(best, words));
  const fitting = new Set(fittingHits(ctx.question, ctx.hits));
  const { laws, guidance } = pickHits(ctx.question, ctx.hits.filter((h) => fitting.has(h)));
  for (const h of laws.filter((x) => !sources.has(x.law, x.ref)).slice(0, MAX_LAW_QUOTES - sources.hits.length)) sources.add('Vorschriften', h, excerptOf(h, words));
  for (const h of guidance) sources.add('Hinweise zur Umsetzung', h, excerptOf(h, words));
  return [generalLead(ctx.question, c, sources.num(hit)), GENERAL_NOTE];
}

function retrievalAnswer(ctx: AnswerContext, sources: Sources, pasted: boolean): string[] {
  // a question's hits must cover what it is about; a provision it names always counts
  const named = new Set(parseCitations(ctx.question).map((c) => `${c.law.toLowerCase()}\u0000${c.section}`));
  // without a named provision, the sentence that answers leads (a named one is quoted by quoteLead below)
  if (!pasted && named.size === 0 && !ctx.landBridges?.length) {
    const c = generalCandidate(ctx);
    if (c) return generalAnswer(ctx, c, sources);
  }
  const fitting = new Set(fittingHits(ctx.question, ctx.hits));
  const hits = pasted ? ctx.hits : ctx.hits.filter((h) => fitting.has(h) || named.has(`${h.law.toLowerCase()}\u0000${sectionOf(h)}`));
  const { laws, guidance } = pickHits(ctx.question, hits);
  const words = contentWords(ctx.question);
  if (laws.length + guidance.length === 0) return pasted ? [] : (nearAnswer(ctx, sources) ?? nothingFound(ctx.question));
  for (const h of laws) sources.add('Vorschriften', h, excerptOf(h, words));
  for (const h of guidance) sources.add('Hinweise zur Umsetzung', h, excerptOf(h, words));
  if (pasted) return [];
  // a provision of a federal law a Land bridge applies answers the Land question as a cited one does
  const cited = laws.filter((h) => isCitationScore(h.score) || ctx.bridgedLaws?.includes(h.law));
  // "§ 3a VwVfG (Elektronische Kommunikation) [1–3]": the Absätze of one § are one provision in the lead
  const list = (hs: SearchHit[]) => {
    const bySection = new Map<string, SearchHit[]>();
    for (const h of hs) bySection.set(`${sectionOf(h)} ${h.law}`, [...(bySection.get(`${sectionOf(h)} ${h.law}`) ?? []), h]);
    return [...bySection]
      .map(([name, group]) => {
        const nums = group.map((h) => sources.hits.indexOf(h) + 1);
        const consecutive = nums.every((n, i) => i === 0 || n === nums[i - 1]! + 1);
        const refs = nums.length > 1 && consecutive ? `[${nums[0]}–${nums.at(-1)}]` : nums.map((n) => `[${n}]`).join(' ');
        return `${name}${group[0]!.title ? ` (${group[0]!.title})` : ''} ${refs}`;
      })
      .join(', ');
  };
  const count = (hs: SearchHit[]) => new Set(hs.map((h) => `${sectionOf(h)} ${h.law}`)).size;
  const quotedLead = quoteLead(ctx.question, cited, words, sources, ctx.provision);
  // without a card only a provision the question names is a sure answer; everything else is a partial match
  const bridges = cited.length ? (ctx.landBridges ?? []) : [];
  if (quotedLead && bridges.length === 0) return [quotedLead, 'Der vollständige Wortlaut steht unten.'];
  for (const h of bridges) sources.add('Landesrecht', h, h.text);
  // a Land question about a federal procedural rule: it applies through the Land law that refers to it
  const leadText = bridges.length
    ? `Ja. ${list(cited)} ${count(cited) === 1 ? 'gilt' : 'gelten'} auch für die Behörden des Landes, der Gemeinden und Landkreise in Niedersachsen: ${bridges.map((h) => `${label(h)} ${sources.num(h)}`).join(' und ')} erklärt das Bundesgesetz für anwendbar, soweit Landesrecht nichts Inhaltsgleiches oder Entgegenstehendes bestimmt. Die Verfahrensgesetze der anderen Länder übernehmen die Vorschriften wortgleich oder verweisen ebenso auf sie.`
    : cited.length
    ? `Einschlägig ${count(cited) === 1 ? 'ist' : 'sind'} ${list(cited)}; der Wortlaut steht unten.`
    : laws.length
      ? `Eine fertige Antwort habe ich dazu nicht; am besten ${count(laws) === 1 ? 'passt' : 'passen'} ${list(laws)}. Bitte prüfen Sie am Wortlaut unten, ob ${count(laws) === 1 ? 'sie Ihre Frage beantwortet' : 'sie Ihre Frage beantworten'}.`
      : `Dazu habe ich keine Vorschrift gefunden, nur Hinweise in ${guidance.map((h) => `${h.law} ${sources.num(h)}`).join(', ')}.`;
  // a Land question on a named federal rule: first that it applies, then what it says
  return [lead(ctx.question, leadText), ...(quotedLead ? [quotedLead] : [])];
}

/**
 * No provision covers the told case, but one covers what the question asks about: said as that, with the nearest
 * provision quoted from the part on the asked point — an honest "not exactly", not "nothing".
 */
function nearAnswer(ctx: AnswerContext, sources: Sources): string[] | undefined {
  const { hits, story } = nearestHits(ctx.question, ctx.hits);
  if (hits.length === 0) return undefined;
  const words = contentWords(askedSentence(ctx.question));
  const own = contentWords(ownAskedNouns(ctx.question).map((t) => t.word).join(' '));
  const focus = [...new Set([...own, ...words])];
  for (const h of hits) sources.add('Vorschriften', h, excerptOf(h, focus));
  const [first, ...more] = hits;
  const also = more.length ? `, danach ${more.map((h) => reference(h, sources)).join(', ')}` : '';
  return [
    `Eine Vorschrift genau zu Ihrem Fall finde ich nicht; am nächsten kommt ${reference(first!, sources)}${also}:\n${quoted(focusExcerpt(first!.text, { words: focus, max: LEAD_QUOTE_CHARS }))}`,
    `Zu ${listWords(story)} sagt ${more.length ? 'keine dieser Vorschriften' : 'die Vorschrift'} nichts. Bitte prüfen Sie am Wortlaut unten, ob sie Ihren Fall ${more.length ? 'tragen' : 'trägt'}; eine geprüfte Antwortkarte gibt es dazu nicht.`,
  ];
}

/** "Welche Anträge …?", "Wofür dürfen …?", "Was muss … alles …?", "Wann … keine …?": the answer is an enumeration. */
const LIST_QUESTION = /^\s*(?:und\s+)?(?:welche\w*|wofür|wozu|wann|(?:an|für|gegenüber)\s+wen\b|(?:in|unter|an|für|bei|von)\s+welche\w*|was\b[\s\S]*\balles\b)/i;
const asksForList = (question: string) => LIST_QUESTION.test(question);

/** The words before a quoted passage in the lead: which provision says it (not that it is the whole answer). */
/** "§ 3a VwVfG (Elektronische Kommunikation) [2]": a provision as the answer names it, with its source number. */
const reference = (h: SearchHit, sources: Sources) => `${label(h)}${h.title ? ` (${h.title})` : ''} ${sources.num(h)}`;
const answerIn = (h: SearchHit, sources: Sources) => `Dazu heißt es in ${reference(h, sources)}:`;

/**
 * The lead for a question about an enumeration in a provision it names ("Welche Anträge müssen nach § 3a NBauO …?"):
 * the numbered list that answers it, quoted whole — the list is the answer, a cut before it is none.
 */
function listLead(question: string, cited: SearchHit[], words: string[], sources: Sources): string | undefined {
  let best: { h: SearchHit; list: string; shared: number } | undefined;
  for (const h of cited) {
    const found = answeringList(h.text, words, askedNoun(question));
    if (found && (!best || found.shared > best.shared)) best = { h, ...found };
  }
  if (!best) return undefined;
  if (!sources.has(best.h.law, best.h.ref)) sources.add('Belege', best.h, excerptOf(best.h, words));
  return `${answerIn(best.h, sources)}\n${quoted(best.list)}`;
}

/**
 * The lead for another W-question about one provision it names ("Welche Aufgaben hat die Rettungsleitstelle nach
 * § 6 NRettDG?"): the passage of its Absatz that shares most words with the question, else its first Absatz.
 */
function passageLead(cited: SearchHit[], words: string[], sources: Sources, needsSharedWord: boolean): string | undefined {
  if (new Set(cited.map((h) => `${sectionOf(h)} ${h.law}`)).size !== 1) return undefined;
  const shared = (h: SearchHit) => sharedWords(h.text, words);
  // no shared word ("Was regelt § 9 OZG?"): the provision from its start
  const best = cited.reduce((a, b) => (shared(b) > shared(a) ? b : a));
  if (needsSharedWord && shared(best) === 0) return undefined;
  if (!sources.has(best.law, best.ref)) sources.add('Belege', best, excerptOf(best, words));
  return `${answerIn(best, sources)}\n${quoted(focusExcerpt(best.text, { words, max: LEAD_QUOTE_CHARS }))}`;
}

/**
 * The retrieved Absätze of the provisions a question names, followed by their other Absätze: "Welche Daten darf die
 * Behörde nach § 5 EGovG direkt bei der ausstellenden Stelle abrufen?" is answered by Abs. 2, which retrieval may
 * not have brought up next to Abs. 1.
 */
function wholeProvisions(cited: SearchHit[], provision: AnswerContext['provision']): SearchHit[] {
  const out = [...cited];
  for (const h of cited) {
    const p = provision?.(h.law, sectionOf(h));
    for (const x of p?.paragraphs ?? []) {
      const ref = x.number ? `${p!.section} Abs. ${x.number}` : p!.section;
      if (!out.some((o) => o.law === h.law && o.ref === ref)) out.push({ ...h, ref, text: x.text, section: p!.section });
    }
  }
  return out;
}

/**
 * For a W-question about a provision it names: its answering list, else its answering passage; a yes/no question is
 * never answered with a quote. Next to a card (`besideCard`) only a passage that shares a word with the question:
 * the card answers the rest.
 */
function quoteLead(question: string, named: SearchHit[], words: string[], sources: Sources, provision: AnswerContext['provision'], besideCard = false): string | undefined {
  if (named.length === 0 || asksYesNo(question)) return undefined;
  const whole = wholeProvisions(named, provision);
  // "nach § 5 Abs. 4 VwZG": the Absatz the question names answers it, not a list in another Absatz of the §
  const absaetze = new Set(parseCitations(question).filter((c) => c.paragraph).map((c) => `${c.law.toLowerCase()}\u0000${c.section} Abs. ${c.paragraph}`));
  const inNamed = whole.filter((h) => absaetze.has(`${h.law.toLowerCase()}\u0000${h.ref}`));
  const cited = inNamed.length ? inNamed : whole;
  return (asksForList(question) ? listLead(question, cited, words, sources) : undefined) ?? passageLead(cited, words, sources, besideCard);
}

const hitsOf = (hits: SearchHit[], p: ProvisionRef) => hits.filter((h) => h.law === p.law && sectionOf(h) === p.section);

/**
 * "Und im Steuerrecht?": the counterpart provision, from its Absatz that shares most words with the earlier question
 * and the earlier provision's title ("vollständig automatisiert" finds § 155 Abs. 4 AO, not Abs. 1).
 */
function parallelAnswer(ctx: AnswerContext, parallel: NonNullable<AnswerContext['parallel']>, sources: Sources): string {
  const words = contentWords(`${ctx.question} ${parallel.from.title}`);
  const shared = (h: SearchHit) => sharedWords(h.text, words);
  const best = hitsOf(ctx.hits, parallel.to).reduce((a, b) => (shared(b) > shared(a) ? b : a));
  const excerpt = excerptOf(best, words);
  sources.add('Vorschriften', best, excerpt);
  const { to, from } = parallel;
  return `Im ${parallel.field} gilt ${label(best)}${best.title ? ` (${best.title})` : ''} ${sources.num(best)}, die Entsprechung zu ${from.section} ${from.law}:\n${quoted(excerpt)}\n\nDie Zuordnung stammt aus der Tabelle der Parallelvorschriften von ${parallel.table}; maßgeblich ist der Wortlaut von ${to.section} ${to.law}.`;
}

/** A rewritten provision longer than this shows its change next to the heading: the lead would end before it. */
const LONG_REWRITE = 300;
const CHANGE_CHARS = 240;
/** "; neu: „…“" for a long rewrite, so that the lead shows what changed; nothing for a short one. */
function changeNote(original: string, text: string): string {
  if (text.length <= LONG_REWRITE) return '';
  const changed = changedSentences(original, text);
  return changed ? `; neu: „${changed}“` : '';
}
/** The sentences of the new wording the old one does not have: what the rewrite changed or added. */
function changedSentences(original: string, text: string): string {
  const squash = (x: string) => x.replace(/\s+/g, ' ').trim();
  const before = new Set(sentenceTexts(original).map(squash));
  const changed = sentenceTexts(text).map(squash).filter((x) => !before.has(x)).join(' ');
  return changed.length > CHANGE_CHARS ? `${changed.slice(0, changed.lastIndexOf(' ', CHANGE_CHARS))} …` : changed;
}

function rewriteAnswer(ctx: AnswerContext, sources: Sources): string[] {
  const r = ctx.rewrite;
  if (!r || ctx.passage === undefined) return [NO_PASSAGE_TEXT];
  const blocking = ctx.findings.filter((f) => f.severity !== 'hinweis');
  if (blocking.length === 0) {
    return ['Die Vorschrift enthält keine typischen Digitalisierungshindernisse; eine Neufassung ist dafür nicht nötig.'];
  }
  if (r.amendment === '') {
    return [
      `Eine Neufassung kann ich hier nicht sicher vorschlagen. ${r.notes.join(' ')}`.trim(),
      'Die Befunde oben nennen für jede Stelle die Rechtsgrundlage und einen Vorschlag; bitte fassen Sie diese Stellen von Hand.',
    ];
  }
  // the new wording belongs to the lead: the answer to "umformulieren" is the wording, not an announcement of it;
  // asked for an Änderungsbefehl, the command is the answer and the wording follows
  const counted = blocking.length === 1 ? 'ein Befund' : `${blocking.length} Befunde`;
  const parts = ctx.asksAmendment
    ? [`Der Änderungsbefehl könnte lauten (${counted} eingearbeitet):\n${quoted(r.amendment)}`, '**Neue Fassung**', quoted(r.text)]
    : [`So könnte ${ctx.label ? labelName(ctx.label) : 'die Vorschrift'} digitaltauglich lauten (${counted} eingearbeitet${changeNote(ctx.passage, r.text)}):\n${quoted(r.text)}`, '**Änderungsbefehl**', quoted(r.amendment)];
  if (r.absatzCommands.length > 1) {
    parts.push('**Alternativ: Änderungen je Absatz**', r.absatzCommands.map((a, i) => `${i + 1}. ${a.replace(/\n/g, ' ')}`).join('\n'));
  }
  if (r.notes.length) parts.push('**Hinweise**', r.notes.map((n) => `- ${n}`).join('\n'));
  if (r.remaining.length) {
    parts.push(
      `Nicht automatisch lösen konnte ich: ${r.remaining.map((f) => `${CATEGORY_LABELS[f.category]} („${f.quote.match}“)`).join(', ')}. Bitte prüfen Sie diese Stellen selbst.`,
    );
  }
  retrievalAnswer(ctx, sources, true);
  return parts;
}

/** A question answered from cards and provisions: not a check, a rewrite, a scope or closing reply. */
const answersQuestion = (ctx: AnswerContext) =>
  ctx.intent !== 'out_of_scope' && ctx.intent !== 'closing' && ctx.intent !== 'rewrite' && ctx.passage === undefined;

/**
 * The strong retrieved provisions on the asked point that the answer does not quote, named after it as further
 * reading. Only next to an answer that quotes law itself: where nothing fits, or a card speaks of the Digitalcheck
 * alone, no provision is offered.
 */
function furtherProvisions(ctx: AnswerContext, sources: Sources): string[] {
  if (!sources.hits.some((h) => h.kind !== 'guidance')) return [];
  const further = supportingHits(ctx.question, ctx.hits, (law, section) => sources.has(law, section));
  if (further.length === 0) return [];
  const words = contentWords(ctx.question);
  for (const h of further) sources.add(FURTHER_HEADING, h, excerptOf(h, words));
  const named = further.map((h) => reference(h, sources)).join(', ');
  const one = further.length === 1;
  return [
    `**${FURTHER_HEADING}:** Zum Weiterlesen fand die Suche zu Ihrer Frage außerdem ${named}. ${one ? 'Sie ist' : 'Sie sind'} nicht Teil der Antwort oben; bitte prüfen Sie am Wortlaut unten, ob ${one ? 'sie Ihren Fall betrifft' : 'sie Ihren Fall betreffen'}.`,
  ];
}
const FURTHER_HEADING = 'Weitere Vorschriften';

/**
 * The default answerer, without any language model. It leads with a direct answer — an answer card, the verdict
 * on a pasted passage, the rewritten provision, or the plain statement that nothing fits — and supports it with
 * quotes of corpus provisions and guidance, each cited by number.
 */
export function createOfflineAnswerer(): Answerer {
  return {
    async answer(ctx: AnswerContext, onDelta, signal): Promise<AnswerResult> {
      const sources = new Sources();
      const parts: string[] = [];
      if (ctx.intent === 'out_of_scope') parts.push(OUT_OF_SCOPE_TEXT);
      else if (ctx.intent === 'closing') parts.push(CLOSING_TEXT);
      else if (ctx.intent === 'rewrite') parts.push(...rewriteAnswer(ctx, sources));
      else if (ctx.passage !== undefined) parts.push(...cardViewOfPassage(ctx, sources), ...findingsSection(ctx.findings, ctx.asked ?? '', ctx.passage, ctx.label), ...retrievalAnswer(ctx, sources, true));
      else if (ctx.card) {
        const better = beatsCard(ctx, ctx.card);
        parts.push(...(better ? generalAnswer(ctx, better, sources) : cardAnswer(ctx, ctx.card, sources)));
      }
      else if (ctx.parallel && hitsOf(ctx.hits, ctx.parallel.to).length) parts.push(parallelAnswer(ctx, ctx.parallel, sources));
      else parts.push(...retrievalAnswer(ctx, sources, false));
      if (answersQuestion(ctx)) parts.push(...furtherProvisions(ctx, sources));
      parts.push(...sources.render());
      const text = parts.join('\n\n');
      await streamText(text, onDelta, signal);
      return { text, citations: sources.hits.map(toCitation), model: OFFLINE_MODEL };
    },
  };
}
