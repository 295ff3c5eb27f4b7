import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { CORE_CATEGORIES, CategorySchema } from '../../server/contracts/finding';

/**
 * One offline-chat case (test/fixtures/README-chat-cases.md): the user turns of one conversation and machine-checkable
 * expectations on the answer to the last turn.
 */
const regexString = z.string().min(1).refine((s) => {
  try {
    new RegExp(s, 'i');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

export const ChatCaseSchema = z.object({
  id: z.string().min(1),
  turns: z.array(z.string().max(100_000)).min(1),
  expect: z
    .object({
      mustCite: z.array(z.object({ law: z.string().min(1), section: z.string().min(1) })).min(1).optional(),
      mustFind: z.array(CategorySchema.refine((c) => CORE_CATEGORIES.includes(c), 'not one of the nine core codes')).min(1).optional(),
      leadMatches: regexString.optional(),
      noLawCitations: z.literal(true).optional(),
    })
    .strict()
    .refine((e) => Object.keys(e).length > 0, 'a case needs at least one expectation'),
});
export type ChatCase = z.infer<typeof ChatCaseSchema>;

/** Blind set 1: had its one blind run, now development data. */
export const CHAT_CASES_BLIND_PATH = resolve(import.meta.dirname, '../../test/fixtures/chat-cases-blind.jsonl');
/** Blind set 2 (test/fixtures/README-blind2.md): had its one blind run, development data now. */
export const CHAT_CASES_BLIND2_PATH = resolve(import.meta.dirname, '../../test/fixtures/chat-cases-blind2.jsonl');
/** Blind set 3 (test/fixtures/README-blind3.md): had its one blind run, development data now. */
export const CHAT_CASES_BLIND3_PATH = resolve(import.meta.dirname, '../../test/fixtures/chat-cases-blind3.jsonl');
/** Blind set 4 (test/fixtures/README-blind4-search.md): had its one blind run, development data now. */
export const CHAT_CASES_BLIND4_PATH = resolve(import.meta.dirname, '../../test/fixtures/chat-cases-blind4.jsonl');
/** Blind set 5 (test/fixtures/README-blind5-search.md): had its one blind run, development data now. */
export const CHAT_CASES_BLIND5_PATH = resolve(import.meta.dirname, '../../test/fixtures/chat-cases-blind5.jsonl');
/** Blind set 6 (test/fixtures/README-blind6-search.md): had its one blind run, development data now. */
export const CHAT_CASES_BLIND6_PATH = resolve(import.meta.dirname, '../../test/fixtures/chat-cases-blind6.jsonl');
/** Blind set 7 (test/fixtures/README-blind7-search.md): had its one blind run, development data now. */
export const CHAT_CASES_BLIND7_PATH = resolve(import.meta.dirname, '../../test/fixtures/chat-cases-blind7.jsonl');
/** Blind set 8 (test/fixtures/README-blind8-search.md): had its one blind run, development data now. */
export const CHAT_CASES_BLIND8_PATH = resolve(import.meta.dirname, '../../test/fixtures/chat-cases-blind8.jsonl');
/** Blind set 9 (test/fixtures/README-blind9-search.md): had its one blind run, development data now. */
export const CHAT_CASES_BLIND9_PATH = resolve(import.meta.dirname, '../../test/fixtures/chat-cases-blind9.jsonl');
/** Blind set 10 (test/fixtures/README-blind10-search.md): spent at 14:37 UTC on 2026-12-07, a normal file for eval:chat. */
export const CHAT_CASES_BLIND10_PATH = resolve(import.meta.dirname, '../../test/fixtures/chat-cases-blind10.jsonl');
/** Blind set 11 (test/fixtures/README-blind11-search.md): spent at 17:27 UTC on 2026-12-07, a normal file for eval:chat. */
export const CHAT_CASES_BLIND11_PATH = resolve(import.meta.dirname, '../../test/fixtures/chat-cases-blind11.jsonl');
/** Blind set 12 (test/fixtures/README-blind12-search.md): spent at 20:07 UTC on 2026-12-07, a normal file for eval:chat. */
export const CHAT_CASES_BLIND12_PATH = resolve(import.meta.dirname, '../../test/fixtures/chat-cases-blind12.jsonl');
/** Blind set 13 (test/fixtures/README-blind13-search.md): spent at 22:52 UTC on 2026-12-07, a normal file for eval:chat. */
export const CHAT_CASES_BLIND13_PATH = resolve(import.meta.dirname, '../../test/fixtures/chat-cases-blind13.jsonl');
/** Blind set 14 (test/fixtures/README-blind14-search.md): spent at 01:33 UTC on 2026-12-08, a normal file for eval:chat. */
export const CHAT_CASES_BLIND14_PATH = resolve(import.meta.dirname, '../../test/fixtures/chat-cases-blind14.jsonl');

export function loadChatCases(path = CHAT_CASES_BLIND_PATH): ChatCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = ChatCaseSchema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`line ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return parsed.data;
    });
}
