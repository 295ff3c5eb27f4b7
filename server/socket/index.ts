import { randomUUID } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import {
  BatchSubscribeInSchema,
  ChatStopInSchema,
  RequestIdSchema,
  type AckCallback,
  type ClientToServerEvents,
  type ServerToClientEvents,
  type SocketAck,
} from '../contracts/socket';
import { AppError, reportError, type ErrorBody } from '../errors';
import { fromOwnOrigin } from '../http/origin';
import type { SessionIdentity, Sessions } from '../http/session';
import { logger, withLogContext, type Logger } from '../logger';
import type { ChatEmitter, ChatService } from '../services/chat/service';
import { notFound } from '../services/not-found';
import type { BatchJobs } from '../jobs/runner';
import type { Metrics } from '../metrics';
import type { TokenBuckets } from '../http/rate-limit-bucket';
import { MAX_QUEUED_BYTES, queuedBytes } from './backpressure';
import { depthLimitedParser } from './parser';
import type { SlotCounter } from '../http/slot-counter';

export type IoServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SessionIdentity>;

/** Every socket of one browser session (ended together on logout or expiry). */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
/** Every socket that sees one owner's data (all browsers of a signed-in user); progress events go here. */
export const ownerRoom = (owner: string) => `owner:${owner}`;

const SESSION_ENDED = 'Ihre Sitzung wurde beendet oder ist abgelaufen. Bitte laden Sie die Seite neu.';

/** Answers one socket may have in flight; more is a client bug or abuse. */
const MAX_PARALLEL_ANSWERS = 3;
/** Late model answers one socket may wait for (each holds a model request). */
const MAX_AWAITING_MODEL = 5;

export interface SocketDeps {
  /** Where request logs go (default: the app's logger). */
  log?: Logger;
  sessions: Sessions;
  chat: ChatService;
  jobs: BatchJobs;
  metrics: Metrics;
  /** Unread bytes queued for one client beyond which it is disconnected (default MAX_QUEUED_BYTES). */
  maxQueuedBytes?: number;
  /** Chat messages per owner (config CHAT_MESSAGES_PER_MINUTE, CHAT_MESSAGE_BURST); every turn is stored. */
  messageLimit: TokenBuckets;
  /** Open sockets per browser session (config CHAT_MAX_SOCKETS_PER_SESSION), across instances with REDIS_URL. */
  sessionSockets: SlotCounter;
  /** The configured origin of the service (PUBLIC_URL); handshakes from any other origin are refused. */
  publicOrigin?: string;
  /** Refuses a chat message when the owner's stored data (conversations included) fill the storage quota. */
  checkQuota(owner: string): Promise<void>;
}

const sessionEnded = () => new AppError('unauthorized', 'unauthorized:session_ended', SESSION_ENDED);
const tooManyMessages = () =>
  new AppError('rate_limited', 'rate_limited:chat_messages', 'Sie haben in kurzer Zeit sehr viele Fragen gestellt. Bitte warten Sie einen Moment und fragen Sie dann erneut.', 'chat message rate limit');
const tooManySockets = () =>
  new AppError(
    'rate_limited',
    'rate_limited:sockets',
    'Der Assistent ist in dieser Sitzung in zu vielen Fenstern geöffnet. Bitte schließen Sie einige davon und laden Sie die Seite neu.',
    'too many sockets for one session',
  );

/** Tells every socket of a session that it ended (logout, expiry, token rotation) and closes them. */
export function disconnectSession(io: IoServer, sessionId: string): void {
  const { body } = reportError(sessionEnded(), logger, { event: 'session_ended' });
  io.to(sessionRoom(sessionId)).emit('chat:error', body);
  io.in(sessionRoom(sessionId)).disconnectSockets(true);
}

/** The client's request id when it is sane (it goes into logs), else one made up here. */
export function requestIdOf(payload: unknown): string {
  const id = (payload as { requestId?: unknown } | null | undefined)?.requestId;
  return RequestIdSchema.safeParse(id).success ? (id as string) : randomUUID();
}

/** One client→server event: answered exactly once by its ack, errors through reportError on the request's logger. */
export interface SocketRequest {
  readonly id: string;
  readonly log: Logger;
  /** Acks ok; false when the request was already answered or the client sent no ack callback (nothing reached it). */
  ok(data?: Omit<Extract<SocketAck, { ok: true }>, 'ok' | 'requestId'>): boolean;
  /** Acks the typed error and returns what was sent; undefined when the request was already answered. */
  fail(e: unknown): ErrorBody | undefined;
}

function socketRequest(id: string, log: Logger, ack: AckCallback | undefined): SocketRequest {
  let answered = false;
  const answer = (a: SocketAck) => {
    if (answered) return false;
    answered = true;
    ack?.(a);
    return true;
  };
  log.debug('socket request');
  return {
    id,
    log,
    ok: (data = {}) => ack !== undefined && answer({ ok: true, requestId: id, ...data }),
    fail: (e) => {
      const { body } = reportError(e, log);
      return answer({ ok: false, requestId: id, error: body }) ? body : undefined;
    },
  };
}

/** socket.io on the app's HTTP server: cookie-authenticated handshake, one room per browser session. */
export function attachSocket(httpServer: HttpServer, deps: SocketDeps): IoServer {
  const log = deps.log ?? logger;
  const maxQueued = deps.maxQueuedBytes ?? MAX_QUEUED_BYTES;
  /** Runs one event's handler in its request's log context (its id is on every log line it causes). */
  const inRequest = <T>(socketId: string, event: string, payload: unknown, ack: unknown, fn: (req: SocketRequest) => T): T => {
    const requestId = requestIdOf(payload);
    return withLogContext({ requestId }, () =>
      fn(socketRequest(requestId, log.child({ event, socketId }), typeof ack === 'function' ? (ack as AckCallback) : undefined)),
    );
  };
  const io: IoServer = new Server(httpServer, {
    // same origin only: the client is served by this server
    cors: { origin: false },
    // 100,000 characters of German text are at most ~400 KB; larger frames are rejected by socket.io itself
    maxHttpBufferSize: 4e6,
    // a packet of "[[[[…" would cost seconds of JSON.parse on the main thread
    parser: depthLimitedParser,
    // refuse pages of other origins (cross-site WebSocket hijacking); the same rule as for HTTP writes
    allowRequest: (req, cb) => cb(null, fromOwnOrigin(req.headers, deps.publicOrigin)),
  });

  io.use(async (socket, next) => {
    const refuse = (e: unknown) => {
      const { body } = reportError(e, log, { event: 'handshake' });
      const err = new Error(body.message) as Error & { data?: unknown };
      err.data = body;
      next(err);
    };
    try {
      const identity = await deps.sessions.forHandshake(socket.request.headers.cookie);
      if (!identity) {
        refuse(deps.sessions.refusal());
        return;
      }
      const release = await deps.sessionSockets.admit(identity.sessionId);
      if (!release) {
        refuse(tooManySockets());
        return;
      }
      // the connection may close before the socket joins the namespace: either end frees the place, and so does a
      // close that came while the socket was being counted (socket.io then drops the socket)
      socket.conn.once('close', release);
      socket.once('disconnect', release);
      if (socket.conn.readyState === 'closed') release();
      socket.data = identity;
      next();
    } catch (e) {
      // the session store did not answer: a typed error, not a request to log in again
      refuse(e);
    }
  });

  io.on('connection', (socket) => {
    const { sessionId, owner } = socket.data;
    void socket.join([sessionRoom(sessionId), ownerRoom(owner)]);
    // a connection outlives neither its session's expiry nor a token rotation: every event re-checks it
    // (an ended session's sockets are told and closed by disconnectSession; a request in flight gets its ack)
    // the checks are chained, so that events reach their handlers in the order they came (a stop after its question)
    let checked: Promise<void> = Promise.resolve();
    socket.use((packet, next) => {
      // a client that keeps asking but reads no answers would let them pile up in memory: it is let go
      if (queuedBytes(socket.conn) > maxQueued) {
        log.warn({ socketId: socket.id, queued: queuedBytes(socket.conn) }, 'socket disconnected: client does not read its answers');
        socket.disconnect(true);
        return;
      }
      const refuse = (e: unknown) => {
        const ack = packet.at(-1);
        if (typeof ack === 'function') inRequest(socket.id, String(packet[0]), packet[1], ack, (req) => req.fail(e));
      };
      checked = checked.then(async () => {
        try {
          if (!(await deps.sessions.isValid(sessionId))) refuse(sessionEnded());
          else if (packet[0] !== 'chat:message') next();
          // each chat turn is stored: its rate and the stored bytes are bounded before it reaches the chat
          else if (!(await deps.messageLimit.take(owner))) refuse(tooManyMessages());
          else {
            await deps.checkQuota(owner);
            next();
          }
        } catch (e) {
          refuse(e);
        }
      });
    });
    const running = new Map<string, AbortController>();
    /** Turns that gave the offline answer and still wait for the model's, by conversation; not counted as running. */
    const awaitingModel = new Map<string, AbortController>();
    const stop = (conversationId: string) => {
      running.get(conversationId)?.abort();
      awaitingModel.get(conversationId)?.abort();
    };
    const on = (event: keyof ClientToServerEvents, handler: (req: SocketRequest, payload: unknown) => void) =>
      socket.on(event, (payload: unknown, ack?: AckCallback) => inRequest(socket.id, event, payload, ack, (req) => handler(req, payload)));

    on('chat:message', (req, payload) => {
      // a failed answer also ends the stream the chat view shows, by chat:error
      const fail = (e: unknown, conversationId?: string) => {
        const body = req.fail(e);
        if (body) socket.emit('chat:error', { ...(conversationId ? { conversationId } : {}), requestId: req.id, ...body });
      };
      if (running.size >= MAX_PARALLEL_ANSWERS) {
        fail(new AppError('rate_limited', 'rate_limited:chat_parallel', 'Bitte warten Sie, bis die laufenden Antworten fertig sind.'));
        return;
      }
      let streamed = false;
      const emitter: ChatEmitter = {
        token: (p) => {
          streamed = true;
          socket.emit('chat:token', p);
        },
        done: (p) => {
          // an answer complete before anything was sent (offline) is one message: the request's ack carries it
          // (one frame and one write instead of ack, chat:token and chat:done); a streamed answer ends by chat:done
          if (!streamed && req.ok({ conversationId: p.conversationId, answer: p })) return;
          socket.emit('chat:done', p);
          // the first answer answers the request; a late model answer is a second chat:done of the same turn
          req.ok({ conversationId: p.conversationId });
        },
        error: fail,
        notice: (p) => socket.emit('chat:notice', p),
      };
      const controller = new AbortController();
      const started = performance.now();
      let outcome = 'done';
      // keyed by a placeholder until the service knows the conversation id
      let key = `pending:${req.id}:${Math.random()}`;
      running.set(key, controller);
      deps.chat
        .handle(
          owner,
          payload,
          emitter,
          controller.signal,
          (id) => {
            running.delete(key);
            key = id;
            // a new question in the conversation ends what still runs for the previous one
            stop(id);
            running.set(id, controller);
          },
          () => {
            running.delete(key);
            // bounded: the oldest wait is given up first
            if (awaitingModel.size >= MAX_AWAITING_MODEL) stop(awaitingModel.keys().next().value!);
            awaitingModel.set(key, controller);
          },
        )
        .then((conversationId) => req.ok(conversationId ? { conversationId } : {}))
        .catch((e: unknown) => {
          outcome = 'error';
          fail(new AppError('internal', 'internal:chat', 'Die Antwort konnte nicht erstellt werden.', 'chat handler crashed', { cause: e }));
        })
        .finally(() => {
          if (running.get(key) === controller) running.delete(key);
          deps.metrics.socket.observe({ event: 'chat:message', outcome: controller.signal.aborted ? 'aborted' : outcome }, (performance.now() - started) / 1000);
          if (awaitingModel.get(key) === controller) awaitingModel.delete(key);
        });
    });

    on('chat:stop', (req, payload) => {
      const parsed = ChatStopInSchema.safeParse(payload);
      if (!parsed.success) {
        req.fail(new AppError('bad_request', 'bad_request:chat_stop', 'Die Anfrage zum Anhalten hat ein ungültiges Format.', 'invalid chat:stop payload'));
        return;
      }
      stop(parsed.data.conversationId);
      req.ok();
    });

    on('batch:subscribe', async (req, payload) => {
      const parsed = BatchSubscribeInSchema.safeParse(payload);
      let job;
      try {
        job = parsed.success ? await deps.jobs.get(owner, parsed.data.jobId) : undefined;
      } catch (e) {
        req.fail(e);
        return;
      }
      if (!job) {
        req.fail(parsed.success ? notFound('job') : new AppError('bad_request', 'bad_request:batch_subscribe', 'Die Anfrage hat ein ungültiges Format.', 'invalid batch:subscribe payload'));
        return;
      }
      socket.emit('batch:progress', { jobId: job.id, done: job.done, total: job.total });
      socket.emit('batch:status', { jobId: job.id, status: job.status, ...(job.message ? { message: job.message } : {}) });
      req.ok();
    });

    socket.on('disconnect', () => {
      for (const c of [...running.values(), ...awaitingModel.values()]) c.abort();
      running.clear();
      awaitingModel.clear();
    });
  });
  return io;
}
