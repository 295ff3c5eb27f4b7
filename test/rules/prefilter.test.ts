import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinTriggers } from '../../server/rules/engine';
import { RULES } from '../../server/rules/index';
import { compilePrefilter, firstChars, type Prefilter, prefilterParts, prefilterSource } from '../../server/rules/prefilter';
import { parseMarkedExample } from '../../server/rules/types';

/** Every position where `re` matches, overlapping matches included (as the engine's scan sees them). */
function starts(re: RegExp, text: string): number[] {
  const g = new RegExp(re.source, 'g');
  const out: number[] = [];
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push(m.index);
    g.lastIndex = m.index + 1;
  }
  return out;
}

const prefilters = new Map<string, Prefilter>();
/** Compiled once per regex: reading the catalogue's joined trigger costs far more than scanning one example. */
function prefilterOf(re: RegExp): Prefilter {
  const key = `/${re.source}/${re.flags}`;
  if (!prefilters.has(key)) prefilters.set(key, compilePrefilter(re)!);
  return prefilters.get(key)!;
}

/** The prefilter must admit every start of the full regex: what it drops, the engine never sees. */
function missed(re: RegExp, text: string): number[] {
  const candidates = new Set(prefilterOf(re).candidates(text));
  return starts(re, text).filter((p) => !candidates.has(p));
}

const ALL_TRIGGERS = joinTriggers(RULES.map((r) => r.trigger.source));

describe('trigger prefilter', () => {
  it('is built for the catalogue, so the batch scan runs on candidates', () => {
    expect(compilePrefilter(ALL_TRIGGERS)).not.toBeNull();
  });

  it('admits every trigger start in the examples of every rule and exception', () => {
    const texts = RULES.flatMap((r) => [
      ...r.examples.flagged.map((s) => parseMarkedExample(s).text),
      ...r.examples.accepted,
      ...r.exceptions.map((e) => e.example),
    ]);
    const found = texts.map((t) => starts(ALL_TRIGGERS, t).length).reduce((a, b) => a + b, 0);
    expect(found).toBeGreaterThan(texts.length);
    expect(texts.filter((t) => missed(ALL_TRIGGERS, t).length > 0)).toEqual([]);
  });

  // a trigger added later with syntax the head reader misreads would lose matches silently: real law text shows it
  it('admits every trigger start in the laws of the shipped corpus', () => {
    const dir = resolve(import.meta.dirname, '../../corpus/laws');
    const laws = readdirSync(dir).filter((f) => f.endsWith('.md'));
    expect(laws.length).toBeGreaterThan(20);
    const texts = laws.map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);
    expect(texts.map(([, t]) => starts(ALL_TRIGGERS, t).length).reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
    expect(texts.flatMap(([f, t]) => missed(ALL_TRIGGERS, t).map((p) => `${f}@${p}`))).toEqual([]);
  }, 120_000);

  it('keeps heads literal and whitespace runs whole, and factors common prefixes', () => {
    const src = prefilterSource(/\b(?:Aushang(?:tafel)?|Auslegung|an\s+der\s+Amtstafel)\b/g)!;
    // twelve characters per head; a whitespace run counts as one
    expect(src).toBe('\\b(?:Aus(?:hang(?:\\b|tafel)|legung\\b)|an\\s+der\\s+Amtst)');
    expect(missed(/\b(?:Aushang|an\s+der\s+Amtstafel)\b/g, 'Aushang an  der\nAmtstafel, Aushänge')).toEqual([]);
  });

  it('ends a head at a class or repetition but still admits every match', () => {
    const re = /\b[Ss]chriftlich\w*|Ü(?<![\wÄÖÜäöüß]Ü)berweisung|(?:Geburts|Ehe)?urkunde|x{2,}y|[^a]bc|\d+ Ausfertigungen/g;
    // a trigger that may start with any character (here "[^a]bc", "\d+") leaves nothing to filter on
    expect(prefilterSource(re)).toBeNull();
    const literal = /\b[Ss]chriftlich\w*|Ü(?<![\wÄÖÜäöüß]Ü)berweisung|(?:Geburts|Ehe)?urkunde|x{2,}y|Fax(?:e|en)?\b/g;
    const text = 'Schriftliche Überweisung, Geburtsurkunde, Eheurkunde, urkunde, xxxy, Faxen, schriftlich';
    // the inner "urkunde" of both compounds and the second "x" of "xxxy" are starts too
    expect(starts(literal, text).length).toBe(11);
    expect(missed(literal, text)).toEqual([]);
  });

  it('finds a head that runs through a class at a word start from the literal after the run', () => {
    const re = /\b(?:[a-zä]+rechtliche|[A-ZÄ][a-zä]*urkunde\w*|Aufenthalt)\b/g;
    const parts = prefilterParts(re)!;
    // the literal head stays in the scan; the others are found from "rechtliche" and "urkunde"
    expect(parts.heads).toBe('\\bAufenthalt\\b');
    expect(parts.anchored!.heads).toContain('[abcdefghijklmnopqrstuvwxyzä][abcdefghijklmnopqrstuvwxyzä]*rechtliche');
    expect(parts.anchored!.literals).toBe('(?:rechtliche|urkunde)');
    const text = 'die verwaltungsrechtliche Genehmigung und der Antrag, dazu die Geburtsurkunde, aber rechtliche Gründe, Aufenthalt';
    // exactly the two compounds and the literal head: neither "die", "der", "Antrag" nor the bare "rechtliche"
    expect(starts(re, text)).toEqual([4, 63, 103]);
    expect(prefilterOf(re).candidates(text)).toEqual([4, 63, 103]);
  });

  it('finds each anchored start once, in order, in a word that holds its literal twice', () => {
    const re = /\b[A-Z][a-z]*urkunde\w*/g;
    const text = 'Urkundeurkunde und Heiratsurkundenurkunde, Xurkunde';
    expect(starts(re, text)).toEqual([0, 19, 43]);
    expect(prefilterOf(re).candidates(text)).toEqual([0, 19, 43]);
  });

  it('admits no word of a sentence without a trigger in the catalogue', () => {
    const prefilter = prefilterOf(ALL_TRIGGERS);
    expect(prefilter.candidates('der Käufer liefert die Ware binnen eines Monats an den Händler')).toEqual([]);
    // a word that only begins like a trigger noun is no candidate either; the trigger word itself is
    const text = 'Die Kammer entscheidet über die Zulassung der Verwaltungsrechtlichen Vereinigung schriftlich';
    expect(prefilter.candidates(text)).toEqual([text.indexOf('schriftlich')]);
  });

  it('gives up on a regex that ignores case', () => {
    expect(prefilterSource(/schriftlich/gi)).toBeNull();
  });
});

describe('first characters of a trigger', () => {
  const chars = (re: RegExp) => {
    const set = firstChars(re);
    return set && [...set].map((c) => String.fromCharCode(c)).sort().join('');
  };

  it('are the first literal of each alternative, with the characters of a run before it', () => {
    expect(chars(/\b(?:[Ss]chriftlich\w*|(?:Geburts|Ehe)?urkunde|Aushang)\b/g)).toBe('AEGSsu');
    expect(chars(/\b[a-c]*rechtliche/g)).toBe('abcr');
    expect(chars(/(?<![\wÄÖÜäöüß])Überweisung/g)).toBe('Ü');
  });

  it('are unknown where a trigger may start with any character or the regex ignores case', () => {
    expect(firstChars(/\d+ Ausfertigungen|Telefax/g)).toBeNull();
    expect(firstChars(/\s+schriftlich/g)).toBeNull();
    expect(firstChars(/schriftlich/gi)).toBeNull();
  });

  // the engine tries a rule only where the text's character is one of them: a rule missing a start would lose hits
  it('hold every start of every rule in the laws of the shipped corpus and the examples', () => {
    const dir = resolve(import.meta.dirname, '../../corpus/laws');
    const texts = [
      ...readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(dir, f), 'utf8')),
      ...RULES.flatMap((r) => [...r.examples.flagged.map((s) => parseMarkedExample(s).text), ...r.examples.accepted, ...r.exceptions.map((e) => e.example)]),
    ];
    for (const rule of RULES) {
      const first = firstChars(rule.trigger);
      if (first === null) continue;
      const outside = texts.flatMap((t) => starts(rule.trigger, t).filter((p) => !first.has(t.charCodeAt(p))).map((p) => t.slice(p, p + 30)));
      expect(outside, rule.id).toEqual([]);
    }
  }, 120_000);
});
