import { AppError } from '../errors';

/**
 * Caps on what one uploaded draft may expand to. They sit well above real drafts (a long Mantelgesetz with
 * Begründung: a few hundred pages, a Word document.xml of a few MB) and well below what a worker's heap can hold.
 */
export const INGEST_LIMITS = {
  /** Largest inflated XML part of a DOCX (document.xml, footnotes, …). */
  docxPartBytes: 48 * 1024 * 1024,
  /** numbering.xml and styles.xml are read with regular expressions; real ones have a few hundred KB. */
  docxNumberingBytes: 4 * 1024 * 1024,
  /** All XML parts of a DOCX together. */
  docxTotalBytes: 96 * 1024 * 1024,
  docxEntries: 5000,
  /** Flate-decoded bytes of all non-image streams of a PDF, the ones pdf.js decodes to read text. */
  pdfDecodedBytes: 384 * 1024 * 1024,
  /** One decoded PDF stream; content streams are per page and far smaller. */
  pdfStreamBytes: 64 * 1024 * 1024,
};

export const TOO_COMPLEX = 'Die Datei ist zu groß oder zu komplex, um sie sicher zu verarbeiten. Bitte laden Sie den Entwurf in Teilen oder als Textdatei hoch.';

/** A file that would expand beyond the limits, exhaust a worker's memory or outlast its time budget. */
export const tooComplex = (log: string, cause?: unknown) => new AppError('too_large', 'too_large:upload_complex', TOO_COMPLEX, log, { cause });
