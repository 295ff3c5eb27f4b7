import { stem, tokenize } from './normalize';

/**
 * Parallel laws: the same rule written once per field of law (Amtshilfe in VwVfG § 4, SGB X § 3 and AO § 111). Their
 * §§ share title and wording, so BM25 cannot tell them apart and a story word decides by chance. What decides is
 * the field the question names (Krankenkasse → Sozialrecht, Finanzamt → Steuerrecht, Niedersachsen → Landesrecht)
 * and, where it names none, the general law (docs/retrieval-rank.md, „Parallele Gesetze“).
 */
export type LawField = 'general' | 'social' | 'tax' | 'land';

/** Families of parallel laws, per field; a law may be in several families (SGB X: procedure and data protection). */
export const PARALLEL_FAMILIES: readonly (readonly (readonly [LawField, string])[])[] = [
  [['general', 'BDSG'], ['social', 'SGB X'], ['tax', 'AO']],
  [['general', 'VwGO'], ['social', 'SGG'], ['tax', 'FGO']],
  [['general', 'EGovG'], ['land', 'NDIG']],
  [['general', 'VwZG'], ['land', 'NVwZG']],
  [['general', 'VwVfG'], ['social', 'SGB X'], ['social', 'SGB I'], ['tax', 'AO'], ['land', 'NVwVfG']],
];

/** The field of each law of a family ("SGB X" → social). */
const FIELD_OF_LAW: ReadonlyMap<string, LawField> = new Map(PARALLEL_FAMILIES.flat().map(([field, abbr]) => [abbr, field]));

/** One group of parallel §§: section indexes with the field of their law. */
export interface ParallelGroup {
  sections: number[];
  fields: LawField[];
}

/**
 * A § title as a set of stems, up to its first semicolon: "Wirksamkeit des Verwaltungsaktes" = "… Verwaltungsakts";
 * "Bestimmtheit und Form des Verwaltungsaktes; Rechtsbehelfsbelehrung" (VwVfG § 37) = "Bestimmtheit und Form des
 * Verwaltungsakts" (SGB X § 33): the added matter does not make it another rule.
 */
export function titleKey(title: string): string {
  return [...new Set(tokenize(title.split(';')[0]!).map(stem))].sort().join(' ');
}

/**
 * §§ of parallel laws with the same title (as stems), one group per title and family, at least two fields. A group
 * contained in another family's group is dropped: SGB X § 3 and AO § 111 (both also data-protection laws) are a
 * group of the procedure family with VwVfG § 4, not a data-protection pair.
 */
export function parallelGroups(
  sections: readonly { law: number; title: string; count: number }[],
  lawAbbreviations: readonly string[],
): ParallelGroup[] {
  const byTitle = new Map<string, number[]>();
  sections.forEach((s, i) => {
    if (s.count === 0) return;
    const key = titleKey(s.title);
    if (!key) return;
    byTitle.set(key, [...(byTitle.get(key) ?? []), i]);
  });
  const groups: ParallelGroup[] = [];
  for (const candidates of byTitle.values()) {
    if (candidates.length < 2) continue;
    const perFamily = PARALLEL_FAMILIES.map((family) => {
      const fieldOf = new Map(family.map(([field, abbr]) => [abbr, field]));
      const members = candidates.filter((s) => fieldOf.has(lawAbbreviations[sections[s]!.law]!));
      return { sections: members, fields: members.map((s) => fieldOf.get(lawAbbreviations[sections[s]!.law]!)!) };
    }).filter((g) => new Set(g.fields).size >= 2);
    const within = (a: ParallelGroup, b: ParallelGroup) => a.sections.every((s) => b.sections.includes(s));
    perFamily.forEach((g, i) => {
      const covered = perFamily.some((o, j) => j !== i && within(g, o) && (o.sections.length > g.sections.length || j < i));
      if (!covered) groups.push(g);
    });
  }
  return groups;
}

/**
 * The field a question asks about: the field of the parallel laws it names, else the special field its field words
 * point to (sachgebiete.tsv: "Krankenkasse" → SGB X; a general office word such as "Sachbearbeiter" names no special
 * field), plus Landesrecht when it names the Land (and the general law when it also names a federal authority). Undefined when that makes several fields; 'general' when none.
 */
export function askedField(named: readonly string[], cued: readonly string[], land: boolean, federalActor: boolean): LawField | undefined {
  const fieldsOf = (laws: readonly string[]) => new Set(laws.map((l) => FIELD_OF_LAW.get(l)).filter((f) => f !== undefined));
  const fields = fieldsOf(named);
  if (fields.size === 0) for (const f of fieldsOf(cued)) if (f !== 'general') fields.add(f);
  if (land) fields.add('land');
  // "eine Kreisverwaltung in Niedersachsen … oder nur Bundesbehörden?": the Land and the Bund both asked
  if (land && federalActor) fields.add('general');
  if (fields.size > 1) return undefined;
  return fields.size === 1 ? [...fields][0]! : 'general';
}
