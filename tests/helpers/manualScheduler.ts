import type { Scheduler } from '../../src/core/time.js';

/** Timers that fire only when told to: a test or benchmark decides when rounds end. */
export function manualScheduler(): Scheduler & { fire(): void; pending(): number } {
  let timers: { callback: () => void; cancelled: boolean }[] = [];
  return {
    setTimeout(callback) {
      const timer = { callback, cancelled: false };
      timers.push(timer);
      return { cancel: () => (timer.cancelled = true) };
    },
    fire() {
      const due = timers;
      timers = [];
      for (const t of due) if (!t.cancelled) t.callback();
    },
    pending: () => timers.filter((t) => !t.cancelled).length,
  };
}
