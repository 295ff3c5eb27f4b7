/**
 * Decides whether a chat message is a question or a pasted provision / draft passage that should be checked
 * by the rule engine. Drafters paste text in many shapes, so the decision uses several independent signals.
 */
export interface Classified {
  kind: 'question' | 'passage';
  /** The question part (for retrieval); for a bare passage the passage itself. */
  question: string;
  /** Text to run the rule engine on (passages only). */
  passage?: string;
}

const OPEN_QUOTE = '[„"»«“‚\'”]';
const CLOSE_QUOTE = '[“"«»”‘\'’]';
/** "Ist diese Formulierung digitaltauglich: „…“" and similar: a lead-in, then a quoted passage. */
const QUOTED = new RegExp(`^([^„"»«“‚']{0,300}?)[:?]\\s*${OPEN_QUOTE}([\\s\\S]{8,}?)${CLOSE_QUOTE}?\\s*[.?!]?\\s*$`);
/** "Prüfe: Der Antrag ist schriftlich zu stellen." — a short instruction followed by a colon and the passage. */
const LEAD_IN = /^\s*((?:bitte\s+)?(?:prüf|check|analysier|bewert|ist\s+(?:diese|die|folgende)|sind\s+(?:diese|die|folgende)|wie\s+(?:ist|wäre|sieht)|was\s+(?:hältst|sagst|ist\s+mit))[^:\n]{0,200}):\s*([\s\S]{8,})$/i;
const HEADING = /^\s*(?:#{1,6}\s*)?(?:§|Art\.?|Artikel)\s*\d+[a-z]?\b/m;
const ABSATZ = /^\s*\(\d+[a-z]?\)\s+\S/m;
const QUESTION_START =
  /^\s*(?:wie|was|welche[rsmn]?|wann|wo|wer|wem|wen|warum|weshalb|wieso|wozu|woher|wohin|womit|worauf|darf|dürfen|kann|können|muss|müssen|soll|sollte|gibt|gilt|ist|sind|hat|haben|brauche|braucht|reicht|genügt|erklär|nenne|zeig|liste|gib|beschreib|vergleich)\b/i;
/** Typical shapes of normative sentences ("ist … zu stellen", "hat … vorzulegen", "bedarf der Schriftform"). */
const NORMATIVE =
  /\b(?:ist|sind|hat|haben)\b[^.?!]{0,200}\bzu(?:\s+\w+en|\w+en)\b|\bbedarf\s+der\b|\b(?:muss|müssen|soll|sollen|kann|können|darf|dürfen)\b[^.?!]{0,200}\b(?:werden|erfolgen|vorgelegt|eingereicht|erteilt|gestellt|unterschrieben|beigefügt|angeordnet|übermittelt|erscheinen)\b|\b(?:schriftlich|eigenhändig|persönlich|beglaubigt|im\s+Original|per\s+Post|durch\s+Aushang)\b/i;

const stripQuotes = (s: string) => s.trim().replace(new RegExp(`^${OPEN_QUOTE}+|${CLOSE_QUOTE}+$`, 'g'), '').trim();

export function classifyMessage(raw: string): Classified {
  const text = raw.trim();
  const quoted = QUOTED.exec(text);
  if (quoted && quoted[2]!.trim().length >= 8) {
    const lead = quoted[1]!.trim();
    return { kind: 'passage', question: lead || text, passage: stripQuotes(quoted[2]!) };
  }
  const leadIn = LEAD_IN.exec(text);
  if (leadIn) return { kind: 'passage', question: leadIn[1]!.trim(), passage: stripQuotes(leadIn[2]!) };
  if (HEADING.test(text) || ABSATZ.test(text)) return { kind: 'passage', question: text, passage: text };
  const endsAsQuestion = /\?\s*$/.test(text);
  const asksQuestion = endsAsQuestion || QUESTION_START.test(text);
  if (!asksQuestion && text.length > 300) return { kind: 'passage', question: text, passage: text };
  if (!asksQuestion && NORMATIVE.test(text) && /^[A-ZÄÖÜ]/.test(text)) {
    return { kind: 'passage', question: text, passage: text };
  }
  return { kind: 'question', question: text };
}
