import JSZip from 'jszip';
import { INGEST_LIMITS, tooComplex } from './limits';
import { openZip, readEntryCapped, zipEntries } from './zip-reader';

/**
 * The XML parts of a DOCX, each inflated under a byte budget before anything parses it (a 1 MB DOCX can declare
 * or hide a document.xml of gigabytes). Media and embedded objects are left out: text extraction never reads them.
 */
export type DocxParts = Map<string, Buffer>;

const XML_PART = /\.(?:xml|rels)$/i;
const SMALL_PARTS = new Set(['word/numbering.xml', 'word/styles.xml']);

export async function readDocxParts(buf: Buffer, corrupt: (cause: unknown) => Error, limits = INGEST_LIMITS): Promise<DocxParts> {
  const zip = await openZip(buf, corrupt);
  const parts: DocxParts = new Map();
  try {
    if (zip.entryCount > limits.docxEntries) throw tooComplex(`docx with ${zip.entryCount} entries`);
    const total = { left: limits.docxTotalBytes };
    for await (const entry of zipEntries(zip, corrupt)) {
      if (!XML_PART.test(entry.fileName) || parts.has(entry.fileName)) continue;
      const cap = Math.min(SMALL_PARTS.has(entry.fileName) ? limits.docxNumberingBytes : limits.docxPartBytes, total.left);
      const over = () => tooComplex(`docx part ${entry.fileName} inflates beyond ${cap} bytes (declared ${entry.uncompressedSize})`);
      const data = await readEntryCapped(zip, entry, cap, { corrupt, over });
      total.left -= data.length;
      parts.set(entry.fileName, data);
    }
  } finally {
    zip.close();
  }
  return parts;
}

/** A stored (uncompressed) DOCX of the checked parts, for mammoth, which reads only from a ZIP. */
export function packDocx(parts: DocxParts): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of parts) zip.file(name, data);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}
