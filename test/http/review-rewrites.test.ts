import mammoth from 'mammoth';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DecisionResponseSchema, ReviewResponseSchema, type ReviewResponse } from '../../server/contracts/api';
import { newDefects } from '../../server/rules/rewrite';
import { readRevisions } from '../support/docx-revisions';
import { binary, makeApp, type TestApp } from './harness';
import { TWO_FINDINGS_ABSATZ, TWO_FINDINGS_DRAFT } from '../support/review';

/**
 * One coherent rewrite per Absatz replaces the per-finding edits end to end: stored with the review, updated by a
 * decision, and the only change the Änderungsbefehle, the report and the tracked-changes draft carry for its Absatz.
 */

const DRAFT = [TWO_FINDINGS_DRAFT, '', '§ 2 Anzeige', 'Wer ein Gewässer verpachtet, hat dies der Behörde schriftlich anzuzeigen.'].join('\n');
const ABSATZ = TWO_FINDINGS_ABSATZ;
const ws = (s: string) => s.replace(/\s+/g, ' ').trim();

let t: TestApp;
let agent: request.Agent;
beforeAll(async () => {
  t = await makeApp({});
  agent = request.agent(t.app);
  await agent.get('/api/me');
});
afterAll(() => t.dispose());

async function uploadDraft(): Promise<ReviewResponse> {
  return ReviewResponseSchema.parse((await agent.post('/api/reviews').attach('file', Buffer.from(DRAFT), 'entwurf.txt').expect(201)).body);
}

/** The Änderungsbefehle section of the Markdown report: one list item per command. */
async function commandsOf(review: ReviewResponse): Promise<string[]> {
  const md = (await agent.get(`/api/reviews/${review.id}/export.md`).expect(200)).text;
  const section = md.split('## Änderungsbefehle')[1]!.split(/\n## /)[0]!;
  return section.split(/\n(?=\d+\. )/).map((l) => l.trim()).filter((l) => /^\d+\. /.test(l));
}

/** German the way a drafter reads it: balanced „“, no doubled word, each line a complete sentence or list opener. */
function readsAsGerman(s: string): void {
  expect((s.match(/„/g) ?? []).length).toBe((s.match(/“/g) ?? []).length);
  expect(s).not.toMatch(/\b(\p{L}+)\s+\1\b/iu);
  for (const line of s.split('\n')) expect(line.trim()).toMatch(/[.:“]$/);
}

describe('Absatz rewrites in the review and its exports', () => {
  it('stores one rewrite for an Absatz with two findings and gives it exactly one Änderungsbefehl', async () => {
    const review = await uploadDraft();
    const mine = review.findings.filter((f) => review.text.slice(f.location.start).startsWith(f.quote.match) && f.location.ref.startsWith('§ 1'));
    expect(mine.map((f) => f.category).sort()).toEqual(['schriftform', 'unterschrift']);
    const rewrites = review.rewrites!.filter((w) => w.original.startsWith('(1) Der Antrag'));
    expect(rewrites).toHaveLength(1);
    const w = rewrites[0]!;
    expect(w.findingIds.sort()).toEqual(mine.map((f) => f.id).sort());
    expect(w.text).toContain('schriftlich oder elektronisch bei der Behörde');
    expect(w.text).toMatch(/Die Unterschrift kann durch eine elektronische Form/);
    expect(newDefects(w.original, w.text)).toEqual([]);

    // the stored review answers with the same rewrites without parsing the draft again
    const again = ReviewResponseSchema.parse((await agent.get(`/api/reviews/${review.id}`).expect(200)).body);
    expect(again.rewrites).toEqual(review.rewrites);

    const commands = await commandsOf(review);
    const forAbsatz = commands.filter((c) => /§ 1 Absatz 1/.test(c));
    expect(forAbsatz).toHaveLength(1);
    const command = forAbsatz[0]!.replace(/^\d+\. (\*\*Vorschlag:\*\* )?/, '').trim();
    expect(command).toMatch(/^§ 1 Absatz 1 wird wie folgt geändert:\n\s*a\) /);
    expect(command).toContain('„oder elektronisch“');
    expect(command).toContain('Folgender Satz wird angefügt');
    readsAsGerman(command);
    // the other Absatz keeps its own single command
    expect(commands.filter((c) => /§ 2/.test(c))).toHaveLength(1);
  });

  it('marks the Absatz as one set of tracked changes whose accepted text is the rewrite', async () => {
    const review = await uploadDraft();
    const w = review.rewrites!.find((x) => x.original.startsWith('(1) Der Antrag'))!;
    const res = await binary(agent.get(`/api/reviews/${review.id}/draft.docx`)).expect(200);
    const out = await readRevisions(res.body as Buffer);
    const i = out.rejected.findIndex((p) => ws(p) === ws(ABSATZ));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(ws(out.accepted[i]!)).toBe(ws(w.text));
    // the rest of the draft changes only where § 2 has its finding (the closing note is new text, not a change)
    const changed = out.accepted.map((p, k) => (out.rejected[k] && ws(p) !== ws(out.rejected[k]!) ? k : -1)).filter((k) => k >= 0);
    expect(changed).toHaveLength(2);
    expect(changed).toContain(i);
    readsAsGerman(out.accepted[i]!);
  });

  it('reworks only the Absatz when a finding is dismissed, and the exports follow', async () => {
    const review = await uploadDraft();
    const w = review.rewrites!.find((x) => x.original.startsWith('(1) Der Antrag'))!;
    const signature = review.findings.find((f) => w.findingIds.includes(f.id) && f.category === 'unterschrift')!;
    const res = await agent.patch(`/api/reviews/${review.id}/findings/${encodeURIComponent(signature.id)}`).send({ decision: 'dismissed' }).expect(200);
    const { rewrite } = DecisionResponseSchema.parse(res.body);
    expect(rewrite!.findingIds).not.toContain(signature.id);
    expect(rewrite!.text).toContain('schriftlich oder elektronisch');
    expect(rewrite!.text).not.toContain('Unterschrift kann');

    const after = ReviewResponseSchema.parse((await agent.get(`/api/reviews/${review.id}`).expect(200)).body);
    expect(after.rewrites!.find((x) => x.start === w.start)).toEqual(rewrite);
    const others = (r: ReviewResponse) => r.rewrites!.filter((x) => x.start !== w.start);
    expect(others(after)).toEqual(others(review));

    // the Absatz now has the same single change as § 2: one Sammelbefehl for both (HdR Rn. 664)
    const commands = await commandsOf(after);
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatch(/In § 1 Absatz 1 und § 2 werden jeweils nach dem Wort „schriftlich“ die Wörter „oder elektronisch“ eingefügt\.$/);

    // reopened: the Absatz gets both changes again
    const back = DecisionResponseSchema.parse(
      (await agent.patch(`/api/reviews/${review.id}/findings/${encodeURIComponent(signature.id)}`).send({ decision: 'open' }).expect(200)).body,
    );
    expect(back.rewrite!.text).toBe(w.text);
  });

  it('prints the rewrite per Absatz in the Word report and points each finding to it', async () => {
    const review = await uploadDraft();
    const res = await binary(agent.get(`/api/reviews/${review.id}/export.docx`)).expect(200);
    const text = (await mammoth.extractRawText({ buffer: res.body as Buffer })).value;
    expect(text).toContain('Neufassung je Absatz');
    expect(text).toContain('Bisher:');
    const w = review.rewrites!.find((x) => x.original.startsWith('(1) Der Antrag'))!;
    expect(ws(text)).toContain(ws(w.text));
    expect(text).toMatch(/Behebt:\s*Befunde 1 und 2/);
    expect((text.match(/siehe „Neufassung je Absatz“, § 1 Abs\. 1/g) ?? []).length).toBe(2);
  });
});
