import type { Severity } from '../../server/contracts/finding';
export { SEVERITY_LABELS } from '../../server/contracts/finding';
import type { BatchJobStatus } from '../../server/contracts/api';

/** German UI labels that are not part of the shared finding contract. */
export const SEVERITY_ORDER: Severity[] = ['hoch', 'mittel', 'hinweis'];

export const JOB_STATUS_LABELS: Record<BatchJobStatus, string> = {
  queued: 'Wartet',
  running: 'Läuft',
  done: 'Fertig',
  failed: 'Fehlgeschlagen',
  cancelled: 'Abgebrochen',
};

export function modelLabel(model: string | undefined): string {
  if (!model || model === 'offline') return 'Offline-Antwort';
  return `Modell: ${model}`;
}
