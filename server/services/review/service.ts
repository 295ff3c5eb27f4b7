import { extname } from 'node:path';
import type { Decision, ReviewFindingsQuery, ReviewFindingsResponse, ReviewResponse, ReviewStage } from '../../contracts/api';
import type { LawDocument } from '../../contracts/document';
import type { Finding } from '../../contracts/finding';
import type { AbsatzRewrite } from '../../contracts/rewrite';
import { AppError, toAppError } from '../../errors';
import { notFound } from '../not-found';
import { buildOutline } from '../../parser/outline';
import { logger } from '../../logger';
import type { Clock } from '../../storage/clock';
import type { NewReview, ReviewStore } from '../../storage/reviews';
import { buildDocumentation, documentationBlocks, type DocumentationDraft } from '../documentation';
import { capFindings, type DraftAnalysis } from './analyze-draft';
import type { DraftAnalyzeOptions } from './draft-pool';
import { renderDocx, renderMarkdown } from './docx';
import { withDocumentCommands } from './commands';
import { reviewBlocks } from './export';
import { trackedDraft } from './tracked-draft';

export interface ReviewDeps {
  store: ReviewStore;
  clock: Clock;
  /** Extraction, structure and rule checks of an upload, isolated in a worker (draft-pool.ts). */
  analyzeDraft(buf: Buffer, filename: string, opts: DraftAnalyzeOptions): Promise<DraftAnalysis>;
  /** Findings kept per review (config MAX_REVIEW_FINDINGS). */
  maxFindings: number;
  /** Refuses the upload when the session's storage quota is used up. */
  checkQuota?(sessionId: string): Promise<void>;
  /** Parses a stored review's text again (the rewrites need the Absätze). */
  parseDraft(text: string, opts: { title?: string }): LawDocument;
  /** One coherent rewrite per Absatz (rules/rewrite); absent: reviews carry no `rewrites`. */
  rewriteFindings?(doc: LawDocument, findings: Finding[]): AbsatzRewrite[];
  /** Stage events for the uploading browser (socket.io `review:stage`). */
  stage?(sessionId: string, p: ReviewStage): void;
  /** LLM review merged with the rule findings; reports model failures as notices, never throws for them. */
  aiReview?(doc: LawDocument, ruleFindings: Finding[]): Promise<{ findings: Finding[]; notices: string[] }>;
  /** LLM refinement of the offline documentation draft; returns it unchanged with a notice on failure. */
  refineDocumentation?(review: ReviewResponse, draft: DocumentationDraft): Promise<{ draft: DocumentationDraft; notices: string[] }>;
}

export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
}

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer | string;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MD_TYPE = 'text/markdown; charset=utf-8';

const MAX_STEM = 80;
/** File name stem from the title, umlauts kept (the download header adds an ASCII fallback), cut after a whole word. */
function fileStem(title: string): string {
  const stem = title.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  if (stem.length <= MAX_STEM) return stem || 'Entwurf';
  const cut = stem.lastIndexOf('-', MAX_STEM);
  return stem.slice(0, cut > 0 ? cut : MAX_STEM);
}

export type ExportKind = 'review' | 'documentation' | 'draft';
const STEM: Record<ExportKind, string> = { review: 'Digitalcheck', documentation: 'Dokumentation', draft: 'Änderungsvorschläge' };

/** Drafts up to this size are parsed again for the per-Absatz rewrites when a review is opened (a few ms per 10,000 characters). */
const MAX_REWRITE_CHARS = 400_000;
const NO_REWRITES = 'Für sehr große Entwürfe werden keine zusammengefassten Neufassungen je Absatz berechnet; die Änderungsbefehle je Befund stehen in den Befundkarten.';

/** Findings in the first HTTP answer; the client pages through the rest (the response stays bounded). */
const FIRST_PAGE: ReviewFindingsQuery = { offset: 0, limit: 500 };

/** The review as sent over HTTP: one page of findings and their total. */
const paged = (r: ReviewResponse, q: ReviewFindingsQuery = FIRST_PAGE): ReviewResponse => ({
  ...r,
  findings: r.findings.slice(q.offset, q.offset + q.limit),
  findingsTotal: r.findings.length,
});

/** Draft review: extract → structure → rule checks → store; plus decisions and exports. */
export function createReviewService(deps: ReviewDeps) {
  const { store, clock } = deps;
  const load = async (sessionId: string, id: string) => {
    const r = await store.get(sessionId, id);
    if (!r) throw notFound('review');
    return r;
  };

  /**
   * Rewrites follow the drafter's decisions: dismissed findings change no wording. The text parses to the same
   * offsets. Parsing runs on the request's thread, so a very large draft gets no rewrites and a notice instead.
   */
  function withRewrites(review: ReviewResponse, doc?: LawDocument): ReviewResponse {
    if (!deps.rewriteFindings) return review;
    if (!doc && review.text.length > MAX_REWRITE_CHARS) return { ...review, notices: [...(review.notices ?? []), NO_REWRITES] };
    const open = review.findings.filter((f) => review.decisions[f.id] !== 'dismissed');
    return { ...review, rewrites: deps.rewriteFindings(doc ?? deps.parseDraft(review.text, {}), open) };
  }

  async function documentation(review: ReviewResponse, now: Date): Promise<DocumentationDraft> {
    const draft = buildDocumentation(review, now);
    if (!deps.refineDocumentation) return draft;
    const refined = await deps.refineDocumentation(review, draft);
    return { ...refined.draft, notices: [...(refined.draft.notices ?? []), ...refined.notices] };
  }

  return {
    async upload(sessionId: string, file: UploadedFile | undefined, uploadId?: string): Promise<ReviewResponse> {
      const stage = (s: ReviewStage['stage'], message?: string) => {
        if (uploadId) deps.stage?.(sessionId, { uploadId, stage: s, ...(message ? { message } : {}) });
      };
      try {
        if (!file) throw new AppError('bad_request', 'bad_request:upload', 'Bitte wählen Sie eine Datei aus (PDF, DOCX, TXT oder MD).');
        stage('upload');
        if (file.buffer.length === 0) throw new AppError('bad_request', 'bad_request:upload_empty', 'Die Datei ist leer.');
        await deps.checkQuota?.(sessionId);
        stage('extract');
        const a = await deps.analyzeDraft(file.buffer, file.originalname, { includeDocument: Boolean(deps.aiReview), onStage: (s) => stage(s) });
        if (a.text.trim() === '') throw new AppError('bad_request', 'bad_request:upload_empty', 'Die Datei enthält keinen lesbaren Text.');
        const fallbackTitle = file.originalname.slice(0, file.originalname.length - extname(file.originalname).length).trim();
        const ai = deps.aiReview && a.doc ? await deps.aiReview(a.doc, a.findings) : undefined;
        // the model may add findings beyond the cap the rule findings were held to
        const capped = ai ? capFindings(ai.findings, deps.maxFindings) : { findings: a.findings, notices: [] };
        const notices = [...a.notices, ...capped.notices, ...(ai?.notices ?? [])];
        const draft: NewReview = {
          title: a.title || fallbackTitle || 'Entwurf',
          format: a.format,
          text: a.text,
          provisions: a.provisions,
          findings: capped.findings,
          structure: a.structure,
          // the model's findings count in the Gliederung too
          outline: ai && a.doc ? buildOutline(a.doc, capped.findings) : a.outline,
          ...(a.warnings.length ? { warnings: a.warnings } : {}),
          ...(notices.length ? { notices } : {}),
        };
        // each card shows the command for this document (the draft's Artikel and Nummer, not only the amended §)
        const review = await store.create(sessionId, { ...draft, findings: withDocumentCommands(draft, capped.findings) }, a.format === 'docx' ? file.buffer : undefined);
        stage('done');
        return paged(withRewrites(review, a.doc));
      } catch (e) {
        const err = toAppError(e);
        if (err.status >= 500) logger.error({ err: e, file: file?.originalname }, 'review failed');
        stage('failed', err.userMessage);
        throw err;
      }
    },
    get: async (sessionId: string, id: string): Promise<ReviewResponse> => paged(withRewrites(await load(sessionId, id))),
    async findings(sessionId: string, id: string, q: ReviewFindingsQuery): Promise<ReviewFindingsResponse> {
      const { findings, findingsTotal } = paged(await load(sessionId, id), q);
      return { total: findingsTotal ?? 0, findings };
    },
    list: (sessionId: string) => store.list(sessionId),
    async decide(sessionId: string, id: string, findingId: string, decision: Decision): Promise<void> {
      const r = await store.decide(sessionId, id, findingId, decision);
      if (r === 'no_review') throw notFound('review');
      if (r === 'no_finding') throw notFound('finding');
    },
    async remove(sessionId: string, id: string): Promise<void> {
      if (!(await store.remove(sessionId, id))) throw notFound('review');
    },
    async export(sessionId: string, id: string, kind: ExportKind, format: 'md' | 'docx'): Promise<ExportFile> {
      const review = await load(sessionId, id);
      const now = clock.now();
      const stem = `${STEM[kind]}-${fileStem(review.title)}`;
      if (kind === 'draft') return { filename: `${stem}.docx`, contentType: DOCX_TYPE, body: await trackedDraft(review, await store.source(sessionId, id), now) };
      const blocks = kind === 'review' ? reviewBlocks(review, now) : documentationBlocks(await documentation(review, now));
      return format === 'md'
        ? { filename: `${stem}.md`, contentType: MD_TYPE, body: renderMarkdown(blocks) }
        : { filename: `${stem}.docx`, contentType: DOCX_TYPE, body: await renderDocx(review.title, blocks) };
    },
  };
}
export type ReviewService = ReturnType<typeof createReviewService>;
