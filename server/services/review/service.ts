import { extname } from 'node:path';
import type { Decision, ReviewResponse, ReviewStage } from '../../contracts/api';
import type { LawDocument } from '../../contracts/document';
import type { Finding } from '../../contracts/finding';
import type { AbsatzRewrite } from '../../contracts/rewrite';
import { AppError, toAppError } from '../../errors';
import { notFound } from '../not-found';
import { logger } from '../../logger';
import type { Clock } from '../../storage/clock';
import type { ReviewStore } from '../../storage/reviews';
import { buildDocumentation, documentationBlocks, type DocumentationDraft } from '../documentation';
import { renderDocx, renderMarkdown } from './docx';
import { reviewBlocks } from './export';

export interface ReviewDeps {
  store: ReviewStore;
  clock: Clock;
  extractText(buf: Buffer, filename: string): Promise<{ text: string; format: ReviewResponse['format']; pages?: number }>;
  parseDraft(text: string, opts: { title?: string }): LawDocument;
  checkDocument(doc: LawDocument): Finding[];
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

/** Latin-1-safe file name stem for Content-Disposition (the exact title is inside the document). */
const fileStem = (title: string) =>
  title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'entwurf';

/** Draft review: extract → structure → rule checks → store; plus decisions and exports. */
export function createReviewService(deps: ReviewDeps) {
  const { store, clock } = deps;
  const load = (sessionId: string, id: string) => {
    const r = store.get(sessionId, id);
    if (!r) throw notFound('review');
    return r;
  };

  /** Rewrites follow the drafter's decisions: dismissed findings change no wording. The text parses to the same offsets. */
  function withRewrites(review: ReviewResponse, doc?: LawDocument): ReviewResponse {
    if (!deps.rewriteFindings) return review;
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
        stage('extract');
        const { text, format } = await deps.extractText(file.buffer, file.originalname);
        if (text.trim() === '') throw new AppError('bad_request', 'bad_request:upload_empty', 'Die Datei enthält keinen lesbaren Text.');
        stage('structure');
        const fallbackTitle = file.originalname.slice(0, file.originalname.length - extname(file.originalname).length).trim();
        // the draft's first line is its title; the file name only when the text has none
        const doc = deps.parseDraft(text, {});
        stage('checks');
        const ruleFindings = deps.checkDocument(doc);
        const ai = deps.aiReview ? await deps.aiReview(doc, ruleFindings) : undefined;
        const findings = ai?.findings ?? ruleFindings;
        const review = store.create(sessionId, {
          title: doc.title || fallbackTitle || 'Entwurf',
          format,
          text: doc.text,
          provisions: doc.provisions.length,
          findings,
          structure: doc.provisions.map((p) => ({
            id: p.id,
            label: p.label,
            title: p.title,
            start: p.start,
            end: p.end,
            ...(p.targetLaw ? { targetLaw: p.targetLaw } : {}),
            ...(p.article ? { article: p.article } : {}),
          })),
          ...(ai?.notices.length ? { notices: ai.notices } : {}),
        });
        stage('done');
        return withRewrites(review, doc);
      } catch (e) {
        const err = toAppError(e);
        if (err.status >= 500) logger.error({ err: e, file: file?.originalname }, 'review failed');
        stage('failed', err.userMessage);
        throw err;
      }
    },
    get: (sessionId: string, id: string) => withRewrites(load(sessionId, id)),
    list: (sessionId: string) => store.list(sessionId),
    decide(sessionId: string, id: string, findingId: string, decision: Decision): void {
      const r = store.decide(sessionId, id, findingId, decision);
      if (r === 'no_review') throw notFound('review');
      if (r === 'no_finding') throw notFound('finding');
    },
    remove(sessionId: string, id: string): void {
      if (!store.remove(sessionId, id)) throw notFound('review');
    },
    async export(sessionId: string, id: string, kind: 'review' | 'documentation', format: 'md' | 'docx'): Promise<ExportFile> {
      const review = load(sessionId, id);
      const now = clock.now();
      const blocks = kind === 'review' ? reviewBlocks(review, now) : documentationBlocks(await documentation(review, now));
      const stem = `${kind === 'review' ? 'digitalcheck' : 'dokumentation'}-${fileStem(review.title)}`;
      return format === 'md'
        ? { filename: `${stem}.md`, contentType: MD_TYPE, body: renderMarkdown(blocks) }
        : { filename: `${stem}.docx`, contentType: DOCX_TYPE, body: await renderDocx(review.title, blocks) };
    },
  };
}
export type ReviewService = ReturnType<typeof createReviewService>;
