import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { IndexData } from './index-data';

/**
 * File layout: "DCSI" magic, uint32 header length, JSON header (tables), then 4-byte aligned typed
 * arrays in the order of BLOBS. Loading is one read plus views on the buffer – no re-analysis.
 */
const MAGIC = 'DCSI';
// 3: the corpus casing (nouns, long words) is part of the index
const FORMAT = 3;
const BLOBS = ['unitSection', 'textOffsets', 'idf', 'postOffsets', 'postUnits', 'postImpact', 'textBlob'] as const;
type BlobName = (typeof BLOBS)[number];
const CTORS = {
  unitSection: Int32Array,
  textOffsets: Uint32Array,
  idf: Float32Array,
  postOffsets: Uint32Array,
  postUnits: Int32Array,
  postImpact: Float32Array,
  textBlob: Uint8Array,
} as const;

const pad4 = (n: number) => (n + 3) & ~3;

export function saveIndex(path: string, data: IndexData, key: string): void {
  const header = {
    format: FORMAT,
    key,
    laws: data.laws,
    sections: data.sections,
    unitPara: data.unitPara,
    terms: data.terms.join('\n'),
    dictionary: data.dictionary.join('\n'),
    decompound: data.decompound,
    nouns: data.nouns.join('\n'),
    longWords: data.longWords.join('\n'),
    blobs: BLOBS.map((b) => data[b].byteLength),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(pad4(8 + json.length));
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 4);
  json.copy(head, 8);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  // written piece by piece: the whole federal index would otherwise need a second copy in memory
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, head);
    for (const b of BLOBS) {
      const arr = data[b];
      writeSync(fd, new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength));
      const padding = pad4(arr.byteLength) - arr.byteLength;
      if (padding) writeSync(fd, new Uint8Array(padding));
    }
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** Loads an index file; undefined when it is missing, from another format, or built for another key. */
export function loadIndex(path: string, key: string): IndexData | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return undefined;
  }
  if (buf.length < 8 || buf.toString('latin1', 0, 4) !== MAGIC) return undefined;
  const headerLen = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + headerLen)) as {
    format: number;
    key: string;
    laws: IndexData['laws'];
    sections: IndexData['sections'];
    unitPara: string[];
    terms: string;
    dictionary: string;
    decompound: boolean;
    nouns: string;
    longWords: string;
    blobs: number[];
  };
  if (header.format !== FORMAT || header.key !== key) return undefined;
  // typed-array views need 4-byte alignment of the underlying buffer
  const base = buf.byteOffset % 4 === 0 ? buf : Buffer.from(buf);
  let at = pad4(8 + headerLen);
  const arrays = {} as { [K in BlobName]: InstanceType<(typeof CTORS)[K]> };
  BLOBS.forEach((b, i) => {
    const bytes = header.blobs[i]!;
    const Ctor = CTORS[b];
    (arrays as Record<string, unknown>)[b] = new Ctor(base.buffer as ArrayBuffer, base.byteOffset + at, bytes / Ctor.BYTES_PER_ELEMENT);
    at += pad4(bytes);
  });
  return {
    laws: header.laws,
    sections: header.sections,
    unitPara: header.unitPara,
    terms: header.terms ? header.terms.split('\n') : [],
    dictionary: header.dictionary ? header.dictionary.split('\n') : [],
    decompound: header.decompound,
    nouns: header.nouns ? header.nouns.split('\n') : [],
    longWords: header.longWords ? header.longWords.split('\n') : [],
    ...arrays,
  };
}
