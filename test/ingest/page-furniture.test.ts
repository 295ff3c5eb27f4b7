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

  it('leaves two pages alone that open with the same sentence', () => {
    // two pages are too few to count: a line that ends a sentence is text
    const pages = ['Der Antrag ist schriftlich zu stellen.\nEnde', 'Der Antrag ist schriftlich zu stellen.\nSchluss'];
    expect(stripPageFurniture(pages)).toEqual(pages);
  });

  it('removes the running header of a two-page draft, which would otherwise sit inside its Artikel', () => {
    const header = 'Entwurf – Gesetz zur Änderung der Bauordnung (Stand: 14. Oktober 2025)';
    const pages = [`${header}\n${body(1)}\n4. § 74 wird wie folgt gefasst:\nSeite 1 von 2`, `${header}\n„§ 74\nVorbescheid\n${body(2)}.“\nSeite 2 von 2`];
    const out = stripPageFurniture(pages).join('\n');
    expect(out).not.toMatch(/Stand:|Seite/);
    expect(out).toMatch(/gefasst:\n„§ 74\nVorbescheid/);
  });

  it('keeps a § heading or a numbered line that opens both of two pages', () => {
    const pages = ['§ 3 Antrag\nDer Antrag wird gestellt', '§ 3 Antrag\nDer Bescheid ergeht'];
    expect(stripPageFurniture(pages)).toEqual(pages);
  });
});
