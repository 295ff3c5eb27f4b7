import { AppError } from '../errors';

/**
 * Per-user storage quota: everything a session keeps (draft reviews, batch results, extracted ZIP files,
 * conversations) together may not exceed the configured size; new uploads and chat questions are refused until
 * the user deletes older ones.
 */
export interface QuotaDeps {
  /** Bytes the session's stored data takes now. */
  usage(sessionId: string): Promise<number>;
  maxBytes: number;
}

const mb = (bytes: number) => Math.ceil(bytes / (1024 * 1024)).toLocaleString('de-DE');

export function createQuota(deps: QuotaDeps) {
  return {
    /** Throws 413 when the session's stored data plus `extra` bytes would exceed the quota. */
    async check(sessionId: string, extra = 0): Promise<void> {
      const used = await deps.usage(sessionId);
      if (used + extra <= deps.maxBytes) return;
      throw new AppError(
        'too_large',
        'too_large:quota',
        `Ihr Speicherkontingent von ${mb(deps.maxBytes)} MB ist ausgeschöpft (belegt: ${mb(used)} MB${extra ? `, neu hinzu kämen ${mb(extra)} MB` : ''}). ` +
          'Bitte löschen Sie ältere Prüfungen, Prüfaufträge oder Gespräche und versuchen Sie es erneut.',
        `storage quota: session uses ${used} bytes, ${extra} more requested, quota ${deps.maxBytes}`,
      );
    },
  };
}
export type Quota = ReturnType<typeof createQuota>;
