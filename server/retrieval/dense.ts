import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { SearchHit } from '../contracts/search';
import { isCitationScore } from './engine';
import type { SearchIndex, SearchOptions } from './index';

/**
 * Optional dense retrieval: Absätze embedded through an OpenAI-compatible endpoint (EMBEDDING_MODEL), fused
 * with BM25 by reciprocal rank fusion at § level. Off unless configured; BM25 alone answers otherwise.
 */

/** What dense retrieval needs from the LLM provider (LlmProvider.embed fits). */
export interface Embedder {
  embed(texts: string[], opts?: { signal?: AbortSignal }): Promise<{ vectors: number[][] }>;
}

/** RRF constant: damps the head of each list so that neither ranking dominates. */
const RRF_K = 60;
/** Candidates taken from each ranking before fusion. */
const CANDIDATES = 50;
const BATCH = 64;

const CacheSchema = z.object({ model: z.string(), vectors: z.record(z.string(), z.string()) });

/** Embeddings on disk, keyed by a hash of model and input text: a changed Absatz is embedded again, nothing else. */
class EmbeddingCache {
  private readonly vectors = new Map<string, string>();
  private dirty = false;

  constructor(
    private readonly file: string,
    private readonly model: string,
  ) {
    if (!existsSync(file)) return;
    const parsed = CacheSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success && parsed.data.model === model) for (const [k, v] of Object.entries(parsed.data.vectors)) this.vectors.set(k, v);
  }

  key(text: string): string {
    return createHash('sha256').update(this.model).update('\0').update(text).digest('hex');
  }

  get(key: string): Float32Array | undefined {
    const b64 = this.vectors.get(key);
    if (!b64) return undefined;
    const buf = Buffer.from(b64, 'base64');
    return new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  }

  set(key: string, v: Float32Array): void {
    this.vectors.set(key, Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64'));
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify({ model: this.model, vectors: Object.fromEntries(this.vectors) }));
    renameSync(tmp, this.file);
    this.dirty = false;
  }
}

function normalised(v: ArrayLike<number>): Float32Array {
  const out = Float32Array.from(v);
  let n = 0;
  for (let i = 0; i < out.length; i++) n += out[i]! * out[i]!;
  const norm = Math.sqrt(n) || 1;
  for (let i = 0; i < out.length; i++) out[i] = out[i]! / norm;
  return out;
}

/** Fused ranking of several best-first lists of keys: score = Σ 1 / (RRF_K + rank). */
export function reciprocalRankFusion(lists: string[][]): { key: string; score: number }[] {
  const score = new Map<string, number>();
  for (const list of lists) list.forEach((key, rank) => score.set(key, (score.get(key) ?? 0) + 1 / (RRF_K + rank + 1)));
  return [...score].map(([key, s]) => ({ key, score: s })).sort((a, b) => b.score - a.score);
}

const sectionKey = (h: SearchHit) => `${h.law}\0${h.section ?? h.ref}`;

export class DenseRetriever {
  private constructor(
    private readonly index: SearchIndex,
    private readonly embedder: Embedder,
    private readonly matrix: Float32Array,
    private readonly dim: number,
  ) {}

  /** Embeds every Absatz of the index (cached ones are read from disk) into one normalised matrix. */
  static async open(index: SearchIndex, embedder: Embedder, opts: { cacheDir: string; model: string; signal?: AbortSignal }): Promise<DenseRetriever> {
    mkdirSync(opts.cacheDir, { recursive: true });
    const modelId = createHash('sha256').update(opts.model).digest('hex').slice(0, 12);
    const cache = new EmbeddingCache(join(opts.cacheDir, `embeddings-${modelId}.json`), opts.model);
    const n = index.unitCount();
    const inputs = Array.from({ length: n }, (_, u) => index.unitContext(u));
    const keys = inputs.map((t) => cache.key(t));
    const missing = keys.map((k, u) => (cache.get(k) ? -1 : u)).filter((u) => u >= 0);
    for (let i = 0; i < missing.length; i += BATCH) {
      const batch = missing.slice(i, i + BATCH);
      const { vectors } = await embedder.embed(batch.map((u) => inputs[u]!), opts.signal ? { signal: opts.signal } : {});
      batch.forEach((u, j) => cache.set(keys[u]!, Float32Array.from(vectors[j]!)));
      // a long first run that fails half-way keeps what it already paid for
      cache.save();
    }
    const first = n > 0 ? cache.get(keys[0]!)! : new Float32Array(0);
    const dim = first.length;
    const matrix = new Float32Array(n * dim);
    keys.forEach((k, u) => matrix.set(normalised(cache.get(k)!), u * dim));
    return new DenseRetriever(index, embedder, matrix, dim);
  }

  /** Units by cosine similarity to the query, best first. */
  async nearest(query: string, k: number, signal?: AbortSignal): Promise<{ unit: number; score: number }[]> {
    const { vectors } = await this.embedder.embed([query], signal ? { signal } : {});
    const q = normalised(vectors[0]!);
    if (q.length !== this.dim) return [];
    const n = this.matrix.length / Math.max(1, this.dim);
    const scored: { unit: number; score: number }[] = [];
    for (let u = 0; u < n; u++) {
      let s = 0;
      for (let i = 0, o = u * this.dim; i < this.dim; i++) s += q[i]! * this.matrix[o + i]!;
      scored.push({ unit: u, score: s });
    }
    return scored.sort((a, b) => b.score - a.score).slice(0, k);
  }

  /** BM25 and dense rankings fused at § level; cited provisions stay first as in BM25. */
  async search(query: string, opts: SearchOptions & { signal?: AbortSignal } = {}): Promise<SearchHit[]> {
    const k = opts.k ?? 10;
    const lexical = this.index.search(query, { ...opts, k: CANDIDATES });
    const cited = lexical.filter((h) => isCitationScore(h.score));
    if (cited.length >= k) return cited.slice(0, k);
    const laws = opts.laws?.length ? new Set(opts.laws.map((l) => this.index.lawAbbreviation(l))) : null;
    const allowed = (h: SearchHit) => (!opts.kinds?.length || opts.kinds.includes(h.kind ?? 'law')) && (!laws || laws.has(h.law));
    const dense = (await this.nearest(query, CANDIDATES * 4, opts.signal)).map((d) => this.index.unitHit(d.unit, d.score)).filter(allowed);
    const best = new Map<string, SearchHit>();
    for (const h of [...lexical, ...dense]) if (!best.has(sectionKey(h))) best.set(sectionKey(h), h);
    const dedupe = (hits: SearchHit[]) => [...new Set(hits.map(sectionKey))].slice(0, CANDIDATES);
    const citedKeys = new Set(cited.map(sectionKey));
    const fused = reciprocalRankFusion([dedupe(lexical.filter((h) => !citedKeys.has(sectionKey(h)))), dedupe(dense)])
      .filter((f) => !citedKeys.has(f.key))
      .map((f) => ({ ...best.get(f.key)!, score: Math.round(f.score * 1e5) / 1e5 }));
    return [...cited, ...fused].slice(0, k);
  }
}
