import { z } from 'zod';
import { parseChatState, type ChatState } from '../contracts/chat-state';
import type { ConversationResponse, ConversationSummary, Message } from '../contracts/api';
import { type Finding, FindingSchema } from '../contracts/finding';
import { type Citation, CitationSchema } from '../contracts/search';
import type { Clock } from './clock';
import { removerWithFeedback } from './feedback';
import { jsonColumn, parseOptionalRow, parseRow, parseRows } from './rows';
import type { SqlDb, SqlRunner } from './sql';

const ConversationRowSchema = z.object({ id: z.string(), title: z.string(), created_at: z.string(), updated_at: z.string() });
const MessageRowSchema = z.object({
  id: z.string(),
  role: z.enum(['user', 'assistant']),
  text: z.string(),
  citations: jsonColumn(z.array(CitationSchema)),
  findings: jsonColumn(z.array(FindingSchema)),
  model: z.string().nullable(),
  notice: z.string().nullable(),
  created_at: z.string(),
});
const StateRowSchema = z.object({ state: z.string() });
const BytesRowSchema = z.object({ n: z.number().nullable() });
// COUNT(*) is a bigint in PostgreSQL, which node-postgres returns as a string
const TurnStateRowSchema = StateRowSchema.extend({ messages: z.coerce.number().int().nonnegative() });
/** History for follow-ups needs only who said what: no citations or findings to parse and validate. */
const TurnRowSchema = z.object({ role: z.enum(['user', 'assistant']), text: z.string() });

/** What answering the next message of a conversation needs from it. */
export interface TurnContext {
  /** How many messages the conversation has. */
  messages: number;
  /** The last messages, oldest first (at most the limit asked for). */
  history: { role: 'user' | 'assistant'; text: string }[];
  state: ChatState;
}

export interface NewMessage {
  /** Pre-allocated id (the assistant message id is streamed before the message is stored). */
  id?: string;
  role: 'user' | 'assistant';
  text: string;
  citations?: Citation[];
  findings?: Finding[];
  model?: string;
  notice?: string;
  /** When it was written (ISO), if not when it is stored: a question stored with its answer keeps its own time. */
  createdAt?: string;
}

const toSummary = (r: z.infer<typeof ConversationRowSchema>): ConversationSummary => ({
  id: r.id,
  title: r.title,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toMessage = (r: z.infer<typeof MessageRowSchema>): Message => ({
  id: r.id,
  role: r.role,
  text: r.text,
  citations: r.citations,
  findings: r.findings,
  ...(r.model ? { model: r.model } : {}),
  ...(r.notice ? { notice: r.notice } : {}),
  createdAt: r.created_at,
});

const MESSAGE_COLUMNS = 'id, role, text, citations, findings, model, notice, created_at';

/** Stored bytes of one message row (quota accounting: UTF-8 bytes of its text columns). */
export const MESSAGE_BYTES = 'octet_length(text) + octet_length(citations) + octet_length(findings) + COALESCE(octet_length(notice), 0)';
/**
 * Adds (`+`) or takes off (`-`) the bytes of one message (params: message id, conversation id) in its conversation's
 * running count, so that the quota check on every chat turn reads one row per conversation instead of every message.
 * Messages are deleted only with their conversation, which takes its count along.
 */
const countMessageBytes = (sign: '+' | '-') =>
  `UPDATE conversations SET message_bytes = message_bytes ${sign}
     COALESCE((SELECT ${MESSAGE_BYTES} FROM messages WHERE id = ? AND conversation_id = conversations.id), 0) WHERE id = ?`;

/** Conversations and their messages; every statement is scoped by the owning session. */
export function createConversationStore(db: SqlDb, clock: Clock) {
  const getRow = async (sessionId: string, id: string) =>
    parseOptionalRow(
      ConversationRowSchema,
      await db.get('SELECT id, title, created_at, updated_at FROM conversations WHERE id = ? AND session_id = ?', [id, sessionId]),
      'conversations',
    );
  const messages = async (sql: string, params: (string | number)[]) => parseRows(MessageRowSchema, await db.all(sql, params), 'messages').map(toMessage);
  /** Inserts one message and counts its bytes in its conversation (inside the caller's transaction); returns its id. */
  const insertMessage = async (tx: SqlRunner, sessionId: string, conversationId: string, m: NewMessage, now: string): Promise<string> => {
    const id = m.id ?? clock.id();
    await tx.run(
      `INSERT INTO messages (id, conversation_id, session_id, role, text, citations, findings, model, notice, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, conversationId, sessionId, m.role, m.text, JSON.stringify(m.citations ?? []), JSON.stringify(m.findings ?? []), m.model ?? null, m.notice ?? null, m.createdAt ?? now],
    );
    await tx.run(countMessageBytes('+'), [id, conversationId]);
    return id;
  };

  /** Marks the conversation changed (and replaces its chat state, if given); false when the session has no such conversation. */
  const touch = async (tx: SqlRunner, sessionId: string, conversationId: string, now: string, state?: ChatState): Promise<boolean> =>
    (await tx.run(`UPDATE conversations SET updated_at = ?${state ? ', state = ?' : ''} WHERE id = ? AND session_id = ?`, [
      now,
      ...(state ? [JSON.stringify(state)] : []),
      conversationId,
      sessionId,
    ])) > 0;

  return {
    list: async (sessionId: string): Promise<ConversationSummary[]> =>
      parseRows(
        ConversationRowSchema,
        await db.all('SELECT id, title, created_at, updated_at FROM conversations WHERE session_id = ? ORDER BY updated_at DESC, rowid DESC', [sessionId]),
        'conversations',
      ).map(toSummary),
    async get(sessionId: string, id: string): Promise<ConversationResponse | undefined> {
      const row = await getRow(sessionId, id);
      if (!row) return undefined;
      const list = await messages(`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? AND session_id = ? ORDER BY seq`, [id, sessionId]);
      return { ...toSummary(row), messages: list };
    },
    exists: async (sessionId: string, id: string): Promise<boolean> => (await getRow(sessionId, id)) !== undefined,
    /** A new conversation; with `first`, its first message is stored in the same transaction. */
    async create(sessionId: string, title: string, first?: NewMessage): Promise<ConversationSummary> {
      const id = clock.id();
      const now = clock.now().toISOString();
      const insert = 'INSERT INTO conversations (id, session_id, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)';
      const params = [id, sessionId, title, now, now];
      if (!first) await db.run(insert, params);
      else {
        await db.transaction(async (tx) => {
          await tx.run(insert, params);
          await insertMessage(tx, sessionId, id, first, now);
        });
      }
      return { id, title, createdAt: now, updatedAt: now };
    },
    rename: async (sessionId: string, id: string, title: string): Promise<boolean> =>
      (await db.run('UPDATE conversations SET title = ?, updated_at = ? WHERE id = ? AND session_id = ?', [title, clock.now().toISOString(), id, sessionId])) > 0,
    /** Deletes the conversation with its messages and the feedback on them, leaving no copy in the WAL. */
    remove: removerWithFeedback(db, 'conversations'),
    /**
     * Bytes the session's conversations take: titles, chat states (a pasted passage) and every message with its
     * citations and findings (per-user storage quota).
     */
    async sessionBytes(sessionId: string): Promise<number> {
      const row = await db.get('SELECT SUM(octet_length(title) + octet_length(state) + message_bytes) AS n FROM conversations WHERE session_id = ?', [sessionId]);
      return parseRow(BytesRowSchema, row, 'conversations').n ?? 0;
    },
    /** Replaces a message's notice; its conversation's byte count follows (the old notice off, the new one on). */
    setNotice: (sessionId: string, conversationId: string, messageId: string, notice: string): Promise<boolean> =>
      db.transaction(async (tx) => {
        await tx.run(countMessageBytes('-'), [messageId, conversationId]);
        const changed = await tx.run('UPDATE messages SET notice = ? WHERE id = ? AND conversation_id = ? AND session_id = ?', [notice, messageId, conversationId, sessionId]);
        await tx.run(countMessageBytes('+'), [messageId, conversationId]);
        return changed > 0;
      }),
    /**
     * The number of messages, the last `historyLimit` of them (role and text; none read for 0) and the chat state of
     * a conversation; undefined when the session has no such conversation. A stored state that does not validate
     * reads as the empty state.
     */
    async turnContext(sessionId: string, id: string, historyLimit: number): Promise<TurnContext | undefined> {
      const row = parseOptionalRow(
        TurnStateRowSchema,
        await db.get(
          `SELECT state, (SELECT COUNT(*) FROM messages WHERE conversation_id = ? AND session_id = ?) AS messages
           FROM conversations WHERE id = ? AND session_id = ?`,
          [id, sessionId, id, sessionId],
        ),
        'conversations',
      );
      if (!row) return undefined;
      const history =
        historyLimit > 0 && row.messages > 0
          ? parseRows(
              TurnRowSchema,
              await db.all(
                `SELECT role, text FROM (SELECT seq, role, text FROM messages
                  WHERE conversation_id = ? AND session_id = ? ORDER BY seq DESC LIMIT ?) AS recent ORDER BY seq`,
                [id, sessionId, historyLimit],
              ),
              'messages',
            )
          : [];
      let raw: unknown = {};
      try {
        raw = JSON.parse(row.state);
      } catch {
        // a follow-up without context is better than a failed answer: the state is only a hint
      }
      return { messages: row.messages, history, state: parseChatState(raw) };
    },
    /**
     * A whole chat turn in one transaction: its messages (the question, its answer if there is one) and, with
     * `state`, the chat state the next turn starts from; with `title`, the conversation `conversationId` is created
     * with them (from its first message's time). False when an existing conversation is gone: deleted (in another
     * tab) while its answer was written; as in addMessage, its row is updated first.
     */
    addTurn: (sessionId: string, conversationId: string, turn: { title?: string; messages: NewMessage[]; state?: ChatState }): Promise<boolean> =>
      db.transaction(async (tx) => {
        const now = clock.now().toISOString();
        if (turn.title !== undefined) {
          await tx.run('INSERT INTO conversations (id, session_id, title, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)', [
            conversationId,
            sessionId,
            turn.title,
            JSON.stringify(turn.state ?? {}),
            turn.messages[0]?.createdAt ?? now,
            now,
          ]);
        } else if (!(await touch(tx, sessionId, conversationId, now, turn.state))) return false;
        for (const m of turn.messages) await insertMessage(tx, sessionId, conversationId, m, now);
        return true;
      }),
    /**
     * Stores a message; with `state`, the conversation's chat state is replaced in the same transaction. Undefined
     * when the conversation is gone: deleted (in another tab) while its answer was written. The conversation row is
     * updated first, so that on PostgreSQL a concurrent deletion waits for this transaction or is seen by it.
     */
    async addMessage(sessionId: string, conversationId: string, m: NewMessage, state?: ChatState): Promise<Message | undefined> {
      const now = clock.now().toISOString();
      const id = await db.transaction(async (tx) => {
        return (await touch(tx, sessionId, conversationId, now, state)) ? insertMessage(tx, sessionId, conversationId, m, now) : undefined;
      });
      if (id === undefined) return undefined;
      return {
        id,
        role: m.role,
        text: m.text,
        citations: m.citations ?? [],
        findings: m.findings ?? [],
        ...(m.model ? { model: m.model } : {}),
        ...(m.notice ? { notice: m.notice } : {}),
        createdAt: now,
      };
    },
  };
}
export type ConversationStore = ReturnType<typeof createConversationStore>;
