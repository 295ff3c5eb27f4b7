import { AppError } from '../errors';

/** The 404s of the web app, with their German messages; also used for other sessions' ids (no existence leak). */
export const notFound = (what: 'conversation' | 'review' | 'job' | 'provision' | 'finding' | 'route'): AppError => {
  const messages = {
    conversation: 'Die Unterhaltung wurde nicht gefunden.',
    review: 'Die Prüfung wurde nicht gefunden.',
    job: 'Der Prüfauftrag wurde nicht gefunden.',
    provision: 'Die Vorschrift wurde im Korpus nicht gefunden.',
    finding: 'Der Befund wurde nicht gefunden.',
    route: 'Diese Adresse gibt es nicht.',
  } as const;
  return new AppError('not_found', `not_found:${what}`, messages[what]);
};
