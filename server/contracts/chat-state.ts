import { z } from 'zod';
import { FindingSchema } from './finding';

/**
 * What the chat remembers about a conversation between turns, so that follow-ups ("das", "umformulieren",
 * "und bei Bescheiden?") can refer to the previous turn. Persisted as JSON with the conversation and validated
 * when read back: a corrupt or outdated row yields the empty state, never a crash.
 */
export const ChatStateSchema = z.object({
  /** The provision or draft passage checked last (the text a rewrite follow-up works on). */
  lastPassage: z.string().max(100_000).optional(),
  /** The citation label it was pasted with ("§ 12 Abs. 2"), for the heading of a later rewrite. */
  lastLabel: z.string().max(200).optional(),
  /** The findings of that check. */
  lastFindings: z.array(FindingSchema).max(500).optional(),
  /** The question or topic asked about last (retrieval context for short follow-ups). */
  lastTopic: z.string().max(2_000).optional(),
  /** Id of the answer card used for the last question. */
  lastCard: z.string().max(100).optional(),
  /**
   * The provisions the last answer quoted ("§ 10" VwZG): a follow-up ("Reicht es, wenn wir das nur im
   * Bundesanzeiger veröffentlichen?") asks about them, whatever its own words bring in.
   */
  lastCited: z
    .array(z.object({ law: z.string().min(1).max(100), section: z.string().min(1).max(50) }))
    .max(12)
    .optional(),
});
export type ChatState = z.infer<typeof ChatStateSchema>;

export function parseChatState(raw: unknown): ChatState {
  const parsed = ChatStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}
