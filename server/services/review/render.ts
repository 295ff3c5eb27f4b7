import type { ReviewResponse } from '../../contracts/api';
import { buildDocumentation, documentationBlocks, type DocumentationDraft } from '../documentation';
import { renderDocx, renderMarkdown } from './docx';
import { reviewBlocks } from './export';
import { trackedDraft } from './tracked-draft';

/**
 * Renders one export file of a review. Plain data in, bytes out, so it can run in a worker thread: for a draft of
 * several megabytes building and zipping the pages takes long enough to stall every other user on the main thread.
 */

export type ExportKind = 'review' | 'documentation' | 'draft';

export interface RenderRequest {
  kind: ExportKind;
  /** 'draft' is always Word. */
  format: 'md' | 'docx';
  review: ReviewResponse;
  /** ISO time of the request (the date printed on the pages). */
  now: string;
  /** The uploaded Word file, for the tracked-changes draft. */
  source?: Uint8Array;
  /** A documentation draft prepared elsewhere (refined by the model); built here when absent. */
  documentation?: DocumentationDraft;
}

const asBuffer = (u: Uint8Array) => (Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength));

export async function renderExport(t: RenderRequest): Promise<Buffer | string> {
  const now = new Date(t.now);
  if (t.kind === 'draft') return trackedDraft(t.review, t.source && asBuffer(t.source), now);
  const blocks = t.kind === 'review' ? reviewBlocks(t.review, now) : documentationBlocks(t.documentation ?? buildDocumentation(t.review, now));
  return t.format === 'md' ? renderMarkdown(blocks) : renderDocx(t.review.title, blocks);
}
