import type { MatchContext } from './context';
import { DEEMED_ONLY_BY_LETTER, DEEMING, OTHER_ACT_ELECTRONIC, OTHER_DOCUMENT_ELECTRONIC, PAPER_TRANSITION, REPLACED_ELECTRONICALLY, RULES_DESCRIBED, RULES_REFERENCE, mainClause, offersElectronic, withoutForeignElectronic, withoutOtherLawFormSections } from './lexicon';

/**
 * The default guards. The engine applies them to every rule (a rule may switch one off); they encode the general
 * reasons why a trigger word prescribes nothing. Scan guards look at the sentence alone and run once per hit for all
 * rules; rule guards run per rule, between its cheap trigger exceptions and its context exceptions.
 */
export const GUARD_IDS = ['table', 'restatement', 'mention', 'definition', 'hedge', 'condition', 'fiction', 'negation', 'electronic'] as const;
export type GuardId = (typeof GUARD_IDS)[number];
export type ScanGuardId = 'table' | 'restatement' | 'mention';

export interface Guard {
  id: GuardId;
  /** German, one line: why a hit caught by this guard is no hindrance. */
  rationale: string;
  /** German label for the trace ("Verneinung"). */
  label: string;
}

export const GUARDS: Record<GuardId, Guard> = {
  table: {
    id: 'table',
    label: 'Tabellenzeile oder Formularmuster',
    rationale: 'Zellen von Tabellen (Gebührenverzeichnisse) und leere Formularmuster sind Beschriftungen, keine Anordnungen.',
  },
  restatement: {
    id: 'restatement',
    label: 'Bußgeld- oder Definitionssatz',
    rationale: 'Bußgeldkataloge und Begriffsdefinitionen verweisen nur auf Pflichten, die an anderer Stelle angeordnet sind.',
  },
  mention: {
    id: 'mention',
    label: 'bloße Erwähnung eines Regelwerks',
    rationale: '„Die Vorschriften über die Schriftform …“ oder „Vorschriften, nach denen … schriftlich …“ benennt ein Regelwerk und ordnet selbst nichts an.',
  },
  definition: {
    id: 'definition',
    label: 'Begriffsbestimmungen',
    rationale: 'Eine Vorschrift, die nur Begriffe bestimmt, begründet keine Formpflicht.',
  },
  hedge: {
    id: 'hedge',
    label: 'bloße Empfehlung',
    rationale: '„Möglichst schriftlich“, „nach Möglichkeit durch Einschreiben“ empfiehlt einen Weg, verlangt ihn aber nicht.',
  },
  condition: {
    id: 'condition',
    label: 'vorangestellte Bedingung',
    rationale: 'Ein Treffer in einer vorangestellten Bedingung („Wird … durch die Post übermittelt, …“) beschreibt einen Fall und schreibt den Weg nicht vor.',
  },
  fiction: {
    id: 'fiction',
    label: 'Zugangs- oder Fristfiktion',
    rationale: 'Eine Fiktion („gilt am dritten Tag nach der Aufgabe zur Post als bekannt gegeben“) knüpft an einen Weg an, ordnet ihn aber nicht an.',
  },
  negation: {
    id: 'negation',
    label: 'Verneinung oder Verzicht',
    rationale: 'Das Erfordernis ist verneint oder erlassen („bedarf nicht der Schriftform“, „kann abgesehen werden“).',
  },
  electronic: {
    id: 'electronic',
    label: 'elektronische Alternative',
    rationale: 'Im selben Satz oder Absatz ist für dieselbe Handlung ein elektronischer Weg eröffnet.',
  },
};

/** Scan guard of a sentence, or null. `tableRow`/`restatement` are cached per sentence by the document index. */
export function scanGuard(ctxText: string, hitAt: number, sentenceStart: number, facts: { tableRow: boolean; restatement: boolean }): ScanGuardId | null {
  if (facts.tableRow) return 'table';
  if (facts.restatement) return 'restatement';
  if (RULES_REFERENCE.test(ctxText.slice(Math.max(sentenceStart, hitAt - 60), hitAt))) return 'mention';
  if (RULES_DESCRIBED.test(ctxText.slice(Math.max(sentenceStart, hitAt - 200), hitAt))) return 'mention';
  return null;
}

/**
 * `judge` on the hit's own clause: a semicolon joins independent clauses, so each is judged on its own. Judged once
 * per clause and `test`: every hit of a long clause asks the same.
 */
function judgeClause(ctx: MatchContext, test: unknown, judge: (clause: string) => boolean): boolean {
  const { from, to } = ctx.index.clauseAround(ctx.ref, ctx.start, ctx.end);
  return ctx.index.spanTest(test, from, to, () => judge(ctx.index.doc.text.slice(from, to)));
}

/**
 * Whether the hit's clause offers the electronic route: "Der Antrag ist schriftlich zu stellen; Unterlagen sind auf
 * Verlangen auch elektronisch vorzulegen" offers it for the documents only, not for the application.
 */
function clauseOffersElectronic(ctx: MatchContext, mainClauseOnly: boolean): boolean {
  const namesApplication = /Antrag|Anzeige/.test(ctx.text);
  return judgeClause(ctx, `guard:electronic:${namesApplication}:${mainClauseOnly}`, (clause) => {
    if (REPLACED_ELECTRONICALLY.test(clause)) return true;
    // the Textform of the application does not relax the form of what the hit names ("auf Antrag in Textform … schriftlich gestattet")
    const rest = withoutForeignElectronic(clause.replace(OTHER_DOCUMENT_ELECTRONIC, ''));
    const own = withoutOtherLawFormSections(namesApplication ? rest : rest.replace(OTHER_ACT_ELECTRONIC, ''), ctx.profile.law);
    return offersElectronic(mainClauseOnly ? mainClause(own) : own);
  });
}

/**
 * A clause that takes up the act of the clause before: a pronoun as its subject ("…; er kann auch elektronisch …") or a
 * citation that has no act of its own ("…; § 3a des Verwaltungsverfahrensgesetzes gilt entsprechend").
 */
const SAME_ACT_OPENING = /^\s*(?:(?:er|sie|es|dieser|diese|dieses)\s+(?:kann|können|darf|dürfen)\s|§)/;

/**
 * The clause after the hit's one, behind a semicolon, opens the electronic route for the same act: "Der Antrag ist
 * schriftlich zu stellen; er kann auch elektronisch gestellt werden" ("er" is der Antrag). A clause with a subject of its
 * own ("; die Unterlagen sind auf Verlangen auch elektronisch vorzulegen") is another act and opens nothing for the hit.
 */
function nextClauseOpensSameAct(ctx: MatchContext): boolean {
  const { to } = ctx.index.clauseAround(ctx.ref, ctx.start, ctx.end);
  if (to >= ctx.ref.end) return false;
  const next = ctx.index.doc.text.slice(to + 1, ctx.index.nextMark(ctx.ref, ';', to + 1));
  return SAME_ACT_OPENING.test(next) && offersElectronic(withoutForeignElectronic(next), true);
}

/**
 * A hedge right before the trigger, at most a preposition and an article between: "möglichst schriftlich", "nach
 * Möglichkeit durch Einschreiben", "möglichst auf dem amtlichen Vordruck". A hedge on the time ("möglichst frühzeitig
 * schriftlich") leaves the form a duty, so no other word may stand between. "In der Regel schriftlich" is a softened
 * duty (severity mittel), not a hedge: the legislator moved AktG § 90 Abs. 4 from it to "in der Regel in Textform".
 */
const HEDGE_LEAD =
  /\b(?:möglichst|tunlichst|nach\s+Möglichkeit)\s+(?:(?:im|in|auf|durch|per|mit|mittels|unter|dem|der|den|das|die|einem|einer|eines|amtlichen|amtlich|öffentlich|eigenhändig|zu)\s+){0,3}$/;

const EXTRA_PAPER_ROUTE = /\b(?:kann|können|darf|dürfen)\b[^.;]{0,500}\bauch\b/;

/** Items joined as alternatives ("1. schriftlich oder 2. elektronisch"): an electronic item is then a route for the hit too. */
const PERMISSIVE_LEAD_IN = /\b(?:kann|können|darf|dürfen|berechtigt|befugt|ermächtigt)\b/;
const ALTERNATIVE_ITEMS = /\b(?:oder|bzw\.)\s+(?:\d+[a-z]?\.|[a-z]{1,2}\))\s/;

/**
 * In an enumeration of several duties ("einzureichen 1. den Geschäftsbericht in doppelter Ausfertigung, 2. eine
 * Übersetzung in einfacher Ausfertigung sowie in elektronischer Form"), an electronic word in another item concerns that
 * item's document, not the hit's: only the lead-in and the hit's own item can offer the route. Alternatives joined by
 * "oder" stay one choice.
 */
function electronicOnlyInOtherItem(ctx: MatchContext): boolean {
  const scope = ctx.listItemScope();
  if (scope === null || ctx.sentenceMatches(ALTERNATIVE_ITEMS)) return false;
  // a list of powers or options ("ist berechtigt, … 5. … persönlich oder schriftlich zu befragen sowie 6. … Internetseiten
  // einzusehen", "kann vorsehen, dass Mitglieder 1. … elektronisch …, 2. … schriftlich …") is judged as one choice
  const { starts } = ctx.index.itemBoundaries(ctx.ref);
  if (PERMISSIVE_LEAD_IN.test(ctx.index.doc.text.slice(ctx.ref.start, starts[0]))) return false;
  return !offersElectronic(withoutForeignElectronic(scope));
}

/** Rule guard that suppresses this hit, or null. */
export function ruleGuard(id: 'hedge' | 'condition' | 'fiction' | 'negation' | 'electronic', ctx: MatchContext, mainClauseOnly: boolean): boolean {
  switch (id) {
    case 'hedge':
      return HEDGE_LEAD.test(ctx.lead(40));
    case 'condition':
      return ctx.inCondition();
    case 'fiction':
      // only the hit's own clause: "erfolgt die Zustellung … durch Aufgabe zur Post mit Einschreiben; die Zustellung gilt
      // nach zwei Wochen als erfolgt" prescribes the channel before the semicolon and deems only after it
      // a letter without which the act has no effect is prescribed ("gilt als bewirkt, wenn sie durch … eingeschriebenen
      // Briefes abgesandt worden ist")
      return ctx.sentenceMatches(DEEMING) && !ctx.sentenceMatches(DEEMED_ONLY_BY_LETTER) && judgeClause(ctx, DEEMING, (clause) => DEEMING.test(clause));
    case 'negation':
      return ctx.negated();
    case 'electronic': {
      // paper that must be used until the start date; "können … auch in Papierform" is an extra route and stays judged
      if (ctx.sentenceMatches(PAPER_TRANSITION) && !ctx.sentenceMatches(EXTRA_PAPER_ROUTE)) return false;
      return (
        (clauseOffersElectronic(ctx, mainClauseOnly) && !electronicOnlyInOtherItem(ctx)) ||
        nextClauseOpensSameAct(ctx) ||
        ctx.index.paragraphOffersElectronic(ctx.ref) ||
        ctx.index.paragraphRelievesDocument(ctx.ref, ctx.text)
      );
    }
  }
}
