import snowball from 'snowball-stemmers';
import { memoByText } from '../memo';

/** Bump when tokenisation, stemming, decompounding or synonyms change: persisted indexes carry it in their key. */
export const ANALYZER_VERSION = 18;

/** Umlaut/ß folding so that "Behörde", "Behoerde" and "Behorde" meet. */
const FOLD: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss', ae: 'a', oe: 'o', ue: 'u' };
export function fold(word: string): string {
  return word.replace(/ae|oe|ue|[äöüß]/g, (m) => FOLD[m]!);
}

/** Lower-cased letter/digit runs; hyphens and line-wrap hyphens split words ("De-Mail-Gesetz" → de, mail, gesetz). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  forEachToken(text, (t) => out.push(t));
  return out;
}

const WORD = /[\p{L}\d]+/gu;

/** The tokens of `tokenize` one by one, without an intermediate array (indexing a whole corpus). */
export function forEachToken(text: string, f: (token: string) => void): void {
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  let pendingE = false;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const w = m[0];
    if (pendingE) {
      pendingE = false;
      // "E-Mail" is one word: its halves would meet every "De-Mail"
      if (w === 'mail' || w === 'mails') {
        f('email');
        continue;
      }
      f('e');
    }
    if (w === 'e') pendingE = true;
    else f(w);
  }
  if (pendingE) f('e');
}

const germanStemmer = snowball.newStemmer('german');

/** Snowball German stem of a lower-cased surface word, folded afterwards (the stemmer itself expects umlauts). */
export const stem: (word: string) => string = memoByText(
  // numbers and codes ("3a", "2021") have no inflection; the stemmer is the slowest step of indexing
  (word) => (/\d/.test(word) || word.length < 4 ? fold(word) : fold(germanStemmer.stem(word))),
  500_001,
);

/** Function words; kept short on purpose: modal verbs like "kann"/"soll" carry meaning in legal text. */
export const STOP_WORDS = new Set(
  (
    'aber als also am an auch auf aus bei beim bin bis bzw da damit dann das dass dem den denen der deren des dessen die dies diese ' +
    'dieser dieses doch dort durch ein eine einem einen einer eines er es etwa für hat hatte hier ich ihm ihn ihr ihre ihrem ihren ' +
    'ihrer im in indem ins ist je jede jedem jeden jeder jedes kein keine keinem keinen keiner man mit nach nicht noch nur ob oder ' +
    'ohne sich sie sind so sowie über um und uns unter vom von vor war waren was weil wenn werden wird wie wir wo zu zum zur ' +
    'sein seine seinem seinen seiner seines sei gegen wurde wurden worden sofern soweit bzw. u. abs satz nr s ' +
    // contracted prepositions ("aufs Handy", "ans Amt"): their stems are the preposition's, which is no search word
    'aufs ans ums durchs fürs übers unters vors hinters'
  ).split(/\s+/),
);

/** Words of question scaffolding that drafters add ("Welche Vorschrift regelt …?"), ignored in queries only. */
export const QUERY_STOP_WORDS = new Set(
  (
    'welche welcher welches welchen wer wem wen warum wieso weshalb wann darf dürfen muss müssen kann können soll sollen ' +
    'gibt gilt steht stehen regelt regeln geregelt vorschrift vorschriften regelung norm normen paragraf paragraph ' +
    'bestimmung bestimmungen etwas dabei dafür darüber eigentlich gibt es einer meine mein unsere unser ich wir ' +
    'frage fragen bitte geht hinaus überhaupt genau insbesondere sagt besagt welchem funktioniert bedeutet versteht ' +
    'heißt gemeint beachten art artikel absatz absätze paragraf paragraph paragrafen paragraphen ff ' +
    'wohin wodurch womit wofür worauf worüber wozu woher jemand jemandem jemanden passiert braucht brauchen ' +
    'benötigt benötigen reicht reichen genügt genügen denn schon bereits ja mal hierzu dazu selbst zwar konkret ' +
    // the asker's own person and wishes: lay questions tell a story in the first person ("mein Schwager", "mir",
    // "wir möchten"); these forms name no legal matter, yet their rare statute uses (an oath "so wahr mir Gott
    // helfe") won whole questions
    'mir mich meinen meinem meiner meines dir dich du dein deine deinen deinem deiner unserem unseren unserer unseres ' +
    'euch euer eure habe hab habt haben hatte hatten hätte hätten will willst wollen wollte wollten möchte möchten per ' +
    // where the story happens: the statutes name towns only in lists (the seats of the police directorates, NPOG
    // § 90), so "in Göttingen" made a question about a broken door a question about police directorates
    'hannover braunschweig oldenburg osnabrück göttingen lüneburg wolfsburg salzgitter hildesheim celle delmenhorst ' +
    'wilhelmshaven emden cuxhaven stade goslar hameln berlin hamburg bremen ' +
    // the drafter's own document ("Wie ersetze ich im Entwurf …"): it names no legal matter, yet "Entwurf" is a
    // statute word (the Entwurfsverfasser of the building codes) and drew such questions to them
    'entwurf entwurfs entwürfe gesetzentwurf gesetzentwurfs gesetzesentwurf referentenentwurf verordnungsentwurf'
  ).split(/\s+/),
);

/** The city states among the story's places: each also names a Land, and the Stadtstaatenklauseln name all three. */
const CITY_STATES = ['berlin', 'bremen', 'hamburg'];
const QUERY_STOP_WORDS_KEEPING_CITY_STATES = new Set([...QUERY_STOP_WORDS].filter((w) => !CITY_STATES.includes(w)));

/**
 * The query stop words of one question (lower-case tokens). A single city state is the place of a story („ich wohne
 * in Bremen“) and no search word; two or more of them, or a word of „Stadtstaat“, name the Länder themselves („in
 * Berlin, Bremen und Hamburg die Senate“), which the statutes list by name.
 */
export function queryStopWordsOf(tokens: readonly string[]): ReadonlySet<string> {
  const named = new Set(tokens.filter((t) => CITY_STATES.includes(t)));
  return named.size >= 2 || tokens.some((t) => t.startsWith('stadtstaat')) ? QUERY_STOP_WORDS_KEEPING_CITY_STATES : QUERY_STOP_WORDS;
}
