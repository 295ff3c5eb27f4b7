import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliCommand } from '../command';
import { UsageError } from '../command';
import { loadConfig } from '../../config';
import { groupStems, THESAURUS_DIR, THESAURUS_FILE, thesaurusHeaderVersion, thesaurusLine } from '../../retrieval/expansion';
import { forEachToken, stem, STOP_WORDS } from '../../retrieval/normalize';
import { listSources, loadSource } from '../../retrieval/sources';

/** Where the Debian package openthesaurus-de-text installs the thesaurus (mythes-de ships the same data as th_de_DE_v2). */
const DEBIAN_FILE = '/usr/share/openthesaurus-de/openthesaurus.txt';

const usage = [
  'Aufruf: npm run -s cli -- thesaurus [--quelle DATEI] [--korpus VERZEICHNIS] [--ziel VERZEICHNIS]',
  '',
  'Erzeugt corpus/thesaurus/openthesaurus-de.tsv aus OpenThesaurus (Debian-Paket openthesaurus-de-text,',
  `Standard ${DEBIAN_FILE}): nur Synonymgruppen, die ein Wort des Korpusvokabulars enthalten. Die Suche liest`,
  'zur Laufzeit nur die erzeugte Datei, nie /usr/share.',
].join('\n');

/** Usage labels whose words would mislead a statute search (archaic, vulgar, regional-only or jocular). */
const DROPPED_LABEL = /\((?:[^)]*\b(?:veraltet|vulg|derb|scherzh|abwertend|regional|österr|schweiz|süddt|norddeutsch|landschaftlich|Jargon|fig)\b[^)]*)\)/i;
/** Larger groups are loose associations ("gehen", "machen"), not synonyms. */
const MAX_GROUP = 12;

/** Single-word members of one OpenThesaurus line, labels removed; words with a dropped label are left out. */
export function groupMembers(line: string): string[] {
  const out = new Set<string>();
  for (const raw of line.split(';')) {
    if (DROPPED_LABEL.test(raw)) continue;
    const w = raw.replace(/\([^)]*\)/g, ' ').trim();
    // a hyphenated word is two tokens in a question and never meets its stem
    if (/^\p{L}{2,}$/u.test(w) && !STOP_WORDS.has(w.toLowerCase())) out.add(w);
  }
  return [...out];
}

/**
 * Groups with at least one word whose stem occurs in the corpus, as lines of the shipped file. The lay words
 * of a group are kept: they are what a question contains and what the group translates into statute terms.
 */
export function filterGroups(lines: string[], corpusStems: ReadonlySet<string>): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const line of lines) {
    if (line.startsWith('#') || !line.trim()) continue;
    const members = groupMembers(line);
    const stems = new Set(groupStems(members));
    if (stems.size < 2 || members.length > MAX_GROUP || ![...stems].some((s) => corpusStems.has(s))) continue;
    const key = [...stems].sort().join(';');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(members);
  }
  return out;
}

function corpusStems(dir: string): Set<string> {
  const stems = new Set<string>();
  for (const s of listSources([dir])) {
    const { doc } = loadSource(s);
    forEachToken(doc.text, (t) => {
      if (!/\d/.test(t)) stems.add(stem(t));
    });
  }
  return stems;
}

export const command: CliCommand = {
  name: 'thesaurus',
  summary: 'Synonymdatei der Suche aus OpenThesaurus erzeugen (auf das Korpusvokabular gefiltert)',
  usage,
  async run(args) {
    let values: { quelle?: string; korpus?: string; ziel?: string };
    try {
      values = parseArgs({ args, options: { quelle: { type: 'string' }, korpus: { type: 'string' }, ziel: { type: 'string' } } }).values;
    } catch (e) {
      throw new UsageError(`Unbekannte oder unvollständige Option (${e instanceof Error ? e.message : String(e)}).`);
    }
    const source = values.quelle ?? DEBIAN_FILE;
    if (!existsSync(source)) throw new UsageError(`${source} fehlt: bitte „apt-get install -y openthesaurus-de-text“ ausführen oder --quelle angeben.`);
    const text = readFileSync(source, 'utf8');
    const generated = /^# Automatically generated (.+)$/m.exec(text)?.[1] ?? 'unbekannt';
    const corpus = resolve(values.korpus ?? loadConfig(process.env).CORPUS_DIR);
    const groups = filterGroups(text.split('\n'), corpusStems(corpus));
    const target = resolve(values.ziel ?? THESAURUS_DIR);
    mkdirSync(target, { recursive: true });
    const header = [
      '# OpenThesaurus – deutscher Thesaurus, http://www.openthesaurus.de',
      '# Copyright (C) 2003-2014 Daniel Naber und die Mitwirkenden von openthesaurus.de',
      '# Lizenz: GNU Lesser General Public License (LGPL) 2.1 oder später; Volltext: /usr/share/common-licenses/LGPL-2.1',
      `# Quelle: Debian-Paket openthesaurus-de-text (${source}, erzeugt ${generated}).`,
      '# Gefiltert und umgeformt durch `npm run -s cli -- thesaurus`: nur einwortige Einträge ohne die Marken veraltet,',
      `# vulgär, derb, scherzhaft, abwertend, regional, übertragen; nur Gruppen mit höchstens ${MAX_GROUP} Wörtern, von denen`,
      '# mindestens eines (als Wortstamm) im Korpus vorkommt. Eine Zeile = eine Synonymgruppe: Wörter durch ";" getrennt,',
      '# Tabulator, ihre Wortstämme (so wie die Suche sie bildet; bei anderer Analyseversion neu berechnet).',
      '# Diese Datei ist erzeugt; Änderungen gehören in rechtsbegriffe.tsv.',
      thesaurusHeaderVersion(),
    ];
    const file = join(target, THESAURUS_FILE);
    writeFileSync(file, [...header, ...groups.map(thesaurusLine), ''].join('\n'));
    process.stdout.write(`${groups.length} Synonymgruppen aus ${source} → ${file}\n`);
    return 0;
  },
};
