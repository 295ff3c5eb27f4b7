import { z } from 'zod';

const boolFlag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** An absolute http(s) URL; z.string().url() alone also accepts javascript: and file: URLs. */
const httpUrl = z.string().url().refine((v) => /^https?:\/\//i.test(v), 'must be an http(s) URL');

/**
 * Express `trust proxy`: off, a hop count ("1") or proxy addresses/subnets ("loopback", "10.0.0.0/8, 10.1.2.3").
 * "true" trusts every X-Forwarded-For entry, which any client can forge; it is accepted but not recommended.
 */
const trustProxy = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .regex(/^[\w.:/,\s-]+$/, 'expected false, true, a hop count or proxy addresses')
    .optional()
    .transform((v): boolean | number | string => {
      if (v === undefined || v === 'false' || v === '0') return false;
      if (v === 'true') return true;
      return /^\d+$/.test(v) ? Number(v) : v;
    }),
);

/** The complete environment contract of the product; `.env.example` documents each variable. */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  CORPUS_DIR: z.string().default('./corpus'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ACCESS_TOKEN: z.preprocess(emptyToUndefined, z.string().min(8).optional()),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(200).default(20),
  /** Uploads one user may have running at once (drafts, ZIP archives, corpus laws); more get a German 429. */
  UPLOADS_PER_USER: z.coerce.number().int().min(1).max(100).default(3),
  /**
   * Files (drafts, exports, law files) that may wait for a free INGEST_THREADS worker on this instance; more get a
   * German 503 with Retry-After. Bounds the wait of every user, whichever users fill the line.
   */
  DRAFT_QUEUE_MAX: z.coerce.number().int().min(0).max(10_000).default(16),
  INGEST_THREADS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(16).optional()),
  INGEST_HEAP_MB: z.coerce.number().int().min(16).max(8192).default(512),
  INGEST_TIMEOUT_S: z.coerce.number().positive().max(3600).default(120),
  /** Budget of one export rendering (DOCX, Markdown, tracked changes) in the draft pool. */
  EXPORT_TIMEOUT_S: z.coerce.number().positive().max(3600).default(120),
  /** Budget of the rule check of a passage pasted into the chat, which runs on the request thread (German 413 beyond). */
  CHAT_CHECK_BUDGET_MS: z.coerce.number().int().positive().max(60_000).default(1000),
  MAX_REVIEW_FINDINGS: z.coerce.number().int().min(1).max(100_000).default(2000),
  /**
   * Batch jobs that may wait for a worker: in this process, or with REDIS_URL in the queue all instances share. More
   * get a German 503 with Retry-After; each user's own limit of open jobs stays as it is.
   */
  JOB_QUEUE_MAX: z.coerce.number().int().min(1).max(100_000).default(50),
  JOB_MAX_EXTRACTED_MB: z.coerce.number().positive().max(10_000).default(200),
  JOB_MAX_RESULTS_MB: z.coerce.number().positive().max(10_000).default(256),
  USER_MAX_STORAGE_MB: z.coerce.number().positive().max(100_000).default(1024),
  /** Chat questions per user and minute in the long run (every turn is stored), after a burst of CHAT_MESSAGE_BURST. */
  CHAT_MESSAGES_PER_MINUTE: z.coerce.number().positive().max(1e9).default(20),
  CHAT_MESSAGE_BURST: z.coerce.number().int().min(1).max(1e9).default(10),
  /** Open connections (tabs) of one browser session (with REDIS_URL across all instances); more are refused at the handshake. */
  CHAT_MAX_SOCKETS_PER_SESSION: z.coerce.number().int().min(1).max(10_000).default(8),
  OPENAI_API_KEY: z.preprocess(emptyToUndefined, z.string().optional()),
  OPENAI_BASE_URL: z.preprocess(emptyToUndefined, z.string().url().optional()),
  LLM_MODEL: z.preprocess(emptyToUndefined, z.string().optional()),
  EMBEDDING_MODEL: z.preprocess(emptyToUndefined, z.string().optional()),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  LLM_MAX_CONCURRENCY: z.coerce.number().int().positive().default(4),
  LLM_LOG_PROMPTS: boolFlag,
  /** With a model configured: the model rewrites search questions into statute terms (off by default). */
  SEARCH_QUERY_REWRITE: boolFlag,
  /** How long a chat question waits for the model's first words before the offline answer is shown (the model's answer follows when it arrives). */
  LLM_FALLBACK_AFTER_MS: z.coerce.number().int().positive().default(10_000),
  /** Sessions end after this long without a request, and in any case after SESSION_MAX_HOURS. */
  SESSION_IDLE_HOURS: z.coerce.number().positive().max(24 * 365).default(8),
  SESSION_MAX_HOURS: z.coerce.number().positive().max(24 * 365).default(7 * 24),
  /** `Secure` session cookie: auto = when the request came over HTTPS (directly or via a trusted proxy). */
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  TRUST_PROXY: trustProxy,
  /** Drafts, conversations, feedback and batch jobs older than this are deleted. */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** PostgreSQL instead of SQLite in DATA_DIR (several instances share it); e.g. postgres://user:pw@db:5432/digitalcheck */
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, 'expected postgres://… or postgresql://…')
      .optional(),
  ),
  /** Connections per process to DATABASE_URL. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: z.preprocess(emptyToUndefined, z.string().url().optional()),
  /** Keys of this deployment in a shared Redis server (several deployments or test runs may share one). */
  REDIS_PREFIX: z.string().regex(/^[\w.-]+$/).default('digitalcheck'),
  /** all: web server and job worker in one process; web: serves users, leaves jobs to `npm run worker`. */
  ROLE: z.enum(['all', 'web']).default('all'),
  /** With REDIS_URL: after this long without a heartbeat a dead worker's job is taken over by another worker. */
  QUEUE_LOCK_MS: z.coerce.number().int().min(500).default(30_000),
  METRICS_TOKEN: z.preprocess(emptyToUndefined, z.string().min(16).optional()),
  /** Single sign-on (OpenID Connect, authorization code with PKCE); excludes ACCESS_TOKEN. */
  OIDC_ISSUER: z.preprocess(emptyToUndefined, z.string().url().optional()),
  OIDC_CLIENT_ID: z.preprocess(emptyToUndefined, z.string().optional()),
  /** Omitted for a public client (PKCE only). */
  OIDC_CLIENT_SECRET: z.preprocess(emptyToUndefined, z.string().optional()),
  /**
   * Where the provider sends the browser back. Never taken from the request: a forged Host header would make the
   * login send the authorization code to another site. Default with PUBLIC_URL: <PUBLIC_URL>/api/auth/callback.
   */
  OIDC_REDIRECT_URL: z.preprocess(emptyToUndefined, httpUrl.optional()),
  /** The address users open the service at (https://digitalcheck.example.de), behind any proxy. */
  PUBLIC_URL: z.preprocess(emptyToUndefined, httpUrl.optional()),
  OIDC_SCOPES: z.preprocess(emptyToUndefined, z.string().regex(/(^|\s)openid(\s|$)/, 'must contain openid').default('openid profile email')),
  /** Claim (dot path, e.g. realm_access.roles) listing the user's roles or groups. */
  OIDC_ROLES_CLAIM: z.preprocess(emptyToUndefined, z.string().regex(/^[\w:/.-]+$/).default('roles')),
  /** Role that makes a user an administrator (all batch jobs, corpus import); without it nobody is. */
  OIDC_ADMIN_ROLE: z.preprocess(emptyToUndefined, z.string().optional()),
}).superRefine((c, ctx) => {
  // German: these two are what an operator most likely gets wrong, and they read the message at start
  if (c.OIDC_ISSUER && c.ACCESS_TOKEN) {
    ctx.addIssue({ code: 'custom', path: ['OIDC_ISSUER'], message: 'ACCESS_TOKEN und OIDC_ISSUER schließen sich aus: bitte nur eine Anmeldeart konfigurieren.' });
  }
  if (c.OIDC_ISSUER && !c.OIDC_REDIRECT_URL && !c.PUBLIC_URL) {
    ctx.addIssue({
      code: 'custom',
      path: ['OIDC_REDIRECT_URL'],
      message:
        'Für den Landes-Login ist OIDC_REDIRECT_URL oder PUBLIC_URL nötig (die öffentliche Adresse des Dienstes). / ' +
        'OIDC mode needs OIDC_REDIRECT_URL or PUBLIC_URL: the callback is never derived from the Host header.',
    });
  }
  if (Boolean(c.OIDC_ISSUER) !== Boolean(c.OIDC_CLIENT_ID)) {
    ctx.addIssue({ code: 'custom', path: ['OIDC_CLIENT_ID'], message: 'Für den Landes-Login sind OIDC_ISSUER und OIDC_CLIENT_ID beide nötig.' });
  }
});
export type Config = Readonly<z.infer<typeof ConfigSchema>>;

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.join('\n')}`);
  }
}

/** Parses the environment once; reports every invalid variable at the same time. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`));
  }
  return Object.freeze(parsed.data);
}

/** True when a chat model is configured; without it the product runs in its offline mode. */
export function llmEnabled(config: Config): boolean {
  return Boolean(config.LLM_MODEL && (config.OPENAI_BASE_URL || config.OPENAI_API_KEY));
}
