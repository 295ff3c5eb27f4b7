import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { BatchSubscribeInSchema, ChatStopInSchema, type ClientToServerEvents, type ServerToClientEvents } from '../contracts/socket';
import { fromOwnOrigin } from '../http/origin';
import type { SessionIdentity, Sessions } from '../http/session';
import { logger } from '../logger';
import type { ChatService } from '../services/chat/service';
import type { BatchJobs } from '../jobs/runner';
import type { Metrics } from '../metrics';

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
  sessions: Sessions;
  chat: ChatService;
  jobs: BatchJobs;
  metrics: Metrics;
}

/** Tells every socket of a session that it ended (logout, expiry, token rotation) and closes them. */
export function disconnectSession(io: IoServer, sessionId: string): void {
  io.to(sessionRoom(sessionId)).emit('chat:error', { message: SESSION_ENDED });
  io.in(sessionRoom(sessionId)).disconnectSockets(true);
}

/** socket.io on the app's HTTP server: cookie-authenticated handshake, one room per browser session. */
export function attachSocket(httpServer: HttpServer, deps: SocketDeps): IoServer {
  const io: IoServer = new Server(httpServer, {
    // same origin only: the client is served by this server
    cors: { origin: false },
    // 100,000 characters of German text are at most ~400 KB; larger frames are rejected by socket.io itself
    maxHttpBufferSize: 4e6,
    // refuse pages of other origins (cross-site WebSocket hijacking); the same rule as for HTTP writes
    allowRequest: (req, cb) => cb(null, fromOwnOrigin(req.headers)),
  });

  io.use(async (socket, next) => {
    const identity = await deps.sessions.forHandshake(socket.request.headers.cookie).catch((e: unknown) => {
      logger.error({ err: e }, 'socket handshake: session lookup failed');
      return undefined;
    });
    if (!identity) {
      const refusal = deps.sessions.refusal();
      const err = new Error(refusal.userMessage) as Error & { data?: unknown };
      err.data = { code: refusal.code };
      next(err);
      return;
    }
    socket.data = identity;
    next();
  });

  io.on('connection', (socket) => {
    const { sessionId, owner } = socket.data;
    void socket.join([sessionRoom(sessionId), ownerRoom(owner)]);
    // a connection outlives neither its session's expiry nor a token rotation: every event re-checks it
    // (an ended session's sockets are told and closed by disconnectSession)
    // the checks are chained, so that events reach their handlers in the order they came (a stop after its question)
    let checked: Promise<unknown> = Promise.resolve();
    socket.use((_packet, next) => {
      checked = checked
        .then(() => deps.sessions.isValid(sessionId))
        .then(
          (valid) => valid && next(),
          (e: unknown) => {
            logger.error({ err: e }, 'socket event: session check failed');
            socket.emit('chat:error', { message: 'Die Sitzung konnte nicht geprüft werden. Bitte versuchen Sie es erneut.' });
          },
        );
    });
    const running = new Map<string, AbortController>();
    /** Turns that gave the offline answer and still wait for the model's, by conversation; not counted as running. */
    const awaitingModel = new Map<string, AbortController>();
    const emitter = {
      token: (p: Parameters<ServerToClientEvents['chat:token']>[0]) => socket.emit('chat:token', p),
      done: (p: Parameters<ServerToClientEvents['chat:done']>[0]) => socket.emit('chat:done', p),
      error: (p: Parameters<ServerToClientEvents['chat:error']>[0]) => socket.emit('chat:error', p),
      notice: (p: Parameters<ServerToClientEvents['chat:notice']>[0]) => socket.emit('chat:notice', p),
    };
    const stop = (conversationId: string) => {
      running.get(conversationId)?.abort();
      awaitingModel.get(conversationId)?.abort();
    };

    socket.on('chat:message', (payload: unknown) => {
      if (running.size >= MAX_PARALLEL_ANSWERS) {
        emitter.error({ message: 'Bitte warten Sie, bis die laufenden Antworten fertig sind.' });
        return;
      }
      const controller = new AbortController();
      const started = performance.now();
      let outcome = 'done';
      // keyed by a placeholder until the service knows the conversation id
      let key = `pending:${Math.random()}`;
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
        .catch((e: unknown) => {
          logger.error({ err: e }, 'chat handler crashed');
          outcome = 'error';
          emitter.error({ message: 'Die Antwort konnte nicht erstellt werden.' });
        })
        .finally(() => {
          if (running.get(key) === controller) running.delete(key);
          deps.metrics.socket.observe({ event: 'chat:message', outcome: controller.signal.aborted ? 'aborted' : outcome }, (performance.now() - started) / 1000);
          if (awaitingModel.get(key) === controller) awaitingModel.delete(key);
        });
    });

    socket.on('chat:stop', (payload: unknown) => {
      const parsed = ChatStopInSchema.safeParse(payload);
      if (!parsed.success) {
        emitter.error({ message: 'Die Anfrage zum Anhalten hat ein ungültiges Format.' });
        return;
      }
      stop(parsed.data.conversationId);
    });

    socket.on('batch:subscribe', async (payload: unknown) => {
      const parsed = BatchSubscribeInSchema.safeParse(payload);
      const job = parsed.success ? await deps.jobs.get(owner, parsed.data.jobId).catch((e: unknown) => {
            logger.error({ err: e }, 'batch:subscribe: job lookup failed');
            return undefined;
          }) : undefined;
      if (!job) {
        emitter.error({ message: 'Der Prüfauftrag wurde nicht gefunden.' });
        return;
      }
      socket.emit('batch:progress', { jobId: job.id, done: job.done, total: job.total });
      socket.emit('batch:status', { jobId: job.id, status: job.status, ...(job.message ? { message: job.message } : {}) });
    });

    socket.on('disconnect', () => {
      for (const c of [...running.values(), ...awaitingModel.values()]) c.abort();
      running.clear();
      awaitingModel.clear();
    });
  });
  return io;
}
