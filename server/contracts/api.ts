import { z } from 'zod';
import { CategorySchema, FindingSchema, FindingSourceSchema, PrincipleSchema, RuleTracesSchema, SeveritySchema } from './finding';
import { OutlineEntrySchema, ParseWarningSchema } from './document';
import { AbsatzRewriteSchema } from './rewrite';
import { CitationSchema } from './search';

/**
 * HTTP contract between the browser client and the server (see the web API brief). Request bodies are
 * validated with these schemas on the server; the client imports the inferred types.
 * Errors always have the shape of ApiErrorSchema.
 */

export const ApiErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export type ApiError = z.infer<typeof ApiErrorSchema>;

// ---------------------------------------------------------------- auth / health

export const LoginBodySchema = z.object({ token: z.string().min(1).max(500) });
export type LoginBody = z.infer<typeof LoginBodySchema>;

/** What the help page tells users about how long their data is kept. */
export const DataPolicySchema = z.object({
  retentionDays: z.number().int(),
  sessionIdleHours: z.number(),
  sessionMaxHours: z.number(),
});
export type DataPolicy = z.infer<typeof DataPolicySchema>;

/** The session id itself stays in the HttpOnly cookie; scripts never see it. */
export const MeResponseSchema = z.object({
  authenticated: z.literal(true),
  authRequired: z.boolean(),
  /** open: no login; token: ACCESS_TOKEN; oidc: single sign-on (Landes-Login). */
  auth: z.enum(['open', 'token', 'oidc']),
  /** Administrators (OIDC_ADMIN_ROLE) see every batch job. */
  admin: z.boolean(),
  /** May manage the corpus (import and delete laws): administrators, access-code holders, or the local user without login. */
  corpusAdmin: z.boolean(),
  /** The signed-in user, as the provider names them (single sign-on only). */
  user: z.object({ name: z.string().optional(), email: z.string().optional() }).optional(),
  dataPolicy: DataPolicySchema,
});
export type MeResponse = z.infer<typeof MeResponseSchema>;

/** POST /api/logout after single sign-on, when the provider can end its own session too. */
export const LogoutResponseSchema = z.object({ endSessionUrl: z.string().url() });
export type LogoutResponse = z.infer<typeof LogoutResponseSchema>;

export const HealthResponseSchema = z.object({
  status: z.literal('ok'),
  /** "none" in the offline mode, otherwise the model name. */
  llm: z.string(),
  /** Laws and guides counted apart; provisions are the laws' §§. */
  corpus: z.object({ laws: z.number().int(), guidance: z.number().int(), provisions: z.number().int() }),
  storage: z.enum(['sqlite', 'postgres']),
  queue: z.enum(['in-process', 'redis']),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

export const ReadyResponseSchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  /** One entry per dependency (database, corpus, …): "ok" or "fehler". */
  checks: z.record(z.string(), z.enum(['ok', 'fehler'])),
});
export type ReadyResponse = z.infer<typeof ReadyResponseSchema>;

// ---------------------------------------------------------------- corpus

export const LawListItemSchema = z.object({
  abbreviation: z.string(),
  title: z.string(),
  jurisdiction: z.string(),
  /** "law" or "guidance". */
  kind: z.string(),
  stand: z.string().optional(),
  excerpt: z.boolean().optional(),
  provisions: z.number().int(),
});
export type LawListItem = z.infer<typeof LawListItemSchema>;

/** GET /api/rules/exceptions: rule id → exception id → the exception's German legal reason. */
export type RuleExceptionsResponse = Record<string, Record<string, string>>;
export const LawListResponseSchema = z.array(LawListItemSchema);

export const ProvisionQuerySchema = z.object({
  law: z.string().trim().min(1).max(200),
  section: z.string().trim().min(1).max(200),
});
export type ProvisionQuery = z.infer<typeof ProvisionQuerySchema>;

export const ProvisionResponseSchema = z.object({
  law: z.string(),
  lawTitle: z.string(),
  stand: z.string().optional(),
  excerpt: z.boolean().optional(),
  jurisdiction: z.string().optional(),
  /** "§ 3a" */
  section: z.string(),
  title: z.string(),
  paragraphs: z.array(z.object({ number: z.string().nullable(), text: z.string() })),
});
export type ProvisionResponse = z.infer<typeof ProvisionResponseSchema>;

// ---------------------------------------------------------------- corpus administration

/** Multipart fields beside the file; an empty form field counts as not given. */
const formField = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

export const CorpusImportFieldsSchema = z.object({
  abbreviation: formField(z.string().trim().min(1).max(40)),
  title: formField(z.string().trim().min(1).max(300)),
  jurisdiction: formField(z.enum(['Bund', 'Niedersachsen', 'Sonstige'])),
});
export type CorpusImportFields = z.infer<typeof CorpusImportFieldsSchema>;

export const ImportedLawSchema = z.object({
  id: z.string(),
  abbreviation: z.string(),
  title: z.string(),
  jurisdiction: z.string(),
  kind: z.enum(['law', 'guidance']),
  stand: z.string().optional(),
  excerpt: z.boolean(),
  fileName: z.string(),
  importedBy: z.string(),
  importedAt: z.string(),
  /** A shipped law of the same abbreviation is hidden by this import while it exists. */
  replacesShipped: z.boolean(),
});
export type ImportedLaw = z.infer<typeof ImportedLawSchema>;

export const CorpusAdminResponseSchema = z.object({
  laws: z.array(ImportedLawSchema),
  /** current: this instance's search index holds exactly the imported laws listed; error: the last rebuild failed. */
  index: z.object({ current: z.boolean(), error: z.string().optional() }),
  corpus: HealthResponseSchema.shape.corpus,
});
export type CorpusAdminResponse = z.infer<typeof CorpusAdminResponseSchema>;

export const CorpusImportResponseSchema = z.object({
  law: ImportedLawSchema,
  /** An earlier import of the same law was replaced. */
  replaced: z.boolean(),
});
export type CorpusImportResponse = z.infer<typeof CorpusImportResponseSchema>;

// ---------------------------------------------------------------- conversations

export const ConversationSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ConversationSummary = z.infer<typeof ConversationSummarySchema>;
export const ConversationListResponseSchema = z.array(ConversationSummarySchema);

export const MessageSchema = z.object({
  id: z.string(),
  role: z.enum(['user', 'assistant']),
  text: z.string(),
  citations: z.array(CitationSchema),
  findings: z.array(FindingSchema),
  model: z.string().optional(),
  notice: z.string().optional(),
  createdAt: z.string(),
});
export type Message = z.infer<typeof MessageSchema>;

export const ConversationResponseSchema = ConversationSummarySchema.extend({
  messages: z.array(MessageSchema),
  /** The traces of the rules behind the messages' rule findings; set on HTTP responses. */
  rules: RuleTracesSchema.optional(),
});
export type ConversationResponse = z.infer<typeof ConversationResponseSchema>;

export const RenameConversationBodySchema = z.object({ title: z.string().trim().min(1).max(200) });
export type RenameConversationBody = z.infer<typeof RenameConversationBodySchema>;

// ---------------------------------------------------------------- feedback

export const FeedbackBodySchema = z.object({
  targetType: z.enum(['message', 'finding']),
  targetId: z.string().min(1).max(200),
  /** Conversation id (for messages) or review id (for findings). */
  contextId: z.string().min(1).max(200),
  rating: z.enum(['useful', 'wrong']),
  reason: z.string().max(2000).optional(),
  correction: z.string().max(10_000).optional(),
});
export type FeedbackBody = z.infer<typeof FeedbackBodySchema>;
export const FeedbackResponseSchema = z.object({ id: z.string() });

// ---------------------------------------------------------------- reviews

export const ReviewFormatSchema = z.enum(['pdf', 'docx', 'txt', 'md']);
export const DecisionSchema = z.enum(['accepted', 'dismissed', 'open']);
export type Decision = z.infer<typeof DecisionSchema>;

export const ReviewStructureItemSchema = z.object({
  id: z.string(),
  label: z.string(),
  title: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  targetLaw: z.string().optional(),
  article: z.string().optional(),
  /** New wording: Nummer, Buchstabe and Doppelbuchstabe of the draft's instruction that holds it. */
  number: z.string().optional(),
  letter: z.string().optional(),
  doubleLetter: z.string().optional(),
});
export type ReviewStructureItem = z.infer<typeof ReviewStructureItemSchema>;

export const ReviewResponseSchema = z.object({
  id: z.string(),
  title: z.string(),
  provisions: z.number().int(),
  /** The first page of findings over HTTP (all of them inside the server); the rest via /findings?offset=. */
  findings: z.array(FindingSchema),
  /** Number of stored findings; set on HTTP responses, whose `findings` may be only the first page. */
  findingsTotal: z.number().int().optional(),
  /** The traces of the rules behind the rule findings of `findings`; set on HTTP responses. */
  rules: RuleTracesSchema.optional(),
  /** Extracted text; every finding's location offsets refer to it. */
  text: z.string(),
  structure: z.array(ReviewStructureItemSchema),
  /** Gliederung of the whole document: every provision and every other part, with finding counts. */
  outline: z.array(OutlineEntrySchema),
  /** Places the parser could not read with certainty (unbalanced quotation marks, unassigned text). */
  warnings: z.array(ParseWarningSchema).optional(),
  /** findingId → decision; findings without an entry are open. */
  decisions: z.record(z.string(), DecisionSchema),
  createdAt: z.string(),
  format: ReviewFormatSchema,
  /** German notices of the AI review (e.g. parts the language model skipped or a model failure). */
  notices: z.array(z.string()).optional(),
  /**
   * One coherent rewrite per Absatz for the findings not dismissed: computed with the findings at upload, stored,
   * and updated by each decision (only Absätze with findings left are sent).
   */
  rewrites: z.array(AbsatzRewriteSchema).optional(),
});
export type ReviewResponse = z.infer<typeof ReviewResponseSchema>;

export const ReviewSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: z.string(),
  findings: z.number().int(),
});
export type ReviewSummary = z.infer<typeof ReviewSummarySchema>;
export const ReviewListResponseSchema = z.array(ReviewSummarySchema);

/** Multipart text fields beside `file`. */
export const ReviewUploadFieldsSchema = z.object({
  uploadId: z.string().trim().min(1).max(100).optional(),
});

/** A page of a review's findings (document order). */
export const ReviewFindingsQuerySchema = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});
export type ReviewFindingsQuery = z.infer<typeof ReviewFindingsQuerySchema>;
export const ReviewFindingsResponseSchema = z.object({ total: z.number().int(), findings: z.array(FindingSchema), rules: RuleTracesSchema });
export type ReviewFindingsResponse = z.infer<typeof ReviewFindingsResponseSchema>;

export const DecisionBodySchema = z.object({ decision: DecisionSchema });
export type DecisionBody = z.infer<typeof DecisionBodySchema>;

/** Answer to a decision: the rewrite of the finding's Absatz with the decision worked in (null: the finding has none). */
export const DecisionResponseSchema = z.object({ rewrite: AbsatzRewriteSchema.nullable() });
export type DecisionResponse = z.infer<typeof DecisionResponseSchema>;

export const ReviewStageSchema = z.object({
  uploadId: z.string(),
  stage: z.enum(['upload', 'extract', 'structure', 'checks', 'done', 'failed']),
  message: z.string().optional(),
  /** With `extract`: the draft waits for a free worker of the instance, at this place in its line (1: next). */
  position: z.number().int().positive().optional(),
});
export type ReviewStage = z.infer<typeof ReviewStageSchema>;

// ---------------------------------------------------------------- batch screening

export const BatchCreateBodySchema = z.object({
  laws: z.union([z.literal('all'), z.array(z.string().trim().min(1).max(200)).min(1).max(10_000)]),
  name: z.string().trim().min(1).max(200).optional(),
  /** Opt-in AI review of the provisions the rules flagged (only when a model is configured). */
  ai: z.boolean().optional(),
});
export type BatchCreateBody = z.infer<typeof BatchCreateBodySchema>;
export const BatchCreateResponseSchema = z.object({ jobId: z.string(), notices: z.array(z.string()).optional() });

export const BatchJobStatusSchema = z.enum(['queued', 'running', 'done', 'failed', 'cancelled']);
export type BatchJobStatus = z.infer<typeof BatchJobStatusSchema>;

export const BatchJobSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  status: BatchJobStatusSchema,
  done: z.number().int(),
  total: z.number().int(),
  createdAt: z.string(),
  message: z.string().optional(),
  /** The job runs the AI review after the rules. */
  ai: z.boolean().optional(),
  /** German notices of the upload, e.g. ZIP entries skipped because their name occurred twice. */
  notices: z.array(z.string()).optional(),
});
export type BatchJobSummary = z.infer<typeof BatchJobSummarySchema>;
export const BatchJobListResponseSchema = z.array(BatchJobSummarySchema);

export const BatchSummarySchema = z.object({
  laws: z.number().int(),
  provisions: z.number().int(),
  findings: z.number().int(),
  byCategory: z.record(z.string(), z.number().int()),
  byPrinciple: z.record(z.string(), z.number().int()),
  /** Top laws by number of findings. */
  byLaw: z.array(z.object({ law: z.string(), title: z.string(), findings: z.number().int() })),
  bySeverity: z.record(z.string(), z.number().int()),
  seconds: z.number(),
  /** Only for jobs with AI review. */
  ai: z
    .object({
      prompt: z.number().int(),
      completion: z.number().int(),
      /** Some figures were estimated (the model server reported no usage). */
      estimated: z.boolean(),
      /** AI findings kept in the results. */
      findings: z.number().int(),
      /** Token bill per law that went to the model, by law name. */
      byLaw: z.array(
        z.object({ law: z.string(), title: z.string(), provisions: z.number().int(), findings: z.number().int(), prompt: z.number().int(), completion: z.number().int() }),
      ),
      notices: z.array(z.object({ law: z.string(), message: z.string() })),
    })
    .optional(),
});
export type BatchSummary = z.infer<typeof BatchSummarySchema>;

export const BatchJobResponseSchema = BatchJobSummarySchema.extend({
  summary: BatchSummarySchema.optional(),
  /** A queued job's place in the queue of all jobs, which every worker serves (1: next). */
  position: z.number().int().positive().optional(),
});
export type BatchJobResponse = z.infer<typeof BatchJobResponseSchema>;

export const BatchResultsQuerySchema = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  q: z.string().trim().max(200).optional(),
  category: z.union([CategorySchema, z.literal('')]).optional(),
  principle: z.union([z.coerce.number().pipe(PrincipleSchema), z.literal('')]).optional(),
  severity: z.union([SeveritySchema, z.literal('')]).optional(),
  law: z.string().trim().max(200).optional(),
  source: z.union([FindingSourceSchema, z.literal('')]).optional(),
  sort: z.enum(['law', 'category', 'severity']).default('law'),
  dir: z.enum(['asc', 'desc']).default('asc'),
});
export type BatchResultsQuery = z.infer<typeof BatchResultsQuerySchema>;

export const BatchResultRowSchema = z.object({
  law: z.string(),
  title: z.string(),
  ref: z.string(),
  category: CategorySchema,
  principle: PrincipleSchema,
  severity: SeveritySchema,
  match: z.string(),
  sentence: z.string(),
  explanation: z.string(),
  suggestion: z.string(),
  legalBasis: z.array(z.string()),
  amendment: z.string(),
  source: FindingSourceSchema,
});
export type BatchResultRow = z.infer<typeof BatchResultRowSchema>;

export const BatchResultsResponseSchema = z.object({ total: z.number().int(), rows: z.array(BatchResultRowSchema) });
export type BatchResultsResponse = z.infer<typeof BatchResultsResponseSchema>;
