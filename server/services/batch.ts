import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { BatchCreateBody, BatchJobResponse, BatchResultsQuery } from '../contracts/api';
import { AppError } from '../errors';
import type { BatchJobs } from '../jobs/runner';
import { exportColumns } from '../batch/writers';
import { writeCsv, writeXlsx } from '../jobs/export';
import type { UploadedFile } from '../ingest/upload-file';
import { extractLawZip, ZIP_LIMITS } from '../jobs/zip';
import { logger } from '../logger';
import type { SearchIndex } from '../retrieval/index';
import type { BatchStore, JobRecord } from '../storage/batch';
import type { Clock } from '../storage/clock';
import { notFound } from './not-found';
import type { Quota } from './quota';

export interface BatchServiceDeps {
  jobs: BatchJobs;
  store: BatchStore;
  index: SearchIndex;
  clock: Clock;
  /** DATA_DIR/uploads: one sub-directory per ZIP job. */
  uploadsDir: string;
  /** A language model is configured, so jobs may opt in to the AI review. */
  aiAvailable?: boolean;
  /** Per-user storage quota, checked before a job is created. */
  quota?: Quota;
  /** Largest size a ZIP may extract to (config JOB_MAX_EXTRACTED_MB). */
  maxExtractedBytes?: number;
}

/**
 * Queued or running jobs one owner may have. Jobs run one after another, so without a cap one user's pile of
 * whole-corpus screenings would make everybody else's job wait for hours.
 */
export const MAX_OPEN_JOBS = 5;

const NO_MODEL = 'Die KI-Prüfung ist nicht verfügbar, weil kein Sprachmodell konfiguriert ist. Bitte starten Sie das Screening ohne KI-Prüfung.';

const publicJob = ({ sessionId: _s, files: _f, seconds: _sec, uploadBytes: _b, ...job }: JobRecord) => job;

/** Batch screening use cases: create from corpus laws or a ZIP, inspect, page results, export, delete. */
export function createBatchService(deps: BatchServiceDeps) {
  const { jobs, store } = deps;
  /** An administrator may open every owner's job; everybody else only their own. */
  const load = async (sessionId: string, id: string, admin = false) => {
    const job = admin ? await store.getById(id) : await jobs.get(sessionId, id);
    if (!job) throw notFound('job');
    return job;
  };

  function checkAi(ai: boolean | undefined): boolean {
    if (ai && !deps.aiAvailable) throw new AppError('bad_request', 'bad_request:ai_unavailable', NO_MODEL);
    return Boolean(ai);
  }

  async function checkOpenJobs(sessionId: string): Promise<void> {
    const open = (await jobs.list(sessionId)).filter((j) => j.status === 'queued' || j.status === 'running').length;
    if (open < MAX_OPEN_JOBS) return;
    throw new AppError(
      'rate_limited',
      'rate_limited:batch_jobs',
      `Sie haben bereits ${MAX_OPEN_JOBS} Prüfaufträge in Arbeit. Bitte warten Sie, bis einer fertig ist, oder brechen Sie einen ab.`,
      `open batch jobs limit (${open})`,
    );
  }

  function corpusFiles(laws: BatchCreateBody['laws']): string[] {
    const all = deps.index.listLaws().filter((l) => l.kind === 'law' && l.path);
    if (laws === 'all') return all.map((l) => l.path);
    const byName = new Map(all.map((l) => [l.abbreviation.toLowerCase(), l.path]));
    const unknown = laws.filter((l) => !byName.has(l.toLowerCase()));
    if (unknown.length) {
      throw new AppError('bad_request', 'bad_request:laws', `Unbekannte Gesetze: ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ' …' : ''}.`);
    }
    return [...new Set(laws.map((l) => byName.get(l.toLowerCase())!))];
  }

  return {
    async createFromCorpus(sessionId: string, body: BatchCreateBody): Promise<{ jobId: string }> {
      const ai = checkAi(body.ai);
      await checkOpenJobs(sessionId);
      await deps.quota?.check(sessionId);
      const files = corpusFiles(body.laws);
      if (files.length === 0) throw new AppError('bad_request', 'bad_request:laws', 'Es wurden keine Gesetze ausgewählt.');
      const name = body.name ?? (body.laws === 'all' ? 'Alle Gesetze' : body.laws.slice(0, 5).join(', ') + (body.laws.length > 5 ? ' …' : ''));
      return { jobId: (await jobs.create(sessionId, name, files, { ai })).id };
    },
    async createFromZip(
      sessionId: string,
      file: UploadedFile | undefined,
      opts: { name?: string; ai?: boolean } = {},
    ): Promise<{ jobId: string; notices?: string[] }> {
      const ai = checkAi(opts.ai);
      if (!file || file.size === 0) {
        throw new AppError('bad_request', 'bad_request:upload', 'Bitte laden Sie ein ZIP-Archiv mit Gesetzesdateien hoch.');
      }
      await checkOpenJobs(sessionId);
      await deps.quota?.check(sessionId);
      await jobs.checkRoom();
      const id = deps.clock.id();
      const dir = join(resolve(deps.uploadsDir), id);
      try {
        const zip = await extractLawZip(file.path, dir, { ...ZIP_LIMITS, maxTotalBytes: deps.maxExtractedBytes ?? ZIP_LIMITS.maxTotalBytes });
        await deps.quota?.check(sessionId, zip.bytes);
        const job = await jobs.create(sessionId, opts.name ?? file.originalname, zip.files, { id, ai, notices: zip.notices, uploadBytes: zip.bytes });
        return { jobId: job.id, ...(zip.notices.length ? { notices: zip.notices } : {}) };
      } catch (e) {
        rmSync(dir, { recursive: true, force: true });
        throw e;
      }
    },
    list: async (sessionId: string) => (await jobs.list(sessionId)).map(publicJob),
    listAll: async () => (await store.listAll()).map(publicJob),
    async get(sessionId: string, id: string, admin = false): Promise<BatchJobResponse> {
      const job = await load(sessionId, id, admin);
      const position = job.status === 'queued' ? await jobs.position(job.id) : undefined;
      return { ...publicJob(job), ...(position ? { position } : {}), summary: await store.summary(job) };
    },
    results: async (sessionId: string, id: string, query: BatchResultsQuery, admin = false) => store.results((await load(sessionId, id, admin)).id, query),
    async exportTo(sessionId: string, id: string, format: 'csv' | 'xlsx', out: Writable, admin = false): Promise<void> {
      const job = await load(sessionId, id, admin);
      const rows = store.exportRows(job.id);
      const columns = exportColumns({ source: Boolean(job.ai) });
      await (format === 'csv' ? writeCsv(rows, out, columns) : writeXlsx(rows, out, columns));
    },
    async remove(sessionId: string, id: string): Promise<void> {
      if (!(await jobs.remove(sessionId, id))) throw notFound('job');
    },
    /**
     * Removes upload folders that belong to no job: left behind when the server stopped during a ZIP extraction
     * (the job row is written only after it). Run at start, before any upload can be in flight.
     */
    async removeOrphanUploads(): Promise<number> {
      const known = await store.ids();
      let names: string[];
      try {
        names = readdirSync(deps.uploadsDir);
      } catch {
        return 0;
      }
      let removed = 0;
      for (const name of names.filter((n) => !known.has(n))) {
        rmSync(join(deps.uploadsDir, name), { recursive: true, force: true });
        removed++;
      }
      if (removed) logger.info({ removed }, 'removed orphaned upload folders');
      return removed;
    },
  };
}
export type BatchService = ReturnType<typeof createBatchService>;
