import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCards } from './server/services/chat/cards';
const cards = loadCards('corpus/cards');
const files = readdirSync('test/fixtures').filter((f) => /^chat-.*\.jsonl$/.test(f) && !f.includes('blind6')).map((f) => join('test/fixtures', f));
files.push('/tmp/chat-blind5-dev.jsonl');
const WORDS = /[a-zäöüß0-9§-]+/g;
const seen = new Map<string, Set<string>>();
for (const f of files) for (const l of readFileSync(f, 'utf8').split('\n').filter(Boolean)) {
  const c = JSON.parse(l);
  for (const t of (c.turns ?? [c.text ?? c.message ?? ""])) for (const w of (t.toLowerCase().match(WORDS) ?? [])) for (const card of cards) for (const term of card.topic.flatMap((x) => x.split(/\s*&\s*/))) {
    if (/\s/.test(term) || term.length < 6 || w.startsWith(term)) continue;
    const at = w.lastIndexOf(term);
    if (at > 0 && /^(?:e|en|n|s|es|er|ern|ung|ungen)?$/.test(w.slice(at + term.length))) {
      const k = `${term} in ${w}`; if (!seen.has(k)) seen.set(k, new Set()); seen.get(k)!.add(card.id);
    }
  }
}
for (const [k, v] of [...seen].sort()) console.log(k, '→', [...v].join(','));
