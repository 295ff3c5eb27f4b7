import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { createProvider } from '../../server/llm/provider';
import { DenseRetriever, reciprocalRankFusion } from '../../server/retrieval/dense';
import { createSearchIndexFromDocuments } from '../../server/retrieval/index';
import { listSources, loadSource } from '../../server/retrieval/sources';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai';

const index = createSearchIndexFromDocuments(listSources([join(__dirname, '../fixtures/retrieval-corpus')]).map(loadSource));

describe('reciprocal rank fusion', () => {
  it('ranks what both lists agree on above what only one list has', () => {
    const fused = reciprocalRankFusion([['a', 'b', 'c'], ['c', 'd', 'a']]).map((f) => f.key);
    expect(fused.slice(0, 2).sort()).toEqual(['a', 'c']);
    expect(fused).toHaveLength(4);
    expect(reciprocalRankFusion([['x', 'y'], []]).map((f) => f.key)).toEqual(['x', 'y']);
  });
});

describe('dense retrieval through an OpenAI-compatible endpoint', () => {
  let fake: FakeOpenAI;
  let cacheDir: string;
  const provider = () =>
    createProvider(loadConfig({ LLM_MODEL: 'chat', EMBEDDING_MODEL: 'emb-test', OPENAI_BASE_URL: fake.url }), { retryBaseDelayMs: 1 });
  const embeddingCalls = () => fake.requests.filter((r) => r.path === '/v1/embeddings');

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    cacheDir = mkdtempSync(join(tmpdir(), 'dense-'));
  });
  afterAll(async () => {
    await fake.close();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('embeds every Absatz once and reads them from the disk cache afterwards', async () => {
    await DenseRetriever.open(index, provider(), { cacheDir, model: 'emb-test' });
    const embedded = embeddingCalls().flatMap((r) => r.body.input as string[]);
    expect(embedded).toHaveLength(index.unitCount());
    expect(embedded[0]).toContain(index.unitHit(0, 0).title);
    const before = embeddingCalls().length;
    await DenseRetriever.open(index, provider(), { cacheDir, model: 'emb-test' });
    expect(embeddingCalls().length).toBe(before);
    // another model does not reuse these vectors
    await DenseRetriever.open(index, provider(), { cacheDir, model: 'other-model' });
    expect(embeddingCalls().length).toBeGreaterThan(before);
  });

  it('fuses with BM25 at § level, cited provisions first, filters honoured', async () => {
    const dense = await DenseRetriever.open(index, provider(), { cacheDir, model: 'emb-test' });
    const cited = await dense.search('§ 3a VwVfG', { k: 5 });
    expect(cited[0]).toMatchObject({ law: 'VwVfG', section: '§ 3a' });
    const hits = await dense.search('elektronische Akte', { k: 8 });
    const sections = hits.map((h) => `${h.law} ${h.section}`);
    expect(new Set(sections).size).toBe(sections.length);
    expect(hits.length).toBe(8);
    const onlyBgb = await dense.search('Schriftform', { k: 5, laws: ['Bürgerliches Gesetzbuch'] });
    expect(onlyBgb.length).toBeGreaterThan(0);
    expect(onlyBgb.every((h) => h.law === 'BGB')).toBe(true);
  });
});
