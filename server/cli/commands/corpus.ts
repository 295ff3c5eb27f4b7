import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliCommand } from '../command';
import { UsageError } from '../command';
import { loadConfig } from '../../config';
import { addToCorpus } from '../../retrieval/corpus-import';
import { readManifest, type ManifestEntry } from '../../retrieval/manifest';
import { readWebImports } from '../../storage/index';

const usage = [
  'Aufruf: npm run -s cli -- corpus add DATEI… [--dir VERZEICHNIS] [--abk ABK] [--titel TITEL] [--ebene Bund|Niedersachsen|Sonstige]',
  '        npm run -s cli -- corpus list [--dir VERZEICHNIS]',
  '',
  'add   nimmt Gesetze in das Korpus auf: Markdown (Bundesrecht- oder Niedersachsen-Format, Leitfäden),',
  '      Text, PDF oder DOCX. Ohne --dir landen sie im Nutzerkorpus DATA_DIR/corpus, das bei der Suche',
  '      zusätzlich zum mitgelieferten Korpus gilt und ein mitgeliefertes Gesetz gleicher Abkürzung ersetzt',
  '      (z. B. den NDIG-Auszug durch den vollständigen Text aus VORIS). Der Suchindex wird beim nächsten',
  '      Start automatisch neu aufgebaut. Es wird nichts nachgefragt.',
  'list  zeigt mitgeliefertes Korpus (CORPUS_DIR), Nutzerkorpus und die über die Weboberfläche importierten',
  '      Gesetze (Datenbank: DATABASE_URL oder DATA_DIR/app.db) als Tabelle, oder nur --dir.',
  '',
  '  --abk, --titel, --ebene   Angaben für eine einzelne Text-/PDF-/DOCX-Datei (sonst aus der ersten Zeile „Titel (ABK)“)',
].join('\n');

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { dir: { type: 'string' }, abk: { type: 'string' }, titel: { type: 'string' }, ebene: { type: 'string' } },
    });
  } catch (e) {
    throw new UsageError(`Unbekannte oder unvollständige Option (${e instanceof Error ? e.message : String(e)}).`);
  }
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function table(title: string, docs: Pick<ManifestEntry, 'abbreviation' | 'title' | 'jurisdiction' | 'kind' | 'excerpt' | 'stand'>[]): string {
  const rows = docs.map((d) => [
    d.abbreviation,
    cut(d.title, 60),
    d.jurisdiction,
    d.kind === 'guidance' ? 'Leitfaden' : 'Gesetz',
    d.excerpt ? 'Auszug' : 'vollständig',
    cut(d.stand ?? '–', 60),
  ]);
  const head = ['Abkürzung', 'Titel', 'Ebene', 'Art', 'Umfang', 'Stand'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [`${title} (${docs.length} Dokumente)`, '', line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), ''].join('\n');
}

export const command: CliCommand = {
  name: 'corpus',
  summary: 'Gesetzeskorpus anzeigen oder Gesetze (Markdown, Text, PDF, DOCX) aufnehmen',
  usage,
  async run(args) {
    const { positionals, values } = parse(args);
    const [sub, ...files] = positionals;
    const config = loadConfig(process.env);
    const userDir = join(config.DATA_DIR, 'corpus');
    if (sub === 'list') {
      if (files.length) throw new UsageError('corpus list erwartet keine Dateien.');
      const dirs = values.dir ? [[`Korpus ${values.dir}`, values.dir]] : [[`Mitgeliefertes Korpus (${config.CORPUS_DIR})`, config.CORPUS_DIR], [`Nutzerkorpus (${userDir})`, userDir]];
      for (const [title, dir] of dirs) process.stdout.write(table(title!, readManifest(dir!).documents) + '\n');
      if (!values.dir) {
        const web = await readWebImports(config, (c) => c.list());
        process.stdout.write(table('Über die Weboberfläche importiert (Datenbank)', web) + '\n');
      }
      return 0;
    }
    if (sub !== 'add') throw new UsageError('Bitte „add“ oder „list“ angeben.');
    if (files.length === 0) throw new UsageError('Bitte mindestens eine Datei angeben.');
    const ebene = values.ebene;
    if (ebene !== undefined && ebene !== 'Bund' && ebene !== 'Niedersachsen' && ebene !== 'Sonstige') {
      throw new UsageError('--ebene muss Bund, Niedersachsen oder Sonstige sein.');
    }
    const dir = resolve(values.dir ?? userDir);
    const added = await addToCorpus(dir, files, {
      ...(values.abk ? { abbreviation: values.abk } : {}),
      ...(values.titel ? { title: values.titel } : {}),
      ...(ebene ? { jurisdiction: ebene } : {}),
    });
    for (const e of added) process.stdout.write(`Aufgenommen: ${e.abbreviation} – ${e.title} (${e.jurisdiction}${e.excerpt ? ', Auszug' : ''}) → ${join(dir, e.file)}\n`);
    process.stdout.write(`Manifest aktualisiert: ${join(dir, 'manifest.json')}. Der Suchindex wird bei der nächsten Suche neu aufgebaut.\n`);
    return 0;
  },
};
