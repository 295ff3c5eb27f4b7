import type { Finding, FindingEdit } from '../../contracts/finding';
import type { AbsatzRewrite, RewriteEdit } from '../../contracts/rewrite';
import { amendmentCommand, type AmendmentTarget, unitPhrase } from '../../rules/amendment';
import { absatzCommand } from '../../rules/rewrite/command';
import { bareLawName, lawNameCases } from './law-name';
import { addressPhrase, draftAddressAt, isDraft, type ReviewedDocument } from './places';

/**
 * Änderungsbefehle for the document at hand (Handbuch der Rechtsförmlichkeit, 4. Aufl. 2024):
 * - in an amending draft the change is made to the draft, so the command addresses the instruction that holds the
 *   new wording ("In Artikel 1 Nummer 3 Buchstabe a wird in § 175 Absatz 4 …") under a heading naming the amended law;
 * - in a draft of its own (with or without Artikel) it addresses the draft's provision;
 * - in a statute in force it names the law ("Die Niedersächsische Bauordnung wird wie folgt geändert:").
 * Identical changes are one command; the same change at several places is one Sammelbefehl with "jeweils".
 */

export interface Command {
  text: string;
  findingIds: string[];
}

export interface CommandGroup {
  heading: string;
  /** Eingangssatz of an amendment of a statute ("Die … wird wie folgt geändert:"). */
  intro?: string;
  commands: Command[];
}

interface Placed {
  edit: FindingEdit;
  group: { key: string; heading: string };
  lead?: string;
  target: AmendmentTarget;
}

/**
 * One change to command: a finding's edit, a finding's own command text (model findings), or the rewrite of a whole
 * Absatz. `ids` are the findings it resolves.
 */
interface Entry {
  ids: string[];
  location: Finding['location'];
  edit?: FindingEdit;
  text?: string;
  rewrite?: AbsatzRewrite;
}

function place(r: ReviewedDocument, f: Pick<Finding, 'location'>, edit: FindingEdit, draft: boolean): Placed {
  const loc = f.location;
  const target: AmendmentTarget = { section: loc.section, paragraph: loc.paragraph, sentence: loc.sentence, number: loc.number, letter: loc.letter };
  const amended = draftAddressAt(r.structure, loc.start);
  if (amended) {
    const article = amended.address.article;
    return { edit, group: { key: article, heading: `${article} – Änderung: ${amended.targetLaw}` }, lead: addressPhrase(amended.address), target };
  }
  if (loc.article) {
    // an Artikel that enacts its own §§ ("In Artikel 3 wird in § 2 Absatz 2 …") or has only its own text ("In Artikel 4 …")
    const group = { key: loc.article, heading: loc.article };
    return loc.section ? { edit, group, lead: loc.article, target } : { edit, group, target: { ...target, section: loc.article } };
  }
  return { edit, group: { key: '', heading: draft ? r.title : bareLawName(r.title) }, target };
}

/** The change without its position: two findings with this key and the same place make the same command. */
const changeKey = (p: Placed) => {
  const { at: _at, ...words } = p.edit;
  return JSON.stringify([p.lead ?? '', Object.values(words).map((w) => String(w).replace(/\s+/g, ' '))]);
};

/** The commands of `findings` (in document order), grouped by the part of the document they change. */
export function amendmentCommands(r: ReviewedDocument, findings: Finding[]): CommandGroup[] {
  return commandsOf(
    r,
    findings.map((f) => (f.edit ? { ids: [f.id], location: f.location, edit: f.edit } : { ids: [f.id], location: f.location, text: f.amendment })),
  );
}

/**
 * The commands for Absatz rewrites and for findings outside any rewrite, in document order: one command per Absatz
 * (a rewrite with a single change joins identical changes elsewhere in one Sammelbefehl, as a finding's edit does).
 */
export function rewriteCommands(r: ReviewedDocument, rewrites: AbsatzRewrite[], loose: Finding[], byId: Map<string, Finding>): CommandGroup[] {
  const entries: (Entry & { at: number })[] = loose.map((f) => ({
    at: f.location.start,
    ids: [f.id],
    location: f.location,
    ...(f.edit ? { edit: f.edit } : { text: f.amendment }),
  }));
  for (const w of rewrites) {
    const applied = w.edits.flatMap((e) => e.findingIds);
    const first = byId.get(applied[0] ?? w.findingIds[0]!);
    if (!first || w.edits.length === 0) continue;
    const ids = w.findingIds.filter((id) => applied.includes(id));
    const single = w.edits.length === 1 ? asFindingEdit(w, w.edits[0]!) : undefined;
    const location = { ...first.location, section: w.unit.section, paragraph: w.unit.paragraph };
    if (single) {
      const e = w.edits[0]!;
      entries.push({ at: w.start, ids, location: { ...location, sentence: e.sentence, number: e.number, letter: e.letter }, edit: single });
    } else entries.push({ at: w.start, ids, location, rewrite: w });
  }
  return commandsOf(r, entries.sort((a, b) => a.at - b.at));
}

/**
 * The rewrite with the Änderungsbefehl for this document (the draft's Artikel and Nummer for new wording of an amended
 * law), as the Absatz's block in the review and the report show it.
 */
export function withDocumentCommand(r: ReviewedDocument, w: AbsatzRewrite, byId: Map<string, Finding>): AbsatzRewrite {
  if (w.edits.length === 0) return w;
  const text = rewriteCommands(r, [w], [], byId)[0]?.commands[0]?.text;
  return text ? { ...w, command: text } : w;
}

/** A rewrite's one change as a finding's edit (absolute offsets), so that it joins the Sammelbefehle. */
function asFindingEdit(w: AbsatzRewrite, e: RewriteEdit): FindingEdit | undefined {
  const at = w.start + e.start;
  switch (e.kind) {
    case 'insertAfter':
      return { kind: 'insertAfter', at, anchor: e.old, words: e.new };
    case 'replace':
      return { kind: 'replace', at, target: e.old, by: e.new };
    case 'delete':
      return { kind: 'delete', at, target: e.old };
    case 'appendSentence':
      return { kind: 'appendSentence', at: w.end, sentence: e.new };
    default:
      return undefined;
  }
}

function commandsOf(r: ReviewedDocument, entries: Entry[]): CommandGroup[] {
  const draft = isDraft(r);
  const groups = new Map<string, { heading: string; byChange: Map<string, { ids: string[]; placed: Placed[]; text?: string }> }>();
  const groupOf = (key: string, heading: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { heading, byChange: new Map() }));
    return g;
  };
  // several sentences appended to one unit at one place are one command: "werden folgende Sätze angefügt"
  const appended = new Map<string, { ids: string[]; p: Placed }>();
  // `text`: the command of a whole Absatz, kept in document order with the others
  const placed: { ids: string[]; p: Placed; text?: string }[] = [];
  for (const f of entries) {
    if (f.rewrite) {
      // a whole Absatz: its own command, addressed like a finding's edit in the same place
      const p = place(r, f, { kind: 'delete', at: f.rewrite.start, target: '' }, draft);
      const text = absatzCommand({ section: f.rewrite.unit.section ?? p.target.section, paragraph: f.rewrite.unit.paragraph }, f.rewrite.edits, f.rewrite.text, p.lead);
      placed.push({ ids: [...f.ids], p, text });
      continue;
    }
    if (!f.edit) {
      // a model finding without structured change: its own command text, merged when identical
      const amendment = f.text ?? '';
      if (!amendment.trim()) continue;
      const key = f.location.article ?? '';
      const g = groupOf(key, key || (draft ? r.title : bareLawName(r.title)));
      const entry = g.byChange.get(`text:${amendment}`) ?? { ids: [], placed: [], text: amendment };
      entry.ids.push(...f.ids);
      g.byChange.set(`text:${amendment}`, entry);
      continue;
    }
    const p = place(r, f, f.edit, draft);
    const edit = p.edit;
    if (edit.kind !== 'appendSentence') {
      placed.push({ ids: [...f.ids], p });
      continue;
    }
    const key = JSON.stringify([p.group.key, p.lead ?? '', unitPhrase({ section: p.target.section, paragraph: p.target.paragraph }), edit.at]);
    const prev = appended.get(key);
    if (!prev) {
      const entry = { ids: [...f.ids], p: { ...p, edit: { ...edit } } };
      appended.set(key, entry);
      placed.push(entry);
    } else {
      prev.ids.push(...f.ids);
      const e = prev.p.edit as typeof edit;
      if (!e.sentence.includes(edit.sentence)) e.sentence = `${e.sentence} ${edit.sentence}`;
    }
  }
  for (const { ids, p, text } of placed) {
    const g = groupOf(p.group.key, p.group.heading);
    if (text !== undefined) {
      g.byChange.set(`absatz:${p.edit.at}`, { ids, placed: [], text });
      continue;
    }
    const key = changeKey(p);
    const entry = g.byChange.get(key) ?? { ids: [], placed: [] };
    entry.ids.push(...ids);
    entry.placed.push(p);
    g.byChange.set(key, entry);
  }
  return [...groups.values()].map((g) => {
    const commands = [...g.byChange.values()].map(({ ids: findingIds, placed, text }): Command => {
      if (text !== undefined) return { text, findingIds };
      const first = placed[0]!;
      const units = new Map<string, AmendmentTarget>();
      const offsets = new Map<string, Set<number>>();
      for (const p of placed) {
        const u = unitPhrase(p.target);
        if (!units.has(u)) units.set(u, p.target);
        offsets.set(u, (offsets.get(u) ?? new Set()).add(p.edit.at));
      }
      // the same words changed at two places of one unit: "jeweils" as well (HdR Rn. 664)
      const each = [...offsets.values()].some((s) => s.size > 1);
      return { text: amendmentCommand({ lead: first.lead, targets: [...units.values()], edit: first.edit, each }), findingIds };
    });
    return { heading: g.heading, ...statuteIntro(r, draft, g.heading, commands.length), commands };
  });
}

function statuteIntro(r: ReviewedDocument, draft: boolean, heading: string, n: number): { intro?: string } {
  if (draft || n === 0) return {};
  const cases = lawNameCases(r.title);
  return { intro: cases ? `${cases.nominative} wird wie folgt geändert:` : `${heading} wird wie folgt geändert:` };
}

/** Findings whose `amendment` is the command for this document, each on its own (the export merges them). */
export function withDocumentCommands(r: ReviewedDocument, findings: Finding[]): Finding[] {
  return findings.map((f) => {
    if (!f.edit) return f;
    const [group] = amendmentCommands(r, [f]);
    const text = group?.commands[0]?.text;
    return text ? { ...f, amendment: text } : f;
  });
}
