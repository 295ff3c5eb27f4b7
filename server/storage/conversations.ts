import { z } from 'zod';
import { parseChatState, type ChatState } from '../contracts/chat-state';
import type { ConversationResponse, ConversationSummary, Message } from '../contracts/api';
import { type Finding, FindingSchema } from '../contracts/finding';
import { type Citation, CitationSchema } from '../contracts/search';
import type { Clock } from './clock';
import { removerWithFeedback } from './feedback';
import { jsonColumn, parseOptionalRow, parseRows } from './rows';
import type { SqlDb } from './sql';

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

export interface NewMessage {
  /** Pre-allocated id (the assistant message id is streamed before the message is stored). */
  id?: string;
  role: 'user' | 'assistant';
  text: string;
  citations?: Citation[];
  findings?: Finding[];
  model?: string;
  notice?: string;
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

/** Conversations and their messages; every statement is scoped by the owning session. */
export function createConversationStore(db: SqlDb, clock: Clock) {
  const getRow = async (sessionId: string, id: string) =>
    parseOptionalRow(
      ConversationRowSchema,
      await db.get('SELECT id, title, created_at, updated_at FROM conversations WHERE id = ? AND session_id = ?', [id, sessionId]),
      'conversations',
    );
  const messages = async (sql: string, params: (string | number)[]) => parseRows(MessageRowSchema, await db.all(sql, params), 'messages').map(toMessage);

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
    async create(sessionId: string, title: string): Promise<ConversationSummary> {
      const id = clock.id();
      const now = clock.now().toISOString();
      await db.run('INSERT INTO conversations (id, session_id, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [id, sessionId, title, now, now]);
      return { id, title, createdAt: now, updatedAt: now };
    },
    rename: async (sessionId: string, id: string, title: string): Promise<boolean> =>
      (await db.run('UPDATE conversations SET title = ?, updated_at = ? WHERE id = ? AND session_id = ?', [title, clock.now().toISOString(), id, sessionId])) > 0,
    /** Deletes the conversation with its messages and the feedback on them, leaving no copy in the WAL. */
    remove: removerWithFeedback(db, 'conversations'),
    setNotice: async (sessionId: string, conversationId: string, messageId: string, notice: string): Promise<boolean> =>
      (await db.run('UPDATE messages SET notice = ? WHERE id = ? AND conversation_id = ? AND session_id = ?', [notice, messageId, conversationId, sessionId])) > 0,
    /** The last `limit` messages, oldest first (history for follow-up questions). */
    recentMessages: (sessionId: string, id: string, limit: number): Promise<Message[]> =>
      messages(
        `SELECT ${MESSAGE_COLUMNS} FROM (SELECT seq, ${MESSAGE_COLUMNS} FROM messages
          WHERE conversation_id = ? AND session_id = ? ORDER BY seq DESC LIMIT ?) AS recent ORDER BY seq`,
        [id, sessionId, limit],
      ),
    /** The chat state of a conversation; empty when unknown or when the stored JSON does not validate. */
    async state(sessionId: string, id: string): Promise<ChatState> {
      const row = parseOptionalRow(StateRowSchema, await db.get('SELECT state FROM conversations WHERE id = ? AND session_id = ?', [id, sessionId]), 'conversations');
      let raw: unknown = {};
      try {
        raw = JSON.parse(row?.state ?? '{}');
      } catch {
        // a follow-up without context is better than a failed answer: the state is only a hint
      }
      return parseChatState(raw);
    },
    async setState(sessionId: string, id: string, state: ChatState): Promise<void> {
      await db.run('UPDATE conversations SET state = ? WHERE id = ? AND session_id = ?', [JSON.stringify(state), id, sessionId]);
    },
    async addMessage(sessionId: string, conversationId: string, m: NewMessage): Promise<Message> {
      const id = m.id ?? clock.id();
      const now = clock.now().toISOString();
      await db.transaction(async (tx) => {
        await tx.run(
          `INSERT INTO messages (id, conversation_id, session_id, role, text, citations, findings, model, notice, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [id, conversationId, sessionId, m.role, m.text, JSON.stringify(m.citations ?? []), JSON.stringify(m.findings ?? []), m.model ?? null, m.notice ?? null, now],
        );
        await tx.run('UPDATE conversations SET updated_at = ? WHERE id = ? AND session_id = ?', [now, conversationId, sessionId]);
      });
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
