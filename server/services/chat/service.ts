import type { Finding } from '../../contracts/finding';
import type { SearchHit } from '../../contracts/search';
import { ChatMessageInSchema, type ChatDoneSchema, type ChatNoticeSchema, type ChatTokenSchema } from '../../contracts/socket';
import { AppError, isAppError } from '../../errors';
import type { z } from 'zod';
import { logger } from '../../logger';
import type { Clock } from '../../storage/clock';
import type { ConversationStore, NewMessage } from '../../storage/conversations';
import type { SearchIndex } from '../../retrieval/index';
import type { ChatState } from '../../contracts/chat-state';
import type { AnswerContext, AnswerResult, Answerer, ChatTurn } from './answerer';
import type { AnswerCard } from './cards';
import { classifyMessage, isEmptyMessage, type IntentKind } from './classify';
import { namesAnyField } from './fit';
import { OFFLINE_MODEL } from './offline-answerer';
import { notFound } from '../not-found';
import { createTurnPlanner, withCited } from './turn';
import { ruleTraces } from '../../rules/trace';

export const MAX_CHAT_CHARS = 100_000;
const HISTORY_TURNS = 6;
const LAW_HITS = 8;
const GUIDANCE_HITS = 3;

export const NOTICE_FALLBACK =
  'Das Sprachmodell war nicht erreichbar oder hat einen Fehler gemeldet; angezeigt wird die Offline-Antwort aus Korpus und Regelwerk.';
export const NOTICE_INVALID =
  'Die Antwort des Sprachmodells war unbrauchbar (ohne Belege oder unverständlich); angezeigt wird die Offline-Antwort aus Korpus und Regelwerk.';
export const NOTICE_PENDING =
  'Das Sprachmodell braucht länger; angezeigt wird vorerst die Offline-Antwort aus Korpus und Regelwerk. Die Antwort des Modells folgt, sobald sie vorliegt.';
export const NOTICE_SUPERSEDED = 'Vorläufige Offline-Antwort; die Antwort des Sprachmodells steht darunter.';
export const NOTICE_LATE = 'Nachgereichte Antwort des Sprachmodells auf dieselbe Frage.';
export const NOTICE_ABANDONED = 'Die Antwort des Sprachmodells wurde nicht mehr abgewartet; es gilt die Offline-Antwort.';
export const NOTICE_STOPPED = 'Die Antwort wurde angehalten.';
const DEFAULT_FALLBACK_AFTER_MS = 10_000;
/** AppError code of a model answer that failed validation (server/llm/errors.ts LlmInvalidOutputError). */
const INVALID_OUTPUT_CODE = 'unavailable:llm_output';
export const EMPTY_MESSAGE = 'Bitte geben Sie eine Frage oder den Wortlaut einer Vorschrift ein, die ich prüfen soll.';

export interface ChatEmitter {
  token(p: z.infer<typeof ChatTokenSchema>): void;
  done(p: z.infer<typeof ChatDoneSchema>): void;
  /** Ends the turn with a typed error; the socket layer sends it (chat:error and the request's ack). */
  error(e: AppError, conversationId?: string): void;
  notice(p: z.infer<typeof ChatNoticeSchema>): void;
}

export interface ChatServiceDeps {
  conversations: ConversationStore;
  index: SearchIndex;
  checkText: (text: string) => Finding[];
  offline: Answerer;
  /** LLM answerer when configured; the offline answerer is the fallback on any failure. */
  answerer?: Answerer;
  /** Model name of `answerer`, recorded on answers that were stopped before it reported one. */
  answererModel?: string;
  /**
   * How long to wait for the model's first words before the offline answer is given (default 10 s); the model
   * keeps its own, longer budget and its answer follows as a second message when it arrives.
   */
  fallbackAfterMs?: number;
  /**
   * Query rewriting by the model (SEARCH_QUERY_REWRITE): statute terms for a question in lay words, searched
   * with the weight of the concept map, below the user's own words. A failure leaves the plain search.
   */
  rewriteQuery?: (query: string, signal?: AbortSignal) => Promise<string[]>;
  /** Answer cards for the offline answers (none: answers from retrieval alone). */
  cards?: AnswerCard[];
  clock: Clock;
}

/** A first answer, and possibly the model's answer still on its way (see fallbackAfterMs). */
interface Answered {
  result: AnswerResult;
  late?: Promise<AnswerResult>;
}

const fallbackNotice = (e: unknown) => (isAppError(e) && e.code === INVALID_OUTPUT_CODE ? NOTICE_INVALID : NOTICE_FALLBACK);

/** German message for an invalid chat payload (never the zod text). */
function payloadError(payload: unknown): string {
  const text = (payload as { text?: unknown } | null)?.text;
  if (typeof text === 'string' && text.length > MAX_CHAT_CHARS) {
    return `Der Text ist zu lang (${text.length.toLocaleString('de-DE')} Zeichen, höchstens ${MAX_CHAT_CHARS.toLocaleString('de-DE')}). Bitte laden Sie längere Entwürfe über „Entwurf prüfen“ hoch.`;
  }
  if (typeof text === 'string' && isEmptyMessage(text)) return EMPTY_MESSAGE;
  return 'Die Nachricht hat ein ungültiges Format.';
}

const titleOf = (text: string) => {
  const line = text.trim().split('\n')[0]!.trim();
  return line.length > 80 ? `${line.slice(0, 77).replace(/\s+\S*$/, '')} …` : line;
};

function retrieve(index: SearchIndex, query: string, expansions: string[] = []): SearchHit[] {
  const extra = expansions.length ? { expansions } : {};
  const laws = index.search(query, { k: LAW_HITS, ...extra });
  const guidance = index.search(query, { k: GUIDANCE_HITS, kinds: ['guidance'], ...extra });
  const seen = new Set(laws.map((h) => `${h.law}\u0000${h.ref}`));
  return [...laws, ...guidance.filter((h) => !seen.has(`${h.law}\u0000${h.ref}`))].sort((a, b) => b.score - a.score);
}

/** Questions in the user's words; a checked passage is searched by its findings' enabling provisions instead. */
const REWRITTEN_INTENTS = new Set<IntentKind>(['question', 'howto', 'follow_up']);

const isAbort = (e: unknown, signal: AbortSignal) => signal.aborted || (e as Error)?.name === 'AbortError';

/** Where an answer's text goes as it is written: `stream` sends it to the client as chat:token, `keep` only keeps it. */
interface Deltas {
  stream(delta: string): void;
  keep(delta: string): void;
}

/**
 * One chat turn: validate, check a pasted passage with the rule engine, retrieve, answer (LLM with offline fallback;
 * a model's answer is streamed), persist. The user's message is stored before a model is asked and with the answer
 * when it is offline (see handle); a failed answer leaves it stored either way.
 */
export function createChatService(deps: ChatServiceDeps) {
  const { conversations, clock } = deps;
  const planTurn = createTurnPlanner({ cards: deps.cards ?? [], index: deps.index, checkText: deps.checkText });
  const isLawName = (word: string) => deps.index.lawAbbreviation(word) !== undefined;

  /** The model's statute terms for a question asked in own words; none for checks and scope answers, or when it fails. */
  async function expansionsFor(intent: IntentKind, query: string, signal: AbortSignal): Promise<string[]> {
    if (!deps.rewriteQuery || !REWRITTEN_INTENTS.has(intent)) return [];
    try {
      return await deps.rewriteQuery(query, signal);
    } catch (e) {
      if (isAbort(e, signal)) throw e;
      logger.warn({ err: e }, 'query rewrite failed; searching without it');
      return [];
    }
  }

  /**
   * The model's answer when its first words come within fallbackAfterMs; otherwise the offline answer now and the
   * model's answer as `late`. On a model failure or an answer that fails validation, the offline answer. Turns that
   * need no model (out of scope, a rewrite of a checked passage) are answered offline at once.
   */
  async function answerWith(ctx: AnswerContext, out: Deltas, signal: AbortSignal, offlineOnly: boolean): Promise<Answered> {
    const model = offlineOnly ? undefined : deps.answerer;
    // an offline answer is complete before its first word could go out: it is sent whole when done, not streamed
    if (!model) return { result: await deps.offline.answer(ctx, out.keep, signal) };
    const emitDelta = out.stream;
    let started = false;
    let detached = false;
    const run = model.answer(
      ctx,
      (d) => {
        if (detached) return;
        started = true;
        emitDelta(d);
      },
      signal,
    );
    run.catch(() => undefined); // awaited below or by the caller; this only keeps a late rejection from going unhandled
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<'slow'>((res) => {
      timer = setTimeout(() => !started && res('slow'), deps.fallbackAfterMs ?? DEFAULT_FALLBACK_AFTER_MS);
    });
    try {
      const first = await Promise.race([run, slow]);
      if (first !== 'slow') return { result: first };
    } catch (e) {
      if (isAbort(e, signal)) throw e;
      logger.warn({ err: e }, 'LLM answerer failed, falling back to the offline answer');
      if (started) emitDelta('\n\n---\n\n');
      const result = await deps.offline.answer(ctx, emitDelta, signal);
      return { result: { ...result, notice: fallbackNotice(e) } };
    } finally {
      clearTimeout(timer);
    }
    detached = true;
    logger.info('LLM answerer slow, giving the offline answer first');
    const result = await deps.offline.answer(ctx, emitDelta, signal);
    return { result: { ...result, notice: NOTICE_PENDING }, late: run };
  }

  /** The model's late answer becomes its own message below the offline one; otherwise the offline one's notice says why not. */
  async function deliverLate(sessionId: string, conversationId: string, offlineId: string, late: Promise<AnswerResult>, emit: ChatEmitter, signal: AbortSignal): Promise<void> {
    const setNotice = async (notice: string) => {
      await conversations.setNotice(sessionId, conversationId, offlineId, notice);
      emit.notice({ conversationId, messageId: offlineId, notice });
    };
    let result: AnswerResult;
    try {
      result = await late;
    } catch (e) {
      if (isAbort(e, signal)) await setNotice(NOTICE_ABANDONED);
      else {
        logger.warn({ err: e }, 'late LLM answer failed; the offline answer stands');
        await setNotice(fallbackNotice(e));
      }
      return;
    }
    const notice = [NOTICE_LATE, result.notice].filter(Boolean).join(' ');
    const message = await conversations.addMessage(sessionId, conversationId, {
      role: 'assistant',
      text: result.text,
      citations: result.citations,
      findings: result.findings ?? [],
      model: result.model,
      notice,
    });
    // the conversation may have been deleted meanwhile: then there is nothing to add to
    if (!message) return;
    await setNotice(NOTICE_SUPERSEDED);
    emit.done({
      conversationId,
      messageId: message.id,
      text: message.text,
      citations: message.citations,
      findings: message.findings,
      rules: ruleTraces(message.findings),
      model: result.model,
      notice,
      followUpTo: offlineId,
    });
  }

  return {
    /**
     * Handles one `chat:message`; returns the conversation id (undefined when the payload was rejected) once the
     * turn is complete, late model answer included. `onAnswered` fires when the user has an answer but the
     * model's is still awaited; `signal` still stops that wait.
     */
    async handle(
      sessionId: string,
      payload: unknown,
      emit: ChatEmitter,
      signal: AbortSignal,
      onConversation?: (id: string) => void,
      onAnswered?: () => void,
    ): Promise<string | undefined> {
      const parsed = ChatMessageInSchema.safeParse(payload);
      // "?" or "…" passes the schema but asks nothing: the same validation hint as an empty message
      if (!parsed.success || isEmptyMessage(parsed.data.text)) {
        const conversationId = (payload as { conversationId?: unknown } | null)?.conversationId;
        emit.error(new AppError('bad_request', 'bad_request:chat_message', payloadError(payload), 'invalid chat payload'), typeof conversationId === 'string' ? conversationId : undefined);
        return undefined;
      }
      const { text } = parsed.data;
      let conversationId = parsed.data.conversationId;
      // only a model reads the history: the offline answerer needs to know no more than whether there is one
      const context = conversationId ? await conversations.turnContext(sessionId, conversationId, deps.answerer ? HISTORY_TURNS : 0) : undefined;
      if (conversationId && !context) {
        emit.error(notFound('conversation'), conversationId);
        return undefined;
      }
      const history: ChatTurn[] = context?.history ?? [];
      const state: ChatState = context?.state ?? {};
      const question: NewMessage = { role: 'user', text, createdAt: clock.now().toISOString() };
      const isNew = !conversationId;
      // With a model, which may take a minute, the question is stored before answering (one transaction with a new
      // conversation), so that a crash meanwhile does not lose it. An offline answer takes milliseconds: the question
      // is stored with it and the chat state in one transaction (one commit per turn instead of two). A process that
      // dies in those milliseconds loses the question on the server, and the client, which gets no answer, shows
      // it with "Erneut versuchen"; an answer that fails stores the question alone (see storeQuestionAlone).
      const questionFirst = deps.answerer !== undefined;
      if (!questionFirst) conversationId ??= clock.id();
      else if (conversationId) {
        if (!(await conversations.addMessage(sessionId, conversationId, question))) {
          emit.error(notFound('conversation'), conversationId);
          return undefined;
        }
      } else conversationId = (await conversations.create(sessionId, titleOf(text), question)).id;
      const turnOf = (messages: NewMessage[], next?: ChatState) =>
        conversations.addTurn(sessionId, conversationId!, { ...(isNew ? { title: titleOf(text) } : {}), messages, ...(next ? { state: next } : {}) });
      /** A failed answer leaves the question stored, as with a model, so that the user's words are kept. */
      const storeQuestionAlone = async () => {
        if (!questionFirst) await turnOf([question]);
      };
      onConversation?.(conversationId);

      const messageId = clock.id();
      let streamed = '';
      const keep = (delta: string) => {
        streamed += delta;
      };
      const stream = (delta: string) => {
        keep(delta);
        emit.token({ conversationId: conversationId!, messageId, delta });
      };
      let result: AnswerResult;
      let late: Promise<AnswerResult> | undefined;
      let findings: Finding[] = [];
      let next: ChatState = state;
      let intentKind: IntentKind | undefined;
      try {
        const intent = classifyMessage(text, { hasPrevious: (context?.messages ?? 0) > 0, hasPassage: state.lastPassage !== undefined, isLawName, namesField: namesAnyField });
        intentKind = intent.kind;
        const turn = planTurn(intent, state);
        // findings of a rewrite follow-up were reported with the check; only a newly checked passage brings its own
        findings = intent.kind === 'check' || (intent.kind === 'rewrite' && intent.passage !== undefined) ? turn.ctx.findings : [];
        next = turn.state;
        const expansions = turn.query !== undefined ? await expansionsFor(intent.kind, turn.query, signal) : [];
        const hits = turn.query !== undefined ? retrieve(deps.index, turn.query, expansions) : [];
        ({ result, late } = await answerWith({ ...turn.ctx, history, hits, ...(expansions.length ? { expansions } : {}) }, { stream, keep }, signal, turn.offlineOnly));
      } catch (e) {
        if (isAbort(e, signal)) {
          result = { text: streamed, citations: [], model: deps.answerer ? (deps.answererModel ?? 'llm') : OFFLINE_MODEL, notice: NOTICE_STOPPED };
        } else if (isAppError(e) && e.status < 500) {
          // what the user can change (a passage too costly to check here) is said as it is
          await storeQuestionAlone();
          emit.error(e, conversationId);
          return conversationId;
        } else {
          await storeQuestionAlone();
          emit.error(
            new AppError(
              'internal',
              'internal:chat_answer',
              'Die Antwort konnte nicht erstellt werden. Ihre Nachricht ist gespeichert; bitte versuchen Sie es erneut.',
              'chat answer failed',
              { cause: e },
            ),
            conversationId,
          );
          return conversationId;
        }
      }
      if (intentKind) next = withCited(next, intentKind, result.citations);
      const allFindings = [...findings, ...(result.findings ?? [])];
      const answer: NewMessage = {
        id: messageId,
        role: 'assistant',
        text: result.text,
        citations: result.citations,
        findings: allFindings,
        model: result.model,
        ...(result.notice ? { notice: result.notice } : {}),
      };
      // the answer and the state the next turn starts from, in one transaction (offline: with the question)
      const stored = questionFirst ? (await conversations.addMessage(sessionId, conversationId, answer, next)) !== undefined : await turnOf([question, answer], next);
      // deleted (in another tab) while the answer was written: said as for any unknown conversation, nothing stored
      if (!stored) {
        emit.error(notFound('conversation'), conversationId);
        return undefined;
      }
      emit.done({
        conversationId,
        messageId,
        text: result.text,
        citations: result.citations,
        findings: allFindings,
        rules: ruleTraces(allFindings),
        model: result.model,
        ...(result.notice ? { notice: result.notice } : {}),
        ...(late ? { pending: true } : {}),
      });
      if (late) {
        onAnswered?.();
        await deliverLate(sessionId, conversationId, messageId, late, emit, signal);
      }
      return conversationId;
    },
  };
}
export type ChatService = ReturnType<typeof createChatService>;
