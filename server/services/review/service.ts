import { extname } from 'node:path';
import type { Decision, ReviewFindingsQuery, ReviewFindingsResponse, ReviewResponse, ReviewStage } from '../../contracts/api';
import type { LawDocument } from '../../contracts/document';
import type { Finding } from '../../contracts/finding';
import type { AbsatzRewrite } from '../../contracts/rewrite';
import type { AbsatzContext } from '../../rules/rewrite';
import { ruleTraces } from '../../rules/trace';
import { AppError, toAppError } from '../../errors';
import { notFound } from '../not-found';
import { buildOutline } from '../../parser/outline';
import { logger } from '../../logger';
import type { Clock } from '../../storage/clock';
import type { NewReview, ReviewStore } from '../../storage/reviews';
import { buildDocumentation, type DocumentationDraft } from '../documentation';
import { capFindings, type DraftAnalysis } from './analyze-draft';
import type { DraftAnalyzeOptions } from './draft-pool';
import { withDocumentCommand, withDocumentCommands } from './commands';
import { activeRewrites } from './export';
import type { ExportKind, RenderRequest } from './render';
import { rewriteQueue } from './rewrite-queue';

export interface ReviewDeps {
  store: ReviewStore;
  clock: Clock;
  /** Extraction, structure and rule checks of an upload, isolated in a worker (draft-pool.ts). */
  analyzeDraft(buf: Buffer, filename: string, opts: DraftAnalyzeOptions): Promise<DraftAnalysis>;
  /** Findings kept per review (config MAX_REVIEW_FINDINGS). */
  maxFindings: number;
  /** Refuses the upload when the session's storage quota is used up. */
  checkQuota?(sessionId: string): Promise<void>;
  /** One coherent rewrite per Absatz (rules/rewrite), for the AI review's findings merged after the worker. */
  rewriteFindings?(doc: LawDocument, findings: Finding[]): AbsatzRewrite[];
  /** The rewrite of one stored Absatz for the findings not dismissed (a decision); may run off the request thread. */
  rewriteAbsatz(text: string, ctx: AbsatzContext, findings: Finding[]): Promise<AbsatzRewrite>;
  /** Renders an export file; may run off the request thread with a time budget (draft-pool.ts). */
  renderExport(task: RenderRequest): Promise<Buffer | string>;
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
export function fileStem(title: string): string {
  const stem = title.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  if (stem.length <= MAX_STEM) return stem || 'Entwurf';
  const cut = stem.lastIndexOf('-', MAX_STEM);
  return stem.slice(0, cut > 0 ? cut : MAX_STEM);
}

export type { ExportKind } from './render';
const STEM: Record<ExportKind, string> = { review: 'Digitalcheck', documentation: 'Dokumentation', draft: 'Änderungsvorschläge' };

/** Findings in the first HTTP answer; the client pages through the rest (the response stays bounded). */
const FIRST_PAGE: ReviewFindingsQuery = { offset: 0, limit: 500 };

/**
 * The review as sent over HTTP: one page of findings and their total, the traces of their rules (once per rule, not
 * per finding), the rewrites of Absätze with open findings.
 */
const paged = (r: ReviewResponse, q: ReviewFindingsQuery = FIRST_PAGE): ReviewResponse => {
  const findings = r.findings.slice(q.offset, q.offset + q.limit);
  return { ...r, findings, findingsTotal: r.findings.length, rules: ruleTraces(findings), rewrites: activeRewrites(r) };
};

/** A decision is worked in again when another instance took decisions meanwhile; more rounds than this and the last wins. */
const MAX_REWRITE_ROUNDS = 3;

/** Findings of the review that lie in the Absatz [start, end) and are not dismissed. */
const openIn = (r: ReviewResponse, a: { start: number; end: number }) =>
  r.findings.filter((f) => f.location.start >= a.start && f.location.start < a.end && r.decisions[f.id] !== 'dismissed');

/** Draft review: extract → structure → rule checks → store; plus decisions and exports. */
export function createReviewService(deps: ReviewDeps) {
  const { store, clock } = deps;
  const load = async (sessionId: string, id: string) => {
    const r = await store.get(sessionId, id);
    if (!r) throw notFound('review');
    return r;
  };
  const rewrites = rewriteQueue<AbsatzRewrite>();
  const ids = (fs: Finding[]) => fs.map((f) => f.id).join('\n');

  /** Rewrites one Absatz with the decisions stored when it starts, and stores the rewrite. */
  async function rewriteStored(sessionId: string, id: string, absatz: AbsatzRewrite, superseded: () => boolean): Promise<AbsatzRewrite> {
    let review = await load(sessionId, id);
    for (let round = 1; ; round++) {
      const open = openIn(review, absatz);
      const next = withDocumentCommand(review, await deps.rewriteAbsatz(review.text, absatz, open), new Map(open.map((f) => [f.id, f])));
      review = await load(sessionId, id);
      // a decision in this Absatz that arrived meanwhile: one taken here has queued a rewrite of its own (superseded);
      // one taken on another instance is worked in by a further round
      if (round < MAX_REWRITE_ROUNDS && !superseded() && ids(openIn(review, absatz)) !== ids(open)) continue;
      await store.updateRewrites(sessionId, id, [next]);
      return next;
    }
  }

  async function documentation(review: ReviewResponse, now: Date): Promise<DocumentationDraft> {
    const draft = buildDocumentation(review, now);
    if (!deps.refineDocumentation) return draft;
    const refined = await deps.refineDocumentation(review, draft);
    return { ...refined.draft, notices: [...(refined.draft.notices ?? []), ...refined.notices] };
  }

  return {
    async upload(sessionId: string, file: UploadedFile | undefined, uploadId?: string): Promise<ReviewResponse> {
      const stage = (s: ReviewStage['stage'], message?: string, position?: number) => {
        if (uploadId) deps.stage?.(sessionId, { uploadId, stage: s, ...(message ? { message } : {}), ...(position ? { position } : {}) });
      };
      try {
        if (!file) throw new AppError('bad_request', 'bad_request:upload', 'Bitte wählen Sie eine Datei aus (PDF, DOCX, TXT oder MD).');
        stage('upload');
        if (file.buffer.length === 0) throw new AppError('bad_request', 'bad_request:upload_empty', 'Die Datei ist leer. Bitte prüfen Sie, ob Sie die richtige Datei gewählt haben.');
        await deps.checkQuota?.(sessionId);
        stage('extract');
        const a = await deps.analyzeDraft(file.buffer, file.originalname, {
          includeDocument: Boolean(deps.aiReview),
          onStage: (s) => stage(s),
          onQueued: (position) => stage('extract', undefined, position),
        });
        if (a.text.trim() === '') throw new AppError('bad_request', 'bad_request:upload_empty', 'Die Datei enthält keinen lesbaren Text. Bitte prüfen Sie, ob Sie die richtige Datei gewählt haben.');
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
          // the worker computed the rewrites for the rule findings; the model's findings join them here
          rewrites: ai && a.doc && deps.rewriteFindings ? deps.rewriteFindings(a.doc, capped.findings) : a.rewrites,
          ...(a.warnings.length ? { warnings: a.warnings } : {}),
          ...(notices.length ? { notices } : {}),
        };
        // each card and Absatz shows the command for this document (the draft's Artikel and Nummer, not only the amended §)
        const byId = new Map(capped.findings.map((f) => [f.id, f]));
        const addressed = { ...draft, findings: withDocumentCommands(draft, capped.findings), rewrites: (draft.rewrites ?? []).map((w) => withDocumentCommand(draft, w, byId)) };
        const review = await store.create(sessionId, addressed, a.format === 'docx' ? file.buffer : undefined);
        stage('done');
        return paged(review);
      } catch (e) {
        const err = toAppError(e);
        if (err.status >= 500) logger.error({ err: e, file: file?.originalname }, 'review failed');
        stage('failed', err.userMessage);
        throw err;
      }
    },
    get: async (sessionId: string, id: string): Promise<ReviewResponse> => paged(await load(sessionId, id)),
    async findings(sessionId: string, id: string, q: ReviewFindingsQuery): Promise<ReviewFindingsResponse> {
      const { findings, findingsTotal, rules } = paged(await load(sessionId, id), q);
      return { total: findingsTotal ?? 0, findings, rules: rules ?? {} };
    },
    list: (sessionId: string) => store.list(sessionId),
    /**
     * Stores the decision and works it into the rewrite of the finding's Absatz: a dismissed finding changes no
     * wording, a reopened one is back in. Only that Absatz is rewritten, from the stored text and context.
     * Returns the Absatz's new rewrite (undefined when the finding lies in no Absatz with a rewrite); decisions that
     * arrive while a rewrite of the review runs share the next one (rewrite-queue.ts).
     */
    async decide(sessionId: string, id: string, findingId: string, decision: Decision): Promise<AbsatzRewrite | undefined> {
      const r = await store.decide(sessionId, id, findingId, decision);
      if (r === 'no_review') throw notFound('review');
      if (r === 'no_finding') throw notFound('finding');
      const review = await load(sessionId, id);
      const finding = review.findings.find((f) => f.id === findingId)!;
      const stored = review.rewrites?.find((w) => finding.location.start >= w.start && finding.location.start < w.end);
      if (!stored) return undefined;
      // accepting a finding, or reopening an accepted one, leaves the Absatz's wording as it is
      if (ids(openIn(review, stored)) === stored.findingIds.join('\n')) return stored;
      return rewrites.run(`${sessionId}\n${id}`, stored.start, (superseded) => rewriteStored(sessionId, id, stored, superseded));
    },
    async remove(sessionId: string, id: string): Promise<void> {
      if (!(await store.remove(sessionId, id))) throw notFound('review');
    },
    async export(sessionId: string, id: string, kind: ExportKind, format: 'md' | 'docx'): Promise<ExportFile> {
      const review = await load(sessionId, id);
      const now = clock.now();
      const stem = `${STEM[kind]}-${fileStem(review.title)}`;
      const source = kind === 'draft' ? await store.source(sessionId, id) : undefined;
      // the model's refinement needs the network and stays here; building and rendering the pages go to the renderer
      const documentationDraft = kind === 'documentation' && deps.refineDocumentation ? await documentation(review, now) : undefined;
      const body = await deps.renderExport({
        kind,
        format: kind === 'draft' ? 'docx' : format,
        review,
        now: now.toISOString(),
        ...(source ? { source } : {}),
        ...(documentationDraft ? { documentation: documentationDraft } : {}),
      });
      const type = kind === 'draft' || format === 'docx' ? DOCX_TYPE : MD_TYPE;
      return { filename: `${stem}.${type === DOCX_TYPE ? 'docx' : 'md'}`, contentType: type, body };
    },
  };
}
export type ReviewService = ReturnType<typeof createReviewService>;
