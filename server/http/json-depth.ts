/**
 * How deep JSON may nest before it is parsed. No request or socket message of the app nests deeper than a few
 * levels, but JSON.parse of a megabyte of "[[[[…" costs a second of the main thread (socket.io's decoder two):
 * a handful of such bodies stall every user. Counting brackets outside strings costs a millisecond per megabyte.
 */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x5b, 0x7b]);
const CLOSE = new Set([0x5d, 0x7d]);

/** Whether the JSON text (or its UTF-8 bytes) opens more than `max` arrays or objects inside each other. */
export function exceedsJsonDepth(json: string | Uint8Array, max = MAX_JSON_DEPTH): boolean {
  const at = typeof json === 'string' ? (i: number) => json.charCodeAt(i) : (i: number) => json[i]!;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = at(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (OPEN.has(c)) {
      if (++depth > max) return true;
    } else if (CLOSE.has(c)) depth--;
  }
  return false;
}

/** Thrown from express.json's verify hook; server/http/errors.ts maps it to a German 400. */
export class JsonTooDeepError extends Error {
  readonly type = 'entity.too.deep';
  constructor() {
    super(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
}

/** express.json `verify`: refuses a body before it is parsed. */
export const verifyJsonDepth = (_req: unknown, _res: unknown, buf: Buffer): void => {
  if (exceedsJsonDepth(buf)) throw new JsonTooDeepError();
};
