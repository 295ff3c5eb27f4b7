import type { Finding } from '../../contracts/finding';
import type { AbsatzRewrite } from '../../contracts/rewrite';
import { parseSnippet } from '../../parser/snippet';
import { checkDocument } from '../../rules/engine';
import { rewriteFindings } from '../../rules/rewrite';
import { LATER_ABSATZ } from './classify';

/**
 * The chat's "umformulieren": the rule engine's coherent rewrite of every Absatz with findings
 * (server/rules/rewrite), put back together into the whole pasted provision, with its Änderungsbefehl.
 */

export interface ProvisionRewrite {
  /** The whole provision in its new wording. */
  text: string;
  /** One Änderungsbefehl: the Absatz's own command, or a Neufassung when several Absätze change. */
  amendment: string;
  /** The commands per Absatz, as the minimal alternative to a Neufassung (only when several Absätze change). */
  absatzCommands: string[];
  /** The rewrite's notes for the drafter (contradictions, changes left to be made by hand, hints). */
  notes: string[];
  /** Blocking findings the rewrite leaves to the drafter. */
  remaining: Finding[];
}

const blocking = (f: Finding) => f.severity !== 'hinweis';

/** "§ 5 wird wie folgt gefasst:", "Absatz 2 wird …" or, without a label, "Die Vorschrift wird …". */
function replacementCommand(original: string, text: string): string {
  const head = /^\s*(?:§|Art\.?|Artikel)\s*(\d+[a-z]?)\b/.exec(original);
  const absatz = /^\s*\((\d+[a-z]?)\)\s/.exec(original);
  const subject = head
    ? `${/^\s*§/.test(original) ? '§' : 'Artikel'} ${head[1]} wird`
    : absatz && !LATER_ABSATZ.test(original)
      ? `Absatz ${absatz[1]} wird`
      : 'Die Vorschrift wird';
  return `${subject} wie folgt gefasst:\n„${text.trim()}“`;
}

/** The Absatz rewrites spliced into the text they came from (back to front, so earlier offsets stay valid). */
function splice(text: string, rewrites: AbsatzRewrite[]): string {
  return [...rewrites].sort((a, b) => b.start - a.start).reduce((t, r) => `${t.slice(0, r.start)}${r.text}${t.slice(r.end)}`, text);
}

export function rewriteProvision(passage: string): ProvisionRewrite {
  const doc = parseSnippet(passage.trim());
  const findings = checkDocument(doc);
  const rewrites = rewriteFindings(doc, findings);
  const changed = rewrites.filter((r) => r.command !== '' && r.text !== r.original);
  const text = splice(doc.text, changed);
  const unresolved = new Set(rewrites.flatMap((r) => r.unresolved));
  const notes = [...new Set(rewrites.flatMap((r) => r.notes))];
  return {
    text,
    amendment: changed.length === 1 ? changed[0]!.command : changed.length > 1 ? replacementCommand(doc.text, text) : '',
    absatzCommands: changed.length > 1 ? changed.map((r) => r.command) : [],
    notes,
    remaining: findings.filter((f) => blocking(f) && unresolved.has(f.id)),
  };
}
