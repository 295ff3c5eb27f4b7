import { CORE_CATEGORIES, type Finding } from '../../server/contracts/finding';
import type { Citation } from '../../server/contracts/search';
import { nameKey } from '../../server/retrieval/law-names';
import type { ChatCase } from './chat-cases';

/** The answer to the last turn of a case: chat:done, or a chat:error whose message stands in for the text. */
export interface ChatAnswer {
  text: string;
  citations: Citation[];
  findings: Finding[];
}

const LEAD_CHARS = 400;

/** The lead of an answer: its text up to the first blank line, at most 400 characters (README-chat-cases.md). */
export function leadOf(text: string): string {
  return text.split(/\n[ \t]*\n/)[0]!.slice(0, LEAD_CHARS);
}

/** "§ 3a Abs. 2" cites "§ 3a"; "§ 3" does not cite "§ 3a". */
const refCites = (ref: string, section: string) => ref === section || ref.startsWith(`${section} `) || ref.startsWith(`${section},`);

/** "§ 3a VwVfG", "Art. 5 BayDiG" in a lead. */
const LAW_REF = /(?:§|Art\.)\s*\d+/;

/** Every expectation that does not hold, in words; empty when the case passes. */
export function judgeCase(c: ChatCase, a: ChatAnswer): string[] {
  const failures: string[] = [];
  const e = c.expect;
  for (const m of e.mustCite ?? []) {
    const ok = a.citations.some((x) => nameKey(x.law) === nameKey(m.law) && refCites(x.ref, m.section));
    if (!ok) failures.push(`mustCite ${m.section} ${m.law}`);
  }
  const found = new Set(a.findings.map((f) => f.category).filter((cat) => CORE_CATEGORIES.includes(cat)));
  for (const cat of e.mustFind ?? []) if (!found.has(cat)) failures.push(`mustFind ${cat}`);
  const lead = leadOf(a.text);
  if (e.leadMatches && !new RegExp(e.leadMatches, 'i').test(lead)) failures.push(`leadMatches /${e.leadMatches}/`);
  if (e.noLawCitations && (a.citations.some((x) => x.kind === 'law') || LAW_REF.test(lead))) failures.push('noLawCitations');
  return failures;
}
