import { parseChatState, type ChatState } from '../contracts/chat-state';
import type { ConversationResponse, ConversationSummary, Message } from '../contracts/api';
import type { Finding } from '../contracts/finding';
import type { Citation } from '../contracts/search';
import type { Clock } from './clock';
import type { Db } from './db';
import { removerWithFeedback } from './feedback';
import { parseJson } from './json';

interface ConversationRow {
  id: string;
  title: string;
  created_at: string;
  updated_at: string;
}
interface MessageRow {
  id: string;
  role: 'user' | 'assistant';
  text: string;
  citations: string;
  findings: string;
  model: string | null;
  notice: string | null;
  created_at: string;
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
}

const toSummary = (r: ConversationRow): ConversationSummary => ({
  id: r.id,
  title: r.title,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toMessage = (r: MessageRow): Message => ({
  id: r.id,
  role: r.role,
  text: r.text,
  citations: parseJson<Citation[]>(r.citations, []),
  findings: parseJson<Finding[]>(r.findings, []),
  ...(r.model ? { model: r.model } : {}),
  ...(r.notice ? { notice: r.notice } : {}),
  createdAt: r.created_at,
});

/** Conversations and their messages; every statement is scoped by the owning session. */
export function createConversationStore(db: Db, clock: Clock) {
  const q = {
    list: db.prepare<[string], ConversationRow>(
      'SELECT id, title, created_at, updated_at FROM conversations WHERE session_id = ? ORDER BY updated_at DESC, rowid DESC',
    ),
    get: db.prepare<[string, string], ConversationRow>(
      'SELECT id, title, created_at, updated_at FROM conversations WHERE id = ? AND session_id = ?',
    ),
    insert: db.prepare('INSERT INTO conversations (id, session_id, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)'),
    rename: db.prepare('UPDATE conversations SET title = ?, updated_at = ? WHERE id = ? AND session_id = ?'),
    touch: db.prepare('UPDATE conversations SET updated_at = ? WHERE id = ? AND session_id = ?'),
    setNotice: db.prepare('UPDATE messages SET notice = ? WHERE id = ? AND conversation_id = ? AND session_id = ?'),
    messages: db.prepare<[string, string], MessageRow>(
      'SELECT id, role, text, citations, findings, model, notice, created_at FROM messages WHERE conversation_id = ? AND session_id = ? ORDER BY seq',
    ),
    recent: db.prepare<[string, string, number], MessageRow>(
      `SELECT * FROM (SELECT seq, id, role, text, citations, findings, model, notice, created_at FROM messages
        WHERE conversation_id = ? AND session_id = ? ORDER BY seq DESC LIMIT ?) ORDER BY seq`,
    ),
    state: db.prepare<[string, string], { state: string }>('SELECT state FROM conversations WHERE id = ? AND session_id = ?'),
    setState: db.prepare('UPDATE conversations SET state = ? WHERE id = ? AND session_id = ?'),
    addMessage: db.prepare(
      `INSERT INTO messages (id, conversation_id, session_id, role, text, citations, findings, model, notice, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };

  return {
    list: (sessionId: string): ConversationSummary[] => q.list.all(sessionId).map(toSummary),
    get(sessionId: string, id: string): ConversationResponse | undefined {
      const row = q.get.get(id, sessionId);
      if (!row) return undefined;
      return { ...toSummary(row), messages: q.messages.all(id, sessionId).map(toMessage) };
    },
    exists: (sessionId: string, id: string): boolean => q.get.get(id, sessionId) !== undefined,
    create(sessionId: string, title: string): ConversationSummary {
      const id = clock.id();
      const now = clock.now().toISOString();
      q.insert.run(id, sessionId, title, now, now);
      return { id, title, createdAt: now, updatedAt: now };
    },
    rename: (sessionId: string, id: string, title: string): boolean =>
      q.rename.run(title, clock.now().toISOString(), id, sessionId).changes > 0,
    /** Deletes the conversation with its messages and the feedback on them, leaving no copy in the WAL. */
    remove: removerWithFeedback(db, 'conversations'),
    setNotice: (sessionId: string, conversationId: string, messageId: string, notice: string): boolean =>
      q.setNotice.run(notice, messageId, conversationId, sessionId).changes > 0,
    /** The last `limit` messages, oldest first (history for follow-up questions). */
    recentMessages: (sessionId: string, id: string, limit: number): Message[] =>
      q.recent.all(id, sessionId, limit).map(toMessage),
    /** The chat state of a conversation; empty when unknown or when the stored JSON does not validate. */
    state: (sessionId: string, id: string): ChatState => parseChatState(parseJson<unknown>(q.state.get(id, sessionId)?.state, {})),
    setState: (sessionId: string, id: string, state: ChatState): void => {
      q.setState.run(JSON.stringify(state), id, sessionId);
    },
    addMessage(sessionId: string, conversationId: string, m: NewMessage): Message {
      const id = m.id ?? clock.id();
      const now = clock.now().toISOString();
      db.transaction(() => {
        q.addMessage.run(
          id,
          conversationId,
          sessionId,
          m.role,
          m.text,
          JSON.stringify(m.citations ?? []),
          JSON.stringify(m.findings ?? []),
          m.model ?? null,
          m.notice ?? null,
          now,
        );
        q.touch.run(now, conversationId, sessionId);
      })();
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
