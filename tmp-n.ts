import { generalNouns } from './server/retrieval/expansion';
import { stem, tokenize } from './server/retrieval/normalize';
const ns = new Set(generalNouns().map((w) => stem(tokenize(w)[0] ?? w)));
console.log(generalNouns().length);
for (const w of process.argv.slice(2)) console.log(w, ns.has(stem(tokenize(w)[0] ?? w)));
