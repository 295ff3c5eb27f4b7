import type { MessagePort } from 'node:worker_threads';
import { isAppError, type ErrorType } from '../../errors';
import { analyzeDraft, type DraftAnalysis } from './analyze-draft';

/**
 * Piscina worker for uploaded drafts. Errors cross the thread boundary as plain data: a structured clone
 * would drop the AppError's type and German message.
 */
export interface DraftTask {
  data: Uint8Array;
  filename: string;
  maxFindings: number;
  includeDocument: boolean;
  /** Receives 'started' when the worker takes the task, then the stage names ('structure', 'checks'). */
  port?: MessagePort;
}

export interface WorkerError {
  type: ErrorType;
  code: string;
  userMessage: string;
  message: string;
}

export type DraftOutcome = { ok: true; analysis: DraftAnalysis } | { ok: false; error: WorkerError };

export default async function analyze(task: DraftTask): Promise<DraftOutcome> {
  task.port?.postMessage('started');
  try {
    const buf = Buffer.from(task.data.buffer, task.data.byteOffset, task.data.byteLength);
    const analysis = await analyzeDraft(buf, task.filename, {
      maxFindings: task.maxFindings,
      includeDocument: task.includeDocument,
      onStage: (stage) => task.port?.postMessage(stage),
    });
    return { ok: true, analysis };
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: { type: e.type, code: e.code, userMessage: e.userMessage, message: e.message } };
    throw e;
  } finally {
    task.port?.close();
  }
}
