import { createHash } from 'node:crypto';
import { isBlind4Law } from './sample-blind4';

/**
 * Which text is reserved for blind set 5, fixed before any tuning of the session that wrote it.
 * Federal: the blind-4 half of the corpus (rule mining has only ever used the other half); the blind-5 draw takes its
 * laws there, minus every law of an earlier set. Landesrecht: the corpus is too small for a split by statute, so
 * each Absatz id is assigned by its own hash. Whoever mines text for rule tuning takes only what these predicates
 * leave out.
 */
export function isBlind5FederalLaw(slug: string): boolean {
  return isBlind4Law(slug);
}

/** Landesrecht Absatz ids reserved for blind set 5: first hex digit of sha1("blind5-laender:" + id) in 0–7. */
export function isBlind5LaenderId(id: string): boolean {
  return parseInt(createHash('sha1').update(`blind5-laender:${id}`).digest('hex')[0]!, 16) < 8;
}
