import type { z } from 'zod';
import { AppError } from '../errors';

/** German names of request fields for validation messages. */
const FIELD_NAMES: Record<string, string> = {
  token: 'Zugangscode',
  title: 'Titel',
  text: 'Text',
  law: 'Gesetz',
  section: 'Vorschrift',
  laws: 'Gesetze',
  name: 'Name',
  decision: 'Entscheidung',
  rating: 'Bewertung',
  targetType: 'Zieltyp',
  targetId: 'Ziel',
  contextId: 'Kontext',
  reason: 'Begründung',
  correction: 'Korrektur',
  uploadId: 'Upload-ID',
  abbreviation: 'Abkürzung',
  jurisdiction: 'Ebene',
};

/** safeParse at a boundary; failures become a 400 with a German message naming the offending fields. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, code = 'bad_request:input'): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const fields = [...new Set(r.error.issues.map((i) => String(i.path[0] ?? '')).filter(Boolean))];
  const names = fields.map((f) => FIELD_NAMES[f] ?? f);
  const message =
    names.length > 0
      ? `Ungültige Eingabe: Bitte prüfen Sie ${names.map((n) => `„${n}“`).join(', ')}.`
      : 'Ungültige Eingabe: Die Anfrage hat nicht das erwartete Format.';
  throw new AppError('bad_request', code, message, `validation failed: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
}
