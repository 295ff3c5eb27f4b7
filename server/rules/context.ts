import type { LawDocument, Paragraph, Provision } from '../contracts/document';
import { CLAUSE_BOUNDARY, CLAUSE_END, CONDITION_END, CONDITION_OPENING, ITEM_BOUNDARY, ELECTRONIC_ALT, ELECTRONIC_EXCLUDED, EXPLICIT_ELECTRONIC_OPENING, OTHER_ACT_ELECTRONIC, OTHER_ACT_TEXTFORM_VERB, OTHER_DOCUMENT_ELECTRONIC, REPEALED, REPLACED_ELECTRONICALLY, clauseAfter, isNegated, offersElectronic, withoutForeignElectronic, withoutOtherActAttributes, withoutOtherActTextformDuty } from './lexicon';
import { normalizeWhitespace } from '../parser/structure';
import type { LawProfile } from './profile';
import { AbsatzActs, type ActReading, readAct } from './act';

/**
 * Index over one document for the rules: maps a trigger offset to its sentence, Absatz and provision with a binary
 * search, and computes wider-scope facts (electronic alternative in the Absatz or §, general clauses of the law)
 * lazily, once per document.
 */

interface SentenceRef {
  start: number;
  end: number;
  prov: number;
  para: number;
}

/** A general clause of the law that opens the electronic form for every written-form requirement in it. */
const GENERAL_FORM_SCOPE =
  /(?:diese[sm]|dieser|nach diesem|nach dieser|auf Grund dieses|aufgrund dieses)\s+(?:Gesetz|Verordnung|Vorschriften|Satzung|Ordnung|Kapitel|Teil|Abschnitt|Buch)|Soweit\s+(?:\S+\s+){0,12}(?:angeordnet|vorgeschrieben|verlangt|bestimmt)|Rechtsvorschrift/i;
const FORM_WORD = /Schriftform|schriftlich/i;
const SELF_PAIRED = /schriftlich\w*\s+oder\s+(?:in\s+|ausschließlich\s+)?elektronisch/i;
/** "§ 19 Absatz 1 Satz 1 und 2", "§§ 3 und 4", "§ 20 Satz 1": citations of other provisions. */
const CITATION = /§§?\s*\d+[a-z]?(?:\s+(?:Absatz|Abs\.)\s*\d+[a-z]?)?(?:\s+(?:Satz|S\.)\s*\d+(?:\s+(?:und|bis)\s+\d+)?)?/g;
// "Straftaten", "Sonstige Straftaten" head a penalty catalogue; "Kontaktverbot zur Verhütung terroristischer Straftaten" does not
const PENALTY_TITLE = /Bußgeld|Strafvorschrift|Ordnungswidrigkeit|^(?:\S+\s+)?Straftat(?:en)?\b/;
// "Ordnungswidrig im Sinne des § 15 Abs. 1 Nr. 2 des Seeaufgabengesetzes handelt": abbreviation dots end no sentence
const PENALTY = /^(?:\(\d+[a-z]?\)\s*)?(?:Ordnungswidrig\s+(?:im\s+Sinne?\s+(?:[^.;]|\b(?:Abs|Nr|Nrn|Art|Buchst|S)\.){0,160}?\s)?handelt|Mit\s+(?:Freiheitsstrafe|Geldstrafe|Geldbuße)|Wer\s+(?:\S+\s+){0,12}(?:wird\s+mit|handelt\s+ordnungswidrig))/;
// "Zum Nachweis … im Sinne des § 7 … sind dem Bundesamt … vorzulegen" is a duty, not a definition; so is "Der Vertrag im
// Sinne des Absatzes 5 ist schriftlich abzufassen" (a short predicate ending in a zu-infinitive)
const DEFINITION =
  /^(?!(?:Zum|Zur|Für|Bei|Nach|Mit|Von|Vor|Auf|Aus|In|Im)\s)(?:\S+\s+){1,4}im\s+Sinne\s+(?:dieses|dieser|des|der)\b[^.;]{0,80}?\s(?:ist|sind)\s(?!dem\s)(?!(?:\S+\s+){0,4}(?:zu\s+[a-zäöüß]+|[a-zäöüß]+zu[a-zäöüß]+en)\.?$)/;
/** The opening of a list of definitions: "Im Sinne dieser Verordnung ist oder sind:", "… bezeichnet der Begriff 1. …". */
const DEFINITION_LIST =
  /^(?:\(\d+[a-z]?\)\s*)?(?:Im\s+Sinne|Für\s+die\s+Zwecke)\s+(?:dieses|dieser)\s+\S+\s+(?:(?:ist|sind|bezeichnet|bedeutet|bedeuten)(?:\s+oder\s+sind)?\s*(?::|1\.\s)|bezeichnet\s+(?:der\s+)?(?:Begriff|Ausdruck)\s+1\.)/;
/** After the opening condition: ", so …" or ", ist/sind/hat/kann … " starts the main clause that bears the duty. */
const MAIN_CLAUSE_AFTER_COMMA = /,\s*(?:so|dann)\s|,\s*(?:ist|sind|hat|haben|kann|können|muss|müssen|wird|werden|darf|dürfen|soll|sollen|bedarf|bedürfen)\s+(?:der|die|das|dem|den|ein\w*|sie|er|es|diese\w*|zu\s|auch\s|nur\s|unverzüglich\s|jede\w*|ihr\w*|sein\w*)/;
const PIPE_CELL = /\|/g;
const TABLE_CELL = /(?:^|\s)\*(?=\s)/g;
/**
 * Blank form templates in annexes ("Ort, Datum ……… Unterschrift", "(Ort und Datum) (Unterschrift der
 * Vermittlungsstelle)"): fields to fill in, not provisions; a signature field alone sets no form (§ 13 EGovG).
 */
const FORM_TEMPLATE = /\.{6,}|…{3,}|_{5,}|Ort,\s*Datum|\((?:Ort,?\s+(?:und\s+)?)?Datum\)|\(Unterschrift\b[^()]{0,100}\)/;
/** Numbered lists rendered as two-column tables ("beizufügen: * * 1. * der Nachweis …") are still sentences with a duty. */
const LIST_AS_TABLE = /\*\s+\*\s+(?:\d+\.|[a-z]\))\s+\*\s/;
const LIST_DUTY = /beizufügen|vorzulegen|einzureichen|beizubringen|nachzuweisen|zu verwenden|zu übersenden|zu übermitteln/;

/**
 * A template the sentence itself prescribes for a certificate ("Die Beglaubigung … wird in der folgenden Form auf der
 * Urkunde … erteilt: * * … Siegel Unterschrift Stempel"): the lead-in before the first cell is a duty, so the cells are
 * the prescribed paper form and stay judged.
 */
const PRESCRIBED_TEMPLATE =
  /^[^*]*\b(?:in\s+(?:der\s+)?folgende[rn]?\s+Form|nach\s+(?:dem\s+)?folgende[nm]\s+Muster|mit\s+folgendem\s+Wortlaut)\b[^*]*\b(?:erteilt|zu\s+erteilen|auszustellen|ausgestellt|anzubringen|angebracht)\b[^*]*:\s*\*/;

export class DocumentIndex {
  /**
   * The sentences of the law in text order, as parallel arrays of plain numbers: the index is built for every law
   * with a trigger, over all its sentences, while only the few sentences with a trigger are ever looked up, so an
   * object per sentence (and a sort of them) cost more than the lookups (sentenceRef()).
   */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly provs: number[] = [];
  private readonly paras: number[] = [];
  /** The sentences looked up so far, by position: one SentenceRef per sentence, as the callers' caches expect. */
  private readonly refs = new Map<number, SentenceRef>();
  /** Per provision: undefined until asked, then whether it is repealed (isRepealed reads its title and body). */
  private readonly repealed: (boolean | undefined)[] = [];
  /** Per law of the document (an amending draft holds several): its general form clause, or null. */
  private readonly generalClauses = new Map<string, { label: string; act: string | null } | null>();
  private readonly provisionAlt = new Map<number, boolean>();
  private readonly paragraphAlt = new Map<number, boolean>();
  private readonly tableRows = new Map<number, boolean>();
  private readonly restatements = new Map<number, boolean>();
  /** Per Absatz start: what its sentences offer the other sentences of the Absatz. */
  private readonly offers = new Map<number, AbsatzOffers>();
  /**
   * Tests of a whole span (sentence, clause, Absatz) by span: every hit of a long Absatz asked the same question
   * again, which made the check quadratic in the Absatz length on hostile input.
   */
  private readonly spanTests = new Map<unknown, Map<string, boolean>>();
  /** Per mark set and sentence start: the offsets of those marks in the sentence (clause bounds), found once. */
  private readonly marks = new Map<string, Map<number, number[]>>();
  /** The same per Absatz start. */
  private readonly paragraphMarks = new Map<string, Map<number, number[]>>();
  /** Per sentence start: where its list items are cut (itemBoundaries()). */
  private readonly items = new Map<number, { starts: number[]; ends: number[] }>();
  /** Per regex and span: the end of its first match in the span (-1: none), found once (firstMatchEnd()). */
  private readonly firstMatches = new Map<string, Map<string, number>>();
  /** Per lead-in regex and Absatz start: the ends of its matches in the Absatz, in text order (leadInEnds()). */
  private readonly leadIns = new Map<string, Map<number, number[]>>();
  /** Per Absatz start: its full stops that end a sentence (sentenceStops()). */
  private readonly stops = new Map<number, number[]>();

  constructor(readonly doc: LawDocument, readonly profile: LawProfile) {
    let sorted = true;
    for (let pi = 0; pi < doc.provisions.length; pi++) {
      const paragraphs = doc.provisions[pi]!.paragraphs;
      for (let ai = 0; ai < paragraphs.length; ai++) {
        for (const s of paragraphs[ai]!.sentences) {
          if (this.starts.length > 0 && s.start < this.starts[this.starts.length - 1]!) sorted = false;
          this.starts.push(s.start);
          this.ends.push(s.end);
          this.provs.push(pi);
          this.paras.push(ai);
        }
      }
    }
    // the parser delivers them in text order; otherwise they are sorted by start, stably as Array.sort does
    if (!sorted) this.sortByStart();
  }

  private sortByStart(): void {
    const order = this.starts.map((_, i) => i).sort((a, b) => this.starts[a]! - this.starts[b]! || a - b);
    for (const list of [this.starts, this.ends, this.provs, this.paras]) {
      const copy = order.map((i) => list[i]!);
      copy.forEach((v, i) => (list[i] = v));
    }
  }

  private repealedAt(pi: number): boolean {
    return (this.repealed[pi] ??= isRepealed(this.doc.text, this.doc.provisions[pi]!));
  }

  /**
   * Sentences that restate or sanction duties laid down elsewhere, or define terms: penalty catalogues
   * ("Ordnungswidrig handelt, wer … entgegen § 5 … nicht schriftlich anzeigt"), definitions ("X im Sinne dieses
   * Gesetzes sind …"). A mention there is a cross-reference, not a requirement.
   */
  isRestatement(ref: SentenceRef): boolean {
    let v = this.restatements.get(ref.start);
    if (v === undefined) {
      const prov = this.doc.provisions[ref.prov]!;
      const para = prov.paragraphs[ref.para]!;
      const head = this.doc.text.slice(para.start, Math.min(para.end, para.start + 200));
      const sentence = this.doc.text.slice(ref.start, Math.min(ref.end, ref.start + 200));
      v = PENALTY_TITLE.test(prov.title) || PENALTY.test(head) || PENALTY.test(sentence) || DEFINITION.test(sentence);
      this.restatements.set(ref.start, v);
    }
    return v;
  }

  /** The sentence that contains `offset`, or undefined for headings and text outside provisions. */
  sentenceAt(offset: number): SentenceRef | undefined {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < this.starts[mid]!) hi = mid - 1;
      else if (offset >= this.ends[mid]!) lo = mid + 1;
      else return this.repealedAt(this.provs[mid]!) ? undefined : this.sentenceRef(mid);
    }
    return undefined;
  }

  private sentenceRef(i: number): SentenceRef {
    let ref = this.refs.get(i);
    if (ref === undefined) this.refs.set(i, (ref = { start: this.starts[i]!, end: this.ends[i]!, prov: this.provs[i]!, para: this.paras[i]! }));
    return ref;
  }

  /**
   * Rendered tables (fee schedules, annex lists) come out as "* * cell * cell", form templates as dotted lines;
   * their cells are labels, not sentences with a duty, and quoting them would be noise.
   */
  isTableRow(ref: SentenceRef): boolean {
    let v = this.tableRows.get(ref.start);
    if (v === undefined) {
      const s = this.doc.text.slice(ref.start, ref.end);
      // "* cell" (rendered tables of the federal corpus) or "|cell|cell|" (Markdown tables of the Land collection)
      const cells = (s.match(TABLE_CELL) ?? []).length >= 3 || (s.match(PIPE_CELL) ?? []).length >= 4;
      const p = this.paragraph(ref);
      v =
        (cells && !(LIST_AS_TABLE.test(s) && LIST_DUTY.test(this.doc.text.slice(p.start, p.end))) && !PRESCRIBED_TEMPLATE.test(s)) ||
        FORM_TEMPLATE.test(s);
      this.tableRows.set(ref.start, v);
    }
    return v;
  }

  provision(i: number): Provision {
    return this.doc.provisions[i]!;
  }

  /** `compute()` for the span `from`–`to`, once per test (a regex or a name) and span. */
  spanTest(test: unknown, from: number, to: number, compute: () => boolean): boolean {
    // short spans (all real law) are tested directly: the memo pays only where many hits share a long span
    if (to - from < LONG_SPAN) return compute();
    let byTest = this.spanTests.get(test);
    if (byTest === undefined) this.spanTests.set(test, (byTest = new Map()));
    const key = `${from},${to}`;
    let v = byTest.get(key);
    if (v === undefined) byTest.set(key, (v = compute()));
    return v;
  }

  /**
   * The clause of a sentence that holds `start`–`end`, bounded by the semicolons before and after it: absolute
   * offsets, found by a binary search instead of a scan of the sentence per hit.
   */
  clauseAround(ref: SentenceRef, start: number, end: number): { from: number; to: number } {
    const marks = this.marksOf(ref, ';');
    let i = firstAtOrAfter(marks, start);
    const from = i > 0 ? marks[i - 1]! + 1 : ref.start;
    while (i < marks.length && marks[i]! < end) i++;
    return { from, to: i < marks.length ? marks[i]! : ref.end };
  }

  /** Offset of the first of `chars` in the sentence at or after `at` (the sentence end when there is none). */
  nextMark(ref: SentenceRef, chars: string, at: number): number {
    const marks = this.marksOf(ref, chars);
    const i = firstAtOrAfter(marks, at);
    return i < marks.length ? marks[i]! : ref.end;
  }

  /** How many of `chars` the sentence holds before `at`. */
  marksBefore(ref: SentenceRef, chars: string, at: number): number {
    return firstAtOrAfter(this.marksOf(ref, chars), at);
  }

  /** The ITEM_BOUNDARY matches of the sentence (absolute offsets), found once per sentence. */
  itemBoundaries(ref: SentenceRef): { starts: number[]; ends: number[] } {
    let b = this.items.get(ref.start);
    if (b === undefined) {
      b = { starts: [], ends: [] };
      const sentence = this.doc.text.slice(ref.start, ref.end);
      for (const m of sentence.matchAll(ITEM_BOUNDARIES)) {
        b.starts.push(ref.start + m.index);
        b.ends.push(ref.start + m.index + m[0].length);
      }
      this.items.set(ref.start, b);
    }
    return b;
  }

  /** Offset right after the last of `chars` in the sentence before `at` (the sentence start when there is none). */
  afterLastMark(ref: SentenceRef, chars: string, at: number): number {
    const marks = this.marksOf(ref, chars);
    const i = firstAtOrAfter(marks, at);
    return i > 0 ? marks[i - 1]! + 1 : ref.start;
  }

  private marksOf(ref: SentenceRef, chars: string): number[] {
    return this.marksIn(this.marks, ref, chars);
  }

  /** Offset of the last of `chars` in the hit's Absatz before `at`, or -1. */
  lastParagraphMarkBefore(ref: SentenceRef, chars: string, at: number): number {
    const marks = this.marksIn(this.paragraphMarks, this.paragraph(ref), chars);
    const i = firstAtOrAfter(marks, at);
    return i > 0 ? marks[i - 1]! : -1;
  }

  private marksIn(store: Map<string, Map<number, number[]>>, span: { start: number; end: number }, chars: string): number[] {
    let bySpan = store.get(chars);
    if (bySpan === undefined) store.set(chars, (bySpan = new Map()));
    let marks = bySpan.get(span.start);
    if (marks === undefined) {
      marks = [];
      const text = this.doc.text;
      // compared as char codes: a one-character string and a search of `chars` per character of every sentence and
      // Absatz asked cost a few per cent of the rule check
      if (chars.length === 1) {
        const c = chars.charCodeAt(0);
        for (let i = span.start; i < span.end; i++) if (text.charCodeAt(i) === c) marks.push(i);
      } else {
        const codes = chars.split('').map((ch) => ch.charCodeAt(0));
        for (let i = span.start; i < span.end; i++) if (codes.includes(text.charCodeAt(i))) marks.push(i);
      }
      bySpan.set(span.start, marks);
    }
    return marks;
  }

  /**
   * End of the first match of `re` (neither global nor sticky) in the span `from`–`to`, or -1: once per regex and
   * span, so that a test of the text before each hit of a long span reads the span once.
   */
  firstMatchEnd(re: RegExp, from: number, to: number): number {
    const key = `${re.source}/${re.flags}`;
    let bySpan = this.firstMatches.get(key);
    if (bySpan === undefined) this.firstMatches.set(key, (bySpan = new Map()));
    const span = `${from},${to}`;
    let end = bySpan.get(span);
    if (end === undefined) {
      const m = re.exec(this.doc.text.slice(from, to));
      bySpan.set(span, (end = m ? from + m.index + m[0].length : -1));
    }
    return end;
  }

  /** Ends (absolute offsets) of the matches of `lead` in the hit's Absatz, in text order, found once per Absatz. */
  leadInEnds(ref: SentenceRef, lead: RegExp): number[] {
    const key = `${lead.source}/${lead.flags}`;
    let byAbsatz = this.leadIns.get(key);
    if (byAbsatz === undefined) this.leadIns.set(key, (byAbsatz = new Map()));
    const p = this.paragraph(ref);
    let ends = byAbsatz.get(p.start);
    if (ends === undefined) {
      ends = [];
      const all = new RegExp(lead.source, `${lead.flags.replace(/[gy]/g, '')}g`);
      for (const m of this.doc.text.slice(p.start, p.end).matchAll(all)) ends.push(p.start + m.index + m[0].length);
      byAbsatz.set(p.start, ends);
    }
    return ends;
  }

  /**
   * The full stops of the hit's Absatz that end a sentence: not followed by a number or a small letter ("1.", "Abs. 2",
   * "z. B. die" end nothing). Found once per Absatz.
   */
  sentenceStops(ref: SentenceRef): number[] {
    const p = this.paragraph(ref);
    let stops = this.stops.get(p.start);
    if (stops === undefined) {
      stops = [];
      const text = this.doc.text;
      for (const dot of this.marksIn(this.paragraphMarks, p, '.')) {
        let next = dot + 1;
        while (next < text.length && SPACE.test(text[next]!)) next++;
        if (!STOP_CONTINUES.test(text[next] ?? '')) stops.push(dot);
      }
      this.stops.set(p.start, stops);
    }
    return stops;
  }

  paragraph(ref: SentenceRef): Paragraph {
    return this.doc.provisions[ref.prov]!.paragraphs[ref.para]!;
  }

  /**
   * Another sentence of the same Absatz offers an explicit electronic alternative ("kann auch elektronisch …") for the
   * hit's act (`concernsSameAct`: "Die Auskunft kann elektronisch erteilt werden" opens nothing for "auf schriftlichen
   * Antrag"). A
   * sentence that pairs its own "schriftlich oder elektronisch" ("Jede Änderung ist schriftlich oder elektronisch
   * anzuzeigen", "die Meldung ausschließlich schriftlich oder ausschließlich elektronisch") settles only its own act,
   * not the "Anträge bedürfen der Schriftform" or the "Bericht nach vorgeschriebenem Muster" next to it.
   */
  paragraphOffersElectronic(ref: SentenceRef): boolean {
    let v = this.paragraphAlt.get(ref.start);
    if (v === undefined) {
      const offers = this.absatzOffers(ref);
      // the hit's own sentence is judged by the guard on its own clause; another one opens the route for its own act
      // only. Most Absätze offer nothing: then the hit's act is not read at all (it was a tenth of the rule check).
      v = offers.offering.length > 0 && (offers.acts ??= new AbsatzActs(offers.offering)).concerns(this.actSentence(ref), ref.start);
      if (!v && offers.forTheirObjects.length > 0) {
        // "sie kann auf Antrag in Textform verlängert werden" opens the electronic route for that application only
        const own = this.actSentenceText(ref);
        v = offers.forTheirObjects.some((s) => {
          if (s.start === ref.start) return false;
          // an electronic route for the documents or things counts where the hit's own sentence is about them
          const text = withoutOtherActAttributes(s.text.replace(OTHER_DOCUMENT_ELECTRONIC, (m) => (sharesDocumentNoun(m, own) ? m : '')), own);
          return offersElectronic(text, true) && !SELF_PAIRED.test(text);
        });
      }
      this.paragraphAlt.set(ref.start, v);
    }
    return v;
  }

  /**
   * The hit's sentence as the act guard reads it: list items the sentence splitter cut at their numbers ("… folgende
   * Angaben enthalten: 1. Name, Anschrift und Unterschrift des Absenders, 2. …") belong to the act of their lead-in.
   */
  private actSentence(ref: SentenceRef): ActReading {
    const para = this.paragraph(ref);
    const own = para.sentences.find((s) => s.start === ref.start) ?? para.sentences[0];
    return readAct({ index: own?.index ?? 1, text: this.actSentenceText(ref) }, para.number);
  }

  /** The text actSentence reads the act from. */
  private actSentenceText(ref: SentenceRef): string {
    const sentences = this.paragraph(ref).sentences;
    const at = Math.max(0, sentences.findIndex((s) => s.start === ref.start));
    let from = at;
    while (from > 0 && LIST_NUMBER_END.test(this.doc.text.slice(sentences[from - 1]!.start, sentences[from - 1]!.end))) from--;
    return this.doc.text.slice(sentences[from]?.start ?? ref.start, ref.end);
  }

  /**
   * Another sentence of the Absatz opens the electronic route and names the hit's own document ("Die Unterlagen können
   * auch elektronisch übermittelt werden; dann genügt eine Ausfertigung"), so the generic "Unterlagen" stand for it.
   */
  paragraphRelievesDocument(ref: SentenceRef, word: string): boolean {
    const stem = word.slice(0, Math.max(5, word.length - 2));
    const lower = word.toLowerCase();
    // or a compound of a noun it names: "dann genügt eine Ausfertigung" relieves the "zweite Mehrausfertigung"
    const headOf = (text: string) => (text.match(/[A-ZÄÖÜ][a-zäöüß]{5,}/g) ?? []).some((n) => lower.endsWith(n.toLowerCase()));
    // the generic "Unterlagen" stand for a copy or printout ("Dem Schuldner ist ein Ausdruck zu erteilen. Die Unterlagen
    // können auch elektronisch bereitgestellt werden"), not for an application or its written form
    const copy = COPY_NOUN.test(word);
    return this.absatzOffers(ref).relieving.some((s) => s.start !== ref.start && (s.text.includes(stem) || headOf(s.text) || (copy && GENERIC_DOCUMENTS.test(s.text))));
  }

  /**
   * What the sentences of the hit's Absatz offer each other, read once per Absatz: every trigger of a long Absatz
   * asks, and reading all its sentences per trigger made the check quadratic in the Absatz length.
   */
  private absatzOffers(ref: SentenceRef): AbsatzOffers {
    const para = this.paragraph(ref);
    let offers = this.offers.get(para.start);
    if (offers === undefined) {
      offers = { offering: [], forTheirObjects: [], relieving: [] };
      for (const s of para.sentences) {
        const text = withoutForeignElectronic(withoutOtherActTextform(this.doc.text.slice(s.start, s.end)));
        const opens = !SELF_PAIRED.test(text) && offersElectronic(text, true);
        // an electronic route for documents only ("Unterlagen können auch elektronisch …") or for a thing of the
        // sentence's own act ("die gedruckte und die elektronische Fassung") counts depending on the hit's sentence
        const documents = text.includes('lektronisch') && text.search(OTHER_DOCUMENT_ELECTRONIC) !== -1;
        const objectsOnly = opens && !EXPLICIT_ELECTRONIC_OPENING.test(text) && !offersElectronic(withoutOtherActAttributes(text, ''), true);
        if (documents || objectsOnly) offers.forTheirObjects.push({ start: s.start, text });
        else if (opens) offers.offering.push({ start: s.start, act: readAct({ index: s.index, text }, para.number) });
        if (opens || (!SELF_PAIRED.test(text) && REPLACED_ELECTRONICALLY.test(text))) offers.relieving.push({ start: s.start, text });
      }
      this.offers.set(para.start, offers);
    }
    return offers;
  }

  /**
   * Same § has a sentence that opens the electronic form for the written form ("Die Schriftform kann durch die
   * elektronische Form ersetzt werden", "Anträge nach Absatz 1 können auch elektronisch gestellt werden").
   */
  provisionReplacesWrittenForm(ref: SentenceRef): boolean {
    let v = this.provisionAlt.get(ref.prov);
    if (v === undefined) {
      // a sentence pairing its own "schriftlich oder elektronisch" opens the § only when it points elsewhere ("nach Absatz 1")
      // a citation of another § ("Erlaubnis nach § 19 Absatz 1") is no pointer to a sentence of this §
      v = this.formClausesOf(ref.prov).some(
        (s) => isFormOpening(s) && (!SELF_PAIRED.test(s) || /\bauch\b|ersetz|Absatz|Satz|Abs\./.test(s.replace(CITATION, ''))),
      );
      this.provisionAlt.set(ref.prov, v);
    }
    return v;
  }

  /**
   * Label of a § that opens the electronic form for the whole law ("Soweit nach diesem Gesetz die Schriftform …") the
   * provision `prov` belongs to (in an Artikelgesetz: the law its Artikel amends), as far as it reaches the sentence: a
   * clause that names its own act ("Verwaltungsakte nach diesem Gesetz sind schriftlich oder elektronisch zu
   * erlassen") opens only sentences about that act, not "setzt einen schriftlichen Antrag voraus".
   */
  generalFormClause(sentence: string | undefined, prov: number): string | null {
    // an Artikelgesetz amends several laws: a clause inserted into one of them opens the form only there
    const law = this.lawOf(prov);
    let clause = this.generalClauses.get(law);
    if (clause === undefined) {
      clause = null;
      for (let pi = 0; pi < this.doc.provisions.length && clause === null; pi++) {
        if (this.repealedAt(pi) || this.lawOf(pi) !== law) continue;
        for (const s of this.formClausesOf(pi)) {
          if (isFormOpening(s) && scopesTheForm(s) && !/Absatz\s+\d|Abs\.\s*\d|Satz\s+\d/.test(s)) {
            clause = { label: this.doc.provisions[pi]!.label || 'einer allgemeinen Vorschrift', act: ownAct(s) };
            break;
          }
        }
      }
      this.generalClauses.set(law, clause);
    }
    if (!clause) return null;
    return clause.act === null || sentence === undefined || foldUmlauts(sentence).includes(clause.act) ? clause.label : null;
  }

  /**
   * The law a provision belongs to: in a draft the law its Artikel amends or enacts (for an Artikel's instruction
   * text, the law its new wording amends), otherwise the document's own law (''). Artikel of a statute that amends
   * nothing ("Artikel 1 Antrag", "Artikel 2 Elektronische Kommunikation") are one law.
   */
  private lawOf(pi: number): string {
    const p = this.doc.provisions[pi]!;
    if (p.targetLaw || !p.article) return p.targetLaw ?? '';
    return this.doc.provisions.find((q) => q.article === p.article && q.targetLaw)?.targetLaw ?? '';
  }

  /**
   * The main clauses of a § that may open the written form (sentences split at semicolons): an opening must name the written form and the electronic
   * route in one clause, so "…schriftlich zu stellen; Unterlagen … auch elektronisch" opens nothing. Callers look
   * only for clauses that name the written form; a § without it anywhere (most of them) has none, and is not split:
   * the general-clause search reads every § of the law. (Removing the Textform of other acts deletes whole words
   * between word boundaries, so it cannot join a new "Schriftform".)
   */
  private formClausesOf(pi: number): string[] {
    const out: string[] = [];
    const p = this.doc.provisions[pi]!;
    if (!FORM_WORD.test(this.doc.text.slice(p.start, p.end))) return out;
    for (const para of p.paragraphs) {
      for (const s of para.sentences) out.push(...withoutOtherActTextform(this.doc.text.slice(s.start, s.end)).split(';'));
    }
    return out;
  }
}

const ITEM_BOUNDARIES = new RegExp(ITEM_BOUNDARY.source, 'g');

/** Index of the first offset in the sorted `offsets` that is `>= at`. */
function firstAtOrAfter(offsets: number[], at: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sentences of one Absatz (text without the Textform of other acts) by what they offer the others. */
interface AbsatzOffers {
  /** Sentences that offer the electronic route for their own act, or for every act when they name none. */
  offering: { start: number; act: ActReading }[];
  /** `offering` indexed by act, built when a hit first asks. */
  acts?: AbsatzActs;
  /** Sentences with an electronic route for documents or for things of their own act, judged against the hit's sentence. */
  forTheirObjects: { start: number; text: string }[];
  /** Sentences that open the electronic route for the documents they name. */
  relieving: { start: number; text: string }[];
}

/** Runs over every sentence of a law (general clauses): the cheap test first. */
function withoutOtherActTextform(sentence: string): string {
  return sentence.includes('Textform') ? withoutOtherActTextformDuty(sentence.replace(OTHER_ACT_ELECTRONIC, '').replace(OTHER_ACT_TEXTFORM_VERB, '')) : sentence;
}

/** A paper copy or printout as the hit ("Ausdruck", "in drei Exemplaren", "Zweitschrift", "Durchschrift"). */
const COPY_NOUN = /^(?:Ausdruck|Exemplar|Zweitschrift|Durchschrift|Abschrift|Kopie|Doppel|\w*[Aa]usfertigung)\w*$/;
const GENERIC_DOCUMENTS = /\b(?:Unterlagen|Dokumente|Schriftstücke)\b/;

/** A sentence cut at the number of the next list item: "…: 1.", "…Absenders, 2.", "… und 3.". */
const LIST_NUMBER_END = /(?:[,;:]|\bund|\boder|\bsowie)\s*\d+[a-z]?\.\s*$/;

const DOCUMENT_NOUN = /Unterlagen|Nachweise|Belege|Bewerbungsunterlagen|Kopie|Abschrift|Datei|Liste|Verzeichnis/g;

function sharesDocumentNoun(phrase: string, sentence: string): boolean {
  return (phrase.match(DOCUMENT_NOUN) ?? []).some((n) => sentence.includes(n));
}

/**
 * The law-wide scope words belong to the written form ("Soweit nach diesem Gesetz die Schriftform …", "Anträge nach
 * diesem Gesetz können schriftlich oder elektronisch …"). In a long list of duties ("Der Vertrag ist schriftlich oder
 * elektronisch abzufassen und hat vorzusehen, dass … 7. … nach diesem Gesetz …") they belong to another item.
 */
function scopesTheForm(sentence: string): boolean {
  const forms = [...sentence.matchAll(FORM_WORD_ALL)].map((m) => m.index!);
  return [...sentence.matchAll(GENERAL_FORM_SCOPE_ALL)].some((m) => forms.some((f) => Math.abs(f - m.index!) <= SCOPE_DISTANCE));
}
const FORM_WORD_ALL = new RegExp(FORM_WORD.source, 'gi');
const GENERAL_FORM_SCOPE_ALL = new RegExp(GENERAL_FORM_SCOPE.source, 'gi');
const SCOPE_DISTANCE = 100;

/**
 * The act a self-paired general clause names as its subject ("Anträge nach diesem Abschnitt sind schriftlich oder
 * elektronisch zu stellen" → "antra"), as a short umlaut-folded stem that also finds "Antrag"; null for a clause about
 * the written form as such ("Soweit … die Schriftform angeordnet ist, …").
 */
function ownAct(sentence: string): string | null {
  if (!SELF_PAIRED.test(sentence)) return null;
  const subject = /^\s*(?:\(\d+[a-z]?\)\s*)?(?:(?:Die|Der|Das|Alle)\s+)?([A-ZÄÖÜ][\wäöüß-]{4,})\s+(?:nach|auf\s+Grund|aufgrund|gemäß)\s/.exec(sentence);
  return subject ? foldUmlauts(subject[1]!).slice(0, 5) : null;
}

const foldUmlauts = (s: string) => s.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');

/** A sentence that lets the electronic form stand in for the written form (and is not itself negated). */
function isFormOpening(sentence: string): boolean {
  if (!FORM_WORD.test(sentence) || !ELECTRONIC_ALT.test(sentence) || ELECTRONIC_EXCLUDED.test(sentence)) return false;
  return /ersetz|auch\s+(?:\S+\s+){0,4}elektronisch|elektronisch\w*\s+(?:\S+\s+){0,6}(?:genügt|zulässig|gleich)|oder\s+elektronisch|oder\s+in\s+elektronischer|bleibt\s+unberührt|gilt\s+(?:\S+\s+){0,4}entsprechend|Textform/i.test(
    sentence,
  );
}

function isRepealed(text: string, p: Provision): boolean {
  if (/\((?:weggefallen|aufgehoben)\)|^(?:weggefallen|aufgehoben)$/i.test(p.title)) return true;
  const body = p.paragraphs.length ? text.slice(p.paragraphs[0]!.start, p.paragraphs[p.paragraphs.length - 1]!.end) : '';
  return body.length < 40 && REPEALED.test(body);
}

/** Spans from this length on memoise their whole-span tests (hostile input: one "sentence" with thousands of hits). */
const LONG_SPAN = 1000;
/**
 * How far a test of the words around a hit reads in a long sentence. Clauses of law run to a few hundred characters;
 * reading the whole of a sentence of megabytes per hit made the check quadratic in its length (bench:redos).
 */
const NEAR_WINDOW = 1000;
/** How a list lead-in pattern for `leadInMatches` ends: at the last colon before the hit. */
const LEAD_IN_END = ':[^:]*$';
const SPACE = /\s/;

/** Start of the NEAR_WINDOW characters of `text` before `end`, no earlier than `floor`, moved forward to a word start. */
function windowStart(text: string, floor: number, end: number): number {
  let from = end - NEAR_WINDOW;
  if (from <= floor) return floor;
  while (from < end && !SPACE.test(text[from - 1]!)) from++;
  return from;
}
/** What follows a full stop that does not end a sentence: a number ("1.", "Abs. 2") or a small letter ("z. B. die"). */
const STOP_CONTINUES = /^[\da-zäöü]$/;

/** Everything a rule sees for one trigger hit. Slices are taken once per hit, never per character. */
export class MatchContext {
  private cache: { sentence: string; before: string; after: string } | undefined;

  constructor(
    readonly index: DocumentIndex,
    readonly ref: SentenceRef,
    /** The trigger match; `match.index` is absolute in the document text. */
    readonly match: RegExpExecArray,
  ) {}

  /** Sentence slices are taken lazily: most trigger hits are rejected by a look at a few words around them. */
  private slices() {
    if (!this.cache) {
      const sentence = this.index.doc.text.slice(this.ref.start, this.ref.end);
      const rel = this.match.index - this.ref.start;
      this.cache = { sentence, before: sentence.slice(0, rel), after: sentence.slice(rel + this.match[0].length) };
    }
    return this.cache;
  }
  get sentence(): string {
    return this.slices().sentence;
  }
  /** Sentence text before the hit. */
  get before(): string {
    return this.slices().before;
  }
  /** Sentence text after the hit. */
  get after(): string {
    return this.slices().after;
  }
  /** Up to `n` characters right before the hit, without slicing the whole sentence. */
  lead(n = 40): string {
    return this.index.doc.text.slice(Math.max(this.ref.start, this.match.index - n), this.match.index);
  }
  /** Up to `n` characters right after the hit. */
  trail(n = 40): string {
    const end = this.match.index + this.match[0].length;
    return this.index.doc.text.slice(end, Math.min(this.ref.end, end + n));
  }

  get profile(): LawProfile {
    return this.index.profile;
  }
  get start(): number {
    return this.match.index;
  }
  get end(): number {
    return this.match.index + this.match[0].length;
  }
  get text(): string {
    return this.match[0];
  }
  get provision(): Provision {
    return this.index.provision(this.ref.prov);
  }
  get paragraphText(): string {
    const p = this.index.paragraph(this.ref);
    return this.index.doc.text.slice(p.start, p.end);
  }
  /** `re.test(sentence)`, once per long sentence. */
  sentenceMatches(re: RegExp): boolean {
    return this.spanMatches(re, this.ref.start, this.ref.end, () => this.sentence);
  }
  /** `re.test(paragraphText)`, once per long Absatz. */
  paragraphMatches(re: RegExp): boolean {
    const p = this.index.paragraph(this.ref);
    return this.spanMatches(re, p.start, p.end, () => this.paragraphText);
  }
  /**
   * The words a clause-level test reads: the whole sentence, or in an enumerated sentence only the lead-in and the
   * hit's own item, so that another item ("… die zur Vertretung … befugt sind") does not decide for the hit. The item
   * boundaries come from the index: splitting the text around the hit per hit was quadratic in a long list. (No
   * boundary match spans a hit: triggers start and end with a letter and are more than one letter long.)
   */
  listItemScope(): string | null {
    const { starts, ends } = this.index.itemBoundaries(this.ref);
    // boundaries wholly before the hit, as `before.split(ITEM_BOUNDARY)` would cut
    const last = firstAtOrAfter(ends, this.start + 1) - 1;
    if (last < 0) return null;
    const text = this.index.doc.text;
    const next = firstAtOrAfter(starts, this.end);
    const itemEnd = next < starts.length ? starts[next]! : this.ref.end;
    return `${text.slice(this.ref.start, starts[0])} ${text.slice(ends[last], this.start)}${this.text}${text.slice(this.end, itemEnd)}`;
  }
  /** `test(listItemScope)`; where the sentence is no list the scope is the sentence, tested once per long sentence. */
  itemScopeHolds(name: string, test: (scope: string) => boolean): boolean {
    const scope = this.listItemScope();
    return scope === null ? this.sentenceHolds(name, test) : test(scope);
  }
  /** `test(sentence)`, once per long sentence; `name` keys the memo and names one test only. */
  sentenceHolds(name: string, test: (sentence: string) => boolean): boolean {
    return this.index.spanTest(name, this.ref.start, this.ref.end, () => test(this.sentence));
  }
  /** `test(paragraphSentences)`, once per long Absatz; `name` keys the memo and names one test only. */
  paragraphHolds(name: string, test: (sentences: string[]) => boolean): boolean {
    const p = this.index.paragraph(this.ref);
    return this.index.spanTest(name, p.start, p.end, () => test(this.paragraphSentences));
  }
  /** A regex literal is a new object at every evaluation, so the memo is keyed by its source; a stateful (g, y) regex is never memoised. */
  private spanMatches(re: RegExp, from: number, to: number, text: () => string): boolean {
    // a short span is tested directly (spanTest): no memo key is built for it, as for nearly every hit of real law
    if (to - from < LONG_SPAN || re.global || re.sticky) return re.test(text());
    return this.index.spanTest(re.flags ? `${re.source}/${re.flags}` : re.source, from, to, () => re.test(text()));
  }
  /** The sentences of the Absatz, each as text (for guards that look at the Absatz sentence by sentence). */
  get paragraphSentences(): string[] {
    const text = this.index.doc.text;
    // line breaks of the source would hide phrases ("Informations- und\nKommunikationstechnik")
    return this.index.paragraph(this.ref).sentences.map((s) => normalizeWhitespace(text.slice(s.start, s.end)));
  }
  /**
   * `re.test(paragraphBefore)` for a list lead-in that ends at a colon (`re` ends in `:[^:]*$`): its words end at the
   * last colon of the Absatz before the hit, found in the index, and the test reads only the words before that colon
   * (NEAR_WINDOW characters in a long Absatz), once per colon. Every item of a long list asked the whole Absatz before.
   */
  leadInMatches(re: RegExp): boolean {
    if (!re.source.endsWith(LEAD_IN_END)) throw new Error(`leadInMatches: /${re.source}/ does not end in ${LEAD_IN_END}`);
    const p = this.index.paragraph(this.ref);
    const colon = this.index.lastParagraphMarkBefore(this.ref, ':', this.start);
    if (colon < p.start) return false;
    const text = this.index.doc.text;
    // the words before the colon, so the window starts at the colon at the latest
    const from = Math.min(windowStart(text, p.start, colon + 1), colon);
    return this.index.spanTest(re.source, from, colon + 1, () => re.test(text.slice(from, colon + 1)));
  }
  /**
   * `re.test(before)` for an unanchored `re` of a few words (a noun list): in a long sentence its first match in the
   * sentence, found once, ends before the hit. (No such match spans a hit: the words of `re` are no trigger words.)
   */
  beforeMatches(re: RegExp): boolean {
    if (!this.long) return re.test(this.before);
    const end = this.index.firstMatchEnd(re, this.ref.start, this.ref.end);
    return end >= 0 && end <= this.start;
  }
  /** `re.test(paragraphBefore)` in the same way: in a long Absatz its first match in the Absatz ends before the hit. */
  paragraphBeforeMatches(re: RegExp): boolean {
    const p = this.index.paragraph(this.ref);
    if (this.start - p.start < LONG_SPAN) return re.test(this.paragraphBefore);
    const end = this.index.firstMatchEnd(re, p.start, p.end);
    return end >= 0 && end <= this.start;
  }
  /**
   * A lead-in matched by `lead` ("In der Verordnung kann bestimmt werden") stands before the hit in its Absatz, and no
   * full stop between them ends a sentence ("1.", "Abs. 2", "z. B. die" do not): the test of `paragraphBefore` with
   * `lead` followed by `(?:[^.]|\.(?=\s*(?:\d|[a-zäöü])))*$`, from the lead-ins and full stops of the Absatz found
   * once. Each item of a long list read the whole Absatz before it.
   */
  leadInOpen(lead: RegExp): boolean {
    const ends = this.index.leadInEnds(this.ref, lead);
    const last = firstAtOrAfter(ends, this.start + 1) - 1;
    if (last < 0) return false;
    const from = ends[last]!;
    const stops = this.index.sentenceStops(this.ref);
    const stop = firstAtOrAfter(stops, from);
    if (stop < stops.length && stops[stop]! < this.start) return false;
    // the text tested ends at the hit: a full stop right before it ends a sentence whatever the hit's first letter
    const text = this.index.doc.text;
    let q = this.start - 1;
    while (q >= from && SPACE.test(text[q]!)) q--;
    return !(q >= from && text[q] === '.');
  }
  /**
   * The Absatz text before the hit's sentence (the sentence before it), in a long Absatz only its last NEAR_WINDOW
   * characters from a word start: for tests anchored at its end ("… eine Meldebescheinigung erteilt. | Sie ist …").
   */
  get textBeforeSentence(): string {
    const text = this.index.doc.text;
    return text.slice(windowStart(text, this.index.paragraph(this.ref).start, this.ref.start), this.ref.start);
  }
  /** Absatz text before the hit: the lead-in of a list ("Dem Antrag sind beizufügen: 1. …") the hit belongs to. */
  get paragraphBefore(): string {
    const p = this.index.paragraph(this.ref);
    return this.index.doc.text.slice(p.start, this.match.index);
  }
  /** 1-based number of the sentence in its Absatz, and whether the Absatz has more than one. */
  get sentenceNumber(): { n: number; of: number } {
    const sentences = this.index.paragraph(this.ref).sentences;
    return { n: sentences.find((s) => s.start === this.ref.start)?.index ?? 1, of: sentences.length };
  }
  /** Title says this § only defines terms ("Begriffsbestimmungen"). */
  /** A § of definitions by its title, or an Absatz that opens a list of them ("Im Sinne dieser Verordnung sind: 1. …"). */
  get inDefinitions(): boolean {
    if (/Begriffsbestimmung|^Begriffe$|Definition/i.test(this.provision.title)) return true;
    const p = this.index.paragraph(this.ref);
    return DEFINITION_LIST.test(this.index.doc.text.slice(p.start, Math.min(p.end, p.start + 160)));
  }
  /**
   * The sentence before the hit, in a long sentence only its last NEAR_WINDOW characters from a word start: for tests
   * whose match lies near the hit, which read the whole text before it (a pattern ending in `[^.;]*$`).
   */
  get nearBefore(): string {
    return this.long ? this.index.doc.text.slice(this.nearFrom, this.start) : this.before;
  }
  /** The sentence after the hit, in a long sentence only its first NEAR_WINDOW characters up to a word end. */
  get nearAfter(): string {
    return this.long ? this.index.doc.text.slice(this.end, this.nearTo) : this.after;
  }
  /** The text after the hit up to the next comma, semicolon, full stop or colon (within `nearAfter`). */
  clauseAfter(): string {
    if (!this.long) return clauseAfter(this.after);
    return this.index.doc.text.slice(this.end, Math.min(this.nearTo, this.index.nextMark(this.ref, CLAUSE_END, this.end)));
  }
  negated(): boolean {
    if (!this.long) return isNegated(this.before, this.after, this.text);
    // in a long sentence the clause bounds come from the index and the tests read the window around the hit
    const from = this.nearFrom;
    const clauseStart = Math.max(from, this.index.afterLastMark(this.ref, CLAUSE_BOUNDARY, this.start)) - from;
    return isNegated(this.nearBefore, this.nearAfter, this.text, { start: clauseStart, end: this.clauseAfter().length });
  }
  private get long(): boolean {
    return this.ref.end - this.ref.start >= LONG_SPAN;
  }
  /** Start of `nearBefore`: NEAR_WINDOW characters back, moved forward to a word start so that no word is cut. */
  private get nearFrom(): number {
    return windowStart(this.index.doc.text, this.ref.start, this.start);
  }
  /** End of `nearAfter`: NEAR_WINDOW characters on, moved back to a word end. */
  private get nearTo(): number {
    const text = this.index.doc.text;
    let to = this.end + NEAR_WINDOW;
    if (to >= this.ref.end) return this.ref.end;
    while (to > this.end && !SPACE.test(text[to]!)) to--;
    return to;
  }
  /** The hit sits in an opening condition ("Wird … durch die Post übermittelt, …"), so it describes a case. */
  inCondition(): boolean {
    if (!CONDITION_OPENING.test(this.before) || this.index.afterLastMark(this.ref, CONDITION_END, this.start) !== this.ref.start) return false;
    // the first comma usually ends the condition; only an infinitive ("…, die Einwilligung schriftlich zu erklären,") continues it
    // "Ist …, so ist … schriftlich zu bestätigen": "so" or a finite verb after a comma opens the main clause
    if (MAIN_CLAUSE_AFTER_COMMA.test(this.nearBefore)) return false;
    const commas = this.index.marksBefore(this.ref, ',', this.start);
    return commas === 0 || (commas === 1 && /^\s+zu\s+\S/.test(this.trail(12)));
  }
  /** Absolute offset of a group-relative position inside the match (for sub-spans). */
  abs(relToMatch: number): number {
    return this.match.index + relToMatch;
  }
}
