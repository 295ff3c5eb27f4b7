import type { MessagePort } from 'node:worker_threads';
import { isAppError, type ErrorType } from '../../errors';
import type { AbsatzRewrite } from '../../contracts/rewrite';
import type { Finding } from '../../contracts/finding';
import { type ConvertedLaw, convertLawFile, type ImportOptions } from '../../retrieval/corpus-import';
import { type AbsatzContext, rewriteInContext } from '../../rules/rewrite';
import { analyzeDraft, type DraftAnalysis } from './analyze-draft';
import { type RenderRequest, renderExport } from './render';

/**
 * Piscina worker for uploaded drafts. Errors cross the thread boundary as plain data: a structured clone
 * would drop the AppError's type and German message.
 */
export interface DraftTask {
  data: Uint8Array;
  filename: string;
  maxFindings: number;
  includeDocument: boolean;
  /** Receives 'started' when the worker takes the task, then the stage names ('structure', 'checks'), last 'done'. */
  port?: MessagePort;
}

export interface WorkerError {
  type: ErrorType;
  code: string;
  userMessage: string;
  message: string;
}

export default function analyze(task: DraftTask): Promise<Outcome<DraftAnalysis>> {
  return guarded(task.port, () =>
    analyzeDraft(Buffer.from(task.data.buffer, task.data.byteOffset, task.data.byteLength), task.filename, {
      maxFindings: task.maxFindings,
      includeDocument: task.includeDocument,
      onStage: (stage) => task.port?.postMessage(stage),
    }),
  );
}

/** Answers of the tasks of the pool: plain data or the error as data (see above). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: WorkerError };

async function guarded<T>(port: MessagePort | undefined, work: () => T | Promise<T>): Promise<Outcome<T>> {
  port?.postMessage('started');
  try {
    return { ok: true, value: await work() };
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: { type: e.type, code: e.code, userMessage: e.userMessage, message: e.message } };
    throw e;
  } finally {
    // the pool waits for this last message: the closing of a port handed over through Piscina does not reach its end
    port?.postMessage('done');
    port?.close();
  }
}

export interface RewriteTask {
  text: string;
  ctx: AbsatzContext;
  findings: Finding[];
  port?: MessagePort;
}

/** A decision worked into the rewrite of a very long Absatz. */
export function rewrite(task: RewriteTask): Promise<Outcome<AbsatzRewrite>> {
  return guarded(task.port, () => rewriteInContext(task.text, task.ctx, task.findings));
}

export interface RenderTask {
  request: RenderRequest;
  port?: MessagePort;
}

/** An export file of a review (DOCX, Markdown, tracked-changes draft). */
export function render(task: RenderTask): Promise<Outcome<Buffer | string>> {
  return guarded(task.port, () => renderExport(task.request));
}

export interface ConvertLawTask {
  data: Uint8Array;
  filename: string;
  options: ImportOptions;
  port?: MessagePort;
}

/** A law file uploaded by an administrator, converted for the corpus under the same limits as a draft. */
export function convertLaw(task: ConvertLawTask): Promise<Outcome<ConvertedLaw>> {
  return guarded(task.port, () => convertLawFile(Buffer.from(task.data.buffer, task.data.byteOffset, task.data.byteLength), task.filename, task.options));
}
