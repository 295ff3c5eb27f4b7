import { describe, expect, it } from 'vitest';
import { stripPageFurniture } from '../../server/ingest/page-furniture';

const WORDS = ['Antrag', 'Bescheid', 'Behörde', 'Frist', 'Gemeinde', 'Erlaubnis', 'Anzeige', 'Verfahren', 'Nachweis', 'Satzung'];
/** Running text that differs from page to page in its words, as real pages do. */
const body = (n: number) => `Die ${WORDS[n % WORDS.length]} wird nach Maßgabe\nder Vorschriften über ${WORDS[(n + 3) % WORDS.length]} geprüft`;

describe('stripPageFurniture', () => {
  it('removes repeated page furniture but never § headings that open pages', () => {
    const pages = [1, 2, 3, 4].map((n) => `Kopfzeile Entwurf\n§ ${n} Titel ${n}\nText ${n}.\n- ${n} -`);
    const out = stripPageFurniture(pages);
    expect(out.join('\n')).not.toMatch(/Kopfzeile|- \d -/);
    expect(out.join('\n').match(/^§ \d Titel/gm)).toHaveLength(4);
  });

  it('removes headers that alternate between odd and even pages, as in a Bundestag Drucksache', () => {
    const pages = Array.from({ length: 8 }, (_, i) => {
      const n = i + 1;
      const header = n % 2 === 0 ? `Drucksache 19/30399 – ${n} – Deutscher Bundestag – 19. Wahlperiode` : `Deutscher Bundestag – 19. Wahlperiode – ${n} – Drucksache 19/30399`;
      return n === 1 ? body(n) : `${header}\n${body(n)}`;
    });
    const out = stripPageFurniture(pages).join('\n');
    expect(out).not.toMatch(/Wahlperiode/);
    expect(out.match(/^Die \S+ wird nach Maßgabe$/gm)).toHaveLength(8);
  });

  it('removes a Drucksache line printed as header on some pages and as footer with a page number on others', () => {
    const pages = Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? `Drucksache 683/21\n${body(i)}` : `${body(i)}\nDrucksache 683/21 - ${i + 1} -`));
    pages.push('Artikel 2\nInkrafttreten\nDieses Gesetz tritt am Tag nach der Verkündung in Kraft.\nDrucksache 683/21');
    const out = stripPageFurniture(pages).join('\n');
    expect(out).not.toMatch(/Drucksache/);
    expect(out).toMatch(/^Artikel 2$/m);
  });

  it('leaves documents of fewer than three pages alone', () => {
    // two pages are too few to tell furniture from text
    const pages = ['Der Antrag ist schriftlich zu stellen.\nEnde', 'Der Antrag ist schriftlich zu stellen.\nSchluss'];
    expect(stripPageFurniture(pages)).toEqual(pages);
  });
});
