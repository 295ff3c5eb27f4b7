import multer from 'multer';

/** Multipart parsing into memory with a size limit; the content type is checked by content later, not here. */
export function uploadSingle(maxUploadMb: number) {
  return multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: Math.round(maxUploadMb * 1024 * 1024), files: 1, fields: 10, fieldSize: 10_000, parts: 12 },
  }).single('file');
}
