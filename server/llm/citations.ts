import type { Citation, SearchHit } from '../contracts/search';
import { toCitation } from '../services/chat/offline-answerer';

/**
 * Maps the model's source numbers [n] back to retrieved hits while the answer streams. Numbers that were not
 * retrieved are removed (with the white space before them), valid ones are renumbered in order of first use,
 * so that the streamed text, the final text and `citations[n-1]` always agree.
 */

const MARKER = /^\[(\d{1,3}(?:\s*(?:,|;|–|-|bis)\s*\d{1,3})*)\]/;
/** An opening bracket that may still become a marker when more tokens arrive. */
const MARKER_PREFIX = /^\[[\d\s,;–\-bis]*$/;

function expand(inner: string): number[] {
  const out: number[] = [];
  for (const part of inner.split(/\s*[,;]\s*/)) {
    const range = /^(\d+)\s*(?:–|-|bis)\s*(\d+)$/.exec(part);
    if (range) {
      const a = Number(range[1]);
      const b = Number(range[2]);
      if (b >= a && b - a <= 20) for (let n = a; n <= b; n++) out.push(n);
      else out.push(a, b);
    } else if (part) out.push(Number(part));
  }
  return out;
}

export class CitationMapper {
  private buf = '';
  private held = '';
  private readonly order: number[] = [];
  /** Source numbers the model used but that were never retrieved. */
  readonly invented: number[] = [];

  constructor(private readonly hitCount: number) {}

  /** Feeds a streamed delta; returns the text that can be shown now. */
  push(delta: string): string {
    this.buf += delta;
    return this.drain(false);
  }

  /** Flushes everything still held back at the end of the stream. */
  end(): string {
    const out = this.drain(true);
    return out + this.takeHeld();
  }

  /** 1-based hit indices in citation order. */
  get cited(): readonly number[] {
    return this.order;
  }

  citations(hits: SearchHit[]): Citation[] {
    return this.order.map((n) => toCitation(hits[n - 1]!));
  }

  private drain(final: boolean): string {
    let out = '';
    while (this.buf.length > 0) {
      const i = this.buf.indexOf('[');
      if (i < 0) {
        out += this.emitText(this.buf);
        this.buf = '';
        break;
      }
      if (i > 0) {
        out += this.emitText(this.buf.slice(0, i));
        this.buf = this.buf.slice(i);
      }
      const m = MARKER.exec(this.buf);
      if (m) {
        out += this.emitMarker(m[1]!);
        this.buf = this.buf.slice(m[0].length);
        continue;
      }
      if (!final && this.buf.length < 40 && MARKER_PREFIX.test(this.buf)) break;
      out += this.emitText('[');
      this.buf = this.buf.slice(1);
    }
    return out;
  }

  /** Trailing white space is held back: if a dropped marker follows, it goes with it ("Satz [9]." → "Satz."). */
  private emitText(text: string): string {
    const all = this.held + text;
    const trailing = /\s*$/.exec(all)![0];
    this.held = trailing;
    return all.slice(0, all.length - trailing.length);
  }

  private takeHeld(): string {
    const h = this.held;
    this.held = '';
    return h;
  }

  private emitMarker(inner: string): string {
    const mapped: number[] = [];
    for (const n of expand(inner)) {
      if (n < 1 || n > this.hitCount) {
        this.invented.push(n);
        continue;
      }
      let k = this.order.indexOf(n);
      if (k < 0) k = this.order.push(n) - 1;
      if (!mapped.includes(k + 1)) mapped.push(k + 1);
    }
    if (mapped.length === 0) {
      this.held = '';
      return '';
    }
    return this.takeHeld() + mapped.map((k) => `[${k}]`).join('');
  }
}

/** Source numbers of earlier answers refer to earlier sources; they are removed from the history sent along. */
export function stripCitationMarkers(text: string): string {
  return text.replace(/\s?\[\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*\]/g, '');
}
