import { z } from 'zod';

const boolFlag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** The complete environment contract of the product; `.env.example` documents each variable. */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  CORPUS_DIR: z.string().default('./corpus'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ACCESS_TOKEN: z.preprocess(emptyToUndefined, z.string().min(8).optional()),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(200).default(20),
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
