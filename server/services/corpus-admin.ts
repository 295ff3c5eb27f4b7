import { createHash } from 'node:crypto';
import type { CorpusImportFields, ImportedLaw as ImportedLawItem } from '../contracts/api';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { ConvertedLaw, ImportOptions } from '../retrieval/corpus-import';
import type { SearchIndex } from '../retrieval/index';
import { nameKey } from '../retrieval/law-names';
import type { LiveIndex } from '../retrieval/live-index';
import type { CorpusStore, ImportedLaw, ImportedLawMeta } from '../storage/corpus';

export interface CorpusAdminDeps {
  store: CorpusStore;
  /** The index every search uses; swapped when a rebuild is done. */
  index: LiveIndex;
  /** Name keys of the shipped (and CLI-imported) laws, to say which of them an import hides. */
  baseLawKeys: () => Set<string>;
  /** Upload → corpus Markdown, in the upload worker with the draft limits. */
  convert: (buf: Buffer, filename: string, opts: ImportOptions) => Promise<ConvertedLaw>;
  /** Shipped corpus + these imports → a new index, built off the request thread. */
  rebuild: (laws: ImportedLaw[]) => Promise<SearchIndex>;
  /** Tells the other instances that the imports changed (Redis); without it this process is the only one. */
  publish?: () => Promise<void>;
  /** After a swap, with the new corpus figures. */
  onSwapped?: (corpus: ReturnType<SearchIndex['stats']>) => void;
  log: Logger;
  /** The web imports the start-up index already holds (default none). */
  indexed?: Pick<ImportedLawMeta, 'id' | 'importedAt'>[];
}

/** What identifies a state of the imports: every law's id and import time. */
const versionOf = (laws: Pick<ImportedLawMeta, 'id' | 'importedAt'>[]): string =>
  createHash('sha256')
    .update(laws.map((l) => `${l.id}\0${l.importedAt}`).sort().join('\n'))
    .digest('hex');

const NO_FILE = 'Bitte wählen Sie eine Gesetzesdatei aus (PDF, Word-Datei (DOCX), Text- oder Markdown-Datei).';

/**
 * Corpus administration: laws imported over the web are stored in the database and come on top of the shipped
 * corpus. After every change the index is rebuilt from the database in the background and swapped in; every other
 * instance hears of the change (publish) and does the same, so all of them serve the same corpus.
 */
export function createCorpusAdmin(deps: CorpusAdminDeps) {
  const { store, index, log } = deps;
  /** The state the live index was built from. */
  let live = versionOf(deps.indexed ?? []);
  /** The last rebuild failed; the index is older than the database. */
  let failed = false;
  let running: Promise<void> | undefined;
  let again = false;

  /** Never throws: it runs in the background, and a failure leaves the last index in use. */
  async function rebuildOnce(): Promise<void> {
    const started = Date.now();
    try {
      const laws = await store.all();
      const version = versionOf(laws);
      if (version === live) return;
      index.swap(await deps.rebuild(laws));
      live = version;
      failed = false;
      log.info({ imported: laws.length, corpus: index.stats(), ms: Date.now() - started }, 'corpus index rebuilt and swapped');
      deps.onSwapped?.(index.stats());
    } catch (e) {
      failed = true;
      log.error({ err: e }, 'corpus index rebuild failed; the previous index stays in use');
    }
  }

  /** Brings the index up to the database; a change during a rebuild leads to one more, never to two at once. */
  function reload(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await rebuildOnce();
      } while (again);
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  function changed(): void {
    void reload();
    deps.publish?.().catch((e: unknown) => log.warn({ err: e }, 'could not tell the other instances about the corpus change'));
  }

  const toItem = (l: ImportedLawMeta): ImportedLawItem => ({
    id: l.id,
    abbreviation: l.abbreviation,
    title: l.title,
    jurisdiction: l.jurisdiction,
    kind: l.kind,
    ...(l.stand ? { stand: l.stand } : {}),
    excerpt: l.excerpt,
    fileName: l.fileName,
    importedBy: l.importedBy,
    importedAt: l.importedAt,
    replacesShipped: deps.baseLawKeys().has(nameKey(l.abbreviation)),
  });

  return {
    reload,
    async status() {
      const laws = await store.list();
      const current = versionOf(laws) === live;
      // an instance that failed or missed a message catches up when an administrator looks
      if (!current && !running) void reload();
      return {
        laws: laws.map(toItem),
        index: { current, ...(failed ? { error: 'Der Suchindex konnte nicht neu aufgebaut werden; es gilt der bisherige Stand.' } : {}) },
        corpus: index.stats(),
      };
    },
    async import(file: { buffer: Buffer; originalname: string } | undefined, fields: CorpusImportFields, actor: string) {
      if (!file || file.buffer.length === 0) throw new AppError('bad_request', 'bad_request:upload', NO_FILE);
      const { entry, markdown } = await deps.convert(file.buffer, file.originalname, fields);
      const stored = await store.put({
        id: entry.id,
        abbreviation: entry.abbreviation,
        title: entry.title,
        jurisdiction: entry.jurisdiction,
        kind: entry.kind,
        source: entry.source,
        ...(entry.stand ? { stand: entry.stand } : {}),
        excerpt: entry.excerpt,
        fileName: file.originalname.slice(0, 200),
        importedBy: actor,
        markdown,
      });
      log.info({ audit: 'corpus.import', actor, law: stored.abbreviation, id: stored.id, file: stored.fileName, replaced: stored.replaced }, 'audit: corpus law imported');
      changed();
      const { replaced, ...meta } = stored;
      return { law: toItem(meta), replaced };
    },
    async remove(id: string, actor: string): Promise<void> {
      const removed = await store.remove(id);
      if (!removed) throw new AppError('not_found', 'not_found:imported_law', 'Das importierte Gesetz wurde nicht gefunden.');
      log.info({ audit: 'corpus.delete', actor, law: removed.abbreviation, id }, 'audit: imported corpus law deleted');
      changed();
    },
    /** Waits for a rebuild in progress (shutdown, tests). */
    settled: async (): Promise<void> => {
      await running;
    },
  };
}
export type CorpusAdmin = ReturnType<typeof createCorpusAdmin>;
