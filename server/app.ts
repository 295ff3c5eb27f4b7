import { rmSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import { runBatch as realRunBatch } from './batch/run-batch';
import { type Config, llmEnabled } from './config';
import type { LawDocument } from './contracts/document';
import type { Finding } from './contracts/finding';
import { extractText as realExtractText } from './ingest/extract';
import { apiNotFound, errorHandler } from './http/errors';
import { authRoutes } from './http/routes/auth';
import { batchRoutes } from './http/routes/batch';
import { conversationRoutes } from './http/routes/conversations';
import { corpusRoutes } from './http/routes/corpus';
import { feedbackRoutes } from './http/routes/feedback';
import { healthRoutes } from './http/routes/health';
import { reviewRoutes } from './http/routes/reviews';
import { uploadSingle } from './http/routes/upload';
import { DEFAULT_RATE_LIMITS, type RateLimits, rateLimiters, securityHeaders } from './http/security';
import { createSessions } from './http/session';
import { clientAssets, spaFallback } from './http/static';
import { type BatchJobsDeps, createBatchJobs } from './jobs/runner';
import { logger } from './logger';
import { parseDraft as realParseDraft } from './parser/draft';
import type { SearchIndex } from './retrieval/index';
import { checkDocument as realCheckDocument, checkText as realCheckText } from './rules/engine';
import { rewriteFindings } from './rules/rewrite';
import { createBatchService } from './services/batch';
import type { Answerer } from './services/chat/answerer';
import { createOfflineAnswerer } from './services/chat/offline-answerer';
import { createChatService } from './services/chat/service';
import { createConversationService } from './services/conversations';
import { type ReviewDeps, createReviewService } from './services/review/service';
import { type IoServer, attachSocket, sessionRoom } from './socket/index';
import { type Clock, systemClock } from './storage/clock';
import type { Storage } from './storage/index';

/** What the app uses of the LLM layer (server/llm/index.ts LlmServices satisfies it). */
export interface LlmLayer {
  /** Model name, shown by /healthz and on answers. */
  model: string;
  answerer: Answerer;
  review?: ReviewDeps['aiReview'];
  documentation?: ReviewDeps['refineDocumentation'];
  /** AI review of one batch law, for jobs that opt in. */
  reviewLaw?: BatchJobsDeps['aiReview'];
}

export interface AppDeps {
  config: Config;
  index: SearchIndex;
  storage: Storage;
  /** LLM layer (server/llm createLlmServices); without it everything runs offline. */
  llm?: LlmLayer;
  clock?: Clock;
  /** Built browser client; default client/dist of the repository. */
  clientDir?: string;
  rateLimits?: Partial<RateLimits>;
  /** Worker threads per batch job (default: all cores but one, so the server stays responsive). */
  batchThreads?: number;
  /** Seams for tests; default to the real modules. */
  runBatch?: typeof realRunBatch;
  extractText?: ReviewDeps['extractText'];
  parseDraft?: (text: string, opts: { title?: string }) => LawDocument;
  checkDocument?: (doc: LawDocument) => Finding[];
  checkText?: (text: string) => Finding[];
  /** Resume queued/running batch jobs of an earlier run (default true). */
  resumeJobs?: boolean;
}

export interface App {
  app: Express;
  httpServer: HttpServer;
  io: IoServer;
  /** Stops socket.io, HTTP and the batch queue (interrupted jobs resume on the next start); does not close storage. */
  close(): Promise<void>;
}

const JSON_LIMIT = '1mb';
const DEFAULT_CLIENT_DIR = resolve(import.meta.dirname, '../client/dist');

/** Builds the Express app, the HTTP server and socket.io without listening (tests drive it in-process). */
export function createApp(deps: AppDeps): App {
  const { config, index, storage } = deps;
  const clock = deps.clock ?? systemClock;
  const clientDir = deps.clientDir ?? DEFAULT_CLIENT_DIR;
  const limits = rateLimiters({ ...DEFAULT_RATE_LIMITS, ...deps.rateLimits });
  const sessions = createSessions({ ...(config.ACCESS_TOKEN ? { accessToken: config.ACCESS_TOKEN } : {}), store: storage.sessions });
  const uploadsDir = join(resolve(config.DATA_DIR), 'uploads');
  const llm = deps.llm?.model ?? 'none';
  if (!deps.llm && llmEnabled(config)) logger.warn('LLM configured but not injected; running offline');

  const jobs = createBatchJobs({
    store: storage.batch,
    runBatch: deps.runBatch ?? realRunBatch,
    threads: deps.batchThreads ?? Math.max(1, availableParallelism() - 1),
    onDelete: (id) => rmSync(join(uploadsDir, id), { recursive: true, force: true }),
    ...(deps.llm?.reviewLaw ? { aiReview: deps.llm.reviewLaw, aiParallel: config.LLM_MAX_CONCURRENCY } : {}),
  });
  const chat = createChatService({
    conversations: storage.conversations,
    index,
    checkText: deps.checkText ?? ((t) => realCheckText(t)),
    offline: createOfflineAnswerer(),
    ...(deps.llm ? { answerer: deps.llm.answerer, answererModel: deps.llm.model } : {}),
    clock,
  });
  const reviews = createReviewService({
    store: storage.reviews,
    clock,
    extractText: deps.extractText ?? realExtractText,
    parseDraft: deps.parseDraft ?? realParseDraft,
    checkDocument: deps.checkDocument ?? ((d) => realCheckDocument(d)),
    rewriteFindings: (d, f) => rewriteFindings(d, f),
    stage: (sessionId, p) => io.to(sessionRoom(sessionId)).emit('review:stage', p),
    ...(deps.llm?.review ? { aiReview: deps.llm.review } : {}),
    ...(deps.llm?.documentation ? { refineDocumentation: deps.llm.documentation } : {}),
  });
  const batch = createBatchService({ jobs, store: storage.batch, index, clock, uploadsDir, aiAvailable: Boolean(deps.llm?.reviewLaw) });
  const conversations = createConversationService(storage.conversations);
  const upload = uploadSingle(config.MAX_UPLOAD_MB);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(securityHeaders());
  app.use(healthRoutes({ index, llm }));
  app.use(clientAssets(clientDir));
  // after health and static files, so that probes and asset requests do not create sessions
  app.use(cookieParser());
  app.use(sessions.attach);

  const api = express.Router();
  api.use(limits.api);
  api.use(express.json({ limit: JSON_LIMIT }));
  api.use('/login', limits.login);
  api.use(authRoutes(sessions));
  api.use(sessions.require);
  api.use(corpusRoutes(index));
  api.use('/conversations', conversationRoutes(conversations));
  api.use('/feedback', feedbackRoutes(storage));
  api.use('/reviews', reviewRoutes(reviews, upload, limits.upload));
  api.use('/batch', batchRoutes(batch, upload, limits.upload));
  api.use(apiNotFound);
  app.use('/api', api);
  app.use(spaFallback(clientDir));
  app.use(errorHandler(config.MAX_UPLOAD_MB));

  const httpServer = createServer(app);
  const io = attachSocket(httpServer, { sessions, chat, jobs });
  jobs.setEvents({
    progress: (sessionId, p) => io.to(sessionRoom(sessionId)).emit('batch:progress', p),
    status: (sessionId, p) => io.to(sessionRoom(sessionId)).emit('batch:status', p),
  });
  if (deps.resumeJobs !== false) jobs.resume();

  return {
    app,
    httpServer,
    io,
    async close() {
      await jobs.close();
      io.disconnectSockets(true);
      await new Promise<void>((res) => io.close(() => res()));
      if (httpServer.listening) await new Promise<void>((res) => httpServer.close(() => res()));
    },
  };
}
