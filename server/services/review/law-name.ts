/**
 * A law's name with its definite article in the nominative and genitive, as Änderungsbefehle need it
 * ("Die Niedersächsische Bauordnung wird wie folgt geändert:", "§ 12 … der Niedersächsischen Bauordnung").
 * The gender comes from the head noun; a name whose head noun is not a known kind of law gives undefined,
 * and the caller names the law without declining it.
 */

type Gender = 'f' | 'm' | 'n';

const GENDER: [RegExp, Gender][] = [
  [/(?:ordnung|satzung|verfassung|vereinbarung|richtlinie|regelung)$/i, 'f'],
  [/(?:vertrag|erlass|tarif)$/i, 'm'],
  [/(?:gesetz|buch|recht|statut|abkommen)$/i, 'n'],
];
/** "Niedersächsisches", "Achtes", "Allgemeine": a declined adjective before the head noun. */
const ADJECTIVE = /^(\p{Lu}\p{Ll}+?)(?:es|er|en|e)$/u;

export interface LawNameCases {
  /** "Die Niedersächsische Bauordnung" */
  nominative: string;
  /** "der Niedersächsischen Bauordnung" */
  genitive: string;
}

/** "Niedersächsische Bauordnung (NBauO) vom 3. April 2012" → "Niedersächsische Bauordnung". */
export const bareLawName = (name: string) =>
  name
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+(?:vom|in der Fassung)\s+\d[\s\S]*$/, '')
    .replace(/\s+/g, ' ')
    .trim();

export function lawNameCases(name: string): LawNameCases | undefined {
  const words = bareLawName(name).split(' ');
  let head = 0;
  while (head + 1 < words.length && ADJECTIVE.test(words[head]!) && /^\p{Lu}/u.test(words[head + 1]!)) head++;
  const noun = words[head]!;
  const gender = GENDER.find(([re]) => re.test(noun))?.[1];
  if (!gender) return undefined;
  const adjectives = words.slice(0, head).map((w) => ADJECTIVE.exec(w)![1]!);
  const rest = words.slice(head + 1).join(' ');
  const genNoun = gender === 'f' ? noun : /(?:[sßxz]|^Buch)$/.test(noun) ? `${noun}es` : `${noun}s`;
  const phrase = (article: string, ending: string, n: string) => [article, ...adjectives.map((a) => a + ending), n, rest].filter(Boolean).join(' ');
  return {
    nominative: phrase({ f: 'Die', m: 'Der', n: 'Das' }[gender], 'e', noun),
    genitive: phrase(gender === 'f' ? 'der' : 'des', 'en', genNoun),
  };
}
