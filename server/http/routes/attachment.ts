import type { Response } from 'express';

/** Download headers; filenames are ASCII (built by the services), so no RFC 5987 encoding is needed. */
export function attachment(res: Response, filename: string, contentType: string): Response {
  return res.set({
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${filename.replace(/["\\\r\n]/g, '')}"`,
    'Cache-Control': 'no-store',
  });
}
