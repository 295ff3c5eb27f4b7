import type { ConversationResponse } from '../contracts/api';
import type { Citation } from '../contracts/search';
import type { ConversationStore } from '../storage/conversations';
import { ruleTraces } from '../rules/trace';
import { notFound } from './not-found';
import { germanDate } from './review/export';

// a guide section's title repeats its ref ("Schriftform: Ersatzformulierungen"); name it once
const citationLabel = (c: Citation) =>
  [c.kind === 'guidance' ? `${c.law} – ${c.ref}` : `${c.ref} ${c.law}`, c.title !== c.ref ? c.title : '', c.stand ? `Stand: ${c.stand}` : '', c.excerpt ? 'Auszug' : '']
    .filter(Boolean)
    .join(', ');

/** Markdown export; each answer's citation markers [n] become footnotes [^m-n] unique within the file. */
export function conversationMarkdown(c: ConversationResponse): string {
  // German dates: the export is read and filed by drafters, not parsed
  const out = [`# ${c.title}`, '', `Erstellt: ${germanDate(new Date(c.createdAt))} · Zuletzt geändert: ${germanDate(new Date(c.updatedAt))}`, ''];
  const notes: string[] = [];
  c.messages.forEach((m, mi) => {
    out.push(m.role === 'user' ? '## Frage' : `## Antwort${m.model ? ` (${m.model === 'offline' ? 'offline, ohne Sprachmodell' : m.model})` : ''}`, '');
    const key = (n: number) => `${mi + 1}-${n}`;
    out.push(m.role === 'assistant' ? m.text.replace(/\[(\d+)\]/g, (all, n: string) => (m.citations[Number(n) - 1] ? `[^${key(Number(n))}]` : all)) : m.text, '');
    if (m.notice) out.push(`> Hinweis: ${m.notice}`, '');
    if (m.findings.length) out.push(`Befunde: ${m.findings.length} (${[...new Set(m.findings.map((f) => f.location.ref))].join('; ')})`, '');
    m.citations.forEach((cit, i) => notes.push(`[^${key(i + 1)}]: ${citationLabel(cit)}`));
  });
  if (notes.length) out.push('---', '', ...notes, '');
  return out.join('\n');
}

export function createConversationService(store: ConversationStore) {
  const load = async (sessionId: string, id: string) => {
    const c = await store.get(sessionId, id);
    if (!c) throw notFound('conversation');
    return c;
  };
  return {
    list: (sessionId: string) => store.list(sessionId),
    /** With the traces of the rules behind its findings, once per conversation ("Warum gemeldet?"). */
    async get(sessionId: string, id: string): Promise<ConversationResponse> {
      const c = await load(sessionId, id);
      return { ...c, rules: ruleTraces(c.messages.flatMap((m) => m.findings)) };
    },
    async rename(sessionId: string, id: string, title: string) {
      if (!(await store.rename(sessionId, id, title))) throw notFound('conversation');
      return load(sessionId, id);
    },
    async remove(sessionId: string, id: string): Promise<void> {
      if (!(await store.remove(sessionId, id))) throw notFound('conversation');
    },
    exportMarkdown: async (sessionId: string, id: string) => conversationMarkdown(await load(sessionId, id)),
  };
}
export type ConversationService = ReturnType<typeof createConversationService>;
