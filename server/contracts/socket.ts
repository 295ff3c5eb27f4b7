import { z } from 'zod';
import { FindingSchema, RuleTracesSchema } from './finding';
import { CitationSchema } from './search';
import type { HealthResponse, ReviewStage } from './api';

/** socket.io contract between browser and server; every inbound payload is validated with these schemas. */

/**
 * Every client→server event carries `requestId` in its payload (the server makes one up when it is missing or not
 * sane) and is answered with a socket.io acknowledgement naming it: `ok`, or the typed error with its German message.
 */
export const RequestIdSchema = z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/);
export const ErrorBodySchema = z.object({ code: z.string(), message: z.string() });

export const ChatMessageInSchema = z.object({
  requestId: RequestIdSchema.optional(),
  conversationId: z.string().min(1).max(100).optional(),
  text: z.string().trim().min(1).max(100_000),
});
export const ChatStopInSchema = z.object({ requestId: RequestIdSchema.optional(), conversationId: z.string().min(1).max(100) });
export const BatchSubscribeInSchema = z.object({ requestId: RequestIdSchema.optional(), jobId: z.string().min(1).max(100) });

export const ChatTokenSchema = z.object({ conversationId: z.string(), messageId: z.string(), delta: z.string() });
export const ChatDoneSchema = z.object({
  conversationId: z.string(),
  messageId: z.string(),
  text: z.string(),
  citations: z.array(CitationSchema),
  findings: z.array(FindingSchema),
  /** The traces of the rules behind the rule findings of `findings`. */
  rules: RuleTracesSchema,
  /** "offline" or the model name; shown on each answer. */
  model: z.string().optional(),
  /** German notice, e.g. when the model failed and the offline answer was given instead. */
  notice: z.string().optional(),
  /** An offline answer given because the model was slow; the model's answer may still follow (chat:done with followUpTo, or chat:notice). */
  pending: z.boolean().optional(),
  /** The model's late answer to the question that message `followUpTo` answered offline; shown below it. */
  followUpTo: z.string().optional(),
});
export type ChatDone = z.infer<typeof ChatDoneSchema>;
export const SocketAckSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    requestId: z.string(),
    /** chat:message: the conversation the question went to (new or continued). */
    conversationId: z.string().optional(),
    /**
     * chat:message: an answer that was complete before anything was sent (an offline answer) rides on the ack, one
     * message instead of chat:token and chat:done; what the client does with it is what it does with chat:done.
     * A request sent without an ack callback gets chat:done instead.
     */
    answer: ChatDoneSchema.optional(),
  }),
  z.object({ ok: z.literal(false), requestId: z.string(), error: ErrorBodySchema }),
]);
export type SocketAck = z.infer<typeof SocketAckSchema>;
export type AckCallback = (ack: SocketAck) => void;

/** The notice of an answer changed after it was done (e.g. the model's late answer failed or arrived). */
export const ChatNoticeSchema = z.object({ conversationId: z.string(), messageId: z.string(), notice: z.string() });
/** The end of an answer that failed (its request's ack says the same), or a server-side end such as an expired session. */
export const ChatErrorSchema = z.object({
  conversationId: z.string().optional(),
  requestId: z.string().optional(),
  code: z.string(),
  message: z.string(),
});
export const BatchProgressSchema = z.object({ jobId: z.string(), done: z.number().int(), total: z.number().int() });
export const BatchStatusSchema = z.object({
  jobId: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed', 'cancelled']),
  message: z.string().optional(),
});

export interface ClientToServerEvents {
  'chat:message': (payload: z.input<typeof ChatMessageInSchema>, ack?: AckCallback) => void;
  'chat:stop': (payload: z.input<typeof ChatStopInSchema>, ack?: AckCallback) => void;
  'batch:subscribe': (payload: z.input<typeof BatchSubscribeInSchema>, ack?: AckCallback) => void;
}

export interface ServerToClientEvents {
  'chat:token': (payload: z.infer<typeof ChatTokenSchema>) => void;
  'chat:done': (payload: z.infer<typeof ChatDoneSchema>) => void;
  'chat:error': (payload: z.infer<typeof ChatErrorSchema>) => void;
  'chat:notice': (payload: z.infer<typeof ChatNoticeSchema>) => void;
  'batch:progress': (payload: z.infer<typeof BatchProgressSchema>) => void;
  'batch:status': (payload: z.infer<typeof BatchStatusSchema>) => void;
  'review:stage': (payload: ReviewStage) => void;
  /** The corpus changed (an administrator imported or deleted a law): its new figures. */
  'corpus:changed': (payload: HealthResponse['corpus']) => void;
}
