import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSearchIndex } from './server/retrieval/index';
const index = await openSearchIndex({ corpusDir: 'corpus', cacheDir: mkdtempSync(join(tmpdir(), 'dc-spell-')) });
for (const q of process.argv.slice(2)) console.log(index.correctSpelling(q));
process.exit(0);
