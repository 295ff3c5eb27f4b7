import { randomUUID } from 'node:crypto';

/** Time and id sources, injectable so tests can make them deterministic. */
export interface Clock {
  now(): Date;
  id(): string;
}

export const systemClock: Clock = { now: () => new Date(), id: () => randomUUID() };
