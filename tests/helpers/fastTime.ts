import type { Clock, Scheduler } from '../../src/core/time.js';

/**
 * Real time running `factor` times faster: quiz rounds of 10 s take 10/factor s in a test, and
 * the clock and the timers stay consistent with each other (Discord's 3 s window stays real).
 */
export function acceleratedTime(factor: number): { clock: Clock; scheduler: Scheduler } {
  const origin = Date.now();
  return {
    clock: { now: () => origin + (Date.now() - origin) * factor },
    scheduler: {
      setTimeout(callback, ms) {
        const handle = setTimeout(callback, ms / factor);
        return { cancel: () => clearTimeout(handle) };
      },
    },
  };
}
