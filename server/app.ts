import { availableParallelism } from 'node:os';
import { createServer, type Server as HttpServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import { defaultBatchThreads, runBatch as realRunBatch } from './batch/run-batch';
import { type Config, llmEnabled } from './config';
import type { Finding } from './contracts/finding';
import { corpusAccess } from './http/corpus-access';
import { errorHandler, notFoundRoute } from './http/errors';
import { verifyJsonDepth } from './http/json-depth';
import { createOidc, oidcSettings } from './http/oidc';
import { configuredOrigin, sameOriginWrites } from './http/origin';
import { memorySlots } from './http/slot-counter';
import { adminCorpusRoutes } from './http/routes/admin-corpus';
import { authRoutes } from './http/routes/auth';
import { batchRoutes } from './http/routes/batch';
import { conversationRoutes } from './http/routes/conversations';
import { corpusRoutes } from './http/routes/corpus';
import { rulesRoutes } from './http/routes/rules';
import { feedbackRoutes } from './http/routes/feedback';
import { healthRoutes } from './http/routes/health';
import { requestMetrics } from './http/request-metrics';
import { reviewRoutes } from './http/routes/reviews';
import { uploadSingle } from './http/routes/upload';
import { removeStaleUploads } from './ingest/upload-file';
import { requestIds } from './http/request-id';
import { memoryBuckets } from './http/rate-limit-bucket';
import { redisRateLimitStores } from './http/rate-limit-store';
import { DEFAULT_RATE_LIMITS, type RateLimits, rateLimiters, securityHeaders } from './http/security';
import { createSessions } from './http/session';
import { clientAssets, spaFallback } from './http/static';
import type { BatchJobsDeps } from './jobs/runner';
import { setUpJobs } from './jobs/setup';
import { type Logger, logger } from './logger';
import { type Metrics, createMetrics, registerQueueDepth } from './metrics';
import { baseLawKeys, rebuildCorpusIndex } from './retrieval/corpus-index';
import type { SearchIndex } from './retrieval/index';
import { liveIndex } from './retrieval/live-index';
import { rewriteFindings, rewriteInContext } from './rules/rewrite';
import { createBatchService } from './services/batch';
import type { Answerer } from './services/chat/answerer';
import { loadCards, type AnswerCard } from './services/chat/cards';
import { createOfflineAnswerer } from './services/chat/offline-answerer';
import { budgetedCheck } from './services/chat/passage-check';
import { createChatService } from './services/chat/service';
import { createConversationService } from './services/conversations';
import { createCorpusAdmin } from './services/corpus-admin';
import { corpusSync } from './services/corpus-sync';
import { createHousekeeping, type HousekeepingResult } from './services/housekeeping';
import { createDraftAnalyzer } from './services/review/draft-pool';
import { type ReviewDeps, createReviewService } from './services/review/service';
import { createQuota } from './services/quota';
import { type IoServer, attachSocket, disconnectSession, ownerRoom } from './socket/index';
import { type RedisAdapterHandle, attachRedisAdapter } from './socket/redis-adapter';
import { type Clock, systemClock } from './storage/clock';
import type { ImportedLawMeta } from './storage/corpus';
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
  /** Query rewriting by the model (SEARCH_QUERY_REWRITE): statute terms for the chat's search. */
  rewriteQuery?: (query: string, signal?: AbortSignal) => Promise<string[]>;
}

/**
 * Absätze up to this size take a decision into their rewrite on the request thread (a few milliseconds); a longer
 * one, which only a hostile or broken file has, is rewritten in the draft pool.
 */
const INLINE_REWRITE_CHARS = 20_000;

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
  /** Worker threads per batch job (default: all cores but one, so that the chat of this process stays responsive). */
  batchThreads?: number;
  /** Seams for tests; default to the real modules. */
  runBatch?: typeof realRunBatch;
  analyzeDraft?: ReviewDeps['analyzeDraft'];
  checkText?: (text: string) => Finding[];
  /** Answer cards of the offline chat (default: CORPUS_DIR/cards). */
  cards?: AnswerCard[];
  /** Resume queued/running batch jobs of an earlier run (default true). */
  resumeJobs?: boolean;
  /** Prometheus metrics; the server shares them with the LLM layer's token counter. */
  metrics?: Metrics;
  /** Where request logs go (default: the process logger); tests pass one that records. */
  log?: Logger;
  /** The laws imported over the web that `index` already holds (server/retrieval/corpus-index.ts); default none. */
  indexedImports?: ImportedLawMeta[];
}

export interface App {
  app: Express;
  httpServer: HttpServer;
  io: IoServer;
  /** One run of session expiry and retention (it also runs at start and every hour). */
  housekeeping(): Promise<HousekeepingResult>;
  /** Settles when the start-up work (orphaned uploads, first retention run, resumed jobs) is done. */
  ready: Promise<void>;
  /** Stops socket.io, HTTP and the batch queue (interrupted jobs resume on the next start); does not close storage. */
  close(): Promise<void>;
}

const JSON_LIMIT = '1mb';
const HOUR_MS = 3_600_000;
const HOUSEKEEPING_EVERY_MS = HOUR_MS;
const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../client/dist', import.meta.url));

/** Builds the Express app, the HTTP server and socket.io without listening (tests drive it in-process). */
export function createApp(deps: AppDeps): App {
  const { config, storage } = deps;
  // administrators change the corpus while the server runs: everything searches through the swappable index
  const index = liveIndex(deps.index);
  const clock = deps.clock ?? systemClock;
  const log = deps.log ?? logger;
  const clientDir = deps.clientDir ?? DEFAULT_CLIENT_DIR;
  const sharedLimits = config.REDIS_URL ? redisRateLimitStores(config.REDIS_URL, config.REDIS_PREFIX) : undefined;
  const limits = rateLimiters({ ...DEFAULT_RATE_LIMITS, ...deps.rateLimits }, sharedLimits?.store);
  const sso = oidcSettings(config);
  // the origin writes and socket handshakes must come from, when configured (DNS rebinding defeats the Host check)
  const publicOrigin = configuredOrigin(config);
  const sessions = createSessions({
    ...(config.ACCESS_TOKEN ? { accessToken: config.ACCESS_TOKEN } : {}),
    ...(sso ? { oidcIssuer: sso.issuer } : {}),
    store: storage.sessions,
    clock,
    idleMs: config.SESSION_IDLE_HOURS * HOUR_MS,
    maxAgeMs: config.SESSION_MAX_HOURS * HOUR_MS,
    cookieSecure: config.COOKIE_SECURE,
    onEnd: (id) => disconnectSession(io, id),
  });
  const dataPolicy = { retentionDays: config.RETENTION_DAYS, sessionIdleHours: config.SESSION_IDLE_HOURS, sessionMaxHours: config.SESSION_MAX_HOURS };
  const uploadsDir = join(resolve(config.DATA_DIR), 'uploads');
  /** Uploads while their request runs; apart from `uploads`, whose folders belong to jobs. */
  const incomingDir = join(resolve(config.DATA_DIR), 'incoming');
  const llm = deps.llm?.model ?? 'none';
  if (!deps.llm && llmEnabled(config)) logger.warn('LLM configured but not injected; running offline');

  const MB = 1024 * 1024;
  const quota = createQuota({
    usage: async (sessionId) =>
      (await storage.reviews.sessionBytes(sessionId)) + (await storage.batch.sessionBytes(sessionId)) + (await storage.conversations.sessionBytes(sessionId)),
    maxBytes: config.USER_MAX_STORAGE_MB * MB,
  });
  const drafts = createDraftAnalyzer({
    threads: config.INGEST_THREADS ?? Math.min(2, Math.max(1, availableParallelism() - 1)),
    heapMb: config.INGEST_HEAP_MB,
    timeoutMs: config.INGEST_TIMEOUT_S * 1000,
    maxFindings: config.MAX_REVIEW_FINDINGS,
    maxQueue: config.DRAFT_QUEUE_MAX,
    exportTimeoutMs: config.EXPORT_TIMEOUT_S * 1000,
  });

  const jobs = setUpJobs({
    config,
    store: storage.batch,
    runBatch: deps.runBatch ?? realRunBatch,
    uploadsDir,
    consume: config.ROLE === 'all',
    // a batch job in the web process leaves a core to the event loop, so that chat answers stay quick while it runs;
    // `npm run worker` and the CLI have nothing else to serve and take every core
    threads: deps.batchThreads ?? Math.max(1, defaultBatchThreads() - 1),
    ...(deps.llm?.reviewLaw ? { aiReview: deps.llm.reviewLaw } : {}),
  });
  const chat = createChatService({
    conversations: storage.conversations,
    index,
    checkText: deps.checkText ?? budgetedCheck(config.CHAT_CHECK_BUDGET_MS),
    offline: createOfflineAnswerer(),
    cards: deps.cards ?? loadCards(join(resolve(config.CORPUS_DIR), 'cards')),
    ...(deps.llm ? { answerer: deps.llm.answerer, answererModel: deps.llm.model } : {}),
    ...(deps.llm?.rewriteQuery ? { rewriteQuery: deps.llm.rewriteQuery } : {}),
    fallbackAfterMs: config.LLM_FALLBACK_AFTER_MS,
    clock,
  });
  const reviews = createReviewService({
    store: storage.reviews,
    clock,
    analyzeDraft: deps.analyzeDraft ?? drafts.analyze,
    maxFindings: config.MAX_REVIEW_FINDINGS,
    checkQuota: (sessionId) => quota.check(sessionId),
    rewriteFindings: (d, f) => rewriteFindings(d, f),
    rewriteAbsatz: async (text, ctx, f) => (ctx.end - ctx.start <= INLINE_REWRITE_CHARS ? rewriteInContext(text, ctx, f) : drafts.rewrite(text, ctx, f)),
    renderExport: (t) => drafts.render(t),
    stage: (sessionId, p) => io.to(ownerRoom(sessionId)).emit('review:stage', p),
    ...(deps.llm?.review ? { aiReview: deps.llm.review } : {}),
    ...(deps.llm?.documentation ? { refineDocumentation: deps.llm.documentation } : {}),
  });
  const batch = createBatchService({
    jobs,
    store: storage.batch,
    index,
    clock,
    uploadsDir,
    aiAvailable: Boolean(deps.llm?.reviewLaw),
    quota,
    maxExtractedBytes: config.JOB_MAX_EXTRACTED_MB * MB,
  });
  const conversations = createConversationService(storage.conversations);
  const corpusLocation = { corpusDir: config.CORPUS_DIR, dataDir: config.DATA_DIR };
  const sync = config.REDIS_URL ? corpusSync(config.REDIS_URL, config.REDIS_PREFIX, () => void corpusAdmin.reload()) : undefined;
  const corpusAdmin = createCorpusAdmin({
    store: storage.corpus,
    index,
    baseLawKeys: baseLawKeys(corpusLocation),
    convert: (buf, name, opts) => drafts.convertLaw(buf, name, opts),
    rebuild: (laws) => rebuildCorpusIndex(corpusLocation, laws),
    ...(sync ? { publish: sync.publish } : {}),
    // every instance tells its own browsers; the Redis adapter would repeat it from every instance
    onSwapped: (corpus) => io.local.emit('corpus:changed', corpus),
    log,
    ...(deps.indexedImports ? { indexed: deps.indexedImports } : {}),
  });
  const uploadSlots = sharedLimits ? sharedLimits.uploadSlots(config.UPLOADS_PER_USER) : memorySlots(config.UPLOADS_PER_USER);
  const upload = uploadSingle(config.MAX_UPLOAD_MB, incomingDir, { max: config.UPLOADS_PER_USER, slots: uploadSlots });
  const metrics = deps.metrics ?? createMetrics();
  registerQueueDepth(metrics, async () => {
    const unfinished = await storage.batch.unfinished();
    const running = unfinished.filter((j) => j.status === 'running').length;
    return { queued: unfinished.length - running, running };
  });

  // socket broadcasts across instances; created with socket.io below, checked by /readyz from here on
  let redis: RedisAdapterHandle | undefined;
  const app = express();
  app.disable('x-powered-by');
  // behind a reverse proxy req.ip (rate limits) and req.secure (Secure cookie) come from X-Forwarded-*
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(requestIds(log));
  app.use(securityHeaders());
  app.use(requestMetrics(metrics));
  app.use(sameOriginWrites(publicOrigin));
  app.use(
    healthRoutes({
      index,
      llm,
      storage: storage.kind,
      queue: jobs.queueKind,
      checks: {
        database: () => storage.ping(),
        corpus: () => {
          if (index.stats().laws === 0) throw new Error('corpus empty');
        },
        ...(config.REDIS_URL
          ? {
              redis: () => {
                if (!redis?.ready()) throw new Error('redis not connected');
              },
            }
          : {}),
      },
      metrics,
      ...(config.METRICS_TOKEN ? { metricsToken: config.METRICS_TOKEN } : {}),
    }),
  );
  app.use(clientAssets(clientDir));

  // sessions only for the API, so that probes, assets and page loads never create one
  const api = express.Router();
  api.use(limits.api);
  api.use(cookieParser());
  api.use(sessions.attach);
  api.use(limits.session);
  api.use(sessions.issue);
  api.use(express.json({ limit: JSON_LIMIT, verify: verifyJsonDepth }));
  api.use('/login', limits.login);
  // starting a login stores a pending row; the callback needs no limit of its own (it only uses one up)
  api.use('/auth/login', limits.login);
  const access = corpusAccess(sessions.mode);
  api.use(authRoutes(sessions, dataPolicy, access.allowed, sso ? createOidc(sso, storage.logins, clock) : undefined));
  api.use(sessions.require);
  api.use(corpusRoutes(index));
  api.use(rulesRoutes());
  api.use('/admin/corpus', adminCorpusRoutes(corpusAdmin, access, upload, limits.upload));
  api.use('/conversations', conversationRoutes(conversations));
  api.use('/feedback', feedbackRoutes(storage));
  api.use('/reviews', reviewRoutes(reviews, upload, limits.upload));
  api.use('/batch', batchRoutes(batch, upload, limits.upload));
  api.use(notFoundRoute);
  app.use('/api', api);
  app.use(spaFallback(clientDir));
  app.use(notFoundRoute);
  app.use(errorHandler(config.MAX_UPLOAD_MB, log));

  const httpServer = createServer(app);
  const messageBuckets = { burst: config.CHAT_MESSAGE_BURST, perMinute: config.CHAT_MESSAGES_PER_MINUTE };
  const sessionSockets = sharedLimits
    ? sharedLimits.sessionSockets(config.CHAT_MAX_SOCKETS_PER_SESSION)
    : memorySlots(config.CHAT_MAX_SOCKETS_PER_SESSION);
  const io = attachSocket(httpServer, {
    log,
    sessions,
    chat,
    jobs,
    metrics,
    messageLimit: sharedLimits ? sharedLimits.buckets('chat', messageBuckets) : memoryBuckets(messageBuckets),
    sessionSockets,
    ...(publicOrigin ? { publicOrigin } : {}),
    checkQuota: (owner) => quota.check(owner),
  });
  redis = config.REDIS_URL ? attachRedisAdapter(io, config.REDIS_URL, config.REDIS_PREFIX) : undefined;
  const jobStarted = new Map<string, number>();
  jobs.setEvents({
    progress: (sessionId, p) => io.to(ownerRoom(sessionId)).emit('batch:progress', p),
    status: (sessionId, p) => {
      if (p.status === 'running') jobStarted.set(p.jobId, performance.now());
      else if (jobStarted.has(p.jobId) && p.status !== 'queued') {
        metrics.jobs.observe({ status: p.status }, (performance.now() - jobStarted.get(p.jobId)!) / 1000);
        jobStarted.delete(p.jobId);
      }
      io.to(ownerRoom(sessionId)).emit('batch:status', p);
    },
  });
  const housekeeping = createHousekeeping({
    sessions,
    retention: storage.retention,
    batch: storage.batch,
    jobs,
    clock,
    retentionDays: config.RETENTION_DAYS,
  });
  // upload folders of no job first (no upload is in flight yet), then retention before the resume, so that jobs
  // past retention are not started again
  const orphans = Promise.all([batch.removeOrphanUploads(), removeStaleUploads(incomingDir, HOUR_MS)]).catch((e: unknown) =>
    logger.error({ err: e }, 'could not remove orphaned uploads'),
  );
  const housekeepingTimer = housekeeping.start(HOUSEKEEPING_EVERY_MS);
  // laws imported over the web that the start-up index does not hold yet
  const corpusLoaded = corpusAdmin.reload();
  const started = Promise.all([orphans, housekeepingTimer.first, corpusLoaded])
    .then(() => (deps.resumeJobs !== false ? jobs.resume() : 0))
    .catch((e: unknown) => logger.error({ err: e }, 'could not resume batch jobs'));

  return {
    app,
    httpServer,
    io,
    housekeeping: housekeeping.run,
    ready: started.then(() => undefined),
    async close() {
      await started;
      await housekeepingTimer.stop();
      await jobs.close();
      // no more change messages, then the rebuild in progress ends before the storage closes
      await sync?.close();
      await corpusAdmin.settled();
      await drafts.close();
      io.disconnectSockets(true);
      await new Promise<void>((res) => io.close(() => res()));
      if (httpServer.listening) await new Promise<void>((res) => httpServer.close(() => res()));
      await redis?.close();
      // the disconnects above have sent their releases; the Redis connection ends after them
      sessionSockets.close();
      uploadSlots.close();
      await sharedLimits?.close();
    },
  };
}
