import type { Random } from './core/random.js';
import type { Clock, Scheduler } from './core/time.js';

/** The real clock, randomness and timers, injected into core by the composition roots. */
export const systemClock: Clock = { now: () => Date.now() };

export const systemRandom: Random = { next: () => Math.random() };

export const systemScheduler: Scheduler = {
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms);
    handle.unref?.();
    return { cancel: () => clearTimeout(handle) };
  },
};
