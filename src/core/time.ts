/** Injected time source: core code never reads the system clock itself. */
export interface Clock {
  now(): number;
}

/** Injected timer: the quiz schedules round ends through it, so tests can drive time by hand. */
export interface Scheduler {
  setTimeout(callback: () => void, ms: number): { cancel(): void };
}
