import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeLawFile, analyzeLawText, decodeLawFile } from '../../server/batch/analyze-law';
import { lawNameFromPath } from '../../server/batch/law-result';
import { checkText } from '../../server/rules/engine';
import { FIXTURE_DIR } from './helpers';

const fixture = (p: string) => join(FIXTURE_DIR, p);

describe('analyzeLawText on real laws', () => {
  it('parses a federal ordinance and flags its written-form requirement where it stands', () => {
    const path = fixture('b/barchbv/index.md');
    const r = analyzeLawText(readFileSync(path, 'utf8'), path);
    expect(r.error).toBeUndefined();
    expect(r).toMatchObject({ path, law: 'BArchBV', jurisdiction: 'Bund' });
    expect(r.title).toContain('Benutzung von Archivgut');
    expect(r.provisions).toBeGreaterThanOrEqual(5);
    const schriftform = r.findings.filter((f) => f.category === 'schriftform');
    expect(schriftform.map((f) => f.location.ref)).toContain('§ 3 Abs. 1');
    expect(schriftform.every((f) => f.location.law === 'BArchBV')).toBe(true);
  });

  it('flags certified copies in another federal ordinance', () => {
    const path = fixture('b/begschlgverfv/index.md');
    const r = analyzeLawText(readFileSync(path, 'utf8'), path);
    expect(r.law).toBe('BEGSchlGVerfV');
    expect(r.findings.some((f) => f.category === 'original_beglaubigung' && f.location.ref.startsWith('§ 1 Abs. 2'))).toBe(true);
  });

  it('reports one finding per provision and category, the most severe one', () => {
    const law = [
      '---',
      'jurabk: TestG',
      '---',
      '',
      '## § 1 Antrag',
      '',
      '(1) Der Antrag soll schriftlich gestellt werden.',
      '',
      '(2) Die Anzeige ist schriftlich zu erstatten. Der Widerruf ist schriftlich zu erklären.',
      '',
      '## § 2 Bescheid',
      '',
      'Der Bescheid ist schriftlich zu erteilen.',
      '',
    ].join('\n');
    const r = analyzeLawText(law, 'testg.md');
    expect(r.findings.map((f) => [f.location.ref, f.category, f.severity])).toEqual([
      ['§ 1 Abs. 2 Satz 1', 'schriftform', 'hoch'],
      ['§ 2', 'schriftform', 'hoch'],
    ]);
  });

  it('keeps the per-span findings of checkText (review) but reports one per provision and code in batch (EAKAV § 3 Abs. 2)', () => {
    // the rule dev set's eakav-3-2: two signed documents in one sentence, one requirement of the provision
    const absatz = [
      '(2) Die Zulassung zur Nutzung des MVP Portals richtet sich nach dem von der Bundesanstalt vorgesehenen Verfahren.',
      'Die Einzelheiten sind dem Benutzerhandbuch zum MVP Portal zu entnehmen. Dem unterschriebenen Zugangsantrag ist eine',
      'von der Geschäftsleitung der OGAW-Kapitalverwaltungsgesellschaft unterschriebene Erklärung darüber beizufügen, dass',
      'die Person, die die Zulassung beantragt, für die Gesellschaft tätig ist.',
    ].join('\n');
    const review = checkText(absatz, { law: 'EAKAV' }).filter((f) => f.category === 'unterschrift');
    expect(review.map((f) => f.quote.match)).toEqual(['unterschriebenen', 'unterschriebene']);

    const law = ['---', 'jurabk: EAKAV', '---', '', '## § 3 Übertragungsweg', '', absatz, ''].join('\n');
    const batch = analyzeLawText(law, 'eakav.md').findings.filter((f) => f.category === 'unterschrift');
    expect(batch.map((f) => [f.location.ref, f.severity, f.quote.match])).toEqual([['§ 3 Abs. 2 Satz 3', 'hoch', 'unterschriebenen']]);
    // the one reported finding carries the Absatz rewrite, which covers both signatures with one sentence
    expect(batch[0]!.suggestion.match(/Die Unterschrift kann durch eine elektronische Form/g)).toHaveLength(1);
  });

  it('gives each reported finding the coherent rewrite of its Absätze and one Änderungsbefehl for them', () => {
    const law = [
      '---',
      'jurabk: TestG',
      '---',
      '',
      '## § 1 Antrag',
      '',
      '(1) Die Anzeige ist schriftlich zu erstatten. Der Widerruf ist schriftlich zu erklären.',
      '',
      '## § 2 Bescheid',
      '',
      'Der Bescheid ist schriftlich zu erteilen. Die Urkunde ist im Original vorzulegen.',
      '',
    ].join('\n');
    const r = analyzeLawText(law, 'testg.md');
    const [anzeige, bescheid, original] = r.findings;
    expect(r.findings.map((f) => [f.location.ref, f.category])).toEqual([
      ['§ 1 Abs. 1 Satz 1', 'schriftform'],
      ['§ 2 Satz 1', 'schriftform'],
      ['§ 2 Satz 2', 'original_beglaubigung'],
    ]);
    // the second "schriftlich" of § 1 is not reported on its own, but the rewrite fixes it too
    expect(anzeige!.suggestion).toBe('(1) Die Anzeige ist schriftlich oder elektronisch zu erstatten. Der Widerruf ist schriftlich oder elektronisch zu erklären.');
    expect(anzeige!.amendment).toMatch(/^§ 1 Absatz 1 wird wie folgt geändert:\na\) In Satz 1 .*\nb\) In Satz 2 /);
    expect(anzeige!.edit).toBeUndefined();
    // two findings of one Absatz share one wording, never two competing edits
    expect(original!.suggestion).toBe(bescheid!.suggestion);
    expect(original!.amendment).toBe(bescheid!.amendment);
    expect(bescheid!.suggestion).toMatch(/^Der Bescheid ist schriftlich oder elektronisch zu erteilen\. Die Urkunde ist im Original vorzulegen\. .*elektronisch/);
    const again = analyzeLawText(law.replace(/## § 1[\s\S]*$/, `## § 1 Antrag\n\n${anzeige!.suggestion}\n\n## § 2 Bescheid\n\n${bescheid!.suggestion}\n`), 'testg.md');
    expect(again.findings.filter((f) => f.severity !== 'hinweis')).toEqual([]);
  });

  it('reads the Niedersachsen format with its front matter', () => {
    const path = fixture('nds/NVwZG.md');
    const r = analyzeLawText(readFileSync(path, 'utf8'), path);
    expect(r).toMatchObject({ law: 'NVwZG', jurisdiction: 'Niedersachsen', provisions: 3 });
    expect(r.error).toBeUndefined();
  });
});

describe('malformed files are skipped with a German reason, never thrown', () => {
  it.each([
    ['kaputt/leer.md', /leer/],
    ['kaputt/binaer.md', /Binärdaten/],
    ['kaputt/latin1.md', /UTF-8/],
    ['gibt-es-nicht/index.md', /existiert nicht/],
  ])('%s', async (p, reason) => {
    const r = await analyzeLawFile(fixture(p));
    expect(r.error).toMatch(reason);
    expect(r.findings).toEqual([]);
    expect(r.provisions).toBe(0);
  });

  it('a directory given as a file is a skipped result too', async () => {
    expect((await analyzeLawFile(fixture('kaputt'))).error).toMatch(/Verzeichnis/);
  });

  it('a law whose rule check outlasts its budget is skipped with a German reason, so the job goes on', () => {
    // a hostile law is one sentence with thousands of triggers (hours of checking); a spent budget stands in for it here
    const law = `# Gesetz\n\n## § 1 Antrag\n\n(1) ${'Der Antrag ist schriftlich zu stellen und '.repeat(200)}.\n`;
    const r = analyzeLawText(law, 'gesetz.md', -1);
    expect(r.error).toMatch(/Zeitgrenze/);
    expect(r.findings).toEqual([]);
    expect(analyzeLawText(law, 'gesetz.md').findings.length).toBeGreaterThan(0);
  });
});

describe('decodeLawFile', () => {
  it('strips a byte order mark and keeps umlauts', () => {
    const d = decodeLawFile(Buffer.from('\uFEFF§ 1 Prüfung', 'utf8'));
    expect(d).toEqual({ text: '§ 1 Prüfung' });
  });

  it('drops characters XML forbids, which would make the XLSX export unreadable', () => {
    expect(decodeLawFile(Buffer.from('§ 1 Prü\u0001fung\ufffe \u000bschriftlich', 'utf8'))).toEqual({ text: '§ 1 Prüfung schriftlich' });
  });

  it('turns no-break spaces into plain ones, as the law parser reads them', () => {
    expect(decodeLawFile(Buffer.from('§\u00a01 Abs.\u202f2', 'utf8'))).toEqual({ text: '§ 1 Abs. 2' });
  });

  it('treats white space only as empty', () => {
    expect(decodeLawFile(Buffer.from(' \n\t\n'))).toEqual({ error: 'Die Datei ist leer.' });
  });
});

it('lawNameFromPath names files of both layouts', () => {
  expect(lawNameFromPath('/x/bundesrecht/a/aeg/index.md')).toBe('aeg');
  expect(lawNameFromPath('nds/NDIG.md')).toBe('NDIG');
});
