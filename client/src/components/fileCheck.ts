import { fmtNumber } from '../dom';

/** The upload limit of the server (MAX_UPLOAD_MB default) and the file types it reads. */
export const MAX_UPLOAD_MB = 20;
const ACCEPTED = ['pdf', 'docx', 'txt', 'md'];

/** The file input's accept list for PDF, DOCX, TXT and Markdown. */
export const ACCEPT_ATTR = '.pdf,.docx,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown';

/** A German message when the file cannot be uploaded (type, empty, too large); null when it may. */
export function checkUploadFile(file: File): string | null {
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!ACCEPTED.includes(ext)) return `Der Dateityp „.${ext}“ wird nicht unterstützt. Erlaubt sind PDF, DOCX, TXT und MD.`;
  if (file.size === 0) return 'Die Datei ist leer.';
  if (file.size > MAX_UPLOAD_MB * 1024 * 1024) {
    return `Die Datei ist ${fmtNumber(Math.ceil(file.size / 1024 / 1024))} MB groß; erlaubt sind höchstens ${MAX_UPLOAD_MB} MB.`;
  }
  return null;
}
