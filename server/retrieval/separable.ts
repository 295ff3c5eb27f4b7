import { STOP_WORDS } from './normalize';

/**
 * Separable verbs of a question: "Das Amt schickt den Bescheid zu" means "zuschicken", but the particle stands at
 * the end of the clause, where it is a stop word, and the stem "schickt" alone means something else. Joining the
 * particle with the verb gives the stemmer, the thesaurus and the concept map the verb the question means.
 */

/** Particles that separate from their verb ("schickt … zu", "legt … vor", "bewahrt … auf", "findet … statt"). */
export const SEPARABLE_PARTICLES = [
  'ab', 'an', 'auf', 'aus', 'bei', 'bereit', 'dar', 'ein', 'fest', 'fort', 'frei', 'her', 'hin', 'mit', 'nach', 'statt',
  'teil', 'um', 'vor', 'weg', 'wieder', 'zu', 'zurück', 'zusammen',
];
const PARTICLES = new Set(SEPARABLE_PARTICLES);

/** Present-tense forms whose stem vowel changes, so that the regular rule cannot find the infinitive. */
const IRREGULAR: Record<string, string> = {
  gibt: 'geben', nimmt: 'nehmen', liest: 'lesen', sieht: 'sehen', hält: 'halten', läuft: 'laufen', trägt: 'tragen',
  fällt: 'fallen', lädt: 'laden', tritt: 'treten', spricht: 'sprechen', bricht: 'brechen', wirft: 'werfen',
  schlägt: 'schlagen', lässt: 'lassen', stößt: 'stoßen', hebt: 'heben', bringt: 'bringen', zieht: 'ziehen',
  weist: 'weisen', stellt: 'stellen',
};

/** Clause boundaries: punctuation and the conjunctions that start a new clause. */
const CLAUSE = /[,;:.!?()–—]|\s-\s|\s(?:und|oder|aber|sondern|denn|weil|wenn|dass|ob)\s/iu;

/** Infinitive of a finite verb form ("schickt" → "schicken", "fordert" → "fordern"), or null for other words. */
function infinitive(form: string): string | null {
  if (IRREGULAR[form]) return IRREGULAR[form]!;
  if (/(?:el|er)t$/.test(form)) return `${form.slice(0, -1)}n`;
  const m = /^(\p{Ll}{2,}?)(?:et|st|t|en|e)$/u.exec(form);
  return m ? `${m[1]}en` : null;
}

/**
 * Candidate infinitives of separable verbs: for each clause that ends in a particle, the particle joined with each
 * lower-case word of the clause that can be a finite verb (the caller keeps the candidates its vocabulary knows).
 * Nouns are capitalised and never the verb, except as the first word of a question ("Schickt …").
 */
export function separableVerbs(text: string): string[] {
  const out = new Set<string>();
  for (const clause of text.split(CLAUSE)) {
    const words = clause.match(/\p{L}+/gu) ?? [];
    const particle = words.at(-1)?.toLowerCase();
    if (!particle || !PARTICLES.has(particle) || words.length < 3) continue;
    words.slice(0, -1).forEach((w, i) => {
      const lower = w.toLowerCase();
      // question scaffolding is no stop here: "gibt … ab", "steht … zu"
      if ((i > 0 && w !== lower) || STOP_WORDS.has(lower)) return;
      const inf = infinitive(lower);
      if (inf) out.add(particle + inf);
    });
  }
  return [...out];
}
