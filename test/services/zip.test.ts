import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors';
import { extractLawZip, ZIP_LIMITS } from '../../server/jobs/zip';
import { deflatedRepeat, makeZip } from '../fixtures/web/zip-writer';

const dirs: string[] = [];
const dest = () => {
  const d = mkdtempSync(join(tmpdir(), 'dc-zip-'));
  dirs.push(d);
  return join(d, 'out');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe('extractLawZip', () => {
  it('extracts .md/.txt files (also in folders), skips everything else', async () => {
    const out = dest();
    const zip = makeZip([
      { name: 'a/ndig.md', data: '## § 1 Test\n\nDer Antrag ist schriftlich zu stellen.', deflate: true },
      { name: 'b.txt', data: 'Text' },
      { name: 'bild.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
      { name: 'leer/', data: '' },
    ]);
    const { files, notices, bytes } = await extractLawZip(zip, out);
    expect(files).toEqual([join(out, 'a/ndig.md'), join(out, 'b.txt')]);
    expect(notices).toEqual([]);
    expect(bytes).toBe(Buffer.byteLength('## § 1 Test\n\nDer Antrag ist schriftlich zu stellen.') + 4);
    expect(readFileSync(files[0]!, 'utf8')).toContain('schriftlich');
    expect(existsSync(join(out, 'bild.png'))).toBe(false);
  });

  it.each(['../evil.md', '/etc/evil.md', 'a/../../evil.md', 'C:/evil.md', 'a\\..\\evil.md'])('refuses the unsafe path %s', async (name) => {
    const out = dest();
    const e = await rejection(extractLawZip(makeZip([{ name, data: 'x' }]), out));
    expect(e.code).toBe('bad_request:zip');
    expect(e.userMessage).toContain('unzulässige Pfade');
    expect(existsSync(join(out, '..', 'evil.md'))).toBe(false);
  });

  it('refuses a high compression ratio (zip bomb)', async () => {
    const e = await rejection(extractLawZip(makeZip([{ name: 'bomb.md', data: 'a'.repeat(2_000_000), deflate: true }]), dest()));
    expect(e.userMessage).toContain('komprimiert');
  });

  it('refuses too many entries and too much uncompressed data', async () => {
    const many = makeZip(Array.from({ length: 6 }, (_, i) => ({ name: `${i}.md`, data: 'x' })));
    expect((await rejection(extractLawZip(many, dest(), { ...ZIP_LIMITS, maxEntries: 5 }))).userMessage).toContain('zu viele Einträge');
    const big = makeZip([{ name: 'a.md', data: 'x'.repeat(600) }, { name: 'b.md', data: 'y'.repeat(600) }]);
    expect((await rejection(extractLawZip(big, dest(), { ...ZIP_LIMITS, maxTotalBytes: 1000 }))).userMessage).toContain('zu groß');
  });

  it('keeps the first of two entries with the same name and reports the duplicate in German', async () => {
    const out = dest();
    const zip = makeZip([
      { name: 'nds/ndig.md', data: '## § 1\n\nErste Fassung: schriftlich.' },
      { name: 'b.md', data: 'B' },
      { name: 'nds//ndig.md', data: '## § 1\n\nZweite Fassung.' },
      { name: 'nds/ndig.md', data: 'Dritte Fassung.' },
    ]);
    const { files, notices } = await extractLawZip(zip, out);
    expect(files).toEqual([join(out, 'nds/ndig.md'), join(out, 'b.md')]);
    expect(readFileSync(files[0]!, 'utf8')).toContain('Erste Fassung');
    expect(notices).toEqual([expect.stringContaining('nds/ndig.md (3×)')]);
    expect(notices[0]).toContain('nur die erste Datei');
  });

  it('stops at the real inflated size when the header under-states it (headers lie)', async () => {
    const out = dest();
    const bomb = await deflatedRepeat(50 * 1024 * 1024);
    const zip = makeZip([{ name: 'luege.md', precompressed: { ...bomb, declaredSize: 1000 } }]);
    const e = await rejection(extractLawZip(zip, out, { ...ZIP_LIMITS, maxRatio: Infinity }));
    expect(e.code).toBe('bad_request:zip');
    // at most the declared 1000 bytes reached the disk
    const written = existsSync(join(out, 'luege.md')) ? readFileSync(join(out, 'luege.md')).length : 0;
    expect(written).toBeLessThanOrEqual(1000);
  });

  it('refuses non-ZIP data and archives without law files', async () => {
    expect((await rejection(extractLawZip(Buffer.from('kein zip'), dest()))).userMessage).toContain('kein gültiges ZIP');
    const out = dest();
    expect((await rejection(extractLawZip(makeZip([{ name: 'x.pdf', data: '%PDF' }]), out))).userMessage).toContain('keine Gesetzesdateien');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it.each([
    ['a file and a folder of the same name', [{ name: 'a.md', data: 'x' }, { name: 'a.md/b.md', data: 'y' }]],
    ['a folder and a file of the same name', [{ name: 'a.md/b.md', data: 'y' }, { name: 'a.md', data: 'x' }]],
    ['a folder name longer than the file system allows', [{ name: `${'x'.repeat(300)}/b.md`, data: 'y' }]],
    ['a file name longer than the file system allows', [{ name: `${'x'.repeat(300)}.md`, data: 'y' }]],
    ['a path longer than the file system allows', [{ name: `${'a/'.repeat(3000)}b.md`, data: 'y' }]],
  ])('refuses %s with a German 400, not an internal error', async (_, entries) => {
    const e = await rejection(extractLawZip(makeZip(entries), dest()));
    expect(e.status).toBe(400);
    expect(e.userMessage).toContain('nicht entpacken');
  });
});
